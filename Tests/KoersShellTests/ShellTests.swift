import Foundation
import KoersCore
import KoersShell
import Testing

/// A session with output captured, and a small model to ask about.
private func makeSession(language: Language = .en) -> (ShellSession, BufferedOutput, BufferedOutput) {
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let session = ShellSession(language: language, output: output, errors: errors, today: CalendarDate(year: 2026, month: 12, day: 7)!)
    return (session, output, errors)
}

@Suite("Command dispatch and help")
struct DispatchTests {
    @Test("Every command and alias is unique across the table")
    func namesAreUnique() {
        let names = CommandTable.all.flatMap(\.allNames)
        #expect(Set(names).count == names.count)
    }

    @Test("Every command has help text in both languages and an example")
    func helpIsComplete() {
        for spec in CommandTable.all {
            #expect(!spec.summary.en.isEmpty && !spec.summary.nl.isEmpty, "\(spec.name)")
            #expect(spec.summary.en != spec.summary.nl, "\(spec.name) summary is not translated")
            #expect(!spec.examples.isEmpty, "\(spec.name)")
        }
    }

    @Test("help lists every command; help COMMAND shows usage, aliases and examples")
    func help() throws {
        let (session, output, _) = makeSession()
        try session.run(["help"])
        for spec in CommandTable.all { #expect(output.text.contains(spec.name)) }
        let (dutch, dutchOutput, _) = makeSession(language: .nl)
        try dutch.run(["hulp", "toon"])
        // In Dutch the usage is Dutch, name and placeholders; the English name is the other one.
        #expect(dutchOutput.text.contains("Gebruik: toon DOEL [--format FORMAAT] [--asof PERIODE]"))
        #expect(dutchOutput.text.contains("Ook: show"))
        #expect(dutchOutput.text.contains("Voorbeelden:"))
    }

    @Test("help COMMAND lines up the help of its options in one column")
    func optionHelpIsAligned() throws {
        let (session, output, _) = makeSession()
        try session.run(["help", "show"])
        let optionLines = output.text.split(separator: "\n").filter { $0.hasPrefix("  --") }
        #expect(optionLines.count >= 2)
        // The column where the help starts: after the option's name and the spaces that pad it.
        let helpColumns = Set(optionLines.compactMap { line -> Int? in
            guard let gap = line.dropFirst(2).firstRange(of: "  ") else { return nil }
            let padding = line[gap.lowerBound...].prefix { $0 == " " }.count
            return line.distance(from: line.startIndex, to: gap.lowerBound) + padding
        })
        #expect(helpColumns.count == 1)
    }

    @Test("A pasted megabyte as a command or goal id fails at once, with the word cut in the message")
    func hugeWordsFailFast() throws {
        let (session, _, _) = makeSession()
        let huge = String(repeating: "x", count: 1_000_000)
        let start = ContinuousClock.now
        for command in [[huge], ["show", huge], ["explain", "\u{1B}]0;title\u{07}" + huge]] {
            do {
                try session.run(command)
                Issue.record("\(command.count) words ran")
            } catch {
                #expect(error.message.en.count < 300, "the message echoes at most a cut word")
                #expect(!error.message.en.unicodeScalars.contains { $0.value < 0x20 }, "no control character reaches the terminal")
            }
        }
        // Comparing a megabyte with every name letter by letter took half a minute.
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("A usage error in Dutch names the missing argument and the usage in Dutch")
    func dutchUsageErrors() {
        let (session, _, _) = makeSession(language: .nl)
        for (command, expected) in [
            (["verloop"], "DOEL|INDICATOR ontbreekt. Gebruik: verloop DOEL|INDICATOR [--asof PERIODE]"),
            (["hernoem", "doel"], "OUD ontbreekt. Gebruik: hernoem doel|indicator|document|programma OUD NIEUW"),
            (["peildatum", "2020", "2021"], "te veel argumenten. Gebruik: peildatum [PERIODE|laatste|vandaag]"),
        ] {
            do {
                try session.run(command)
                Issue.record("\(command) ran")
            } catch {
                #expect(error.message.nl == expected)
                #expect(error.exitCode == ExitCode.usage)
            }
        }
    }

    @Test("An unknown command suggests the closest one")
    func unknownCommand() {
        let (session, _, _) = makeSession()
        #expect {
            try session.run(["hlep"])
        } throws: { error in
            (error as? CommandFailure)?.message.en.contains("Did you mean 'help'?") == true
        }
    }

    @Test("Arguments and options are checked against the command's spec")
    func argumentChecking() {
        let (session, _, _) = makeSession()
        #expect(throws: CommandFailure.self) { try session.run(["show"]) }
        #expect(throws: CommandFailure.self) { try session.run(["lang", "nl", "extra"]) }
        #expect(throws: CommandFailure.self) { try session.run(["goals", "--bogus"]) }
        #expect(throws: CommandFailure.self) { try session.run(["lang", "fr"]) }
    }

    @Test("lang switches the interface language, also through its Dutch alias")
    func switchLanguage() throws {
        let (session, output, _) = makeSession()
        try session.run(["taal", "nl"])
        #expect(session.language == .nl)
        #expect(output.text == "Taal: Nederlands.\n")
        try session.run(["lang", "EN"])
        #expect(session.language == .en)
    }
}

@Suite("Completion")
struct CompletionTests {
    @Test("Command names first, from every alias")
    func commandNames() {
        let (session, _, _) = makeSession()
        let completer = ShellCompleter(session: session)
        #expect(completer.complete(line: "hel", cursor: 3).candidates == ["help"])
        #expect(completer.complete(line: "t", cursor: 1).candidates == ["taal", "toon", "trend"])
        let all = completer.complete(line: "", cursor: 0).candidates
        #expect(all.count == CommandTable.all.flatMap(\.allNames).count)
    }

    @Test("Arguments complete from their source: languages, commands")
    func argumentSources() {
        let (session, _, _) = makeSession()
        let completer = ShellCompleter(session: session)
        #expect(completer.complete(line: "lang ", cursor: 5).candidates == ["en", "nl"])
        let helpTopic = completer.complete(line: "help sh", cursor: 7)
        #expect(helpTopic.candidates == ["show"])
        #expect(helpTopic.start == 5)
        #expect(completer.complete(line: "quit x", cursor: 6).candidates.isEmpty)
    }

    @Test("The common prefix of several candidates is what TAB inserts")
    func commonPrefix() {
        #expect(Completion(start: 0, candidates: ["meer-online", "meer-digitaal"]).commonPrefix == "meer-")
        #expect(Completion(start: 0, candidates: []).commonPrefix == "")
    }
}

@Suite("Batch mode")
struct BatchTests {
    @Test("Commands run in order; the first failure stops the run with exit code 1 and names the line")
    func stopsAtFirstFailure() {
        let (session, output, errors) = makeSession()
        let reader = ScriptedLineReader(lines: ["lang nl", "bogus", "lang en"])
        let status = BatchRunner.run(session, reader: reader, source: "script.txt", keepGoing: false)
        #expect(status == ExitCode.commandFailed)
        #expect(session.language == .nl)
        #expect(output.text == "Taal: Nederlands.\n")
        #expect(errors.text.hasPrefix("script.txt:2: fout: onbekende opdracht 'bogus'"))
    }

    @Test("--keep-going runs everything and still reports the failure")
    func keepGoing() {
        let (session, _, _) = makeSession()
        let reader = ScriptedLineReader(lines: ["bogus", "lang nl"])
        let status = BatchRunner.run(session, reader: reader, source: "-c", keepGoing: true)
        #expect(status == ExitCode.commandFailed)
        #expect(session.language == .nl)
    }

    @Test("A usage error exits with 2; an open quote at the end of input is an error")
    func usageErrors() {
        let (session, _, errors) = makeSession()
        #expect(BatchRunner.run(session, reader: ScriptedLineReader(lines: ["lang"]), source: "-c", keepGoing: false) == ExitCode.usage)
        #expect(BatchRunner.run(session, reader: ScriptedLineReader(lines: [#"help "sh"#]), source: "-c", keepGoing: false) == ExitCode.usage)
        #expect(errors.text.contains("-c:1: error: the input ends inside a quoted text"))
    }

    @Test("A quoted text may span lines")
    func continuation() {
        let (session, _, errors) = makeSession()
        let reader = ScriptedLineReader(lines: [#"help "sh"#, #"ow""#])
        #expect(BatchRunner.run(session, reader: reader, source: "-c", keepGoing: false) == ExitCode.commandFailed)
        // The line break is shown, not obeyed: the error stays on one line.
        #expect(errors.text.contains(#"no command 'sh\u{A}ow'"#))
    }

    @Test("quit ends the run")
    func quit() {
        let (session, _, _) = makeSession()
        let reader = ScriptedLineReader(lines: ["quit", "bogus"])
        #expect(BatchRunner.run(session, reader: reader, source: "-c", keepGoing: false) == ExitCode.success)
    }
}

@Suite("Interactive loop")
struct InteractiveLoopTests {
    @Test("Ctrl-C discards a half-typed command; the loop goes on; Ctrl-D ends it with status 0")
    func interruptAndEnd() {
        let (session, output, errors) = makeSession()
        let reader = ScriptedLineReader([.line(#"help "unfinished"#), .interrupted, .line("lang nl"), .endOfInput], interactive: true)
        #expect(InteractiveLoop.run(session, reader: reader) == ExitCode.success)
        #expect(output.text == "Taal: Nederlands.\n")
        #expect(errors.text.isEmpty)
        #expect(reader.prompts == ["koers> ", "...> ", "koers> ", "koers> "])
        #expect(reader.remembered == ["lang nl"])
    }

    @Test("An error is shown and the loop goes on")
    func errorsDoNotEndTheLoop() {
        let (session, _, errors) = makeSession()
        let reader = ScriptedLineReader([.line("bogus"), .line("lang nl"), .line("quit")], interactive: true)
        #expect(InteractiveLoop.run(session, reader: reader) == ExitCode.success)
        #expect(session.language == .nl)
        #expect(errors.text.hasPrefix("error: unknown command 'bogus'"))
    }
}

@Suite("Documentation")
struct CommandDocumentationTests {
    @Test("docs/shell.md lists every command of the table with its Dutch name")
    func shellDocumentationIsComplete() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/shell.md"), encoding: .utf8)
        for spec in CommandTable.all {
            #expect(text.contains("| `\(spec.name)` | `\(spec.dutchName ?? spec.name)` |"), "\(spec.name)")
        }
    }
}
