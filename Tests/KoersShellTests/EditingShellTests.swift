import Foundation
import KoersCore
import KoersGoalFile
import KoersShell
import KoersWorkspace
import KoersTestSupport
import SnapshotTesting
import Testing

/// A copy of goals/almelo in a fresh temporary directory, removed when the test ends.
final class AlmeloCopy {
    let path: String

    init() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("goals/almelo").path
        path = NSTemporaryDirectory() + "koers-editing-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

    /// Every goal file's bytes, by name.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasSuffix(".koers") {
            files[name] = FileManager.default.contents(atPath: file(name))
        }
        return files
    }
}

/// A session with almelo loaded, output captured.
private func openSession(_ copy: AlmeloCopy, language: Language = .en) throws -> (ShellSession, BufferedOutput, BufferedOutput) {
    let output = BufferedOutput(), errors = BufferedOutput()
    let session = ShellSession(language: language, output: output, errors: errors, today: CalendarDate(year: 2026, month: 12, day: 7)!)
    try session.load([copy.path], announce: false)
    return (session, output, errors)
}

/// Runs a command line as typed (quotes and all).
private func type(_ line: String, into session: ShellSession) throws(CommandFailure) {
    guard case let .complete(statements) = CommandLineSplitter.split(line) else {
        Issue.record("incomplete: \(line)")
        return
    }
    for statement in statements { try session.run(statement.map(\.text)) }
}

/// The unsaved edits as `changes` shows them, with the temporary directory's path taken out.
private func changes(_ session: ShellSession, _ copy: AlmeloCopy) -> String {
    session.unsavedChanges.map { change in
        UnifiedDiff.make(old: change.disk ?? "", new: change.current, oldName: "a", newName: "b")
            .replacingOccurrences(of: copy.path + "/", with: "")
    }.joined()
}

@Suite("Editing goals in the shell", .serialized)
struct EditingShellTests {
    /// One edit of every kind on the real Almelo files: the diff is exactly the edited lines.
    @Test("Round trip after every kind of edit", arguments: [
        ("set-target", "set klanten-waarderen-goed target >= 7,5 by 2026"),
        ("set-deadline", "set meer-volume-online deadline 2025"),
        ("set-owner", "set meer-volume-online owner \"Team Dienstverlening\""),
        ("set-title-unquoted", "set meer-volume-online title Gemiddeld 10% meer volume online"),
        ("set-milestone", "set meer-volume-online milestone 2023 >= 54000"),
        ("set-note", "zet meer-volume-online notitie \"Besproken in de commissie\""),
        ("waive", "waive klanten-waarderen-goed vague-scope \"De raad koos voor alle dienstverlening\""),
        ("clear-note", "clear klanten-waarderen-goed note"),
        ("clear-target", "wis meer-volume-online streefwaarde"),
        ("set-unit", "set waardering_inwoners_digitaal unit percent"),
        ("set-value", "set digitale_aanvragen value 2021 = 50.000"),
        ("set-combine", "zet digitale_aanvragen samenvoegen laatste"),
        ("add-goal", "add goal minder-wachten \"Binnen 5 werkdagen antwoord\""),
        ("add-metric", "voegtoe indicator wachttijd \"Wachttijd in werkdagen\""),
        ("rename-goal", "rename goal meer-volume-online online-plus"),
        ("rename-metric", "hernoem indicator digitale_aanvragen aanvragen_online"),
        ("remove-goal", "remove goal klanten-waarderen-goed"),
    ])
    func roundTrip(name: String, command: String) throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        let before = try copy.snapshot()
        try type(command, into: session)
        let diff = changes(session, copy)
        assertSnapshot(of: diff, as: .lines, named: name)
        // Saved, the files read back to the same model, and only the edited files changed.
        try session.saveAll(force: false)
        let model = session.workspace.model
        let (reread, _, _) = try openSession(copy)
        #expect(reread.workspace.model.goals == model.goals)
        #expect(reread.workspace.model.metrics == model.metrics)
        let after = try copy.snapshot()
        let changedFiles = after.filter { before[$0.key] != $0.value }.keys.sorted()
        #expect(changedFiles == (name == "rename-metric" ? ["indicatoren.koers", "programmabegroting-2021.koers"] : [changedFiles.first ?? ""]))
    }

    @Test("The done-when scenario: the goed goal gets 7,5, check drops the finding, one changed line")
    func goedGoal() throws {
        let copy = try AlmeloCopy()
        let (session, output, _) = try openSession(copy)
        try? session.run(["check", "klanten-waarderen-goed"])
        #expect(output.text.contains("qualitative-target"))
        try type("set klanten-waarderen-goed target >= 7,5 by 2026; set klanten-waarderen-goed metric waardering_digitale_klanten", into: session)
        let goal = try session.goal("klanten-waarderen-goed")
        #expect(goal.target == Target(comparator: .atLeast, value: .absolute(7.5, percent: false)))
        let checked = BufferedOutput()
        let checking = ShellSession(language: .en, workspace: session.workspace, output: checked, errors: BufferedOutput())
        try? checking.run(["check", "klanten-waarderen-goed"])
        #expect(!checked.text.contains("qualitative-target"))
        #expect(!checked.text.contains("no-deadline"))
        #expect(changes(session, copy).contains("+    streefwaarde >= 7,5 uiterlijk 2026\n"))
    }

    @Test("Random edit sequences, all undone, give back the original model and bytes; redone, the edited ones")
    func undoAll() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        let originalTexts = session.workspace.loadedFiles.map(\.text)
        let originalModel = session.workspace.model
        let goals = originalModel.goals.map(\.id)
        let metrics = originalModel.metrics.map(\.id)
        let commands: [(inout SeededRandom) -> String] = [
            { "set \(goals[$0.below(goals.count)]) target >= \($0.below(100)),5 by 20\(30 + $0.below(9))" },
            { "set \(goals[$0.below(goals.count)]) owner \"Team \($0.below(9))\"" },
            { "set \(goals[$0.below(goals.count)]) milestone 20\(27 + $0.below(3)) >= \($0.below(90))" },
            { "clear \(goals[$0.below(goals.count)]) note" },
            { "clear \(goals[$0.below(goals.count)]) deadline" },
            { "waive \(goals[$0.below(goals.count)]) no-owner \"reden \($0.below(9))\"" },
            { "add goal nieuw-\($0.below(1000)) \"Nieuw\"" },
            { "rename metric \(metrics[$0.below(metrics.count)]) m\($0.below(1000))" },
            { "remove goal \(goals[$0.below(goals.count)])" },
            { "set \(goals[$0.below(goals.count)]) target >= ja" },
        ]
        var random = SeededRandom(seed: 20261130)
        for _ in 0..<25 {
            var applied = 0
            for _ in 0..<(1 + random.below(6)) {
                let command = commands[random.below(commands.count)](&random)
                do {
                    try type(command, into: session)
                    applied += 1
                } catch {
                    // A refused edit changes nothing, so there is nothing to undo for it.
                }
            }
            let editedTexts = session.workspace.loadedFiles.map(\.text)
            let editedModel = session.workspace.model
            for _ in 0..<applied { try session.run(["undo"]) }
            #expect(throws: CommandFailure.self) { try session.run(["undo"]) }
            #expect(session.workspace.loadedFiles.map(\.text) == originalTexts)
            #expect(sameModel(session.workspace.model, originalModel))
            #expect(session.unsavedChanges.isEmpty)
            for _ in 0..<applied { try session.run(["redo"]) }
            #expect(session.workspace.loadedFiles.map(\.text) == editedTexts)
            #expect(sameModel(session.workspace.model, editedModel))
            for _ in 0..<applied { try session.run(["undo"]) }
        }
    }

    @Test("Typed values: quoted words, a document with its section, text without quotes")
    func typedValues() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        try type("set meer-volume-online source \"Programmabegroting 2021\", \"Programma 1\"", into: session)
        #expect(try session.goal("meer-volume-online").source == DocumentReference(document: "Programmabegroting 2021", section: "Programma 1"))
        try type("set meer-volume-online owner Ja, het college", into: session)
        #expect(try session.goal("meer-volume-online").owner == "Ja, het college")
        try type("set meer-volume-online note 'Zij zei \"ja\"'", into: session)
        #expect(try session.goal("meer-volume-online").notes.last == "Zij zei \"ja\"")
        try type("set meer-volume-online target '\"goed\"'", into: session)
        #expect(try session.goal("meer-volume-online").target?.value == .qualitative("goed"))
    }

    @Test("An invalid edit changes nothing and shows the file's diagnostic")
    func invalidEdit() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        let model = session.workspace.model
        do {
            try type("set meer-volume-online target = ja", into: session)
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.first?.formatted(in: .en).contains("programmabegroting-2021.koers:41") == true)
            // The diagnostics are shown before the message, so it points up, not on with a colon.
            #expect(error.message.en.hasSuffix("(see the error above), so nothing was changed."))
        }
        #expect(throws: CommandFailure.self) { try type("set meer-volume-online deadline 2019", into: session) }
        #expect(sameModel(session.workspace.model, model))
        #expect(session.unsavedChanges.isEmpty)
    }

    @Test("A likely slip in a target is warned about right after the edit, once, in the user's language")
    func slipWarnedAtEditTime() throws {
        let copy = try AlmeloCopy()
        let (session, _, errors) = try openSession(copy, language: .nl)
        try type("zet meer-volume-online streefwaarde >= 10% uiterlijk 2024", into: session)
        #expect(errors.text.contains("programmabegroting-2021.koers:41:18: waarschuwing: doel meer-volume-online: `>= 10%` op digitale_aanvragen (een aantal) wordt beoordeeld als het getal >= 10, niet als verandering; bedoelde u `+10%`?"))
        // Another edit does not repeat it; writing what was meant clears it.
        try type("zet meer-volume-online eigenaar \"Team Dienstverlening\"", into: session)
        try type("zet meer-volume-online streefwaarde >= +10% uiterlijk 2024", into: session)
        #expect(errors.text.components(separatedBy: "bedoelde u").count == 2)
        #expect(TargetAdvice.diagnostics(in: session.workspace.model).isEmpty)
    }

    @Test("save refuses when the file changed on disk; --force overwrites; reload reads the disk")
    func externalChange() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        try type("set meer-volume-online owner \"Team A\"", into: session)
        let name = "programmabegroting-2021.koers"
        let theirs = try copy.read(name) + "# een collega\n"
        try theirs.write(toFile: copy.file(name), atomically: true, encoding: .utf8)
        #expect(throws: CommandFailure.self) { try session.saveAll(force: false) }
        #expect(try copy.read(name) == theirs)
        #expect(throws: CommandFailure.self) { try session.reload(force: false) }
        #expect(throws: CommandFailure.self) { try session.run(["load", copy.file(name)]) }
        try session.reload(force: true)
        #expect(session.unsavedChanges.isEmpty)
        #expect(session.workspace.model.goal("meer-volume-online")?.owner != "Team A")
        try type("set meer-volume-online owner \"Team B\"", into: session)
        try session.saveAll(force: false)
        #expect(try copy.read(name).contains("# een collega\n"))
        #expect(try copy.read(name).contains("\"Team B\""))
    }

    @Test("A loaded file keeps only its text until an edit builds its document; the edit changes one line")
    func editAfterLazyLoad() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        let name = "programmabegroting-2021.koers"
        let disk = try copy.read(name)
        #expect(session.workspace.loadedFiles.allSatisfy { !$0.hasDocument })
        #expect(session.unsavedChanges.isEmpty)
        #expect(throws: CommandFailure.self) { try session.run(["undo"]) }
        #expect(session.workspace.loadedFiles.allSatisfy { !$0.hasDocument })
        #expect(session.workspace.loadedFiles.first { $0.path.hasSuffix(name) }?.text == disk)

        try type("set meer-volume-online owner \"Team Lui\"", into: session)
        #expect(session.workspace.loadedFiles.allSatisfy { $0.hasDocument })
        let change = try #require(session.unsavedChanges.first)
        #expect(session.unsavedChanges.count == 1)
        #expect(change.disk == disk)
        let old = disk.split(separator: "\n", omittingEmptySubsequences: false)
        let new = change.current.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(old.count == new.count)
        #expect(zip(old, new).filter { $0 != $1 }.map(\.1) == ["    eigenaar \"Team Lui\""])
        try session.run(["undo"])
        #expect(session.unsavedChanges.isEmpty)
        #expect(session.workspace.loadedFiles.first { $0.path.hasSuffix(name) }?.text == disk)
        try session.run(["redo"])
        try session.saveAll(force: false)
        #expect(try copy.read(name) == change.current)
    }

    @Test("save keeps the file's permissions")
    func permissions() throws {
        let copy = try AlmeloCopy()
        let name = "programmabegroting-2021.koers"
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: copy.file(name))
        let (session, _, _) = try openSession(copy)
        try type("set meer-volume-online owner \"Team A\"; save", into: session)
        let mode = try FileManager.default.attributesOfItem(atPath: copy.file(name))[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.path).allSatisfy { !$0.contains("koers-save") })
    }

    @Test("Read-only refuses every editing command, and --read-only cannot be switched off")
    func readOnly() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        try session.run(["readonly", "on"])
        for command in ["set meer-volume-online owner x", "clear meer-volume-online note", "add goal x \"X\"", "rename goal meer-volume-online y",
                        "remove goal meer-volume-online", "waive meer-volume-online no-owner x", "undo"] {
            do {
                try type(command, into: session)
                Issue.record("accepted: \(command)")
            } catch {
                #expect(error.message.en.contains("read-only"), "\(command)")
            }
        }
        try session.run(["alleenlezen", "uit"])
        try type("set meer-volume-online owner x", into: session)
        session.editing.readOnlyLocked = true
        session.editing.readOnly = true
        #expect(throws: CommandFailure.self) { try session.run(["readonly", "off"]) }
    }

    @Test("A run without a terminal fails with unsaved edits unless --save or --discard, keeping them in recovery files")
    func batchEnd() throws {
        let copy = try AlmeloCopy()
        let (session, _, errors) = try openSession(copy)
        try type("set meer-volume-online owner \"Team A\"", into: session)
        #expect(session.finishBatch(status: 0, saveAtEnd: false, discardAtEnd: true) == 0)
        #expect(session.finishBatch(status: 0, saveAtEnd: false, discardAtEnd: false) == 1)
        #expect(session.finishBatch(status: 2, saveAtEnd: false, discardAtEnd: false) == 2, "an earlier failure's code is kept")
        #expect(errors.text.contains("--save or --discard"))
        let recovery = EditingState.recoveryPath(for: copy.file("programmabegroting-2021.koers"))
        #expect(FileManager.default.fileExists(atPath: recovery))
        #expect(session.finishBatch(status: 0, saveAtEnd: true, discardAtEnd: false) == 0)
        #expect(try copy.read("programmabegroting-2021.koers").contains("\"Team A\""))

        // The next session says so, and `recover` takes the edits back in.
        try "goal-file text of an earlier session".write(toFile: recovery, atomically: true, encoding: .utf8)
        let (next, _, nextErrors) = try openSession(copy)
        next.announceRecoveryFiles()
        #expect(nextErrors.text.contains(recovery))
        #expect(throws: CommandFailure.self) { try next.run(["recover"]) }
    }

    @Test("Leaving asks about unsaved edits: yes saves, no discards, cancel stays, end of input keeps a recovery file")
    func leaving() throws {
        let copy = try AlmeloCopy()
        let (session, _, _) = try openSession(copy)
        #expect(!session.prompt.contains("unsaved"))
        try type("set meer-volume-online owner \"Team A\"", into: session)
        #expect(session.prompt.contains("unsaved"))
        #expect(!session.confirmLeaving(reader: ScriptedLineReader(lines: ["c"])))
        #expect(session.confirmLeaving(reader: ScriptedLineReader(lines: ["maybe", "n"])))
        #expect(session.confirmLeaving(reader: ScriptedLineReader([.endOfInput])))
        #expect(FileManager.default.fileExists(atPath: EditingState.recoveryPath(for: copy.file("programmabegroting-2021.koers"))))
        #expect(session.confirmLeaving(reader: ScriptedLineReader(lines: ["j"])))
        #expect(session.unsavedChanges.isEmpty)
        // Nothing unsaved: no question.
        let reader = ScriptedLineReader(lines: [])
        #expect(session.confirmLeaving(reader: reader))
        #expect(reader.prompts.isEmpty)
    }

    @Test("changes shows a unified diff; completion knows field names and values")
    func changesAndCompletion() throws {
        let copy = try AlmeloCopy()
        let (session, output, _) = try openSession(copy)
        try session.run(["changes"])
        #expect(output.text.contains("No unsaved changes"))
        try type("set meer-volume-online owner \"Team A\"; changes", into: session)
        #expect(output.text.contains("+    eigenaar \"Team A\""))
        #expect(output.text.contains("@@ "))
        let completer = ShellCompleter(session: session)
        func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
        #expect(complete("set meer-volume-online streef") == ["streefwaarde"])
        #expect(complete("set meer-volume-online target >").contains(">="))
        #expect(complete("set meer-volume-online target <= benchmark digitale_aan").contains("digitale_aanvragen"))
        #expect(complete("zet meer-volume-online streefwaarde maximaal referentie digitale_aan").contains("digitale_aanvragen"))
        #expect(complete("zet digitale_aanvragen eenheid rapport") == ["rapportcijfer"])
    }
}

/// Goals, metrics, data declarations and figures equal (the import time of a data source aside).
private func sameModel(_ a: GoalModel, _ b: GoalModel) -> Bool {
    a.goals == b.goals && a.metrics == b.metrics && a.dataDeclarations == b.dataDeclarations
        && a.store.series == b.store.series && a.store.conflicts == b.store.conflicts
}

@Suite("Unified diff")
struct UnifiedDiffTests {
    @Test("Changes far apart give two hunks with three lines of context, as git shows them")
    func twoHunks() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 2\n", with: "line two\n").replacingOccurrences(of: "line 18\n", with: "")
        #expect(UnifiedDiff.make(old: old, new: new, oldName: "a/x", newName: "b/x") == """
            --- a/x
            +++ b/x
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -15,6 +15,5 @@
             line 15
             line 16
             line 17
            -line 18
             line 19
             line 20

            """)
        #expect(UnifiedDiff.make(old: old, new: old, oldName: "a", newName: "b").isEmpty)
        #expect(UnifiedDiff.make(old: "", new: "x\n", oldName: "/dev/null", newName: "b") == "--- /dev/null\n+++ b\n@@ -0,0 +1 @@\n+x\n")
    }
}
