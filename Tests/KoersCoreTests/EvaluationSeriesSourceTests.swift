import KoersCore
import Testing

/// A derived series (a share of two stored series) plugs into the engine through `SeriesSource`.
private struct ShareSource: SeriesSource {
    let store: ObservationStore

    func observations(_ key: SeriesKey) -> [Observation] {
        guard key.metric == "aandeel_digitaal" else { return store.observations(key) }
        let digital = store.observations(SeriesKey(metric: "digitaal"))
        let total = Dictionary(store.observations(SeriesKey(metric: "totaal")).map { ($0.period, $0) }, uniquingKeysWith: { $1 })
        return digital.map { part in
            let whole = total[part.period]?.value
            let share = part.value.flatMap { p in whole.flatMap { $0 == 0 ? nil : 100 * p / $0 } }
            return Observation(period: part.period, value: share, provenance: part.provenance)
        }
    }

    func source(of provenance: Provenance) -> DataSource? { store.source(of: provenance) }
}

@Suite("Evaluation: derived series")
struct EvaluationSeriesSourceTests {
    @Test("a goal on a share computed from two series")
    func share() throws {
        var fixture = EvaluationFixture()
        fixture.add("digitaal", [("2020", 28), ("2021", 33), ("2022", nil)])
        fixture.add("totaal", [("2020", 100), ("2021", 110), ("2022", 120)])
        let evaluator = Evaluator(metrics: [Metric(id: "aandeel_digitaal", unit: .percent)], series: ShareSource(store: fixture.store))
        let result = evaluator.evaluate(goal(metric: "aandeel_digitaal", .atLeast, .percentagePoints(3)), asOf: .latest)
        #expect(result.baseline?.value == 28)
        #expect(result.target == 31)
        // 33 / 110 = 30%; the missing 2022 share is skipped, so A = 2021.
        #expect(abs(try #require(result.current?.value) - 30) < 1e-9)
        #expect(result.asOf?.period == p("2021"))
        #expect(result.status == .onTrack)
        #expect(result.unit == .percent)
    }
}
