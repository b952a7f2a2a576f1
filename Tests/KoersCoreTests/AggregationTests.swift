import KoersCore
import PropertyBased
import Testing

/// The contract's "Quarters make a year": a yearly count metric with a yearly baseline and
/// quarterly figures after it.
func quartersMakeAYear() -> EvaluationFixture {
    var fixture = EvaluationFixture()
    fixture.metrics = [Metric(id: "digitale_aanvragen", unit: .count, frequency: .year)]
    fixture.add("digitale_aanvragen", [
        ("2020", 49525), ("2021-Q1", 12011), ("2021-Q2", 12436), ("2021-Q3", 13102), ("2021-Q4", 13398),
        ("2022-Q1", 13020), ("2022-Q2", 13400),
    ])
    fixture.goals = [goal(metric: "digitale_aanvragen", .atLeast, .relativePercent(10))]
    return fixture
}

@Suite("Granularity and aggregation")
struct AggregationTests {
    @Test("Quarters make a year: the contract's example, exactly")
    func quartersMakeAYearExample() throws {
        let fixture = quartersMakeAYear()
        for asOf: AsOf in [.period(p("2022-Q2")), .latest] {
            let result = fixture.evaluate(fixture.goals[0], asOf: asOf)
            #expect(result.granularity == .year)
            #expect(result.points.map(\.period) == [p("2021")])
            #expect(result.current?.value == 50947)
            #expect(result.current?.period == p("2021"))
            #expect(result.partial == PartialPeriod(period: p("2022"), parts: .quarter, count: 2, total: 4, value: 26420))
            #expect(result.elapsed == 0.25)
            #expect(abs(try #require(result.expected) - 50763.125) < 1e-9)
            #expect(result.status == .onTrack)
            #expect(abs(try #require(result.progress) - 0.287128) < 5e-7)
            #expect(abs(try #require(result.projection?.slope) - 1422) < 1e-9)
            #expect(abs(try #require(result.projected) - 55213) < 1e-6)
            #expect(abs(try #require(result.reachedMoment) - 2024.4828) < 5e-5)
            #expect(result.reached == p("2024"))
            #expect(result.aggregationNotes.isEmpty)
        }
    }

    @Test("the combined figure keeps its parts, each with its source")
    func combinedOrigin() throws {
        let fixture = quartersMakeAYear()
        let current = try #require(fixture.evaluate(fixture.goals[0], asOf: .period(p("2022-Q2"))).current)
        guard case let .combined(rule, parts) = current.origin else {
            Issue.record("2021 is not made from its quarters")
            return
        }
        #expect(rule == .sum)
        #expect(parts.map(\.period) == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"].map(p))
    }

    @Test("three quarters do not make a year")
    func incompleteYear() {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .count, frequency: .year)]
        fixture.add("m", [("2020", 100), ("2021-Q1", 30), ("2021-Q2", 30), ("2021-Q4", 30)])
        let result = fixture.evaluate(goal(.atLeast, .relativePercent(10)), asOf: .today(date("2022-03-01")))
        #expect(result.points.isEmpty)
        #expect(result.status == .noData)
        #expect(result.partial == PartialPeriod(period: p("2021"), parts: .quarter, count: 3, total: 4, value: 90))
    }

    @Test("a figure published for the period wins over its parts; a difference is a warning")
    func publishedWins() {
        var fixture = quartersMakeAYear()
        fixture.add("digitale_aanvragen", [("2021", 51000)])
        let result = fixture.evaluate(fixture.goals[0], asOf: .period(p("2022-Q2")))
        #expect(result.current?.value == 51000)
        #expect(result.aggregationNotes == [.publishedDiffersFromParts(period: p("2021"), published: 51000, combined: 50947)])

        var agreeing = quartersMakeAYear()
        agreeing.add("digitale_aanvragen", [("2021", 50947)])
        #expect(agreeing.evaluate(agreeing.goals[0], asOf: .period(p("2022-Q2"))).aggregationNotes.isEmpty)
    }

    @Test("finer figures of a metric without a combine rule are not used, and the goal says why")
    func noCombineRule() {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .percent, frequency: .year)]
        fixture.add("m", [("2020", 50), ("2021-Q1", 52), ("2021-Q2", 53), ("2021-Q3", 54), ("2021-Q4", 55)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(60, percent: true)), asOf: .today(date("2022-02-01")))
        #expect(result.points.isEmpty)
        #expect(result.status == .noData)
        #expect(result.aggregationNotes == [.finerFiguresNotCombined(.quarter)])
        #expect(result.partial == nil)

        // Declared `mean`, the quarters make a yearly mean.
        fixture.metrics = [Metric(id: "m", unit: .percent, frequency: .year, combine: .mean)]
        let mean = fixture.evaluate(goal(.atLeast, .absolute(60, percent: true)), asOf: .today(date("2022-02-01")))
        #expect(mean.current?.value == 53.5)
        #expect(mean.aggregationNotes.isEmpty)
    }

    @Test("the default combine rule follows the unit: sum for count and euro, none otherwise")
    func defaultRule() {
        for unit in MetricUnit.allCases {
            let rule = Metric(id: "m", unit: unit).combineRule
            #expect(rule == ([.count, .euro].contains(unit) ? .sum : .none), "\(unit)")
        }
        #expect(Metric(id: "m").combineRule == .none)
        #expect(Metric(id: "m", unit: .count, combine: .last).combineRule == .last)
        #expect(Metric(id: "m", unit: .count).isAdditive)
    }

    @Test("an additive metric's baseline coarser than G is not-evaluable, naming both")
    func coarserBaseline() {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .count, frequency: .quarter)]
        fixture.add("m", [("2020", 400), ("2021-Q1", 101), ("2021-Q2", 102)])
        let result = fixture.evaluate(goal(.atLeast, .relativePercent(10)))
        #expect(result.status == .notEvaluable)
        #expect(result.gaps == [.baselineCoarserThanGranularity(baseline: p("2020"), granularity: .quarter)])

        // A quarterly baseline is fine; a grade (not additive) may keep its yearly baseline.
        #expect(fixture.evaluate(goal(baseline: "2021-Q1", .atLeast, .relativePercent(10))).gaps.isEmpty)
        fixture.metrics = [Metric(id: "m", unit: .grade, frequency: .quarter)]
        #expect(fixture.evaluate(goal(.atLeast, .absolute(500, percent: false))).gaps.isEmpty)
    }

    @Test("a baseline period with only finer figures takes their combined figure")
    func combinedBaseline() {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .count, frequency: .year)]
        fixture.add("m", [("2020-Q1", 10), ("2020-Q2", 10), ("2020-Q3", 10), ("2020-Q4", 10), ("2021", 44)])
        let result = fixture.evaluate(goal(.atLeast, .relativePercent(10)), asOf: .latest)
        #expect(result.baseline?.value == 40)
        #expect(result.target == 44)
        #expect(result.status == .achieved)
    }

    @Test("the sum of a complete year's months, quarters or half-years is the year's figure")
    func completeYearIsTheSum() async {
        await propertyCheck(input: Gen.int(in: 0...2), Gen.int(in: 0...10_000).array(of: 12)) { choice, values in
            let granularity: Granularity = [.halfYear, .quarter, .month][choice]
            let parts = Array(values.prefix(granularity.periodsPerYear)).map(Double.init)
            var fixture = EvaluationFixture()
            fixture.metrics = [Metric(id: "m", unit: .count, frequency: .year)]
            fixture.add("m", [("2020", 1)] + parts.enumerated().map { index, value in
                (Period(year: 2021, granularity: granularity, index: index + 1)!.description, value)
            })
            let result = fixture.evaluate(goal(.atLeast, .absolute(1, percent: false), deadline: "2030"), asOf: .latest)
            #expect(result.points.map(\.period) == [p("2021")])
            #expect(result.current?.value == parts.reduce(0, +))
            #expect(result.partial == nil)
        }
    }

    @Test("an incomplete period is never judged: its figure is only shown as so far")
    func incompleteNeverJudged() async {
        await propertyCheck(input: Gen.int(in: 1...3), Gen.int(in: 0...1000).array(of: 3)) { count, values in
            var fixture = EvaluationFixture()
            fixture.metrics = [Metric(id: "m", unit: .count, frequency: .year)]
            fixture.add("m", [("2020", 1)] + (0..<count).map { ("2021-Q\($0 + 1)", Double(values[$0])) })
            let result = fixture.evaluate(goal(.atLeast, .absolute(1, percent: false)), asOf: .today(date("2022-06-01")))
            #expect(result.points.isEmpty)
            #expect(result.status == .noData)
            #expect(result.partial?.count == count)
            #expect(result.partial?.value == Double(values.prefix(count).reduce(0, +)))
        }
    }
}
