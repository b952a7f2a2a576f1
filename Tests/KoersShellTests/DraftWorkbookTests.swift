import Foundation
import KoersCore
import KoersRender
import KoersShell
import KoersTestSupport
import KoersWorkspace
import SnapshotTesting
import Testing

/// `draft --table WORKBOOK.xlsx`: the table read from a sheet's cells, the workbooks written the
/// way koers writes its own (libxlsxwriter), or by hand where a test needs a merged range or damage.
@Suite("draft --table with a workbook")
struct DraftWorkbookTests {
    private let temporary: TemporaryFolder
    private var folder: String { temporary.path }

    init() throws {
        temporary = try TemporaryFolder("koers-draft-workbook")
    }

    /// An export as a municipality makes one: a title in the first row, a blank row, then the
    /// header; shares in cells formatted as percentages; a section heading and a source note.
    static let indicatoren = KoersRender.Workbook.Sheet(
        name: "Indicatoren", headers: ["Programma 4 Zorg en welzijn: effectindicatoren"],
        rows: [
            [],
            [.text("Indicator"), .text("Eenheid"), .text("Nulmeting 2022"), .text("Streefwaarde 2025"), .text("Streefwaarde 2027")],
            [.text("Inwoners die zich gezond voelen"), .text("%"), .percentage(0.755), .percentage(0.77), .percentage(0.8)],
            [.text("Jongeren met een startkwalificatie"), .text("aantal"), .number(1234), .text("Minimaal 1.300"), .number(1350)],
            [.text("Welzijn")],
            [.text("Wachttijd jeugdhulp (weken)"), .text("weken"), .number(10.5), .text("max. 8"), .empty],
            [.text("Bron: gezondheidsmonitor GGD 2024")],
        ])

    static let toelichting = KoersRender.Workbook.Sheet(name: "Toelichting", headers: ["Deze werkmap hoort bij de begroting 2025"], rows: [])

    private func write(_ sheets: [KoersRender.Workbook.Sheet], to name: String) throws -> String {
        let path = folder + "/" + name
        try WorkbookFile.write(KoersRender.Workbook(sheets: sheets), to: path)
        return path
    }

    @Test("text: the sheet and its header row, the columns, each row's goal from the stored numbers", arguments: Language.allCases)
    func text(language: Language) throws {
        let path = try write([Self.toelichting, Self.indicatoren], to: "indicatoren.xlsx")
        let (session, output, _) = try sampleSession("almelo", language: language)
        try session.run(["draft", "--table", path])
        let text = output.text
        #expect(text.hasPrefix(language == .en ? "Sheet “Indicatoren”, the header in row 3" : "Blad ‘Indicatoren’, de kopregel in rij 3"))
        // 0.8 in a percentage cell is 80%; 0.755 stays 75.5, not rounded to what the cell shows.
        #expect(text.contains(language == .en ? "from “80%”" : "uit ‘80%’"))
        #expect(text.contains("nulmeting 2022 = 75,5"))
        // 1234 stored is no Dutch 1,234; the written `Minimaal 1.300` is Dutch.
        #expect(text.contains("streefwaarde >= 1350 uiterlijk 2027"))
        #expect(text.contains("mijlpaal 2025 >= 1300"))
        #expect(text.contains(language == .en ? "Row 3 (sheet row 7)" : "Rij 3 (rij 7 van het blad)"))
        #expect(!text.contains("Welzijn") && !text.contains("Bron:"))
        assertSnapshot(of: text, as: .lines, named: "text-\(language.rawValue)")
    }

    @Test("JSON: each row names its sheet, a note its cell")
    func json() throws {
        let path = try write([Self.indicatoren], to: "indicatoren.xlsx")
        let (session, output, _) = try sampleSession("almelo", language: .en)
        try session.run(["draft", "--table", path, "--format", "json", "--target-year", "2025"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["line"] as? Int } == [4, 5, 7])
        #expect(rows.allSatisfy { $0["sheet"] as? String == "Indicatoren" })
        let notes = try #require(rows[0]["notes"] as? [[String: Any]])
        #expect(notes.map { $0["reference"] as? String } == ["E4"])
        #expect((notes.first?["message"] as? String)?.hasPrefix("a later target (“80%”)") == true)
    }

    @Test("koers's own status workbook drafts back: each baseline with its period, the projection no deadline", arguments: Language.allCases)
    func ownStatusWorkbook(language: Language) throws {
        let path = folder + "/stand.xlsx"
        try sampleSession("tutorial", language: language).0.run(["status", "--format", "xlsx", "-o", path])
        let (session, output, _) = try sampleSession("tutorial", language: language)
        try session.run(["draft", "--table", path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [[String: Any]])
        let first = try #require(rows.first)
        #expect((first["baseline"] as? [String: Any])?["period"] as? String == "2020", "\(first)")
        #expect((first["deadline"] as? [String: Any])?["period"] as? String == "2023")
        #expect(!((first["findings"] as? [[String: Any]]) ?? []).contains { $0["code"] as? String == "no-baseline" })
        let columns = try #require(first["columns"] as? [[String: Any]])
        let projection = try #require(columns.first { ($0["header"] as? String) == (language == .nl ? "verwacht bij deadline" : "projected at deadline") })
        #expect(projection["role"] as? String != "deadline", "\(projection)")
    }

    @Test("several sheets with a table: --sheet (--blad) picks one; without it the error lists them")
    func severalSheets() throws {
        let werk = KoersRender.Workbook.Sheet(name: "Werk", headers: ["Indicator", "Doel 2026"], rows: [[.text("Banen"), .number(500)]])
        let path = try write([Self.indicatoren, werk], to: "twee.xlsx")
        let (session, output, _) = try sampleSession("almelo", language: .nl)
        let failure = try #require(throws: CommandFailure.self) { try session.run(["opstellen", "--tabel", path]) }
        #expect(failure.exitCode == ExitCode.usage)
        #expect(failure.diagnostics.map(\.message.nl) == ["\(path): meer bladen bevatten een indicatorentabel (‘Indicatoren’, ‘Werk’): kies er een met --blad NAAM"])
        try session.run(["opstellen", "--tabel", path, "--blad", "werk", "--format", "csv"])
        #expect(output.text.contains("1;2;nieuw-doel-1;Banen;;500;;2026;;;"))
        let unknown = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", path, "--sheet", "Zorg"]) }
        #expect(unknown.diagnostics.map(\.message.en) == ["\(path): no sheet “Zorg”; the workbook has “Indicatoren”, “Werk”"])
    }

    @Test("a sheet without a table, a damaged file, --sheet with a text table: errors naming the file and the sheet")
    func badWorkbooks() throws {
        let (session, output, _) = try sampleSession("almelo", language: .en)
        let noTable = try write([Self.toelichting], to: "toelichting.xlsx")
        let empty = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", noTable]) }
        #expect(empty.message.en == "cannot read the table in \(noTable)")
        #expect(empty.diagnostics.first?.message.en.hasPrefix("\(noTable), sheet “Toelichting”: no row names the table's columns") == true)

        let whole = try #require(FileManager.default.contents(atPath: try write([Self.indicatoren], to: "heel.xlsx")))
        let cut = folder + "/afgebroken.xlsx"
        _ = FileManager.default.createFile(atPath: cut, contents: whole.prefix(whole.count / 2))
        let damaged = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", cut]) }
        #expect(damaged.diagnostics.first?.message.en == "\(cut): not a valid .xlsx file (not a zip archive)")
        #expect(damaged.exitCode == ExitCode.usage)

        let text = folder + "/tabel.txt"
        _ = FileManager.default.createFile(atPath: text, contents: Data("Indicator\tDoel 2026\nBanen\t500\n".utf8))
        let sheetOfText = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", text, "--sheet", "Blad1"]) }
        #expect(sheetOfText.message.nl == "--blad kiest een blad van een werkmap: gebruik het met --tabel BESTAND.xlsx")
        let sheetOfSentence = try #require(throws: CommandFailure.self) { try session.run(["draft", "In 2026 90%.", "--sheet", "Blad1"]) }
        #expect(sheetOfSentence.message.en == "--sheet picks a sheet of a workbook: use it with --table FILE.xlsx")
        #expect(output.isEmpty)
    }

    @Test("a damaged cell names its sheet and cell; a merged header over years is read as one header per year")
    func handWrittenWorkbooks() throws {
        let (session, output, _) = try sampleSession("almelo", language: .en)
        let outOfRange = folder + "/kapot.xlsx"
        let broken = KoersTestSupport.Workbook.xlsx(sheet: "Doelen", sharedStrings: ["Indicator", "Doel 2026"],
                                                    rows: #"<row r="1">\#(KoersTestSupport.Workbook.sharedCell("A1", "0"))\#(KoersTestSupport.Workbook.sharedCell("B1", "7"))</row>"#)
        _ = FileManager.default.createFile(atPath: outOfRange, contents: Data(broken))
        let failure = try #require(throws: CommandFailure.self) { try session.run(["draft", "--table", outOfRange]) }
        #expect(failure.diagnostics.first?.message.en.hasPrefix("\(outOfRange): cell Doelen!B1 refers to shared string \"7\"") == true)

        let cell = KoersTestSupport.Workbook.sharedCell
        let number = { (reference: String, value: String) in KoersTestSupport.Workbook.numberCell(reference, value) }
        let rows = #"<row r="2">\#(cell("A2", "0"))\#(cell("B2", "1"))\#(cell("D2", "2"))</row>"#
            + #"<row r="3">\#(number("B3", "2023"))\#(number("C3", "2024"))\#(number("D3", "2026"))\#(number("E3", "2030"))</row>"#
            + #"<row r="4">\#(cell("A4", "3"))\#(number("B4", "61"))\#(number("C4", "63"))\#(number("D4", "70"))\#(cell("E4", "4"))</row>"#
        let merged = KoersTestSupport.Workbook.xlsx(
            sharedStrings: ["Indicator", "Realisatie", "Streefwaarde", "Sporters (%)", "Minimaal 75"], rows: rows,
            afterRows: #"<mergeCells><mergeCell ref="B2:C2"/><mergeCell ref="D2:E2"/><mergeCell ref="A2:A3"/></mergeCells>"#)
        let path = folder + "/samengevoegd.xlsx"
        _ = FileManager.default.createFile(atPath: path, contents: Data(merged))
        try session.run(["draft", "--table", path, "--format", "csv"])
        #expect(output.text.contains("1,4,nieuw-doel-1,Sporters (%),>=,75,,2030,2023,61,"), "\(output.text)")
    }
}
