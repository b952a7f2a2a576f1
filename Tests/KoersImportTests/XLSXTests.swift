import Foundation
import KoersCore
import KoersTestSupport
import Testing
@testable import KoersImport

@Suite("xlsx")
struct XLSXTests {
    private let path = fixturePath("xlsx/almelo.xlsx")

    @Test func firstSheetWideWithSharedInlineAndSparseCells() throws {
        var store = ObservationStore()
        let report = try Importer.importFile(
            at: path, declaration: declaration("data/almelo.xlsx", [("metric", "digitale_aanvragen"), ("total-row", "Totaal")]),
            into: &store, metrics: [digitaleAanvragen])
        #expect(report.source.kind == .xlsx)
        #expect(report.mapping.sheet == "Tabel 3.1")
        #expect(report.mapping.layout == .wide)
        // Numbers stored as numbers need no notation: 49525 stays 49525.
        #expect(value(store, key("digitale_aanvragen"), "2020") == 49525)
        #expect(value(store, key("digitale_aanvragen", ["productgroep": "Vergunningen"]), "2019") == .some(nil))
        #expect(value(store, key("digitale_aanvragen", ["productgroep": "Leef- en woonomgeving"]), "2018") == 4657.5)
        let figure = try #require(store.observations(key("digitale_aanvragen", ["productgroep": "Burgerzaken"])).first)
        #expect(figure.provenance.row == 3)
        #expect(figure.provenance.column == 2)
    }

    @Test func namedSheetWithDatesAsPeriods() throws {
        var store = ObservationStore()
        let report = try Importer.importFile(
            at: path, declaration: declaration("almelo.xlsx", [("metric", "m"), ("blad", "maanden")]), into: &store)
        #expect(report.mapping.sheet == "Maanden")
        #expect(value(store, key("m"), "2021-01") == 0.125)
        #expect(value(store, key("m"), "2021-02") == 0.25)
    }

    @Test func unknownSheetListsTheSheets() throws {
        var store = ObservationStore()
        let refused = try #require(failure {
            _ = try Importer.importFile(at: path, declaration: declaration("almelo.xlsx", [("metric", "m"), ("sheet", "Blad9")]), into: &store)
        })
        #expect(refused.english.contains("no sheet \"Blad9\"; the workbook has \"Tabel 3.1\", \"Maanden\""))
    }

    @Test func aBrokenWorkbookIsRefused() throws {
        var store = ObservationStore()
        let refused = try #require(failure {
            _ = try Importer.importData(Array("PK\u{3}\u{4}garbage".utf8), declaration: declaration("kapot.xlsx", [("metric", "m")]), into: &store)
        })
        #expect(refused.english.contains("not a valid .xlsx file"))
    }

    @Test func excelSerialDaysToMonths() {
        #expect(XLSXReader.month(ofSerial: 44197) == "2021-01")
        #expect(XLSXReader.month(ofSerial: 25569) == "1970-01")
        #expect(XLSXReader.month(ofSerial: 45657) == "2024-12")
        #expect(XLSXReader.month(ofSerial: -3) == nil)
        #expect(XLSXReader.column(ofReference: "AB12") == 27)
        #expect(XLSXReader.column(ofReference: "12") == nil)
    }

    @Test("for draft --table: every sheet, a percentage format's share in percent, a merged range's value in each of its cells")
    func sheetsForTheTableReader() throws {
        // Style 1 is the built-in `0%` (9), style 2 a custom `0.0%`, style 3 a plain `0.00`.
        let styles = #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>"#
            + #"<cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>"#
        let rows = #"<row r="1">\#(Workbook.sharedCell("A1", "0"))</row>"#
            + #"<row r="3">\#(Workbook.sharedCell("A3", "1"))\#(Workbook.sharedCell("B3", "2"))</row>"#
            + #"<row r="4">\#(Workbook.sharedCell("A4", "3"))\#(Workbook.numberCell("B4", "0.7", style: 1))\#(Workbook.numberCell("C4", "0.844", style: 2))"#
            + #"\#(Workbook.numberCell("D4", "0.7", style: 3))</row>"#
        let bytes = Workbook.xlsx(sharedStrings: ["Titel", "Indicator", "Streefwaarde", "Banen"], rows: rows,
                                  afterRows: #"<mergeCells><mergeCell ref="A1:D1"/><mergeCell ref="B3:C3"/><mergeCell ref="XFD1:A"/></mergeCells>"#,
                                  styles: styles)
        let sheets = try WorkbookSheets.read(bytes)
        let sheet = try #require(sheets.first)
        #expect(sheets.count == 1 && sheet.name == "Blad1")
        #expect(sheet.rows.map(\.number) == [1, 3, 4])
        #expect(sheet.rows[0].cells.map(\.text) == ["Titel", "Titel", "Titel", "Titel"])
        #expect(sheet.rows[1].cells.map(\.text) == ["Indicator", "Streefwaarde", "Streefwaarde"])
        let figures = sheet.rows[2].cells.dropFirst()
        #expect(figures.map(\.text) == ["70%", "84.4%", "0.7"])
        #expect(figures.map(\.stored) == [StoredNumber(value: 70, percent: true), StoredNumber(value: 84.4, percent: true),
                                          StoredNumber(value: 0.7, percent: false)])
        #expect(figures.map(\.column) == [1, 2, 3])
    }

    @Test("a damaged workbook is refused for draft --table with the import's words, naming the file")
    func damagedWorkbookForTheTableReader() {
        let refused = #expect(throws: XLSXFailure.self) { _ = try WorkbookSheets.read(Array("PK\u{3}\u{4}garbage".utf8)) }
        #expect(refused.map { WorkbookSheets.message($0, file: "doelen.xlsx").en } == "doelen.xlsx: not a valid .xlsx file (not a zip archive)")
        let twice = Workbook.xlsx(sharedStrings: ["a"], rows: #"<row r="2">\#(Workbook.sharedCell("B2", "0"))\#(Workbook.sharedCell("B2", "0"))</row>"#)
        let duplicate = #expect(throws: XLSXFailure.self) { _ = try WorkbookSheets.read(twice) }
        #expect(duplicate.map { WorkbookSheets.message($0, file: "doelen.xlsx").nl }?.contains("cel Blad1!B2 komt twee keer voor") == true)
    }
}
