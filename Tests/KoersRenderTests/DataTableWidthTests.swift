import KoersCore
import SnapshotTesting
import Testing
@testable import KoersRender

/// The figure tables (`metrics`, `series`, `conflicts`) with long labelled series keys: fitted to
/// a terminal by wrapping the key within its column, whole in a pipe and in CSV and JSON.
@Suite("Figure tables at the terminal's width")
struct DataTableWidthTests {
    /// Two CBS-style series whose keys are longer than an 80-column terminal leaves them.
    static let model: GoalModel = {
        var store = ObservationStore()
        let csv = store.addSource(DataSource(path: "data/bevolking.csv", kind: .csv, contentHash: "cd34"))
        let labels = [("gemeente", "Almelo"), ("leeftijdsgroep", "65 jaar of ouder"), ("geslacht", "mannen en vrouwen"), ("wijk", "Binnenstad-Noord")]
        for (index, municipality) in ["Almelo", "Hof van Twente"].enumerated() {
            let key = SeriesKey(metric: "inwoners_met_een_mantelzorgindicatie", labels: labels.map { name, value in
                Label(name: name, value: name == "gemeente" ? municipality : value)
            })
            store.append([
                Observation(period: Tutorial.p("2021"), value: 1234.5, provenance: Provenance(source: csv, row: Int32(2 + 2 * index), column: 4)),
                Observation(period: Tutorial.p("2022"), value: 1301, provenance: Provenance(source: csv, row: Int32(3 + 2 * index), column: 4)),
            ], to: key)
        }
        return GoalModel(metrics: [Metric(id: "inwoners_met_een_mantelzorgindicatie", unit: .count, frequency: .year)], goals: [], store: store)
    }()

    static var keys: [SeriesKey] { model.store.series.keys.sorted() }

    @Test("A provisional figure is marked * in a table and CSV, and is a JSON boolean")
    func provisionalMark() {
        var store = ObservationStore()
        let csv = store.addSource(DataSource(path: "d.csv", kind: .csv, contentHash: "ab12"))
        let key = SeriesKey(metric: "aanvragen", labels: [])
        store.append([Observation(period: Tutorial.p("2021"), value: 50_000, provenance: Provenance(source: csv, row: 2, column: 2)),
                      Observation(period: Tutorial.p("2022"), value: 51_000, provisional: true, provenance: Provenance(source: csv, row: 3, column: 2))],
                     to: key)
        let model = GoalModel(metrics: [Metric(id: "aanvragen", unit: .count, frequency: .year)], goals: [], store: store)
        let figures = DataListing.figures([key], model: model)
        let json = figures.render(.json, language: .en, width: nil)
        #expect(json.contains(#""provisional": false"#) && json.contains(#""provisional": true"#), "\(json)")
        let csvLines = figures.render(.csv, language: .en, width: nil).split(whereSeparator: \.isNewline)
        #expect(csvLines.count == 3 && csvLines[2].contains(",*,") && !csvLines[1].contains("*"), "\(csvLines)")
        #expect(figures.render(.table, language: .en, width: nil).split(separator: "\n")[2].contains("  *  "))
    }

    @Test("A label with a control or bidirectional character keeps its row in line: it is measured as it is shown")
    func hiddenCharactersAreMeasuredAsShown() {
        var store = ObservationStore()
        let csv = store.addSource(DataSource(path: "d.csv", kind: .csv, contentHash: "ab12"))
        for (row, region) in ["\u{202E}evil", "Almelo", "\u{1B}[2Jwijk"].enumerated() {
            store.append([Observation(period: Tutorial.p("2021"), value: 51_000, provenance: Provenance(source: csv, row: Int32(row + 2), column: 4))],
                         to: SeriesKey(metric: "aanvragen", labels: [Label(name: "regio", value: region)]))
        }
        let model = GoalModel(metrics: [Metric(id: "aanvragen", unit: .count, frequency: .year)], goals: [], store: store)
        for width in [nil, 120, 70] as [Int?] {
            let lines = DataListing.coverage(model).render(.table, language: .en, width: width).split(separator: "\n").map(String.init)
            let unitColumn = lines.dropFirst().compactMap { $0.range(of: "count")?.lowerBound.utf16Offset(in: $0) }
            #expect(unitColumn.count == 3 && Set(unitColumn).count == 1, "\(lines.joined(separator: "\n"))")
            #expect(lines.joined(separator: "\n").contains(#"\u{202E}evil"#))
            #expect(!lines.contains { $0.hasSuffix(#"\u{"#) }, "a written-out character is not broken at its brace")
            #expect(!lines.joined().unicodeScalars.contains(where: VisibleControls.isHidden))
        }
    }

    @Test("metrics fits 80 columns by wrapping the series key")
    func coverageAt80() {
        let table = DataListing.coverage(Self.model).render(.table, language: .en, width: 80)
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(table)")
        assertSnapshot(of: table, as: .lines, named: "coverage-80")
    }

    @Test("series fits 80 columns by wrapping the series key")
    func figuresAt80() {
        let table = DataListing.figures(Self.keys, model: Self.model).render(.table, language: .nl, width: 80)
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(table)")
        assertSnapshot(of: table, as: .lines, named: "figures-80")
    }

    @Test("a wide terminal shows each key on one line")
    func wide() {
        let table = DataListing.figures(Self.keys, model: Self.model).render(.table, language: .en, width: 260)
        #expect(table.split(separator: "\n").count == 1 + 4)
        assertSnapshot(of: table, as: .lines, named: "figures-260")
    }

    @Test("without a terminal width every key stays whole on its line, in every format")
    func pipesAndMachineFormatsAreWhole() {
        let coverage = DataListing.coverage(Self.model)
        let piped = coverage.render(.table, language: .en, width: nil)
        for key in Self.keys {
            #expect(piped.split(separator: "\n").contains { $0.hasPrefix(key.description + " ") && $0.contains("  count  ") })
            #expect(coverage.render(.csv, language: .en, width: 80).contains(SpreadsheetCSV.field(key.description) + ",count,"))
            #expect(coverage.render(.json, language: .en, width: 80).contains(key.description.replacingOccurrences(of: "\"", with: "\\\"")))
        }
        #expect(piped == coverage.render(.table, language: .en, width: 500))
    }

    @Test("wrapping breaks after a comma or brace and loses no character")
    func wrapping() {
        let key = Self.keys[0].description
        let pieces = ColumnLayout.wrap(key, width: 24)
        #expect(pieces.allSatisfy { $0.count <= 24 })
        #expect(pieces.joined() == key)
        #expect(pieces[0] == "inwoners_met_een_mantelz")
        #expect(pieces.dropFirst().allSatisfy { $0.first != "," })
        #expect(ColumnLayout.wrap("ab{c=d,e=f}", width: 5) == ["ab{", "c=d,", "e=f}"])
        #expect(ColumnLayout.wrap("abcd{e=f}", width: 5) == ["abcd{", "e=f}"])
        #expect(ColumnLayout.wrap("a{bcdefgh}", width: 6) == ["a{bcde", "fgh}"], "a piece under half the column is not worth the break")
        #expect(ColumnLayout.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(ColumnLayout.wrap("", width: 3) == [""])
        #expect(ColumnLayout.wrap("abc", width: 0) == ["a", "b", "c"])
    }

    @Test("tables whose keys fit are not changed by the width")
    func shortKeysUnchanged() {
        let coverage = DataListing.coverage(Tutorial.model)
        #expect(coverage.render(.table, language: .en, width: 80) == coverage.render(.table, language: .en, width: nil))
    }
}
