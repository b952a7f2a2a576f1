import Foundation
import KoersCore
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
}
