import KoersCore
import SnapshotTesting
import Testing

@testable import KoersRender

/// `show` and `why` of the target kinds that read the figures differently from a plain target:
/// a running total, and a change in the metric's own unit.
@Suite("Render: cumulative and change targets")
struct TargetKindRenderTests {
    static func store(_ metric: String, _ figures: [(String, Double)]) -> ObservationStore {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/\(metric).csv", kind: .csv, contentHash: "00"))
        store.append(
            figures.enumerated().map { row, figure in
                Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row + 2), column: 2))
            },
            to: SeriesKey(metric: metric))
        return store
    }

    /// The contract's "Cumulative" example as of 2025: totals 310, 730, 1.110 against 2.400 by 2028.
    static let cumulativeStore = store("woningen_opgeleverd", [("2023", 310), ("2024", 420), ("2025", 380)])
    static let cumulative: GoalEvaluation = {
        let goal = Goal(
            id: "woningen-2400", title: "In 2023–2028 worden in totaal 2.400 woningen opgeleverd",
            metric: SeriesKey(metric: "woningen_opgeleverd"), baseline: Baseline(period: Tutorial.p("2022")),
            target: Target(comparator: .atLeast, value: .absolute(2400, percent: false), cumulative: true),
            deadline: Tutorial.p("2028"))
        return Evaluator(metrics: [Metric(id: "woningen_opgeleverd", unit: .count, frequency: .year)], series: cumulativeStore)
            .evaluate(goal, asOf: .period(Tutorial.p("2025")))
    }()

    /// 2.400 members more than in 2022 (10.000): `T = B + 2400 = 12.400`.
    static let changeStore = store("leden", [("2022", 10_000), ("2023", 10_700), ("2024", 11_300)])
    static let change: GoalEvaluation = {
        let goal = Goal(
            id: "leden-plus-2400", title: "In 2026 heeft de bibliotheek 2.400 leden meer dan in 2022",
            metric: SeriesKey(metric: "leden"), baseline: Baseline(period: Tutorial.p("2022")),
            target: Target(comparator: .atLeast, value: .change(2400)), deadline: Tutorial.p("2026"))
        return Evaluator(metrics: [Metric(id: "leden", unit: .count, frequency: .year)], series: changeStore)
            .evaluate(goal, asOf: .period(Tutorial.p("2024")))
    }()

    @Test("the contract's cumulative example: off track, the totals as current and expected")
    func cumulativeFigures() throws {
        #expect(Self.cumulative.status == .offTrack)
        #expect(Self.cumulative.current?.value == 1110)
        #expect(abs(try #require(Self.cumulative.progress) - 0.4625) < 1e-9)
        #expect(abs(try #require(Self.cumulative.projected) - 2225) < 1e-9)
    }

    @Test("a change in the unit: the target is the baseline plus the change")
    func changeFigures() throws {
        #expect(Self.change.target == 12_400)
        // f = (2025 − 2023) / (2027 − 2023) = 0,5; E = 11.200; C = 11.300: on track.
        #expect(Self.change.status == .onTrack)
        #expect(abs(try #require(Self.change.expected) - 11_200) < 1e-9)
    }

    @Test("show and why of a cumulative target, in both languages", arguments: Language.allCases)
    func cumulativeShowAndWhy(language: Language) {
        assertSnapshot(of: GoalDetail.render(Self.cumulative, language: language, style: .plain(), format: .table), as: .lines,
                       named: "cumulative-show-" + language.rawValue)
        assertSnapshot(of: Explanation.render(Self.cumulative, sources: Self.cumulativeStore, language: language, style: .plain()),
                       as: .lines, named: "cumulative-why-" + language.rawValue)
    }

    @Test("show and why of a change in the metric's unit, in both languages", arguments: Language.allCases)
    func changeShowAndWhy(language: Language) {
        assertSnapshot(of: GoalDetail.render(Self.change, language: language, style: .plain(), format: .table), as: .lines,
                       named: "change-show-" + language.rawValue)
        assertSnapshot(of: Explanation.render(Self.change, sources: Self.changeStore, language: language, style: .plain()),
                       as: .lines, named: "change-why-" + language.rawValue)
    }
}
