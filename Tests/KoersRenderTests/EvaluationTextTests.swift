import Foundation
import KoersCore
@testable import KoersRender
import Testing

@Suite("Render: sentences, numbers and JSON")
struct EvaluationTextTests {
    /// The worked example of docs/evaluation.md, without the tutorial's milestone.
    static let workedExample: GoalEvaluation = {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/aanvragen.csv", kind: .csv, contentHash: "00"))
        store.append(
            [("2020", 49525.0), ("2021", 51000), ("2022", 52100)].enumerated().map { row, figure in
                Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row + 2), column: 2))
            },
            to: SeriesKey(metric: "digitale_aanvragen")
        )
        let goal = Goal(
            id: "meer-online", title: "Meer online", metric: SeriesKey(metric: "digitale_aanvragen"),
            baseline: Baseline(period: Tutorial.p("2020")), target: Target(comparator: .atLeast, value: .relativePercent(10)),
            deadline: Tutorial.p("2024")
        )
        return Evaluator(metrics: [Metric(id: "digitale_aanvragen", unit: .count, frequency: .year)], series: store).evaluate(goal, asOf: .latest)
    }()

    @Test("the worked example in one sentence, in both languages and notations")
    func workedExampleSentence() {
        let sentence = StatusSentence.text(Self.workedExample)
        #expect(sentence.en == "On track: 52,100 in 2022 where 52,001.25 was expected; at the current trend the target is reached in 2024, in time.")
        #expect(sentence.nl == "Op koers: 52.100 in 2022 waar 52.001,25 werd verwacht; bij de huidige trend wordt de streefwaarde in 2024 gehaald, op tijd.")
    }

    @Test("behind schedule says how late the trend reaches the target")
    func lateSentence() throws {
        let evaluation = try #require(Tutorial.evaluations["tevredenheid"])
        let sentence = StatusSentence.text(evaluation)
        #expect(sentence.en == "Behind schedule: 7.25* in 2022 where 7.3 was expected; at the current trend the target is reached in 2026, 2 years late.")
        #expect(sentence.nl == "Achter op schema: 7,25* in 2022 waar 7,3 werd verwacht; bij de huidige trend wordt de streefwaarde in 2026 gehaald, 2 jaar te laat.")
    }

    @Test("why shows the worked example's formulas with the numbers filled in")
    func whyWorkedExample() {
        let text = Explanation.render(Self.workedExample, sources: ObservationStore(), language: .en, style: .plain())
        #expect(text.contains("T = B x (1 + 10/100) = 49,525 x 1.1 = 54,477.5"))
        #expect(text.contains("f = (t(Pc) - t(Pb)) / (t(D) - t(Pb)) = (2023 - 2021) / (2025 - 2021) = 0.5"))
        #expect(text.contains("E = B + (T - B) x f = 49,525 + 4,952.5 x 0.5 = 52,001.25"))
        #expect(text.contains("(C - B) / (T - B) = (52,100 - 49,525) / (54,477.5 - 49,525) = 0.5199"))
        #expect(text.contains("b = 1,287.5"))
        #expect(text.contains("= 54,737.5"))
        #expect(text.contains("t* = (T - a) / b = 2024.7981 -> 2024"))
        // The store passed here does not know the file: an honest "unknown source", no crash.
        #expect(text.contains("unknown source"))
    }

    @Test("the JSON is valid, complete, and uses null for what is absent")
    func json() throws {
        let data = Data(StatusDashboard.render(Tutorial.evaluations, language: .en, style: .plain(), format: .json).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let goals = try #require(root["goals"] as? [[String: Any]])
        #expect(goals.count == Tutorial.model.goals.count)
        let required = ["id", "status", "baseline", "target", "current", "progress", "expected", "projected", "reached"]
        for goal in goals { #expect(required.allSatisfy { goal[$0] != nil }) }
        let online = try #require(goals.first { $0["id"] as? String == "meer-online" })
        #expect((online["target"] as? [String: Any])?["value"] as? Double == 54477.5)
        #expect((online["baseline"] as? [String: Any])?["period"] as? String == "2020")
        let vague = try #require(goals.first { $0["id"] as? String == "goede-service" })
        #expect(vague["progress"] is NSNull)
        #expect((vague["reasons"] as? [String])?.contains("qualitative-target") == true)
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary.count == GoalStatus.allCases.count)
    }

    @Test("JSON strings are escaped")
    func jsonEscaping() {
        #expect(JSON.string("a\"b\\c\nd\u{1}").serialized() == "\"a\\\"b\\\\c\\nd\\u0001\"")
        #expect(JSON.number(54477.50000000001).serialized() == "54477.5")
        #expect(JSON.number(-2552450).serialized() == "-2552450")
    }

    @Test("a narrow terminal still gets one line per goal within its width")
    func narrow() {
        let text = StatusDashboard.render(Tutorial.evaluations, language: .nl, style: RenderStyle(colors: false, unicode: true, width: 60))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(text.contains("meer-online"))
    }

    @Test("CSV quotes fields that need it")
    func csvQuoting() {
        #expect(SpreadsheetCSV.field("a,b") == "\"a,b\"")
        #expect(SpreadsheetCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(SpreadsheetCSV.field("plain") == "plain")
    }
}

@Suite("Render: hostile figures")
struct HostileFigureTests {
    @Test("extreme figures render without crashing")
    func extremes() {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "x.csv", kind: .csv, contentHash: ""))
        let figures: [(String, Double?)] = [("2020", -1.7e308), ("2021", 1.7e308), ("2022", nil), ("2023", 0)]
        store.append(figures.enumerated().map { row, figure in
            Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row), column: 1))
        }, to: SeriesKey(metric: "m"))
        let goal = Goal(
            id: "g", title: "g", metric: SeriesKey(metric: "m"), baseline: Baseline(period: Tutorial.p("2020")),
            target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: Tutorial.p("2030")
        )
        let evaluation = Evaluator(metrics: [], series: store).evaluate(goal, asOf: .latest)
        for style in [RenderStyle.plain(), .terminal()] {
            for language in Language.allCases {
                #expect(!GoalDetail.render(evaluation, language: language, style: style).isEmpty)
                #expect(!Explanation.render(evaluation, sources: store, language: language, style: style).isEmpty)
                #expect(!TrendView.render(evaluation, series: store.observations(SeriesKey(metric: "m")), language: language, style: style).isEmpty)
                #expect(!GoalDetail.render(evaluation, language: language, style: style, format: .json).contains("inf"))
            }
        }
    }
}

@Suite("Render: figures made from finer ones")
struct AggregationRenderTests {
    /// The contract's "Quarters make a year", as of 2022-Q2.
    static let quarters: GoalEvaluation = {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/aanvragen.csv", kind: .csv, contentHash: "00"))
        let figures: [(String, Double)] = [
            ("2020", 49525), ("2021-Q1", 12011), ("2021-Q2", 12436), ("2021-Q3", 13102), ("2021-Q4", 13398),
            ("2022-Q1", 13020), ("2022-Q2", 13400),
        ]
        store.append(
            figures.enumerated().map { row, figure in
                Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row + 2), column: 2))
            },
            to: SeriesKey(metric: "digitale_aanvragen"))
        let goal = Goal(
            id: "meer-online", title: "Meer online", metric: SeriesKey(metric: "digitale_aanvragen"),
            baseline: Baseline(period: Tutorial.p("2020")), target: Target(comparator: .atLeast, value: .relativePercent(10)),
            deadline: Tutorial.p("2024"))
        return Evaluator(metrics: [Metric(id: "digitale_aanvragen", unit: .count, frequency: .year)], series: store)
            .evaluate(goal, asOf: .period(Tutorial.p("2022-Q2")))
    }()

    @Test("show gives the incomplete year beside the evaluation, and what 2021 is made of", arguments: Language.allCases)
    func show(language: Language) {
        let text = GoalDetail.render(Self.quarters, language: language, style: .plain(), format: .table)
        switch language {
        case .en:
            #expect(text.contains("So far        2022 so far: 2 of 4 quarters, 26,420"))
            #expect(text.contains("Made from     the sum of 4 quarters"))
            #expect(text.contains("Current       50,947 in 2021"))
        case .nl:
            #expect(text.contains("2022 tot nu toe: 2 van 4 kwartalen, 26.420"))
            #expect(text.contains("de som van 4 kwartalen"))
        }
    }

    @Test("why names the parts of the combined figure and the period so far")
    func why() {
        let text = Explanation.render(Self.quarters, sources: ObservationStore(), language: .en, style: .plain())
        #expect(text.contains("the sum of 4 quarters: 2021-Q1 = 12,011, 2021-Q2 = 12,436, 2021-Q3 = 13,102, 2021-Q4 = 13,398"))
        #expect(text.contains("2022 so far: 2 of 4 quarters, 26,420"))
        #expect(!text.contains("skipped"))
    }

    @Test("JSON carries the partial period and the notes")
    func json() throws {
        let decoded = try JSONSerialization.jsonObject(with: Data(EvaluationJSON.show(Self.quarters).utf8)) as? [String: Any]
        let partial = try #require(decoded?["partial"] as? [String: Any])
        #expect(partial["period"] as? String == "2022")
        #expect(partial["parts"] as? String == "quarter")
        #expect(partial["count"] as? Int == 2)
        #expect(partial["of"] as? Int == 4)
        #expect(partial["value"] as? Double == 26420)
        #expect((decoded?["notes"] as? [Any])?.isEmpty == true)
    }
}
