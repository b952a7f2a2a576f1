import KoersCore
import Testing
@testable import KoersImport

@Suite("Import: figures of a yes/no metric")
struct YesNoFigureTests {
    private let app = Metric(id: "app", unit: .yesNo, frequency: .year)

    @Test("ja/nee, yes/no and 1/0, in any case, are 1 and 0 for a yes/no metric", arguments: [
        ("ja", 1.0), ("Nee", 0), ("YES", 1), ("no", 0), ("1", 1), ("0", 0), ("waar", 1), ("false", 0),
    ])
    func yesNoWords(word: String, expected: Double) throws {
        var store = ObservationStore()
        _ = try importText("jaar;waarde\n2021;\(word)\n", [("metric", "app")], into: &store, metrics: [app])
        #expect(value(store, key("app"), "2021") == expected)
    }

    @Test("A metric column: only the rows of the yes/no metric take the words")
    func metricColumn() throws {
        var store = ObservationStore()
        let count = Metric(id: "aantal", unit: .count, frequency: .year)
        let refused = try #require(failure {
            _ = try importText("indicator;jaar;waarde\napp;2021;ja\naantal;2021;ja\n", [], into: &store, metrics: [app, count])
        })
        #expect(refused.errors.count == 1)
        #expect(refused.errors[0].location?.line == 3)
        _ = try importText("indicator;jaar;waarde\napp;2021;ja\naantal;2021;4\n", [], into: &store, metrics: [app, count])
        #expect(value(store, key("app"), "2021") == 1)
    }

    @Test("Elsewhere a yes/no word is an error whose hint is the yes-no unit, not `missing`, in both languages")
    func hintNamesTheUnit() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2021;nee\n", [("metric", "m")]) })
        let hint = try #require(refused.errors.first?.hint)
        #expect(hint.en.contains("`unit yes-no`"))
        #expect(hint.nl.contains("`eenheid ja-nee`"))
        #expect(!hint.en.contains("missing"))
    }
}
