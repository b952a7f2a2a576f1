import Foundation
import KoersCore
import KoersRender
import KoersShell
import KoersTestSupport
import Testing

@Suite("CSV for Dutch and English spreadsheets")
struct CSVDialectTests {
    private let temporary: TemporaryFolder
    private var folder: String { temporary.path }

    init() throws {
        temporary = try TemporaryFolder("koers-csv")
    }

    @Test("in Dutch: ; between fields and a decimal comma; in English: , and a point")
    func dialectFollowsTheLanguage() throws {
        let (dutch, dutchOutput, _) = try sampleSession("tutorial", language: .nl)
        try dutch.run(["stand", "--format", "csv"])
        let dutchLines = dutchOutput.text.split(separator: "\n")
        #expect(dutchLines[0].hasPrefix("id;status;baseline_period;"))
        #expect(dutchLines.contains { $0.hasPrefix("behandelduur-28-dagen;missed;2020;42;<=;28;2023;2023;30,5;") })
        let (english, englishOutput, _) = try sampleSession("tutorial")
        try english.run(["status", "--format", "csv"])
        #expect(englishOutput.text.split(separator: "\n").contains { $0.hasPrefix("behandelduur-28-dagen,missed,2020,42,<=,28,2023,2023,30.5,") })
    }

    @Test("--csv-dialect overrides the language")
    func dialectOverride() throws {
        let (session, output, _) = try sampleSession("tutorial", language: .nl)
        session.csvDialect = .english
        try session.run(["reeks", "behandelduur_omgevingsvergunning", "--format", "csv"])
        #expect(output.text.hasPrefix("series,period,value,"))
        #expect(output.text.contains(",30.5,"))
    }

    @Test("a Dutch CSV of a series imports back to the same figures")
    func dutchCSVImportsBack() throws {
        let (session, _, _) = try sampleSession("tutorial", language: .nl)
        let path = folder + "/reeks.csv"
        try session.run(["reeks", "behandelduur_omgevingsvergunning", "--format", "csv", "-o", path])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(";30,5;"))
        try session.run(["lees", path, "indicator", "kopie", "kolom", "periode", "period", "kolom", "waarde", "value", "kolom", "label", "reeks", "series",
                         "decimaalteken", "komma"])
        let model = session.workspace.model
        let original = model.observations(SeriesKey(metric: "behandelduur_omgevingsvergunning"))
        let copy = model.observations(SeriesKey(metric: "kopie", labels: [Label(name: "reeks", value: "behandelduur_omgevingsvergunning")]))
        #expect(!original.isEmpty)
        #expect(copy.map(\.period) == original.map(\.period))
        #expect(copy.map(\.value) == original.map(\.value))
    }

    @Test("every figure is written in full, without an exponent, and reads back as the same number", arguments: [CSVDialect.english, .dutch])
    func fullPrecision(dialect: CSVDialect) {
        SpreadsheetCSV.$dialect.withValue(dialect) {
            let mark = String(dialect.decimalMark)
            #expect(SpreadsheetCSV.number(0.00004) == "0\(mark)00004")
            #expect(SpreadsheetCSV.number(49525) == "49525")
            #expect(SpreadsheetCSV.number(-1234.5) == "-1234\(mark)5")
            #expect(SpreadsheetCSV.number(2.5e20) == "250000000000000000000")
            var random = SeededRandom(seed: 18)
            for _ in 0..<2000 {
                let magnitude = Double.random(in: -12...15, using: &random)
                let value = (Bool.random(using: &random) ? -1 : 1) * Double.random(in: 1..<10, using: &random) * pow(10, magnitude.rounded())
                let written = SpreadsheetCSV.number(value)
                #expect(!written.contains("e") && !written.contains(dialect == .dutch ? "." : ","), "\(value) → \(written)")
                let read = Double(written.replacingOccurrences(of: ",", with: "."))
                #expect(read.map { abs($0 - value) <= abs(value) * 1e-11 } == true, "\(value) → \(written)")
            }
        }
    }
}

@Suite("One error per cause at the import command")
struct ImportNotationErrorTests {
    @Test("A Dutch file without its decimal mark: one error, the fix worded as the command typed", arguments: Language.allCases)
    func oneErrorWordedForTheCommand(language: Language) throws {
        let folder = try TemporaryFolder("koers-notation")
        let path = folder.path + "/nl.csv"
        try "jaar;waarde\n2018;29.734\n2019;30.416\n2020;49.525\n2021;51.000\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (session, _, _) = try sampleSession("tutorial", language: language)
        let command = language == .nl ? ["lees", path, "indicator", "m"] : ["import", path, "metric", "m"]
        let failure = try #require(throws: CommandFailure.self) { try session.run(command) }
        #expect(failure.diagnostics.count == 1)
        let diagnostic = try #require(failure.diagnostics.first)
        #expect(diagnostic.message.text(in: language).contains(language == .nl ? #"kolom "waarde": 4 cijfers zijn dubbelzinnig"# : #"column "waarde": 4 figures are ambiguous"#))
        let hint = try #require(diagnostic.hint).text(in: language)
        #expect(hint.contains(language == .nl ? "`lees \(path) indicator m decimaalteken komma`" : "`import \(path) metric m decimal comma`"))
        #expect(!hint.contains(language == .nl ? "gegevensdeclaratie" : "data declaration"))
    }
}
