import KoersCore
import Testing

private func figure(_ period: String, _ value: Double?, row: Int32 = 1, provisional: Bool = false) -> Observation {
    Observation(
        period: Period.parse(period)!.period, value: value, provisional: provisional,
        provenance: Provenance(source: 0, row: row, column: 2))
}

private let total = SeriesKey(metric: "aanvragen")
private func part(_ name: String) -> SeriesKey { SeriesKey(metric: "aanvragen", labels: [Label(name: "productgroep", value: name)]) }
private func source(_ path: String, priority: Int = 0) -> DataSource {
    DataSource(path: path, kind: .csv, contentHash: path, priority: priority)
}

@Suite("Store: merging and conflicts")
struct StoreMergeTests {
    @Test func differentFiguresFromTwoSourcesAreAConflict() {
        var store = ObservationStore()
        store.merge([total: [figure("2020", 49525, row: 2)]], from: source("a.csv"))
        let result = store.merge([total: [figure("2020", 49.525, row: 7), figure("2021", 50000, row: 8)]], from: source("b.csv"))
        #expect(result.conflicts.count == 1)
        let conflict = result.conflicts[0]
        #expect(conflict.resolution == .unresolved)
        #expect(conflict.kept.value == 49525)
        #expect(store.source(of: conflict.kept.provenance)?.path == "a.csv")
        #expect(store.source(of: conflict.other.provenance)?.path == "b.csv")
        #expect(conflict.other.provenance.row == 7)
        #expect(store.observations(total).map(\.value) == [49525, 50000])
        #expect(store.unresolvedConflict(total, Period.year(2020)!) != nil)
        #expect(store.conflicts == [conflict])
    }

    /// Keys sorted by the caller save a sort; a key the caller left out is merged all the same,
    /// and the store and its conflicts come out as without them.
    @Test func keysSortedByTheCallerGiveTheSameStore() {
        let first: [SeriesKey: SeriesFigures] = [total: [figure("2020", 1, row: 2)], part("a"): [figure("2020", 2, row: 3)]]
        let second: [SeriesKey: SeriesFigures] = [
            total: [figure("2020", 5, row: 4)], part("a"): [figure("2020", 6, row: 5)], part("b"): [figure("2021", 7, row: 6)],
        ]
        var plain = ObservationStore()
        plain.merge(first, from: source("a.csv"))
        let plainResult = plain.merge(second, from: source("b.csv"))
        for keys in [second.keys.sorted(), [part("a")], [], [part("b"), total, part("a"), part("a")]] {
            var given = ObservationStore()
            given.merge(first, from: source("a.csv"), sortedKeys: first.keys.sorted())
            let givenResult = given.merge(second, from: source("b.csv"), sortedKeys: keys)
            #expect(given.series == plain.series)
            #expect(Set(givenResult.conflicts) == Set(plainResult.conflicts))
            #expect(given.conflicts.count == 2)
        }
    }

    @Test func priorityDecides() {
        var store = ObservationStore()
        store.merge([total: [figure("2020", 1)]], from: source("a.csv"))
        let result = store.merge([total: [figure("2020", 2)]], from: source("b.csv", priority: 5))
        #expect(result.conflicts.map(\.resolution) == [.priority])
        #expect(store.observations(total).first?.value == 2)
        #expect(store.unresolvedConflict(total, Period.year(2020)!) == nil)
    }

    @Test func definitiveBeatsProvisional() {
        var store = ObservationStore()
        store.merge([total: [figure("2022", 10, provisional: true)]], from: source("a.csv"))
        store.merge([total: [figure("2022", 11)]], from: source("b.csv"))
        #expect(store.conflicts.map(\.resolution) == [.definitiveOverProvisional])
        #expect(store.observations(total).first?.value == 11)
    }

    @Test func equalFiguresAndMissingOnesAreNoConflict() {
        var store = ObservationStore()
        store.merge([total: [figure("2020", 5), figure("2021", nil)]], from: source("a.csv"))
        store.merge([total: [figure("2020", 5), figure("2021", 6)]], from: source("b.csv"))
        #expect(store.conflicts.isEmpty)
        #expect(store.observations(total).map(\.value) == [5, 6])
    }

    @Test func granularitiesNeverClash() {
        var store = ObservationStore()
        store.merge([total: [figure("2021", 100)]], from: source("a.csv"))
        store.merge([total: [figure("2021-Q4", 30), figure("2021-12", 9)]], from: source("b.csv"))
        #expect(store.conflicts.isEmpty)
        #expect(store.observations(total).count == 3)
    }

    @Test func reimportingTheSameFileReusesItsSource() {
        var store = ObservationStore()
        let first = store.merge([total: [figure("2020", 5)]], from: source("a.csv"))
        let second = store.merge([total: [figure("2020", 5)]], from: source("a.csv"))
        #expect(first.source == second.source)
        #expect(store.sources.count == 1)
        #expect(store.observations(total).count == 1)
    }
}

@Suite("Store: totals, warnings, derived metrics")
struct StoreAnalysisTests {
    private func almelo(total2018: Double) -> ObservationStore {
        var store = ObservationStore()
        store.merge([
            total: [figure("2018", total2018, row: 2), figure("2019", 30416, row: 2)],
            part("Burgerzaken"): [figure("2018", 13438, row: 3), figure("2019", 11886, row: 3)],
            part("Vergunningen"): [figure("2018", 9888, row: 4), figure("2019", 11862, row: 4)],
            part("Leef- en woonomgeving"): [figure("2018", 4657, row: 5), figure("2019", 4675, row: 5)],
            part("Werk-, inkomen en zorg"): [figure("2018", 1601, row: 6), figure("2019", 1843, row: 6)],
            part("Overige producten en diensten"): [figure("2018", 150, row: 7), figure("2019", 150, row: 7)],
        ], from: source("tabel.csv"))
        return store
    }

    private let metric = Metric(id: "aanvragen", totalOf: "productgroep")

    @Test func table31AgreesWithItself() {
        #expect(almelo(total2018: 29734).totalMismatches(of: metric).isEmpty)
    }

    @Test func theSummarysFigureDoesNotMatchItsParts() {
        let mismatches = almelo(total2018: 29724).totalMismatches(of: metric)
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.period == Period.year(2018))
        #expect(mismatches.first?.partsSum == 29734)
        #expect(mismatches.first?.parts.count == 5)
    }

    @Test func warningsForJumpsProvisionalAndFuture() {
        var store = ObservationStore()
        store.merge([total: [
            figure("2019", 49525), figure("2020", 49.525), figure("2021", 50000, provisional: true), figure("2027", 1),
        ]], from: source("a.csv"))
        let warnings = store.warnings(for: [total], today: Period(year: 2026, granularity: .month, index: 11))
        let kinds = warnings.map(\.kind)
        #expect(kinds.filter { if case .jump = $0 { true } else { false } }.count == 3)
        #expect(kinds.contains(.provisional))
        #expect(kinds.contains { if case .future = $0 { true } else { false } })
        #expect(warnings.filter { if case .future = $0.kind { true } else { false } }.map(\.observation.period) == [Period.year(2027)!])
    }

    @Test func derivedRatioPercentageAndSumCarryEveryInput() throws {
        let store = almelo(total2018: 29734)
        let metrics = [
            metric,
            Metric(id: "som", formula: .sum(SeriesKey(metric: "aanvragen"))),
            Metric(id: "aandeel_vergunningen", formula: .percentage(part("Vergunningen"), total)),
            Metric(id: "verhouding", formula: .ratio(SeriesKey(metric: "som"), total)),
        ]
        let model = GoalModel(metrics: metrics, store: store)
        let resolver = model.resolver

        let sum = resolver.figures(SeriesKey(metric: "som"))
        #expect(sum.map(\.observation.value) == [29734, 30416])
        #expect(sum.first?.inputs.count == 5)
        #expect(sum.first?.observation.provenance.isDerived == true)

        let share = try #require(resolver.figures(SeriesKey(metric: "aandeel_vergunningen")).first)
        #expect(abs((share.observation.value ?? 0) - 100 * 9888 / 29734) < 1e-9)
        #expect(share.inputs.map(\.row) == [4, 2])
        #expect(share.inputs.allSatisfy { store.source(of: $0)?.path == "tabel.csv" })

        // A formula over a derived metric: every input named, down to the stored figures.
        let ratio = model.observations(SeriesKey(metric: "verhouding"))
        #expect(ratio.map(\.value) == [1, 1])
        #expect(resolver.figures(SeriesKey(metric: "verhouding")).first?.inputs.count == 6)
        #expect(resolver.isDerived(SeriesKey(metric: "verhouding")))
        // Stored series come back as stored.
        #expect(model.observations(total) == store.observations(total))
    }

    @Test func missingInputsGiveMissingFiguresAndCyclesStop() {
        var store = ObservationStore()
        store.merge([
            SeriesKey(metric: "a"): [figure("2020", 1), figure("2021", nil)],
            SeriesKey(metric: "b"): [figure("2020", 0), figure("2021", 4)],
        ], from: source("x.csv"))
        let metrics = [
            Metric(id: "q", formula: .ratio(SeriesKey(metric: "a"), SeriesKey(metric: "b"))),
            Metric(id: "loop", formula: .ratio(SeriesKey(metric: "loop"), SeriesKey(metric: "a"))),
        ]
        let resolver = SeriesResolver(store: store, metrics: metrics)
        #expect(resolver.observations(SeriesKey(metric: "q")).map(\.value) == [nil, nil])
        #expect(resolver.observations(SeriesKey(metric: "loop")).isEmpty)
    }
}
