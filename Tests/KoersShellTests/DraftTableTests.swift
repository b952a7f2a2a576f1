import Foundation
import KoersCore
import KoersShell
import KoersTestSupport
import SnapshotTesting
import Testing

/// `draft --table FILE` and `draft --table -` without a terminal: a goal per row, the errors of
/// a bad table at their line and column.
@Suite("draft --table")
struct DraftTableTests {
    private let temporary: TemporaryFolder
    private var folder: String { temporary.path }

    init() throws {
        temporary = try TemporaryFolder("koers-draft-table")
    }

    static let begroting = """
        Indicator\tEenheid\tRealisatie 2022\tBegroting 2024\tStreefwaarde 2026
        % meldingen binnen 2 weken afgehandeld\t%\t84,4%\t90%\t91,4%
        Aantal opgeleverde woningen\taantal\t312\t400\tMinimaal 450
        Verkeersdoden (Minimise)\taantal\t3\t2\tnnb

        """

    private func write(_ text: String, to name: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test("text: the columns' roles, then each row's goal-file snippet and what it lacks", arguments: Language.allCases)
    func text(language: Language) throws {
        let (session, output, _) = try sampleSession("almelo", language: language)
        try session.run(["draft", "--table", write(Self.begroting, to: "tabel.txt")])
        let text = output.text
        #expect(text.contains(language == .en ? "Row 3 (line 4)" : "Rij 3 (regel 4)"))
        #expect(text.contains(">= 450"))
        #expect(text.contains("streefwaarde >= 450 uiterlijk 2026"))
        #expect(text.contains(language == .en ? "line 4, column 37 (Streefwaarde 2026): the target cell “nnb” holds no figure"
                                                : "regel 4, kolom 37 (Streefwaarde 2026): de cel van de streefwaarde ‘nnb’ bevat"))
        assertSnapshot(of: text, as: .lines, named: "text-\(language.rawValue)")
    }

    @Test("JSON: an array of the sentence draft's objects, each with its row, line and the columns' roles")
    func json() throws {
        let (session, output, _) = try sampleSession("almelo")
        try session.run(["draft", "--table", write(Self.begroting, to: "tabel.txt"), "--format", "json", "--id", "woon"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.map { $0["row"] as? Int } == [1, 2, 3])
        #expect(rows.map { $0["id"] as? String } == ["woon-1", "woon-2", "woon-3"])
        #expect(rows[0]["sentence"] as? String == "% meldingen binnen 2 weken afgehandeld")
        let target = try #require(rows[1]["target"] as? [String: Any])
        #expect(target["value"] as? Double == 450 && target["comparator"] as? String == ">=")
        let columns = try #require(rows[0]["columns"] as? [[String: Any]])
        #expect(columns.map { $0["role"] as? String } == ["indicator", "unit", "realised", "planned", "target"])
        #expect(rows[2]["vague"] as? Bool == true)
        assertSnapshot(of: output.text, as: .lines, named: "json")
    }

    @Test("several target columns: the latest is the target, the earlier ones milestones in the snippet and the JSON")
    func milestones() throws {
        let table = "Measure\tActual 2022\tTarget 2024\tTarget 2025\tTarget 2026\nHomes built\t223,754\t240,000\t-\tAt least 290,000\n"
        let path = write(table, to: "targets.txt")
        let (session, output, _) = try sampleSession("almelo", language: .en)
        try session.run(["draft", "--table", path, "--id", "homes"])
        #expect(output.text.contains("  target >= 290000 by 2026"))
        #expect(output.text.contains("  milestone 2024 >= 240000"))
        let (jsonSession, json, _) = try sampleSession("almelo", language: .en)
        try jsonSession.run(["draft", "--table", path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [[String: Any]])
        let milestones = try #require(rows.first?["milestones"] as? [[String: Any]])
        #expect(milestones.map { $0["period"] as? String } == ["2024"])
        #expect(milestones.map { $0["value"] as? Double } == [240_000])
        #expect(milestones.map { $0["comparator"] as? String } == [">="])
    }

    @Test("`-` reads the table from standard input")
    func standardInput() throws {
        let (session, output, _) = try sampleSession("almelo")
        session.tableInput = ScriptedLineReader(lines: Self.begroting.split(separator: "\n").map(String.init))
        try session.run(["draft", "--table", "-", "--format", "csv"])
        #expect(output.text.split(whereSeparator: \.isNewline).count == 4)
        #expect(output.text.contains("Aantal opgeleverde woningen,>=,450,,2026,2022,312"))
    }

    @Test("`-` where standard input holds the commands says so")
    func noStandardInput() throws {
        let (session, _, _) = try sampleSession("almelo")
        let failure = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", "-"]) }
        #expect(failure.message.en.contains("give the table as a file"))
        #expect(failure.exitCode == ExitCode.usage)
    }

    @Test("bad tables: the error names the file, the line and the column", arguments: [
        ("Indicator\tStreefwaarde 2026\nAantal woningen\t400\t12\n", "tabel.txt:2:21: error: this row has 3 cells, the header (line 1) 2"),
        ("Aantal woningen\t400\nAantal bomen\t12\n", "tabel.txt:1:17: error: the first line holds the figure “400”: it must be the header"),
        ("Indicator\tRealisatie 2022\nAantal woningen\t400\n", "tabel.txt:1:1: error: no column is a target (headers: “Indicator”, “Realisatie 2022”)"),
        ("Indicator;Doel 2026\n\"Aantal;400\n", "tabel.txt:2:1: error: this quote is not closed"),
    ])
    func badTables(text: String, expected: String) throws {
        let (session, output, _) = try sampleSession("almelo")
        let path = write(text, to: "tabel.txt")
        let failure = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", path]) }
        let shown = failure.diagnostics.map { $0.formatted(in: .en) }.joined(separator: "\n")
        #expect(shown.hasPrefix(folder + "/" + expected), "\(shown)")
        #expect(failure.message.en == "cannot read the table in \(path)")
        #expect(failure.exitCode == ExitCode.usage)
        #expect(output.isEmpty)
    }

    @Test("a non-number in the target column is a finding of its row, not an error")
    func nonNumberInTargetColumn() throws {
        let (session, output, _) = try sampleSession("almelo", language: .nl)
        try session.run(["opstellen", "--tabel", write("Indicator\tDoel 2026\nTevredenheid\tGoed\n", to: "t.txt")])
        #expect(output.text.contains("regel 2, kolom 14 (Doel 2026): de cel van de streefwaarde ‘Goed’ is geen getal"))
    }

    @Test("a missing file, a sentence beside --table, neither: usage errors in both languages")
    func usage() throws {
        let (session, _, _) = try sampleSession("almelo")
        let missing = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", folder + "/geen.txt"]) }
        #expect(missing.message.en.contains("geen.txt"))
        let both = try #require(throws: CommandFailure.self) { try session.run(["draft", "In 2026 90%.", "--table", "x.txt"]) }
        #expect(both.message.nl == "opstellen neemt een zin of --tabel BESTAND, niet allebei")
        let neither = try #require(throws: CommandFailure.self) { try session.run(["draft"]) }
        #expect(neither.message.en == "draft needs a sentence in quotes, or --table FILE")
    }

    @Test("--target-year: a year, with --table only; a damaged workbook given as the table is named as one")
    func targetYearAndWorkbook() throws {
        let (session, _, _) = try sampleSession("almelo")
        let table = write("Indicator\tDoel 2024\tDoel 2026\nBanen\t500\t650\n", to: "jaren.txt")
        let notAYear = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", table, "--target-year", "twintig"]) }
        #expect(notAYear.message.en == "--target-year wants a year, such as 2026, not “twintig”")
        let noTable = try #require(throws: CommandFailure.self) { try session.run(["draft", "In 2026 90%.", "--streefjaar", "2026"]) }
        #expect(noTable.message.nl == "--streefjaar kiest een kolom van een tabel: gebruik het met --tabel BESTAND")
        let workbook = write("PK\u{03}\u{04}not really a zip", to: "tabel.xlsx")
        let failure = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", workbook]) }
        #expect(failure.diagnostics.map(\.message.en) == ["\(workbook): not a valid .xlsx file (not a zip archive)"])
    }
}
