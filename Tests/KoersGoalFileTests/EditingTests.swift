import KoersCore
import Testing
@testable import KoersGoalFile

/// Applies an edit to one document and gives the edited text, failing the test if it was refused.
private func edited(_ text: String, _ edit: GoalFileEdit, path: String = "test.koers", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    let document = try parseCleanly(text, path: path, sourceLocation: sourceLocation)
    switch GoalFileEditor.apply(edit, to: [document]) {
    case let .success(outcome):
        return try #require(outcome.documents.first { $0.path == path }, sourceLocation: sourceLocation).text
    case let .failure(failure):
        Issue.record("refused: \(failure.message.en) \(failure.diagnostics.map { $0.formatted(in: .en) })", sourceLocation: sourceLocation)
        return text
    }
}

/// The refusal of an edit that must be refused.
private func refusal(_ text: String, _ edit: GoalFileEdit, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> GoalFileEditFailure {
    let document = try parseCleanly(text, sourceLocation: sourceLocation)
    guard case let .failure(failure) = GoalFileEditor.apply(edit, to: [document]) else {
        Issue.record("the edit was accepted", sourceLocation: sourceLocation)
        return GoalFileEditFailure(LocalizedText(en: "", nl: ""))
    }
    return failure
}

@Suite("Editing goal files line by line")
struct EditingTests {
    let dutch = """
        # Doelen
        doel klanten-goed
            titel "Klanten waarderen ons als 'goed'"
            streefwaarde "goed"  # vaag

        doel meer-online
            titel "Meer online"
            nulmeting 2020 = 100
            streefwaarde >= +10% uiterlijk 2024

        """

    @Test("A target in a Dutch file is written in Dutch, its comment kept")
    func dutchTarget() throws {
        let text = try edited(dutch, .setField(.goal, id: "klanten-goed", field: "target >= 7,5 by 2026"))
        #expect(text == dutch.replacingOccurrences("    streefwaarde \"goed\"  # vaag", "    streefwaarde >= 7,5 uiterlijk 2026  # vaag"))
    }

    @Test("A deadline on the target line is changed in place, the target as written")
    func deadlineOnTargetLine() throws {
        let text = try edited(dutch, .setField(.goal, id: "meer-online", field: "deadline 2026"))
        #expect(text == dutch.replacingOccurrences("uiterlijk 2024", "uiterlijk 2026"))
        let cleared = try edited(dutch, .clearField(.goal, id: "meer-online", field: "uiterlijk", selector: nil))
        #expect(cleared == dutch.replacingOccurrences(">= +10% uiterlijk 2024", ">= +10%"))
        let added = try edited(dutch, .setField(.goal, id: "klanten-goed", field: "uiterlijk 2025"))
        #expect(added == dutch.replacingOccurrences("\"goed\"  # vaag", "\"goed\" uiterlijk 2025  # vaag"))
    }

    @Test("A target with a deadline replaces a deadline field of its own; one without keeps it")
    func targetAndDeadlineField() throws {
        let text = goalText("target >= 80%", "deadline 2025")
        #expect(try edited(text, .setField(.goal, id: "g", field: "target >= 90% by 2026"))
            == goalText("target >= 90% by 2026"))
        #expect(try edited(text, .setField(.goal, id: "g", field: "target >= 90%"))
            == goalText("target >= 90%", "deadline 2025"))
        #expect(try edited(text, .setField(.goal, id: "g", field: "deadline 2026"))
            == goalText("target >= 80%", "deadline 2026"))
    }

    @Test("A byte order mark, and a header on the first line, survive a rename")
    func byteOrderMark() throws {
        let text = "\u{FEFF}metric één\r\n    unit count\r\ngoal g\r\n    title \"T\"\r\n    metric één{k=v}\r\n"
        let result = try edited(text, .rename(.metric, from: "één", to: "twee"))
        #expect(result == "\u{FEFF}metric twee\r\n    unit count\r\ngoal g\r\n    title \"T\"\r\n    metric twee{k=v}\r\n")
    }

    @Test("Clearing a target keeps its deadline as a field of its own")
    func clearTargetKeepsDeadline() throws {
        let text = try edited(dutch, .clearField(.goal, id: "meer-online", field: "target", selector: nil))
        #expect(text == dutch.replacingOccurrences("    streefwaarde >= +10% uiterlijk 2024", "    uiterlijk 2024"))
    }

    @Test("A new field goes where the canonical order puts it, in the block's language and indentation")
    func insertedField() throws {
        let text = try edited(dutch, .setField(.goal, id: "meer-online", field: "owner \"Team Dienstverlening\""))
        #expect(text == dutch.replacingOccurrences("    titel \"Meer online\"\n", "    titel \"Meer online\"\n    eigenaar \"Team Dienstverlening\"\n"))
    }

    @Test("English files, tabs, CRLF and a missing final line break are kept")
    func styleIsKept() throws {
        let text = "goal g\r\n\tTitle \"T\"\r\n\ttarget >= 90%"
        let result = try edited(text, .setField(.goal, id: "g", field: "streefwaarde minimaal 95 procent uiterlijk 2026"))
        #expect(result == "goal g\r\n\tTitle \"T\"\r\n\ttarget >= 95% by 2026")
        let added = try edited(text, .setField(.goal, id: "g", field: "notitie \"n\""))
        #expect(added == "goal g\r\n\tTitle \"T\"\r\n\ttarget >= 90%\r\n\tnote \"n\"")
        let retitled = try edited(text, .setField(.goal, id: "g", field: "title Nieuw"))
        #expect(retitled == "goal g\r\n\tTitle \"Nieuw\"\r\n\ttarget >= 90%")
    }

    @Test("Numbers follow the file's notation directive")
    func notation() throws {
        let text = "notation en\n\ngoal g\n    title \"T\"\n"
        let result = try edited(text, .setField(.goal, id: "g", field: "baseline 2020 = 49,525"))
        #expect(result == text + "    baseline 2020 = 49,525\n")
    }

    @Test("Milestones and waivers for the same period or rule are replaced; others added")
    func repeatableFields() throws {
        let text = goalText("milestone 2022 >= 5", "waiver vague-scope \"a\"")
        #expect(try edited(text, .setField(.goal, id: "g", field: "milestone 2022 >= 6"))
            == text.replacingOccurrences("milestone 2022 >= 5", "milestone 2022 >= 6"))
        #expect(try edited(text, .setField(.goal, id: "g", field: "milestone 2023 >= 6"))
            == text.replacingOccurrences("milestone 2022 >= 5\n", "milestone 2022 >= 5\n    milestone 2023 >= 6\n"))
        #expect(try edited(text, .setField(.goal, id: "g", field: "waiver vague-scope \"b\""))
            == text.replacingOccurrences("\"a\"", "\"b\""))
        #expect(try edited(text, .clearField(.goal, id: "g", field: "milestone", selector: "2022"))
            == text.replacingOccurrences("    milestone 2022 >= 5\n", ""))
    }

    @Test("Adding a goal or metric appends a block in the file's language")
    func addBlocks() throws {
        let text = try edited(dutch, .addGoal(id: "nieuw", title: "Een nieuw doel", file: "test.koers"))
        #expect(text == dutch + "\ndoel nieuw\n    titel \"Een nieuw doel\"\n")
        let metric = try edited(dutch, .addMetric(id: "m", title: nil, file: "test.koers"))
        #expect(metric == dutch + "\nindicator m\n")
        let new = try parseCleanly(dutch)
        guard case let .success(outcome) = GoalFileEditor.apply(.addGoal(id: "x", title: "X", file: "new.koers"), to: [new]) else {
            Issue.record("refused")
            return
        }
        #expect(outcome.changedPaths == ["new.koers"])
        #expect(outcome.documents.last?.text == "goal x\n    title \"X\"\n")
    }

    @Test("Adding a data block writes it in the file's language and indentation, its options as given")
    func addDataBlock() throws {
        let options = [DataDeclaration.Option(key: "decimal", value: "comma"), DataDeclaration.Option(key: "sheet", value: "\"Blad 1\"")]
        let dutchText = try edited(dutch, .addData(path: "data/extra tabel.csv", options: options, file: "test.koers"))
        #expect(dutchText == dutch + "\ngegevens \"data/extra tabel.csv\"\n    decimal comma\n    sheet \"Blad 1\"\n")
        let english = "goal g\n  title \"G\"\n"
        #expect(try edited(english, .addData(path: "c.csv", options: [], file: "test.koers")) == english + "\ndata \"c.csv\"\n")
        let declared = try parseCleanly(dutchText).content.dataDeclarations
        #expect(declared.map(\.path) == ["data/extra tabel.csv"])
        #expect(declared.first?.options.map(\.value) == ["comma", "Blad 1"])
    }

    @Test("A data block whose option does not read is refused, and nothing changes")
    func addDataBlockRefused() throws {
        let failure = try refusal(dutch, .addData(path: "x.csv", options: [DataDeclaration.Option(key: "sheet", value: "\"open")], file: "test.koers"))
        #expect(!failure.diagnostics.isEmpty)
    }

    @Test("Renaming a metric renames its references; removing a goal leaves no double gap")
    func renameAndRemove() throws {
        let text = """
            metric a
                unit count
            metric b
                formula sum(a{k=a})
            data "x.csv"
                metric a
            goal g
                title "T"
                metric a{k=v}

            goal h
                title "H"

            """
        let renamed = try edited(text, .rename(.metric, from: "a", to: "aa"))
        #expect(renamed == text.replacingOccurrences("metric a\n", "metric aa\n").replacingOccurrences("sum(a{", "sum(aa{")
            .replacingOccurrences("    metric a\n", "    metric aa\n").replacingOccurrences("    metric a{k=v}", "    metric aa{k=v}"))
        let removed = try edited(text, .remove(.goal, id: "g"))
        #expect(removed == text.replacingOccurrences("goal g\n    title \"T\"\n    metric a{k=v}\n\n", ""))
    }

    @Test("An edit the parser or assembler would reject changes nothing and says why")
    func invalidEdits() throws {
        let text = goalText("baseline 2021")
        let early = try refusal(text, .setField(.goal, id: "g", field: "deadline 2021"))
        #expect(!early.diagnostics.isEmpty)
        let bad = try refusal(text, .setField(.goal, id: "g", field: "target >= 49.525"))
        #expect(bad.diagnostics.first?.formatted(in: .en).contains("ambiguous") == true)
        _ = try refusal(text, .clearField(.goal, id: "g", field: "title", selector: nil))
        _ = try refusal(text, .setField(.goal, id: "nope", field: "owner \"x\""))
        _ = try refusal(text, .addGoal(id: "g", title: "again", file: "test.koers"))
        _ = try refusal(text, .addGoal(id: "1bad", title: "x", file: "test.koers"))
        let yesNo = "metric m\n    unit count\ngoal g\n    title \"T\"\n    metric m\n"
        let mismatch = try refusal(yesNo, .setField(.goal, id: "g", field: "target = ja"))
        #expect(!mismatch.diagnostics.isEmpty)
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced; the text unchanged when it has none.
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
