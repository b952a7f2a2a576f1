import KoersCore
import Testing

/// The contract's "Benchmark": unemployment `werkloosheid` at most the national average
/// `werkloosheid_nl` by 2024, baseline 2020.
func benchmarkExample(
    series: [(String, Double?)] = [("2020", 5.5), ("2021", 5.25), ("2022", 4.5)],
    benchmark: [(String, Double?)] = [("2020", 5.0), ("2021", 5.0), ("2022", 4.5)],
    offset: Benchmark.Offset? = nil
) -> (EvaluationFixture, Goal) {
    var fixture = EvaluationFixture()
    fixture.metrics = [
        Metric(id: "werkloosheid", unit: .percent, frequency: .year),
        Metric(id: "werkloosheid_nl", unit: .percent, frequency: .year),
    ]
    fixture.add("werkloosheid", series)
    fixture.add("werkloosheid_nl", benchmark)
    let target = Target(comparator: .atMost, value: .benchmark(Benchmark(series: SeriesKey(metric: "werkloosheid_nl"), offset: offset)))
    let goal = Goal(id: "werk", title: "Ten hoogste het landelijk gemiddelde", metric: SeriesKey(metric: "werkloosheid"),
                    baseline: Baseline(period: p("2020")), target: target, deadline: p("2024"))
    return (fixture, goal)
}

@Suite("Benchmark targets: judged on the gap to another series")
struct BenchmarkTests {
    @Test("the contract's example, exactly: on-track as of 2021, reached in 2022; achieved as of 2022")
    func example() throws {
        let (fixture, goal) = benchmarkExample()
        let result = fixture.evaluate(goal, asOf: .period(p("2021")))
        #expect(result.baseline?.value == 0.5)
        #expect(result.direction == -1)
        #expect(result.target == 0)
        #expect(result.elapsed == 0.25)
        #expect(result.expected == 0.375)
        #expect(result.current?.value == 0.25)
        #expect(result.status == .onTrack)
        #expect(result.progress == 0.5)
        #expect(abs(try #require(result.projection?.slope) + 0.25) < 1e-12)
        #expect(abs(try #require(result.projected) + 0.5) < 1e-12)
        #expect(abs(try #require(result.reachedMoment) - 2023.0) < 1e-9)
        #expect(result.reached == p("2022"))
        let as2022 = fixture.evaluate(goal, asOf: .period(p("2022")))
        #expect(as2022.points.map(\.value) == [0.25, 0])
        #expect(as2022.status == .achieved)
    }

    @Test("each gap point keeps the figures of both series it was made from")
    func gapPointsKeepBothFigures() throws {
        let (fixture, goal) = benchmarkExample()
        let current = try #require(fixture.evaluate(goal, asOf: .period(p("2021"))).current)
        guard case let .gap(series, benchmark) = current.origin else {
            Issue.record("a gap point made from \(current.origin)")
            return
        }
        #expect(series.value == 5.25 && benchmark.value == 5.0)
        #expect(series.period == p("2021") && benchmark.period == p("2021"))
    }

    @Test("only periods where both series have a figure count")
    func onlyCommonPeriods() {
        let (fixture, goal) = benchmarkExample(benchmark: [("2020", 5.0), ("2022", 4.5)])
        let result = fixture.evaluate(goal, asOf: .period(p("2022")))
        #expect(result.points.map(\.period) == [p("2022")])
        #expect(result.status == .achieved)
    }

    @Test("an offset in the metric's unit and as a percentage")
    func offsets() {
        // "2 points above the benchmark" for a higher-is-better series: T(P) = K(P) + 2.
        var (fixture, goal) = benchmarkExample(
            series: [("2020", 7.0), ("2021", 7.5)], benchmark: [("2020", 7.0), ("2021", 7.0)], offset: .amount(2))
        goal.target?.comparator = .atLeast
        let result = fixture.evaluate(goal, asOf: .period(p("2021")))
        #expect(result.baseline?.value == -2)
        #expect(result.current?.value == -1.5)
        #expect(result.status == .onTrack)
        // 5% above: T = 4,2 × 1,05 = 4,41, which a figure 4,41 meets exactly.
        let (percent, goalPercent) = benchmarkExample(
            series: [("2020", 5.0), ("2021", 4.41)], benchmark: [("2020", 4.2), ("2021", 4.2)], offset: .percent(5))
        let tie = percent.evaluate(goalPercent, asOf: .period(p("2021")))
        #expect(tie.current?.value == 0)
        #expect(tie.status == .achieved)
    }

    @Test("a tie is decided on the figures, not on a gap near zero")
    func tieOnTheFigures() {
        // 1.000.000,0005 against 1.000.000: equal within the tolerance relative to them, while
        // the gap 0,0005 is far outside a tolerance relative to a gap near zero.
        let (fixture, goal) = benchmarkExample(
            series: [("2020", 1_000_010), ("2021", 1_000_000.0005)], benchmark: [("2020", 1_000_000), ("2021", 1_000_000)])
        let result = fixture.evaluate(goal, asOf: .period(p("2021")))
        #expect(result.current?.value == 0)
        #expect(result.status == .achieved)
    }

    @Test("without a baseline the goal cannot be evaluated; without a benchmark figure at the baseline it has no data")
    func baselineNeeded() {
        var (fixture, goal) = benchmarkExample()
        goal.baseline = nil
        let withoutBaseline = fixture.evaluate(goal, asOf: .period(p("2021")))
        #expect(withoutBaseline.status == .notEvaluable)
        #expect(withoutBaseline.gaps == [.baselineForBenchmarkTarget])
        let (missing, goalMissing) = benchmarkExample(benchmark: [("2021", 5.0), ("2022", 5.0)])
        let noBenchmarkAtBaseline = missing.evaluate(goalMissing, asOf: .period(p("2021")))
        #expect(noBenchmarkAtBaseline.status == .noData)
        #expect(noBenchmarkAtBaseline.noDataReason == .noBaselineFigure(p("2020")))
    }

    @Test("past the deadline: missed when the figure for the deadline is above the benchmark")
    func missed() {
        let (fixture, goal) = benchmarkExample(
            series: [("2020", 5.5), ("2024", 5.0)], benchmark: [("2020", 5.0), ("2024", 4.0)])
        let result = fixture.evaluate(goal, asOf: .period(p("2025")))
        #expect(result.judged?.value == 1)
        #expect(result.status == .missed)
    }
}
