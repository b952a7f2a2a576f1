import Glibc
import Testing

/// Starts koers on a pseudo-terminal with a scratch home, so the user's history and
/// settings are never read or written.
func startKoers(
    _ scratch: ScratchDirectory, arguments: [String] = [], environment extra: [String: String] = [:], directory: String? = nil,
    executable: String? = nil, columns: UInt16 = 80
) throws -> PseudoTerminalSession {
    var environment = [
        "TERM": "xterm",
        "LANG": "C.UTF-8",
        "KOERS_LANG": "en",
        "KOERS_TODAY": "2026-12-07",
        "PATH": "/usr/bin:/bin",
        "HOME": scratch.path,
        "XDG_STATE_HOME": scratch.path + "/state",
        "KOERS_HISTORY": scratch.path + "/history",
    ]
    environment.merge(extra) { $1 }
    return try PseudoTerminalSession(
        executable: executable ?? KoersBinary.path(), arguments: arguments, environment: environment, directory: directory,
        columns: columns)
}

/// Two goals whose ids share a prefix, for completing goal ids.
let goalFileText = """
    goal meer-online
      title "10% meer volume online ten opzichte van 2020"
    goal meer-producten-online
      title "15% van de producten die nog niet online zijn, online aanbieden"

    """

@Suite(.serialized) struct InteractiveShellTests {
    @Test func tabCompletesACommandName() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        var mark = try shell.waitForPrompt()
        try shell.type("hel\t")
        mark = try shell.waitFor("help ", after: mark)
        try shell.type("\n")
        mark = try shell.waitForPrompt(after: mark)
        #expect(!shell.visibleText().contains("unknown command"))
        #expect(shell.visibleText().contains("quit"), "help lists the commands")
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func tabListsTheCandidatesOfAnAmbiguousPrefix() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        var mark = try shell.waitForPrompt()
        try shell.type("l\t")
        let listing = try shell.waitFor("load", after: mark)
        #expect(shell.visibleText(from: mark).contains("lang"))
        // The line is redisplayed below the list, still holding the prefix: finishing it works.
        mark = try shell.waitFor(promptEnd + "l", after: listing)
        try shell.type("ang en\n")
        try shell.waitForPrompt(after: mark)
        #expect(!shell.visibleText().contains("unknown command"))
        try shell.type("quit\n")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func tabCompletesAGoalId() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goalFileText, to: "doelen.koers"))
        let shell = try startKoers(scratch, arguments: [scratch.path + "/doelen.koers"])
        var mark = try shell.waitForPrompt()
        try shell.type("show meer-p\t")
        mark = try shell.waitFor("meer-producten-online ", after: mark)
        try shell.type("\n")
        let shown = try shell.waitFor("15% van de producten", after: mark)
        // Ctrl-D only once the editor reads again: typed while `show` still prints, the
        // terminal's line discipline would swallow it (see waitForPrompt).
        try shell.waitForPrompt(after: shown)
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test(arguments: [
        ["LANG": "C.UTF-8"],
        // A C locale must not drop the accented letters: the reader falls back to C.UTF-8.
        ["LANG": "C", "LC_ALL": "C"],
        ["LANG": "POSIX"],
    ])
    func utf8InputArrivesIntact(locale: [String: String]) throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch, environment: locale)
        let mark = try shell.waitForPrompt()
        try shell.type("één\n")
        let error = try shell.waitFor("unknown command 'één'", after: mark)
        try shell.waitForPrompt(after: error)
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func ctrlCDiscardsTheLineAndTheShellGoesOn() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        var mark = try shell.waitForPrompt()
        try shell.type("hel")
        mark = try shell.waitFor("hel", after: mark)
        try shell.type("\u{3}")
        mark = try shell.waitForPrompt(after: mark)
        // Ctrl-C on an empty line does not leave either.
        try shell.type("\u{3}")
        mark = try shell.waitForPrompt(after: mark)
        try shell.type("lang en\n")
        try shell.waitForPrompt(after: mark)
        #expect(!shell.visibleText().contains("unknown command"), "neither 'hel' nor 'hellang en' ran")
        try shell.type("quit\n")
        #expect(try shell.waitForExit() == 0)
        #expect(scratch.contents(of: "history")?.contains("hel\n") == false)
    }

    @Test func aSigintFromOutsideAlsoOnlyDiscardsTheLine() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        var mark = try shell.waitForPrompt()
        try shell.type("hel")
        mark = try shell.waitFor("hel", after: mark)
        kill(shell.processID, SIGINT)
        mark = try shell.waitForPrompt(after: mark)
        try shell.type("lang en\n")
        try shell.waitForPrompt(after: mark)
        #expect(!shell.visibleText().contains("unknown command"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func resizingTheWindowKeepsTheLineBeingTyped() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        var mark = try shell.waitForPrompt()
        try shell.type("lang")
        mark = try shell.waitFor("lang", after: mark)
        // Each resize redraws the prompt and the line; waiting for that redraw (not for a
        // time) knows the resize was handled, and keeps the redrawn prompt from being taken
        // for the one after the command.
        for (columns, rows) in [(UInt16(50), UInt16(20)), (120, 40)] {
            let beforeResize = shell.output.count
            try shell.resize(columns: columns, rows: rows)
            mark = try shell.waitFor(promptEnd + "lang", after: beforeResize)
        }
        try shell.type(" en\n")
        let ran = try shell.waitFor("Language: English.", after: mark)
        try shell.waitForPrompt(after: ran)
        #expect(!shell.visibleText(from: mark).contains("error"))
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
        #expect(scratch.contents(of: "history") == "_HiStOrY_V2_\nlang\\040en\n")
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZeroOnAFreshLine() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        try shell.waitForPrompt()
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
        #expect(shell.visibleText().hasSuffix("\n"))
    }

    @Test func historySurvivesARestart() throws {
        let scratch = try ScratchDirectory()
        let first = try startKoers(scratch)
        let mark = try first.waitForPrompt()
        try first.type("lang en\n")
        try first.waitForPrompt(after: mark)
        try first.type("\u{4}")
        #expect(try first.waitForExit() == 0)
        #expect(scratch.contents(of: "history") == "_HiStOrY_V2_\nlang\\040en\n")
        #expect(scratch.mode(of: "history") == 0o600)

        let second = try startKoers(scratch)
        var secondMark = try second.waitForPrompt()
        try second.type("\u{1B}[A")
        secondMark = try second.waitFor("lang en", after: secondMark)
        try second.type("\n")
        try second.waitForPrompt(after: secondMark)
        try second.type("\u{4}")
        #expect(try second.waitForExit() == 0)
        #expect(scratch.contents(of: "history") == "_HiStOrY_V2_\nlang\\040en\n", "a repeated command is kept once")
    }

    @Test func aForeignHistoryFileIsKeptAndNoted() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write("ls -la\ncd /tmp\n", to: "history"))
        let shell = try startKoers(scratch)
        let mark = try shell.waitForPrompt()
        #expect(shell.visibleText().contains("history.bak-1"))
        try shell.type("lang en\n")
        try shell.waitForPrompt(after: mark)
        try shell.type("\u{4}")
        #expect(try shell.waitForExit() == 0)
        #expect(scratch.contents(of: "history.bak-1") == "ls -la\ncd /tmp\n")
        #expect(scratch.contents(of: "history") == "_HiStOrY_V2_\nlang\\040en\n")
    }
}
