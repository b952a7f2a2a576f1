import KoersCore
import KoersTestSupport
import Testing
@testable import KoersImport

/// Figures that used to be read as something else without a word (issue 15): now each is an
/// error at its place.
@Suite("Import: no silent misreads")
struct SilentMisreadTests {
    private static let header = #"<row r="1">\#(Workbook.sharedCell("A1", "0"))\#(Workbook.sharedCell("B1", "1"))</row>"#

    private func importWorkbook(_ rows: String, strings: [String] = ["periode", "waarde", "2020"]) -> ImportFailure? {
        var store = ObservationStore()
        let bytes = Workbook.xlsx(sharedStrings: strings, rows: Self.header + rows)
        return failure {
            _ = try Importer.importData(bytes, declaration: declaration("cijfers.xlsx", [("metric", "m")]), into: &store)
        }
    }

    @Test("A shared-string index out of range is an error naming the sheet and cell", arguments: ["999", "-1", "abc", "3"])
    func sharedStringOutOfRange(_ index: String) throws {
        let refused = try #require(importWorkbook(#"<row r="7">\#(Workbook.sharedCell("A7", "2"))\#(Workbook.sharedCell("B7", index))</row>"#))
        #expect(refused.english.contains("cell Blad1!B7 refers to shared string \"\(index)\", but the workbook has 3"), "\(refused.english)")
        #expect(refused.dutch.contains("cel Blad1!B7 verwijst naar gedeelde tekst \"\(index)\""))
    }

    @Test("A cell written twice is an error naming it")
    func duplicateCell() throws {
        let refused = try #require(importWorkbook(
            #"<row r="2">\#(Workbook.sharedCell("A2", "2"))\#(Workbook.numberCell("B2", "5"))\#(Workbook.numberCell("B2", "500"))</row>"#))
        #expect(refused.english.contains("cell Blad1!B2 appears twice in the sheet"), "\(refused.english)")
        #expect(refused.dutch.contains("cel Blad1!B2 komt twee keer voor"))
    }

    @Test("A row number written twice is an error naming the row")
    func duplicateRow() throws {
        let row = #"<row r="2">\#(Workbook.sharedCell("A2", "2"))\#(Workbook.numberCell("B2", "5"))</row>"#
        let refused = try #require(importWorkbook(row + row))
        #expect(refused.english.contains("row 2 of sheet \"Blad1\" appears twice or out of order"), "\(refused.english)")
    }

    @Test("A well-formed workbook still reads")
    func wellFormedWorkbookReads() throws {
        var store = ObservationStore()
        let bytes = Workbook.xlsx(sharedStrings: ["periode", "waarde", "2020"],
                                  rows: Self.header + #"<row r="2">\#(Workbook.sharedCell("A2", "2"))\#(Workbook.numberCell("B2", "5"))<c r="C2" t="s"/></row>"#)
        _ = try Importer.importData(bytes, declaration: declaration("cijfers.xlsx", [("metric", "m")]), into: &store)
        #expect(value(store, key("m"), "2020") == 5)
    }

    @Test("A CSV number beyond the range of a double is an error at its row and column", arguments: ["1" + String(repeating: "0", count: 400), "-9" + String(repeating: "9", count: 320) + ".5"])
    func numberBeyondDouble(_ figure: String) throws {
        let refused = try #require(failure { _ = try importText("periode,waarde\n2020,5\n2021,\(figure)\n", [("metric", "m")]) })
        #expect(refused.english.contains("test.csv:3:2: error: "), "\(refused.english)")
        #expect(refused.english.contains("is beyond the range of a number koers can compute with"))
        #expect(refused.dutch.contains("valt buiten het bereik van getallen"))
    }

    @Test("An inferred English notation that makes an ambiguous figure jump ten-fold refuses the file, naming both figures")
    func inferredNotationJump() throws {
        let text = "periode,waarde\n2020,\"51,000.5\"\n2021,49.525\n"
        let refused = try #require(failure { _ = try importText(text, [("metric", "m")]) })
        #expect(refused.english.contains("test.csv:3:2: error: \"49.525\" (row 3, field 2) reads as 49.525 in English notation, which \"51,000.5\" (row 2, field 2) suggests"), "\(refused.english)")
        #expect(refused.english.contains("in Dutch notation it is 49525. Which notation does the file use?"))
        #expect(refused.english.contains("`decimal comma` (Dutch) or `decimal point` (English)"))
        #expect(refused.dutch.contains("\"49.525\" (rij 3, veld 2) is 49,525 in Engelse notatie, waar \"51,000.5\" (rij 2, veld 2) op wijst"))
        #expect(refused.dutch.contains("Welke notatie gebruikt het bestand?"))
    }

    @Test("With the notation declared, or without a jump, the same figures are read")
    func declaredOrSteadyNotationReads() throws {
        let (_, declared) = try importText("periode,waarde\n2020,\"51,000.5\"\n2021,49.525\n", [("metric", "m"), ("decimal", "point")])
        #expect(value(declared, key("m"), "2021") == 49.525)
        let (_, steady) = try importText("periode,waarde\n2019,\"1,000.5\"\n2020,1.5\n2021,1.525\n2022,2.5\n", [("metric", "m")])
        #expect(value(steady, key("m"), "2021") == 1.525)
    }

    @Test("A figure that does not fit the declared notation is reported once")
    func wrongNotationReportedOnce() throws {
        let refused = try #require(failure { _ = try importText("periode,waarde\n2020,\"1,000.5\"\n", [("metric", "m"), ("decimal", "comma")]) })
        #expect(refused.errors.count == 1, "\(refused.english)")
        #expect(refused.english.components(separatedBy: "does not fit").count == 2)
    }
}
