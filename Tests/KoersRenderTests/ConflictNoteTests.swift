import KoersCore
import Testing
@testable import KoersRender

/// A goal judged on a figure two sources disagree about, neither winning, says so: the
/// evaluation carries the conflict, and `show`, `why` and the JSON name it.
@Suite("Conflicted figures in a judgement")
struct ConflictNoteTests {
    static func figure(_ year: Int, _ value: Double, row: Int32) -> Observation {
        Observation(period: Period.year(year)!, value: value, provenance: Provenance(source: 0, row: row, column: 3))
    }

    /// `m` from a.csv for 2020–2023, and b.csv disagreeing about `2023` (or about `year`).
    static func model(conflictIn year: Int = 2023, priority: Int = 0) -> GoalModel {
        let key = SeriesKey(metric: "m")
        var store = ObservationStore()
        store.merge([key: SeriesFigures((2020...2023).map { figure($0, Double($0 - 2015), row: Int32($0 - 2018)) })],
                    from: DataSource(path: "a.csv", kind: .csv, contentHash: "a"))
        store.merge([key: [figure(year, 99, row: 2)]], from: DataSource(path: "b.csv", kind: .csv, contentHash: "b", priority: priority))
        let goal = Goal(id: "g", title: "M omhoog", metric: key, baseline: Baseline(period: Period.year(2020)!),
                        target: Target(comparator: .atLeast, value: .absolute(10, percent: false)), deadline: Period.year(2026)!)
        return GoalModel(metrics: [Metric(id: "m", unit: .count)], goals: [goal], store: store)
    }

    @Test func aConflictOnAUsedFigureIsNoted() throws {
        let evaluation = try #require(EvaluationSet(model: Self.model(), asOf: .latest)["g"])
        #expect(evaluation.conflicts.map(\.period) == [Period.year(2023)!])
        #expect(evaluation.conflicts.first?.other.value == 99)
    }

    @Test func aConflictOnAFigureNotUsedOrSettledIsNot() throws {
        // 2024 is after the figures the goal was judged on; a higher priority settles 2023.
        #expect(try #require(EvaluationSet(model: Self.model(conflictIn: 2024), asOf: .latest)["g"]).conflicts.isEmpty)
        #expect(try #require(EvaluationSet(model: Self.model(priority: 1), asOf: .latest)["g"]).conflicts.isEmpty)
        #expect(try #require(EvaluationSet(model: Self.model(), asOf: .period(Period.year(2022)!))["g"]).conflicts.isEmpty)
    }

    @Test func showWhyAndJSONSayItInBothLanguages() throws {
        let model = Self.model()
        let evaluation = try #require(EvaluationSet(model: model, asOf: .latest)["g"])
        let style = RenderStyle.plain(width: 200)
        let show = GoalDetail.render(evaluation, language: .en, style: style)
        #expect(show.contains("  Conflict      the sources disagree on 2023: this judgement uses 8, another gives 99"))
        let dutch = GoalDetail.render(evaluation, language: .nl, style: style)
        #expect(dutch.contains("de bronnen zijn het oneens over 2023: dit oordeel gebruikt 8, een andere geeft 99"))
        let why = Explanation.render(evaluation, sources: model.store, language: .en, style: style)
        #expect(why.contains("   used: a.csv, row 5, column 3\n   other: b.csv, row 2, column 3"))
        let json = EvaluationJSON.show(evaluation)
        #expect(json.contains("\"conflicts\""))
        #expect(json.contains("\"other\": 99"))
        // A goal without a conflict keeps the JSON it always had.
        let settled = try #require(EvaluationSet(model: Self.model(priority: 1), asOf: .latest)["g"])
        #expect(!EvaluationJSON.show(settled).contains("conflicts"))
        #expect(!GoalDetail.render(settled, language: .en, style: style).contains("Conflict"))
    }
}
