import Glibc
import Testing

/// koers on a real pseudo-terminal 60 and 200 columns wide, and across a resize: every command's
/// output fits the window the terminal has at the moment the command runs.
@Suite(.serialized) struct ScreenWidthEndToEndTests {
    /// The output lines of the command typed after `mark`, without the echoed line and the prompt.
    private func outputLines(_ shell: PseudoTerminalSession, after mark: Int) -> [Substring] {
        shell.visibleText(from: mark).split(separator: "\n").filter { !$0.contains(promptEnd) }
    }

    /// Types `command` and waits for its output's `lastWords` and the prompt after them (a
    /// resize redraws the prompt, which must not pass for the end of the output).
    private func run(_ command: String, until lastWords: String, on shell: PseudoTerminalSession, after mark: Int) throws -> (lines: [Substring], mark: Int) {
        try shell.type(command + "\n")
        let end = try shell.waitFor(lastWords, after: mark)
        let next = try shell.waitForPrompt(after: end)
        return (outputLines(shell, after: mark), next)
    }

    @Test func statusFitsSixtyColumnsAndWidensAfterAResize() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch, arguments: [samplesDirectory + "/almelo"])
        var mark = try shell.waitForPrompt()
        try shell.resize(columns: 60, rows: 24)
        let narrow: [Substring]
        (narrow, mark) = try run("status", until: "23 goals:", on: shell, after: mark)
        #expect(narrow.count > 5)
        #expect(narrow.allSatisfy { $0.count <= 60 }, "\(narrow.joined(separator: "\n"))")

        try shell.resize(columns: 200, rows: 40)
        let wide: [Substring]
        (wide, mark) = try run("status", until: "23 goals:", on: shell, after: mark)
        #expect(wide.contains { $0.count > 80 }, "the wider window is used: \(wide.joined(separator: "\n"))")
        #expect(wide.allSatisfy { $0.count <= 200 })

        try shell.resize(columns: 60, rows: 24)
        let help: [Substring]
        (help, mark) = try run("help", until: "Ctrl-D does the same", on: shell, after: mark)
        #expect(help.allSatisfy { $0.count <= 60 }, "\(help.joined(separator: "\n"))")
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test("koers -c on a 60-column terminal fits its output to the window, as the shell does")
    func commandsOnANarrowTerminalFit() throws {
        let scratch = try ScratchDirectory()
        for command in ["status", "goals", "show meer-volume-online", "documents", "status --by document"] {
            let shell = try startKoers(scratch, arguments: ["-c", command, samplesDirectory + "/almelo"], columns: 60)
            #expect(try shell.waitForExit() == 0)
            let lines = shell.visibleText().split(separator: "\n")
            #expect(lines.count > 3, "\(command) printed: \(lines)")
            #expect(lines.allSatisfy { $0.count <= 60 }, "\(command):\n\(lines.joined(separator: "\n"))")
        }
    }

    @Test func reportOnATerminalWritesADatedFileAndNeverOverwritesOne() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch, arguments: [samplesDirectory + "/almelo"], directory: scratch.path)
        let mark = try shell.waitForPrompt()
        try shell.type("report\n")
        let written = try shell.waitFor("to koers-report-2026-12-07.html.", after: mark)
        // Ctrl-D typed before libedit reads again could be flushed when it takes the terminal.
        try shell.waitForPrompt(after: written)
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
        #expect(scratch.contents(of: "koers-report-2026-12-07.html")?.hasPrefix("<!DOCTYPE html>") == true)
        #expect(!shell.visibleText().contains("<html"))

        // A script on a terminal too; the first file stays as it was.
        let script = try startKoers(scratch, arguments: ["--lang", "nl", "-c", "report", samplesDirectory + "/almelo"], directory: scratch.path)
        try script.waitFor("naar koers-rapport-2026-12-07.html.")
        #expect(try script.waitForExit() == 0)
        let second = try startKoers(scratch, arguments: ["-c", "report", samplesDirectory + "/almelo"], directory: scratch.path)
        try second.waitFor("to koers-report-2026-12-07-2.html.")
        #expect(try second.waitForExit() == 0)
        #expect(scratch.contents(of: "koers-report-2026-12-07-2.html") == scratch.contents(of: "koers-report-2026-12-07.html"))
    }
}
