import Foundation
import KoersCore
import KoersGoalFile
import KoersWorkspace

/// Editing, saving and leaving, at the shell: the workspace does each edit (validated,
/// undoable, ready for a hang-up); the session shows what changed and asks before leaving.
extension ShellSession {
    /// Applies an edit in the workspace and shows what changed.
    func applyEdit(_ edit: GoalFileEdit, command: String) throws(CommandFailure) {
        let result = try inWorkspace { workspace throws(WorkspaceError) in try workspace.apply(edit, command: command, today: today, language: language) }
        showProblems(result.diagnostics)
        showChanges(from: result.before, to: result.after, paths: result.changedPaths)
    }

    /// Runs an operation on the session's workspace; its error is worded for the shell.
    func inWorkspace<Result>(_ operation: (inout Workspace) throws(WorkspaceError) -> Result) throws(CommandFailure) -> Result {
        try worded { () throws(WorkspaceError) in try operation(&workspace) }
    }

    /// Data-file problems of a model rebuilt after an edit, shown as on load.
    func showProblems(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { errors.write(diagnostic.formatted(in: language) + "\n") }
    }

    /// The lines an edit removed and added, with their places, so the user sees what changed.
    private func showChanges(from before: [GoalFileDocument], to after: [GoalFileDocument], paths: [String]) {
        for path in paths {
            let old = before.first { $0.path == path }?.lines.map(\.text) ?? []
            let new = after.first { $0.path == path }?.lines.map(\.text) ?? []
            let steps = UnifiedDiff.editScript(old, new).filter { $0.kind != .same }
            for step in steps.prefix(12) {
                let name = URL(fileURLWithPath: path).lastPathComponent
                switch step.kind {
                case .insert: print("+ \(name):\(step.newLine + 1): \(new[step.newLine])")
                case .delete: print("- \(name):\(step.oldLine + 1): \(old[step.oldLine])")
                case .same: break
                }
            }
            if steps.count > 12 { say(EditingShellMessages.moreChangedLines(steps.count - 12)) }
        }
        say(EditingShellMessages.notSavedYet)
    }

    /// The goal files with edits not yet on disk: path, disk text (nil for a new file), current text.
    public var unsavedChanges: [(path: String, disk: String?, current: String)] {
        workspace.unsavedChanges
    }

    func undoEdit() throws(CommandFailure) {
        let result = try inWorkspace { workspace throws(WorkspaceError) in try workspace.undo(today: today) }
        showProblems(result.diagnostics)
        say(EditingShellMessages.undone(result.command))
    }

    func redoEdit() throws(CommandFailure) {
        let result = try inWorkspace { workspace throws(WorkspaceError) in try workspace.redo(today: today) }
        showProblems(result.diagnostics)
        say(EditingShellMessages.redone(result.command))
    }

    /// Writes every changed goal file, atomically. Refuses, writing nothing, when a file changed
    /// on disk since koers read it, unless forced.
    public func saveAll(force: Bool) throws(CommandFailure) {
        let savedAny = try inWorkspace { workspace throws(WorkspaceError) in
            try workspace.save(force: force) { path in say(EditingShellMessages.saved(path)) }
        }
        if !savedAny { say(EditingShellMessages.nothingToSave) }
    }

    /// Reads the goal files again from disk; refuses when there are unsaved edits, unless forced.
    public func reload(force: Bool) throws(CommandFailure) {
        let outcome = try withProgress(ProgressMessages.reloading) { () throws(CommandFailure) in
            try inWorkspace { workspace throws(WorkspaceError) in try workspace.reload(force: force, today: today) }
        }
        try show(outcome, announce: true)
    }

    /// Says at start that a hang-up left unsaved edits, and how to get them back.
    public func announceRecoveryFiles() {
        for found in workspace.recoveryFiles {
            errors.write(EditingShellMessages.recoveryFound(found.goalFile, recovery: found.recovery).text(in: language) + "\n")
        }
    }

    /// Takes the texts of the recovery files into the session as an (undoable, unsaved) edit.
    /// A recovery file older than its goal file is refused unless forced, its difference shown first.
    func recover(force: Bool) throws(CommandFailure) {
        let result: Workspace.EditResult
        do throws(WorkspaceError) {
            result = try workspace.recover(force: force, today: today)
        } catch {
            if case let .recoveryOlderThanGoalFile(stale) = error {
                for file in stale {
                    print(UnifiedDiff.make(old: file.goalText, new: file.recoveryText, oldName: file.goalFile, newName: file.recoveryFile))
                }
            }
            throw CommandFailure(error)
        }
        showProblems(result.diagnostics)
        showChanges(from: result.before, to: result.after, paths: result.changedPaths)
    }

    /// Asks before leaving with unsaved edits; true when the session may end. A closed input
    /// at the question keeps the edits in recovery files rather than lose them.
    public func confirmLeaving(reader: LineReader) -> Bool {
        while true {
            let changes = unsavedChanges
            guard !changes.isEmpty else { return true }
            let question = EditingShellMessages.leaveQuestion(changes.map(\.path)).text(in: language)
            switch reader.readLine(prompt: question) {
            case .interrupted:
                return false
            case .endOfInput, .tooLong:
                for path in workspace.writeRecoveryFiles() { errors.write(EditingShellMessages.keptInRecovery(path).text(in: language) + "\n") }
                return true
            case let .line(answer):
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y", "yes", "j", "ja":
                    do {
                        try saveAll(force: false)
                        return true
                    } catch {
                        InteractiveLoop.report(error, session: self, place: nil)
                        return false
                    }
                case "n", "no", "nee":
                    return true
                case "c", "cancel", "a", "annuleren", "":
                    return false
                default:
                    continue
                }
            }
        }
    }

    /// The end of a run without a terminal: unsaved edits are an error unless `--save` or
    /// `--discard` said what to do with them. Gives the exit code to end with.
    public func finishBatch(status: Int32, saveAtEnd: Bool, discardAtEnd: Bool) -> Int32 {
        let changes = unsavedChanges
        guard !changes.isEmpty, !discardAtEnd else { return status }
        if saveAtEnd {
            do {
                try saveAll(force: false)
                return status
            } catch {
                InteractiveLoop.report(error, session: self, place: nil)
            }
        } else {
            InteractiveLoop.report(CommandFailure(EditingShellMessages.unsavedAtEnd(changes.map(\.path))), session: self, place: nil)
        }
        // Nothing typed is lost: what could not be saved waits in the recovery files.
        for path in workspace.writeRecoveryFiles() { errors.write(EditingShellMessages.keptInRecovery(path).text(in: language) + "\n") }
        return status == ExitCode.success ? ExitCode.commandFailed : status
    }
}
