import KoersCore
@testable import KoersShell
import KoersWorkspace
import Testing

/// The shell words the workspace's errors: its own message in both languages, the diagnostics
/// carried along, and the exit code of the kind of failure.
@Suite("Workspace errors as the shell says them")
struct WorkspaceFailureTests {
    static let errors: [WorkspaceError] = [
        .noSuchPath("p"), .notReadable("p"), .noGoalFiles("p"), .controlCharacterInName("p\u{1B}"), .importFailed("d.csv", diagnostics: []), .readOnly, .readOnlyLocked,
        .editRefused(LocalizedText(en: "refused", nl: "geweigerd"), diagnostics: []), .nothingToUndo, .nothingToRedo,
        .changedOnDisk(["a.koers"]), .cannotSave("a.koers", reason: "disk full"), .unsavedEdits(["a.koers"]), .noRecoveryFiles,
        .recoveryNotReadable("r"), .notALoadedGoalFile("x.koers", loaded: ["a.koers"]), .fileNotLoaded("x.koers"), .noFileToAddTo,
        .cannotWrite("r.html", .refused), .wordListsUnavailable(diagnostics: []), .lockedByAnotherSession("a.koers"),
        .writeProtected(["a.koers"]), .wouldOverwriteSourceFile("a.koers"), .wouldWriteGoalFileName("r.koers"),
        .recoveryOlderThanGoalFile([StaleRecovery(goalFile: "a.koers", recoveryFile: ".a.koers.recovered", goalText: "", recoveryText: "")]),
        .cannotWrite("r.html", .notARegularFile(.namedPipe)), .cannotWrite("r.html", .notARegularFile(.characterDevice)),
    ]

    @Test("Every error has a message of its own in English and in Dutch")
    func everyErrorIsWorded() {
        let texts = Self.errors.map(ShellMessages.text(of:))
        #expect(texts.allSatisfy { !$0.en.isEmpty && !$0.nl.isEmpty && $0.en != $0.nl })
        #expect(Set(texts).count == texts.count)
    }

    @Test("A path that cannot be loaded ends a script with the load exit code; the rest with the command's")
    func exitCodes() {
        #expect(CommandFailure(.noGoalFiles("goals/leeg")).message.en == "no .koers files in 'goals/leeg'.")
        #expect(CommandFailure(.controlCharacterInName("a\u{1B}[35m.koers")).message.nl.hasPrefix(#"kan 'a\u{1B}[35m.koers' niet laden"#))
        for error in Self.errors {
            let expected = [WorkspaceError.noSuchPath("p"), .notReadable("p"), .noGoalFiles("p"), .controlCharacterInName("p\u{1B}")].contains(error) ? ExitCode.loadFailed : ExitCode.commandFailed
            #expect(CommandFailure(error).exitCode == expected, "\(error)")
        }
    }

    @Test("The diagnostics of a refused import, edit or missing word list are shown with the message")
    func diagnosticsCarried() {
        let missing = Diagnostic(.error, at: nil, WorkspaceMessages.wordListMissing("nl"))
        let failure = CommandFailure(.wordListsUnavailable(diagnostics: [missing]))
        #expect(failure.diagnostics == [missing])
        #expect(failure.message == ShellMessages.wordListsUnavailable)
        #expect(CommandFailure(.importFailed("d.csv", diagnostics: [missing])).diagnostics == [missing])
    }
}
