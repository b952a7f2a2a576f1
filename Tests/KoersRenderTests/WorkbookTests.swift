import KoersCore
@testable import KoersRender
import SnapshotTesting
import Testing

@Suite("Render: xlsx workbooks")
struct WorkbookTests {
    /// Every cell with its kind, so a snapshot shows what the spreadsheet will hold, not only its text.
    static func dump(_ sheet: Workbook.Sheet) -> String {
        var lines = ["sheet \(sheet.name)", "widths " + sheet.columnWidths.map { String(Int($0)) }.joined(separator: " "), sheet.headers.joined(separator: " | ")]
        for row in sheet.rows {
            lines.append(row.map { cell in
                switch cell {
                case let .text(text): "\"\(text)\""
                case let .number(value): "n:\(JSON.number(text: value))"
                case let .percentage(share): "p:\(JSON.number(text: share))"
                case .empty: "·"
                }
            }.joined(separator: " | "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("status: a row per goal with title, owner, typed figures and progress as a percentage", arguments: Language.allCases)
    func status(language: Language) throws {
        let sheet = Workbook.Sheet(WorkbookTables.status(Tutorial.evaluations), name: WorkbookMessages.statusSheet, language: language)
        #expect(sheet.rows.count == Tutorial.evaluations.evaluations.count)
        let onTrack = try #require(sheet.rows.first { $0.first == .text("meer-online") })
        #expect(onTrack[2] == .text("Team Dienstverlening"))
        #expect(onTrack.contains { if case .percentage = $0 { true } else { false } })
        // A period is text, so Excel does not turn 2024 into a number or 2022-Q4 into a date.
        #expect(onTrack[8] == .text("2024"))
        assertSnapshot(of: Self.dump(sheet), as: .lines, named: language.rawValue)
    }

    @Test("goals and series", arguments: Language.allCases)
    func goalsAndSeries(language: Language) {
        let goals = Workbook.Sheet(WorkbookTables.goals(Tutorial.model), name: WorkbookMessages.goalsSheet, language: language)
        let keys = [SeriesKey(metric: "afhandeltijd")]
        let series = Workbook.Sheet(DataListing.figures(keys, model: Tutorial.model), name: WorkbookMessages.seriesSheet, language: language)
        assertSnapshot(of: Self.dump(goals) + "\n" + Self.dump(series), as: .lines, named: language.rawValue)
    }

    @Test("a column is as wide as its longest cell, within 6 and 60 characters")
    func columnWidths() {
        let table = DataTable(
            columns: [DataTable.Column("a", LocalizedText(verbatim: "a")), DataTable.Column("b", LocalizedText(verbatim: "bb")), DataTable.Column("c", LocalizedText(verbatim: "c"))],
            rows: [[.text(String(repeating: "x", count: 100)), .number(1234.5, decimals: 1), .text("twelve chars")]])
        let sheet = Workbook.Sheet(table, name: LocalizedText(verbatim: "t"), language: .en)
        #expect(sheet.columnWidths == [60, 8, 14])
    }
}
