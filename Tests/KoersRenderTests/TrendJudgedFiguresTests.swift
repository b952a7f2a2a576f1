import KoersCore
import SnapshotTesting
import Testing

@testable import KoersRender

/// `trend GOAL` draws the numbers the goal's status comes from, against the target they are
/// compared with, and nothing after the peildatum: the same figures `show` and `why` use.
@Suite("Render: the trend of a goal draws what the goal is judged by")
struct TrendJudgedFiguresTests {
    let plain = RenderStyle.plain()

    @Test("a running total is drawn as the totals against its target, not the yearly figures", arguments: Language.allCases)
    func cumulative(language: Language) {
        let evaluation = TargetKindRenderTests.cumulative
        let series = TargetKindRenderTests.cumulativeStore.observations(SeriesKey(metric: "woningen_opgeleverd"))
        let (points, judged) = TrendView.figures(of: evaluation, series: series)
        #expect(judged)
        // R = 0 at the baseline 2022, then 310, 730, 1.110: the totals the status is judged on.
        #expect(points.map(\.value) == [0, 310, 730, 1110])
        assertSnapshot(of: TrendView.render(evaluation, series: series, language: language, style: plain), as: .lines,
                       named: "cumulative-" + language.rawValue)
    }

    @Test("a goal against a benchmark is drawn as the gap, whose target is zero", arguments: Language.allCases)
    func benchmark(language: Language) {
        let evaluation = BenchmarkRenderTests.evaluation
        let series = BenchmarkRenderTests.store.observations(SeriesKey(metric: "werkloosheid"))
        let (points, _) = TrendView.figures(of: evaluation, series: series)
        // As of 2021: the gaps 0,5 and 0,25, not the unemployment figures 5,5 and 5,25 against a target line at 0.
        #expect(points.map(\.value) == [0.5, 0.25])
        let text = TrendView.render(evaluation, series: series, language: language, style: plain)
        #expect(text.contains("werkloosheid_nl"))
        assertSnapshot(of: text, as: .lines, named: "benchmark-" + language.rawValue)
    }

    @Test("on a terminal 60 columns wide the title of a gap's trend wraps within the window", arguments: Language.allCases)
    func narrowTerminal(language: Language) {
        let evaluation = BenchmarkRenderTests.evaluation
        let series = BenchmarkRenderTests.store.observations(SeriesKey(metric: "werkloosheid"))
        let text = TrendView.render(evaluation, series: series, language: language, style: .terminal(width: 60))
        let visible = text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(visible.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(visible)")
        #expect(visible.contains("werkloosheid_nl"))
    }

    @Test("a figure after the peildatum is not drawn: as of 2021, 2022's figure does not exist")
    func asOfAnEarlierPeriod() throws {
        let goal = try #require(Tutorial.model.goal("meer-online"))
        let evaluation = Evaluator(model: Tutorial.model).evaluate(goal, asOf: .period(Tutorial.p("2021")))
        let series = Tutorial.model.store.observations(SeriesKey(metric: "digitale_aanvragen"))
        let (points, _) = TrendView.figures(of: evaluation, series: series)
        #expect(points.map(\.period) == [Tutorial.p("2020"), Tutorial.p("2021")])
        let text = TrendView.render(evaluation, series: series, language: .en, style: plain)
        #expect(text.contains("2020 49,525 -> 2021 51,000 (+1,475)"), "\(text)")
        #expect(!text.contains("52,100"))
    }

    @Test("quarters combined into a year are drawn as that year, as the evaluation reads them")
    func combinedFromFinerFigures() throws {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data/aanvragen.csv", kind: .csv, contentHash: "00"))
        let figures: [(String, Double)] = [("2020", 100), ("2021-Q1", 30), ("2021-Q2", 30), ("2021-Q3", 30), ("2021-Q4", 30), ("2022-Q1", 40)]
        store.append(
            figures.enumerated().map { row, figure in
                Observation(period: Tutorial.p(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(row + 2), column: 2))
            },
            to: SeriesKey(metric: "aanvragen"))
        let goal = Goal(id: "meer", title: "Meer aanvragen", metric: SeriesKey(metric: "aanvragen"), baseline: Baseline(period: Tutorial.p("2020")),
                        target: Target(comparator: .atLeast, value: .absolute(150, percent: false)), deadline: Tutorial.p("2024"))
        let evaluation = Evaluator(metrics: [Metric(id: "aanvragen", unit: .count, frequency: .year)], series: store)
            .evaluate(goal, asOf: .period(Tutorial.p("2022-Q2")))
        let (points, _) = TrendView.figures(of: evaluation, series: store.observations(SeriesKey(metric: "aanvragen")))
        #expect(points.map(\.period) == [Tutorial.p("2020"), Tutorial.p("2021")])
        #expect(points.map(\.value) == [100, 120])
    }

    @Test("the change of a percentage is written in percentage points, as diff writes it")
    func percentageChange() throws {
        let goal = try #require(Tutorial.model.goal("meldingen"))
        let evaluation = Evaluator(model: Tutorial.model).evaluate(goal, asOf: .latest)
        let series = Tutorial.model.store.observations(SeriesKey(metric: "meldingen_online"))
        #expect(TrendView.render(evaluation, series: series, language: .en, style: plain).contains("(+10 pp)"))
        #expect(TrendView.render(evaluation, series: series, language: .nl, style: plain).contains("(+10 procentpunt)"))
    }
}

/// The council report names what a goal against a benchmark or a running total is judged on,
/// as `show` and `trend` do: its key figures are not unemployment figures nor a target of 0%.
@Suite("Report: the figures of a goal judged on a gap or a running total say so")
struct ReportJudgedFiguresTests {
    @Test("a benchmark goal's key figures are gaps, its target the benchmark as written", arguments: Language.allCases)
    func benchmark(language: Language) throws {
        let section = CouncilReport.section(BenchmarkRenderTests.evaluation, check: nil, language: language)
        let gap = language == .en ? "gap" : "verschil"
        #expect(section.figures.baseline?.text == "\(gap) \(language == .en ? "0.5" : "0,5")% (2020)")
        #expect(section.figures.current?.text == "\(gap) \(language == .en ? "0.25" : "0,25")% (2021)")
        #expect(section.figures.target?.text == "≤ werkloosheid_nl (2024)")
        #expect(section.figures.target?.value == 0)
        let chart = try #require(section.chart)
        #expect(chart.seriesName == (language == .en ? "the gap between werkloosheid and werkloosheid_nl"
                                                      : "het verschil tussen werkloosheid en werkloosheid_nl"))
    }

    @Test("a running total's chart is named as one")
    func cumulative() throws {
        let section = CouncilReport.section(TargetKindRenderTests.cumulative, check: nil, language: .en)
        #expect(try #require(section.chart).seriesName == "the running total of woningen_opgeleverd")
        #expect(section.figures.current?.text == "1,110 (2025)")
    }
}

/// `goals` lists what the goal files say: a running total (`total`) and a sustained target
/// (`always`) keep the word that makes them so, in every format.
@Suite("Listing: a running total and a sustained target are listed as such")
struct GoalListingTargetKindTests {
    static let cumulative = Target(comparator: .atLeast, value: .absolute(2400, percent: false), cumulative: true)
    static let sustained = Target(comparator: .atLeast, value: .absolute(7.5, percent: false), sustained: true)

    @Test("the goal file's words, in both notations")
    func described() {
        #expect(GoalListing.describe(Self.cumulative, notation: .english) == "total >= 2,400")
        #expect(GoalListing.describe(Self.cumulative, notation: .dutch) == "totaal >= 2.400")
        #expect(GoalListing.describe(Self.sustained, notation: .english) == "always >= 7.5")
        #expect(GoalListing.describe(Self.sustained, notation: .dutch) == "steeds >= 7,5")
    }

    @Test("CSV does not give a running total's target as a bare number a figure must reach")
    func csv() {
        let goals = [("woningen", Self.cumulative), ("waardering", Self.sustained)].map { id, target in
            Goal(id: id, title: id, metric: SeriesKey(metric: "m"), baseline: Baseline(period: Tutorial.p("2022")), target: target,
                 deadline: Tutorial.p("2028"))
        }
        let csv = WorkbookTables.goals(GoalModel(metrics: [], goals: goals)).render(.csv, language: .en, width: nil)
        #expect(csv.contains("woningen,woningen,,m,2022,,>=,\"total >= 2,400\",2028"), "\(csv)")
        #expect(csv.contains("waardering,waardering,,m,2022,,>=,always >= 7.5,2028"), "\(csv)")
    }
}
