import KoersCore
@testable import KoersRender
import SnapshotTesting
import Testing

@Suite("Render: evaluation views")
struct EvaluationRenderTests {
    let set = Tutorial.evaluations
    let plain = RenderStyle.plain()
    let colored = RenderStyle.terminal()

    @Test("the tutorial shows every status")
    func everyStatus() {
        #expect(Set(set.evaluations.map(\.status)) == Set(GoalStatus.allCases))
    }

    @Test("status dashboard, plain", arguments: Language.allCases)
    func statusPlain(language: Language) {
        let text = StatusDashboard.render(set, language: language, style: plain)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        assertSnapshot(of: text, as: .lines, named: language.rawValue)
    }

    @Test("status dashboard, colored", arguments: Language.allCases)
    func statusColored(language: Language) {
        let text = StatusDashboard.render(set, language: language, style: colored)
        #expect(text.contains("\u{1B}[32m"))
        assertSnapshot(of: text, as: .lines, named: language.rawValue)
    }

    @Test("show, plain and colored", arguments: ["meer-online", "tevredenheid", "wachttijd", "afhandeltijd", "meldingen", "goede-service"], Language.allCases)
    func show(goal: String, language: Language) throws {
        let evaluation = try #require(set[goal])
        let text = GoalDetail.render(evaluation, language: language, style: plain)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        assertSnapshot(of: text, as: .lines, named: "\(goal)-\(language.rawValue)-plain")
        assertSnapshot(of: GoalDetail.render(evaluation, language: language, style: colored), as: .lines, named: "\(goal)-\(language.rawValue)-colored")
    }

    @Test("why, step by step with sources", arguments: ["meer-online", "eformulieren", "wachttijd", "app", "afhandeltijd", "bezoekers", "meldingen", "goede-service"], Language.allCases)
    func why(goal: String, language: Language) throws {
        let evaluation = try #require(set[goal])
        let text = Explanation.render(evaluation, sources: Tutorial.model.store, language: language, style: plain)
        assertSnapshot(of: text, as: .lines, named: "\(goal)-\(language.rawValue)")
        let unicode = Explanation.render(evaluation, sources: Tutorial.model.store, language: language, style: colored)
        assertSnapshot(of: unicode, as: .lines, named: "\(goal)-\(language.rawValue)-colored")
    }

    @Test("why separates the two numbers of a point by a semicolon in Dutch, where the comma is the decimal mark")
    func pointsReadUnambiguouslyInDutch() throws {
        let evaluation = try #require(set["afhandeltijd"])
        let dutch = Explanation.render(evaluation, sources: Tutorial.model.store, language: .nl, style: plain)
        #expect(dutch.contains("(2022,25; 11,5)"))
        #expect(dutch.contains("(t; v)"))
        let english = Explanation.render(evaluation, sources: Tutorial.model.store, language: .en, style: plain)
        #expect(english.contains("(2022.25, 11.5)"))
    }

    @Test("trend of a goal and of a metric", arguments: Language.allCases)
    func trend(language: Language) throws {
        let evaluation = try #require(set["tevredenheid"])
        let series = Tutorial.model.store.observations(SeriesKey(metric: "tevredenheid"))
        assertSnapshot(of: TrendView.render(evaluation, series: series, language: language, style: plain), as: .lines, named: "goal-\(language.rawValue)-plain")
        assertSnapshot(of: TrendView.render(evaluation, series: series, language: language, style: colored), as: .lines, named: "goal-\(language.rawValue)-colored")
        let key = SeriesKey(metric: "digitale_aanvragen")
        let metric = TrendView.render(series: Tutorial.model.store.observations(key), key: key, unit: .count, language: language, style: plain)
        assertSnapshot(of: metric, as: .lines, named: "metric-\(language.rawValue)")
    }

    @Test("diff between two periods", arguments: Language.allCases)
    func diff(language: Language) {
        let diff = EvaluationDiff(model: Tutorial.model, from: .period(Tutorial.p("2021")), to: .period(Tutorial.p("2022")))
        assertSnapshot(of: DiffView.render(diff, language: language, style: plain), as: .lines, named: language.rawValue)
        assertSnapshot(of: DiffView.render(diff, language: language, style: plain, format: .markdown), as: .lines, named: "\(language.rawValue)-markdown")
    }

    @Test("status and diff never cut a goal id, the word users type next", arguments: Language.allCases)
    func longIDsStayWhole(language: Language) throws {
        let longID = "klanten-waarderen-onze-digitale-dienstverlening"
        var model = Tutorial.model
        let index = try #require(model.goals.firstIndex { $0.id == "tevredenheid" })
        model.goals[index].id = longID
        let status = StatusDashboard.render(EvaluationSet(model: model, asOf: .latest), language: language, style: plain)
        #expect(status.contains("  " + longID + " "))
        let diff = EvaluationDiff(model: model, from: .period(Tutorial.p("2021")), to: .period(Tutorial.p("2022")))
        #expect(diff.changes.contains { $0.goalID == longID })
        #expect(DiffView.render(diff, language: language, style: plain).contains("  " + longID + " "))
    }

    @Test("goals with long ids fits 80 columns: the ids and titles stay whole, a block per goal", arguments: Language.allCases)
    func goalsTableFitsWithLongIDs(language: Language) {
        let longID = "online-dienstverlening-verbeteren"
        var model = Tutorial.model
        model.goals[0].id = longID
        let narrow = GoalListing.table(model, language: language, width: 80)
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(narrow)")
        #expect(narrow.contains(longID + "\n"))
        #expect(narrow.contains("Gemiddeld 10% meer volume online afnemen dan in 2020"), "the title the help promises")
        #expect(narrow.contains("digitale_"))
        let wide = GoalListing.table(model, language: language, width: 160)
        #expect(wide.contains("Gemiddeld 10% meer volume online afnemen dan in 2020"))
    }

    @Test("goals shows a title for every goal at every width from 60 to 200 columns", arguments: Language.allCases)
    func goalsHaveTitlesAtEveryWidth(language: Language) {
        let label = language == .en ? "title" : "titel"
        for width in 60...200 {
            let text = GoalListing.table(Tutorial.model, language: language, width: width)
            let lines = text.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(text)")
            let header = lines.first.map { $0.split(separator: " ").contains { $0 == label } } ?? false
            let titleLines = lines.filter { $0.drop { $0 == " " }.hasPrefix(label + " ") }.count
            #expect(header || titleLines == Tutorial.model.goals.count, "\(width): \(text)")
        }
    }

    @Test("metrics names units in the reader's language in tables, by their stable key in CSV and JSON")
    func unitsInTheReadersLanguage() {
        let coverage = DataListing.coverage(Tutorial.model)
        let dutch = coverage.render(.table, language: .nl, width: 120)
        #expect(dutch.contains("digitale_aanvragen  aantal"))
        #expect(dutch.contains("rapportcijfer") && dutch.contains("dagen") && dutch.contains("ja-nee"))
        #expect(!dutch.contains(" count "))
        #expect(coverage.render(.table, language: .en, width: 120).contains("digitale_aanvragen  count"))
        #expect(coverage.render(.csv, language: .nl, width: 120).contains("digitale_aanvragen,count,"))
        #expect(coverage.render(.json, language: .nl, width: 120).contains("\"unit\": \"count\""))
    }

    @Test("goals lists baseline and target values as the goal file writes them, unrounded")
    func goalsListsExactValues() throws {
        var model = Tutorial.model
        let index = try #require(model.goals.firstIndex { $0.id == "tevredenheid" })
        model.goals[index].target = Target(comparator: .atLeast, value: .absolute(7.525, percent: false))
        model.goals[index].baseline = Baseline(period: Tutorial.p("2020"), value: 6.125)
        let dutch = GoalListing.table(model, language: .nl, width: 160)
        #expect(dutch.contains(">= 7,525") && dutch.contains("2020 = 6,125"), "\(dutch)")
    }

    @Test("status as JSON, CSV and Markdown")
    func formats() {
        assertSnapshot(of: StatusDashboard.render(set, language: .en, style: plain, format: .json), as: .lines, named: "json")
        assertSnapshot(of: StatusDashboard.render(set, language: .en, style: plain, format: .csv), as: .lines, named: "csv")
        assertSnapshot(of: StatusDashboard.render(set, language: .nl, style: plain, format: .markdown), as: .lines, named: "markdown-nl")
    }
}

@Suite("Render: a sustained target")
struct SustainedRenderTests {
    static let store: ObservationStore = {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/enquete.csv", kind: .csv, contentHash: "00"))
        store.append(
            [("2021", 7.5), ("2022", 7.6), ("2023", 7.4), ("2024", 7.7)].enumerated().map { row, figure in
                Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row + 2), column: 2))
            },
            to: SeriesKey(metric: "waardering"))
        return store
    }()

    /// The contract's "Sustained" example as of 2024: 2023 fell short, 2024 meets: at risk.
    static let evaluation: GoalEvaluation = {
        let goal = Goal(
            id: "elk-jaar-7-5", title: "Inwoners geven ons elk jaar minimaal een 7,5", metric: SeriesKey(metric: "waardering"),
            baseline: Baseline(period: Tutorial.p("2021")),
            target: Target(comparator: .atLeast, value: .absolute(7.5, percent: false), sustained: true), deadline: Tutorial.p("2026"))
        return Evaluator(metrics: [Metric(id: "waardering", unit: .grade, frequency: .year)], series: store)
            .evaluate(goal, asOf: .period(Tutorial.p("2024")))
    }()

    @Test("show and why, in both languages", arguments: Language.allCases)
    func showAndWhy(language: Language) {
        let show = GoalDetail.render(Self.evaluation, language: language, style: .plain(), format: .table)
        assertSnapshot(of: show, as: .lines, named: "show-" + language.rawValue)
        let why = Explanation.render(Self.evaluation, sources: Self.store, language: language, style: .plain())
        assertSnapshot(of: why, as: .lines, named: "why-" + language.rawValue)
    }

    @Test("the sentence names the figure that fell short")
    func sentence() {
        #expect(StatusSentence.text(Self.evaluation).en
            == "At risk: the latest figure, 7.7 in 2024, meets >= 7.5, but 7.4 in 2023 fell short.")
        #expect(StatusSentence.text(Self.evaluation).nl
            == "Risico: het laatste cijfer, 7,7 in 2024, haalt >= 7,5, maar 7,4 in 2023 haalde het niet.")
    }
}

@Suite("Render: a target against a benchmark series")
struct BenchmarkRenderTests {
    static let store: ObservationStore = {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/werkloosheid.csv", kind: .csv, contentHash: "00"))
        for (column, (metric, figures)) in [
            ("werkloosheid", [("2020", 5.5), ("2021", 5.25), ("2022", 4.5)]),
            ("werkloosheid_nl", [("2020", 5.0), ("2021", 5.0), ("2022", 4.5)]),
        ].enumerated() {
            store.append(
                figures.enumerated().map { row, figure in
                    Observation(period: Tutorial.p(figure.0), value: figure.1,
                                provenance: Provenance(source: source, row: Int32(row + 2), column: Int32(column + 2)))
                },
                to: SeriesKey(metric: metric))
        }
        return store
    }()

    /// The contract's "Benchmark" example as of 2021: on track, reached in 2022.
    static let evaluation: GoalEvaluation = {
        let goal = Goal(
            id: "werk", title: "De werkloosheid is in 2024 ten hoogste het landelijk gemiddelde", metric: SeriesKey(metric: "werkloosheid"),
            baseline: Baseline(period: Tutorial.p("2020")),
            target: Target(comparator: .atMost, value: .benchmark(Benchmark(series: SeriesKey(metric: "werkloosheid_nl")))),
            deadline: Tutorial.p("2024"))
        let metrics = ["werkloosheid", "werkloosheid_nl"].map { Metric(id: $0, unit: .percent, frequency: .year) }
        return Evaluator(metrics: metrics, series: store).evaluate(goal, asOf: .period(Tutorial.p("2021")))
    }()

    @Test("show and why name both series and the gap, in both languages", arguments: Language.allCases)
    func benchmarkShowAndWhy(language: Language) {
        let show = GoalDetail.render(Self.evaluation, language: language, style: .plain(), format: .table)
        #expect(show.contains("werkloosheid_nl"))
        assertSnapshot(of: show, as: .lines, named: "show-" + language.rawValue)
        let why = Explanation.render(Self.evaluation, sources: Self.store, language: language, style: .plain())
        assertSnapshot(of: why, as: .lines, named: "why-" + language.rawValue)
    }

    @Test("JSON gives the benchmark and the gap per period")
    func json() {
        let json = String(EvaluationJSON.show(Self.evaluation).filter { !$0.isWhitespace })
        #expect(json.contains(#""benchmark":{"series":"werkloosheid_nl","offset":null,"figures":[{"period":"2020","series":5.5,"benchmark":5,"target":5,"gap":0.5,"provisional":false},{"period":"2021","series":5.25,"benchmark":5,"target":5,"gap":0.25,"provisional":false}]}"#), "\(json)")
    }
}

@Suite("Render: a metric with a free unit")
struct FreeUnitRenderTests {
    @Test("show writes the free unit after each figure, in both languages")
    func show() {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/afval.csv", kind: .csv, contentHash: "00"))
        store.append(
            [("2020", 180.0), ("2022", 150.5)].enumerated().map { row, figure in
                Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row + 2), column: 2))
            },
            to: SeriesKey(metric: "restafval"))
        let goal = Goal(
            id: "restafval", title: "In 2025 nog 100 kg restafval per inwoner", metric: SeriesKey(metric: "restafval"),
            baseline: Baseline(period: Tutorial.p("2020")), target: Target(comparator: .atMost, value: .absolute(100, percent: false)),
            deadline: Tutorial.p("2025"))
        let metric = Metric(id: "restafval", frequency: .year, unitName: "kg per inwoner")
        let evaluation = Evaluator(metrics: [metric], series: store).evaluate(goal, asOf: .period(Tutorial.p("2022")))
        let dutch = GoalDetail.render(evaluation, language: .nl, style: .plain())
        #expect(dutch.contains("180 kg per inwoner in 2020") && dutch.contains("150,5 kg per inwoner in 2022"), "\(dutch)")
        #expect(dutch.contains("<= 100 kg per inwoner"), "\(dutch)")
        let english = GoalDetail.render(evaluation, language: .en, style: .plain())
        #expect(english.contains("150.5 kg per inwoner in 2022"), "\(english)")
    }
}
