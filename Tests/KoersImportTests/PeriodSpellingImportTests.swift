import KoersCore
import Testing
@testable import KoersImport

@Suite("Import: the period spellings of exports")
struct PeriodSpellingImportTests {
    @Test("A long table with Dutch quarter spellings is read as quarters, the column found by its values")
    func dutchQuarters() throws {
        let (_, store) = try importText("kwartaal;aantal\n2021 K1;10\n2021-K2;11\nK3 2021;12\n4e kwartaal 2021;13\n", [("metric", "m")])
        #expect(store.observations(key("m")).map(\.period.description) == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"])
        #expect(value(store, key("m"), "2021-Q3") == 12)
    }

    @Test("Month names in a wide table's header")
    func monthHeaders() throws {
        let (_, store) = try importText("wijk;jan 2021;februari 2021;Mar 2021\nCentrum;1;2;3\n", [("metric", "m"), ("layout", "wide")])
        #expect(store.observations(key("m", ["wijk": "Centrum"])).map(\.period.description) == ["2021-01", "2021-02", "2021-03"])
    }

    @Test("A date stands for the period of the declared metric's frequency that contains it; without one, its month")
    func datesFollowTheFrequency() throws {
        let text = "peildatum;waarde\n31-03-2021;10\n2021-06-30;11\n"
        var store = ObservationStore()
        let quarterly = Metric(id: "m", unit: .count, frequency: .quarter)
        _ = try importText(text, [("metric", "m"), ("column period", "peildatum")], into: &store, metrics: [quarterly])
        #expect(store.observations(key("m")).map(\.period.description) == ["2021-Q1", "2021-Q2"])
        let (_, monthly) = try importText(text, [("metric", "m"), ("column period", "peildatum")])
        #expect(monthly.observations(key("m")).map(\.period.description) == ["2021-03", "2021-06"])
    }

    @Test("Two dates in one period of the metric are two figures for it: an error naming both rows")
    func twoDatesInOnePeriod() throws {
        var store = ObservationStore()
        let yearly = Metric(id: "m", unit: .count, frequency: .year)
        let refused = try #require(failure {
            _ = try importText("datum;waarde\n2021-03-31;10\n2021-06-30;11\n", [("metric", "m")], into: &store, metrics: [yearly])
        })
        #expect(refused.errors.count == 1)
        #expect(refused.errors[0].message.en.contains("a second figure for m in 2021 (the first is on row 2)"))
        #expect(refused.errors[0].hint?.en.contains("a date stands for the year that contains it") == true)
        #expect(refused.errors[0].hint?.nl.contains("een datum staat voor het jaar waarin hij valt") == true)
    }
}
