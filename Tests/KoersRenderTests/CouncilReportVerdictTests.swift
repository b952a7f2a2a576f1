import Foundation
import KoersCore
import Testing
@testable import KoersRender

/// The council report words one verdict per goal: a goal is under "cannot be judged" exactly
/// when its status is not-evaluable, and a goal that cannot be judged still shows its target.
@Suite("Council report: one verdict")
struct CouncilReportVerdictTests {
    static let requests = Metric(id: "digitale_aanvragen", unit: .count, source: "Zaaksysteem", frequency: .year, definition: "Aanvragen via e-formulieren")

    static let goals = [
        // Judged (behind the road), though its title leaves open which services count.
        Goal(id: "meer-volume-online", title: "Bij diensten waar dat kan en wenselijk is 10% meer volume online dan in 2020",
             metric: SeriesKey(metric: "digitale_aanvragen"), baseline: Baseline(period: .year(2020)),
             target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: .year(2024)),
        // A target and a deadline, but nothing measures it.
        Goal(id: "negentig-procent", title: "Minimaal 90% van de producten in 2026 gedigitaliseerd",
             target: Target(comparator: .atLeast, value: .absolute(90, percent: true)), deadline: .year(2026)),
    ]

    static let model: GoalModel = {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "aanvragen.csv", kind: .csv, contentHash: "0"))
        store.append([(2020, 49525.0), (2021, 49000), (2022, 48500)].map {
            Observation(period: .year($0.0)!, value: $0.1, provenance: Provenance(source: source, row: Int32($0.0 - 2018), column: 2))
        }, to: SeriesKey(metric: "digitale_aanvragen"))
        return GoalModel(metrics: [requests], goals: goals, store: store)
    }()

    func report(_ language: Language) -> ReportModel {
        let asOf = AsOf.period(Period.year(2022)!)
        let current = EvaluationSet(model: Self.model, asOf: asOf)
        let options = CheckOptions(today: Period(year: 2023, granularity: .month, index: 3)!, asOf: asOf, wordLists: CheckRendererTests.wordLists)
        let check = VagueGoalCheck.report(for: Self.model, options: options, evaluations: current)
        return CouncilReport.build(title: "Voortgang", model: Self.model, current: current, previous: nil, check: check,
                                   language: language, generatedAt: nil)
    }

    @Test func aGoalIsListedAsUnjudgeableExactlyWhenItsStatusIsNotEvaluable() {
        let report = report(.en)
        #expect(report.goals.map(\.status) == [.offTrack, .notEvaluable])
        #expect(report.unjudgeable.map(\.id) == ["negentig-procent"])
        // The reasons in the order the status names them, in the check's sentences.
        #expect(report.unjudgeable.first?.reasons == [
            "The goal is not linked to a metric: there is nothing to measure it by.",
            "No baseline: without a starting point there is no road to judge the goal by until a figure meets the target.",
        ])
        // The checklist of the judged goal still names its undefined scope.
        let judged = report.goals[0].checklist.first { $0.criterion == "specific" }
        #expect(judged?.passed == false)
    }

    @Test func checkAndStatusGiveTheSameReasonCodesInJSON() throws {
        let current = EvaluationSet(model: Self.model, asOf: .period(.year(2022)!))
        let options = CheckOptions(today: Period(year: 2023, granularity: .month, index: 3)!, asOf: .period(.year(2022)!), wordLists: CheckRendererTests.wordLists)
        let check = CheckRenderer.render(VagueGoalCheck.report(for: Self.model, options: options, evaluations: current), format: .json, language: .en)
        let status = StatusDashboard.render(current, language: .en, style: RenderStyle(colors: false, unicode: true), format: .json)
        func reasons(_ text: String, key: String) throws -> [String: [String]] {
            let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let goals = try #require(root["goals"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: goals.map { ($0[key] as? String ?? "", $0["reasons"] as? [String] ?? ["?"]) })
        }
        let fromCheck = try reasons(check, key: "id")
        #expect(fromCheck == ["meer-volume-online": [], "negentig-procent": ["no-series", "no-baseline"]])
        #expect(try reasons(status, key: "id") == fromCheck)
    }

    @Test(arguments: [Language.en, .nl])
    func aGoalWithoutAMetricShowsTheTargetItStates(language: Language) {
        let section = report(language).goals[1]
        #expect(section.figures.target?.text == "≥ 90% (2026)")
        #expect(section.figures.target?.value == nil)
        let status = StatusDashboard.render(EvaluationSet(model: Self.model, asOf: .period(.year(2022)!)), language: language,
                                            style: RenderStyle(colors: false, unicode: true, width: 160), format: .markdown)
        #expect(status.contains("| negentig-procent | \(language == .en ? "not evaluable: no metric, no baseline" : "niet te beoordelen: geen indicator, geen nulmeting") |  | ≥ 90% |"))
        let table = StatusDashboard.render(EvaluationSet(model: Self.model, asOf: .period(.year(2022)!)), language: language,
                                           style: RenderStyle(colors: false, unicode: true, width: 160))
        #expect(table.contains(language == .en ? "no metric, no baseline; target ≥ 90%" : "geen indicator, geen nulmeting; streefwaarde ≥ 90%"))
    }
}
