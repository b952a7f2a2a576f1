import KoersCore
import PropertyBased
import Testing

func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

@Suite("Peildatum: as of today, a period, or the latest figures")
struct PeildatumTests {
    @Test("a date is a fractional year: 7 December 2026 is 2026.9328")
    func dateMoment() {
        #expect(abs(date("2026-12-07").moment - 2026.9328) < 0.00005)
        #expect(date("2026-01-01").moment == 2026)
        // On 1 June May's figure exists: t(2026-05) = 2026.4167 ≤ t(A).
        #expect(Tolerance.atMost(p("2026-05").end, date("2026-06-01").moment))
        #expect(Tolerance.above(p("2026-06").end, date("2026-06-30").moment))
    }

    @Test("dates are read as YYYY-MM-DD and nothing else")
    func dateParsing() {
        #expect(CalendarDate(parsing: "2024-02-29")?.description == "2024-02-29")
        for text in ["2023-02-29", "2026-13-01", "2026-12-32", "2026-1-07", "26-12-07", "2026-12-07x", "", "2026/12/07"] {
            #expect(CalendarDate(parsing: text) == nil, "\(text)")
        }
    }

    @Test("a date of the right shape that does not exist says whether its month or its day is out of range")
    func outOfRange() {
        #expect(CalendarDate.outOfRange("2026-02-30") == .day(30, month: 2, year: 2026, days: 28))
        #expect(CalendarDate.outOfRange("2024-02-30") == .day(30, month: 2, year: 2024, days: 29))
        #expect(CalendarDate.outOfRange("2026-04-31") == .day(31, month: 4, year: 2026, days: 30))
        #expect(CalendarDate.outOfRange("2026-00-10") == .month(0))
        #expect(CalendarDate.outOfRange("2026-13-01") == .month(13))
        for fine in ["2024-02-29", "2026-12-07", "7-12-2026", "gisteren", "2026-2-3"] {
            #expect(CalendarDate.outOfRange(fine) == nil, "\(fine)")
        }
    }

    @Test("a date's moment lies in its own month", arguments: [2023, 2024])
    func momentWithinMonth(year: Int) async {
        await propertyCheck(input: Gen.int(in: 1...12), Gen.int(in: 1...31)) { month, day in
            guard let date = CalendarDate(year: year, month: month, day: day) else { return }
            let period = date.monthPeriod
            #expect(date.moment >= period.start && date.moment < period.end)
        }
    }

    @Test("as of today: only figures of periods that ended by today exist")
    func asOfToday() throws {
        var fixture = workedExample()
        fixture.add("digitale_aanvragen", [("2023-01", 4000)])
        let goal = fixture.goals[0]
        let result = fixture.evaluate(goal, asOf: .today(date("2023-01-20")))
        #expect(result.asOf == .date(date("2023-01-20")))
        // January 2023 ends at 2023.0833, after 20 January: it does not exist yet.
        #expect(result.window.map(\.period) == [p("2021"), p("2022")])
        #expect(result.current?.period == p("2022"))
        #expect(result.status == .onTrack)
        #expect(result.expected == 52001.25)
    }

    @Test("asof latest judges each goal as of its own latest raw figure, of any granularity")
    func asOfLatest() {
        var fixture = workedExample()
        fixture.add("digitale_aanvragen", [("2023-Q1", 13000)])
        let result = fixture.evaluate(fixture.goals[0], asOf: .latest)
        #expect(result.asOf == .latestFigure(p("2023-Q1")))
        #expect(result.asOf?.t == 2023.25)
    }

    @Test("as of a moment at or before the baseline's end: no-data, ahead of the checks that need figures")
    func atOrBeforeBaseline() {
        var fixture = workedExample()
        // Without a deadline and with the target not met the goal would be not-evaluable; as
        // of the baseline nothing after it exists, which comes first.
        let noDeadline = goal(metric: "digitale_aanvragen", .atLeast, .relativePercent(10), deadline: nil)
        fixture.goals.append(noDeadline)
        for asOf: AsOf in [.period(p("2020")), .period(p("2019")), .today(date("2020-12-31")), .today(date("2021-01-01"))] {
            for goal in fixture.goals {
                let result = fixture.evaluate(goal, asOf: asOf)
                #expect(result.status == .noData, "\(asOf)")
                #expect(result.noDataReason == .noFigureAfterBaseline)
                // B comes from the data and T from B: neither is shown.
                #expect(result.baseline == nil)
                #expect(result.target == nil)
            }
        }
        let stated = goal(metric: "digitale_aanvragen", baselineValue: 49525, .atLeast, .relativePercent(10))
        let result = fixture.evaluate(stated, asOf: .period(p("2020")))
        #expect(result.status == .noData)
        #expect(result.baseline?.value == 49525)
        #expect(result.target == 54477.5)
    }

    @Test("an absolute target is shown as of the baseline; it depends on no figure")
    func absoluteTargetAsOfBaseline() {
        let fixture = workedExample()
        let result = fixture.evaluate(goal(metric: "digitale_aanvragen", .atLeast, .absolute(55000, percent: false)), asOf: .period(p("2020")))
        #expect(result.status == .noData)
        #expect(result.target == 55000)
    }
}

@Suite("Comparing numbers and moments within the tolerance")
struct ToleranceTests {
    @Test("x ≥ y within 1e-9 relative")
    func atLeast() {
        #expect(Tolerance.atLeast(7.79, 8.2 * 0.95))
        #expect(Tolerance.atLeast(8.2 * 0.95, 7.79))
        #expect(Tolerance.equal(7.79, 8.2 * 0.95))
        #expect(!Tolerance.atLeast(7.78, 7.79))
        #expect(Tolerance.atLeast(-1e-10, 0))
        #expect(!Tolerance.atLeast(-1e-8, 0))
        #expect(Tolerance.atLeast(1e12, 1e12 + 100))
        #expect(!Tolerance.atLeast(1e12, 1e12 + 10000))
    }

    @Test("a slope is zero relative to the intercept")
    func flat() {
        #expect(Tolerance.isFlat(slope: 1e-7, intercept: 1e3))
        #expect(!Tolerance.isFlat(slope: 1e-5, intercept: 1e3))
        #expect(Tolerance.isFlat(slope: 0, intercept: 0))
    }

    @Test("a moment at a period's end belongs to that period: (start, end]")
    func periodEdges() {
        #expect(Period.containing(2023.0, granularity: .year) == p("2022"))
        #expect(Period.containing(2023.0 + 1e-7, granularity: .year) == p("2022"))
        #expect(Period.containing(2023.0 - 1e-7, granularity: .year) == p("2022"))
        #expect(Period.containing(2023.001, granularity: .year) == p("2023"))
        #expect(Period.containing(2022.75 + 1e-7, granularity: .quarter) == p("2022-Q3"))
        #expect(Period.containing(2022.76, granularity: .quarter) == p("2022-Q4"))
    }

    @Test("a tie: baseline 8,2, <= -5%, figure 7,79 is achieved with progress 1")
    func tie() throws {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 8.2), ("2021", 7.79)])
        let result = fixture.evaluate(goal(.atMost, .relativePercent(-5)))
        // T = 8,2 × 0,95 = 7,79, in binary a hair beside it.
        #expect(abs(try #require(result.target) - 7.79) < 1e-12)
        #expect(result.status == .achieved)
        #expect(abs(try #require(result.progress) - 1) < 1e-9)
    }

    @Test("a projection exactly on the target is at-risk, not off-track")
    func projectionOnTarget() throws {
        var fixture = EvaluationFixture()
        // Behind the road at 2022 (8,0 against E = 7,995), and the line through
        // (2021, 8,2), (2022, 8,07), (2023, 8,0) reaches exactly 7,79 at t(2024) = 2025.
        fixture.add("m", [("2020", 8.2), ("2021", 8.07), ("2022", 8.0)])
        let result = fixture.evaluate(goal(.atMost, .relativePercent(-5)))
        #expect(abs(try #require(result.expected) - 7.995) < 1e-12)
        #expect(abs(try #require(result.projected) - 7.79) < 1e-12)
        #expect(result.status == .atRisk)
        // The line crosses T at t* = 2025.0, the end of 2024: reached in 2024.
        #expect(result.reached == p("2024"))
    }

    @Test("on the road exactly: on-track")
    func onTheRoadExactly() {
        var fixture = EvaluationFixture()
        // E at 2022 = 8,2 + (7,79 − 8,2) × 0,5 = 7,995.
        fixture.add("m", [("2020", 8.2), ("2022", 7.995)])
        #expect(fixture.evaluate(goal(.atMost, .relativePercent(-5))).status == .onTrack)
    }
}

@Suite("Overdue: the deadline passed without a figure for it")
struct OverdueTests {
    @Test("the worked example judged today, December 2026, with no figure after 2022: overdue")
    func workedExampleToday() throws {
        let fixture = workedExample()
        let result = fixture.evaluate(fixture.goals[0], asOf: .today(date("2026-12-07")))
        #expect(abs(try #require(result.asOf?.t) - 2026.9328) < 0.00005)
        #expect(result.target == 54477.5)
        #expect(result.judged?.period == p("2022"))
        #expect(result.judged?.value == 52100)
        #expect(result.status == .overdue)
    }

    @Test("with 2024 = 54.100 it is missed; with 2024 = 54.600, achieved")
    func figureForTheDeadline() {
        for (value, status) in [(54100.0, GoalStatus.missed), (54600, .achieved)] {
            var fixture = workedExample()
            fixture.add("digitale_aanvragen", [("2024", value)])
            let result = fixture.evaluate(fixture.goals[0], asOf: .today(date("2026-12-07")))
            #expect(result.status == status)
            #expect(result.judged?.period == p("2024"))
        }
    }

    @Test("the last quarter of the deadline year is a figure for the deadline")
    func quarterAtTheDeadline() {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .percent, frequency: .quarter)]
        fixture.add("m", [("2020-Q4", 50), ("2024-Q3", 55), ("2024-Q4", 56)])
        let shortOfIt = goal(baseline: "2020-Q4", .atLeast, .absolute(60, percent: false), deadline: "2024")
        #expect(fixture.evaluate(shortOfIt, asOf: .today(date("2025-03-01"))).status == .missed)
        #expect(fixture.evaluate(shortOfIt, asOf: .period(p("2024-Q3"))).status != .missed)
    }

    @Test("no figure after the baseline before the deadline, but one after it: overdue")
    func onlyFiguresAfterTheDeadline() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2025", 130)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)), asOf: .today(date("2026-12-07")))
        #expect(result.status == .overdue)
        #expect(result.judged == nil)
        #expect(result.current?.value == 130)
    }

    @Test("a goal without a baseline period, past its deadline, follows step 3 too")
    func withoutBaseline() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2016", 73)])
        let result = fixture.evaluate(goal(baseline: nil, .atLeast, .absolute(90, percent: false), deadline: "2018"), asOf: .today(date("2026-12-07")))
        #expect(result.status == .overdue)
        #expect(result.judged?.period == p("2016"))
    }
}
