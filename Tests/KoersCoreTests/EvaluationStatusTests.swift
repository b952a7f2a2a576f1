import KoersCore
import Testing

@Suite("Evaluation: each status")
struct EvaluationStatusTests {
    @Test("off-track: behind the road and the projection misses")
    func offTrack() throws {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 101), ("2022", 102)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        // E = 100 + 20 × 0.5 = 110 > 102; line b = 1 through (2021,100),(2022,101),(2023,102): projected 104.
        #expect(result.expected == 110)
        #expect(result.projection?.slope == 1)
        #expect(result.projected == 104)
        // t* = 2022 + (120 − 101) / 1 = 2041, the end of 2040.
        #expect(result.reached == p("2040"))
        #expect(result.status == .offTrack)
    }

    @Test("at-risk: behind the road but the projection makes it")
    func atRisk() throws {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 112), ("2022", 109)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        // E = 110 > C = 109; points (2021,100),(2022,112),(2023,109): b = 4.5, mean 107 at 2022,
        // projected at 2025 = 107 + 13.5 = 120.5 ≥ 120; t* = 2022 + 13 / 4.5 = 2024.89 → 2024.
        #expect(result.expected == 110)
        #expect(result.projection?.slope == 4.5)
        #expect(abs(try #require(result.projected) - 120.5) < 1e-9)
        #expect(result.reached == p("2024"))
        #expect(result.status == .atRisk)
    }

    @Test("achieved before the deadline: the current value meets the target")
    func achievedEarly() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 125)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        #expect(result.status == .achieved)
        #expect(result.progress == 1.25)
    }

    @Test("deadline reached: judged by the latest figure at or before the deadline")
    func deadlineReached() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2023", 112), ("2024", 118), ("2025", 130)])
        let missed = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        // As of 2025 (the latest figure) 130 meets 120, but the deadline 2024 was judged on 118.
        #expect(missed.status == .missed)
        #expect(missed.judged?.period == p("2024"))
        #expect(missed.current?.value == 130)
        let achieved = fixture.evaluate(goal(.atLeast, .absolute(115, percent: false)), asOf: "2024")
        #expect(achieved.status == .achieved)
        #expect(achieved.judged?.value == 118)
    }

    @Test("deadline passed without a figure for it, the last before it short: overdue")
    func deadlinePassedLongAgo() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 104)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(110, percent: false), deadline: "2022"), asOf: "2026")
        #expect(result.status == .overdue)
        #expect(result.judged?.period == p("2021"))
        // The last figure before the deadline meeting the target is achieved all the same.
        #expect(fixture.evaluate(goal(.atLeast, .absolute(104, percent: false), deadline: "2022"), asOf: "2026").status == .achieved)
    }

    @Test("lower is better: <= −5%")
    func lowerIsBetter() throws {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 98), ("2022", 97)])
        let onTrack = fixture.evaluate(goal(.atMost, .relativePercent(-5)))
        #expect(abs(try #require(onTrack.target) - 95) < 1e-9)
        #expect(onTrack.direction == -1)
        #expect(abs(try #require(onTrack.expected) - 97.5) < 1e-9)
        #expect(onTrack.status == .onTrack)
        // Points (2021,100),(2022,98),(2023,97): b = −1.5, mean 98.33 → reaches 95 at 2024.22.
        #expect(onTrack.reached == p("2024"))

        var behind = EvaluationFixture()
        behind.add("m", [("2020", 100), ("2021", 100), ("2022", 99)])
        let offTrack = behind.evaluate(goal(.atMost, .relativePercent(-5)))
        // b = −0.5 → projected 98.5 > 95.
        #expect(offTrack.status == .offTrack)

        var done = EvaluationFixture()
        done.add("m", [("2020", 100), ("2021", 94)])
        #expect(done.evaluate(goal(.atMost, .relativePercent(-5))).status == .achieved)

        var worse = EvaluationFixture()
        worse.add("m", [("2020", 100), ("2021", 101), ("2022", 103)])
        let wrongWay = worse.evaluate(goal(.atMost, .relativePercent(-5)))
        #expect(wrongWay.status == .offTrack)
        #expect(wrongWay.projection != nil)
        #expect(wrongWay.reached == nil)
    }

    @Test("percentage points: T = B + 3")
    func percentagePoints() throws {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .percent)]
        fixture.add("m", [("2020", 28), ("2021", 29.6)])
        let result = fixture.evaluate(goal(.atLeast, .percentagePoints(3)))
        #expect(result.target == 31)
        #expect(result.unit == .percent)
        // f = 0.25, E = 28.75 ≤ 29.6.
        #expect(result.status == .onTrack)
    }

    @Test("binary: pending before the deadline, achieved when yes, missed after")
    func binary() {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .yesNo)]
        fixture.add("m", [("2020", 0), ("2021", 0), ("2022", 0)])
        let pending = fixture.evaluate(goal(.equals, .yesNo(true)))
        #expect(pending.status == .pending)
        #expect(pending.target == 1)
        #expect(pending.projection == nil)
        #expect(pending.expected == nil)
        // Past the deadline 2024 with no figure for 2024: overdue; with a "no" for 2024: missed.
        #expect(fixture.evaluate(goal(.equals, .yesNo(true)), asOf: "2025").status == .overdue)
        var late = fixture
        late.add("m", [("2024", 0)])
        #expect(late.evaluate(goal(.equals, .yesNo(true)), asOf: "2025").status == .missed)

        var yes = EvaluationFixture()
        yes.add("m", [("2020", 0), ("2022", 1)])
        #expect(yes.evaluate(goal(.equals, .yesNo(true))).status == .achieved)

        // `= no`: the goal is that something stops; 0 meets it.
        var stops = EvaluationFixture()
        stops.add("m", [("2020", 1), ("2021", 1)])
        #expect(stops.evaluate(goal(.equals, .yesNo(false))).status == .pending)
        stops.add("m", [("2022", 0)])
        #expect(stops.evaluate(goal(.equals, .yesNo(false))).status == .achieved)
    }

    @Test("hold the level: target met at the baseline")
    func maintainLevel() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 7.2), ("2021", 7.1)])
        let kept = fixture.evaluate(goal(.atLeast, .absolute(7, percent: false)))
        #expect(kept.maintainsLevel)
        #expect(kept.status == .achieved)

        var slipped = EvaluationFixture()
        slipped.add("m", [("2020", 7.2), ("2021", 7.1), ("2022", 6.8)])
        let result = slipped.evaluate(goal(.atLeast, .absolute(7, percent: false)))
        #expect(result.maintainsLevel)
        #expect(result.status == .offTrack)

        // `+0%`: T = B, progress is absent.
        let flat = slipped.evaluate(goal(.atLeast, .relativePercent(0)))
        #expect(flat.target == 7.2)
        #expect(flat.progress == nil)
        #expect(flat.status == .offTrack)
    }

    @Test("a labelled part of a metric is its own series")
    func labelledSeries() {
        var fixture = EvaluationFixture()
        let vergunningen = [Label(name: "productgroep", value: "Vergunningen")]
        fixture.add("aanvragen", [("2020", 49525), ("2021", 40000)])
        fixture.add("aanvragen", labels: vergunningen, [("2020", 28272), ("2021", 32000)])
        let result = fixture.evaluate(goal(metric: "aanvragen", labels: vergunningen, .atLeast, .relativePercent(10)))
        #expect(result.baseline?.value == 28272)
        #expect(result.current?.value == 32000)
        #expect(result.status == .achieved)
    }

    @Test("missing figures are skipped, never read as zero")
    func missingFiguresSkipped() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 106), ("2022", nil)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        #expect(result.asOf?.period == p("2021"))
        #expect(result.current?.period == p("2021"))
        let asked = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)), asOf: "2022")
        #expect(asked.current?.period == p("2021"))
        #expect(asked.window.count == 2)
        #expect(asked.points.count == 1)
    }

    @Test("provisional figures are used and marked")
    func provisional() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021*", 106)])
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        #expect(result.current?.provisional == true)
        #expect(result.status == .onTrack)
    }
}

@Suite("Evaluation: no data and not evaluable")
struct EvaluationGapTests {
    @Test("no figures at all: no-data, naming the baseline figure")
    func noFigures() {
        let fixture = EvaluationFixture()
        let result = fixture.evaluate(goal())
        #expect(result.status == .noData)
        #expect(result.noDataReason == .noBaselineFigure(p("2020")))
        #expect(result.asOf == nil)
    }

    @Test("only the baseline figure: no-data")
    func onlyBaseline() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2019", 90), ("2020", 100)])
        let result = fixture.evaluate(goal())
        #expect(result.status == .noData)
        #expect(result.noDataReason == .noFigureAfterBaseline)
    }

    @Test("figures after the baseline but none for it: no-data unless already met")
    func noBaselineFigure() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2021", 100), ("2022", 104)])
        let relative = fixture.evaluate(goal(.atLeast, .relativePercent(10)))
        #expect(relative.status == .noData)
        #expect(relative.noDataReason == .noBaselineFigure(p("2020")))
        #expect(fixture.evaluate(goal(.atLeast, .absolute(110, percent: false))).status == .noData)
        #expect(fixture.evaluate(goal(.atLeast, .absolute(103, percent: false))).status == .achieved)
    }

    @Test("no baseline and no figures at all: no-data comes before the missing baseline (step 2)")
    func noBaselineNoFigures() {
        let fixture = EvaluationFixture()
        let result = fixture.evaluate(goal(baseline: nil, .atLeast, .absolute(110, percent: false)))
        #expect(result.status == .noData)
        #expect(result.noDataReason == .noFigureAfterBaseline)
        let binary = fixture.evaluate(goal(baseline: nil, .equals, .yesNo(true), deadline: "2020"))
        #expect(binary.status == .noData)
    }

    @Test("an explicit baseline needs no data for the baseline period")
    func explicitBaseline() throws {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2021", 51000), ("2022", 52100)])
        let result = fixture.evaluate(goal(baselineValue: 49525, .atLeast, .relativePercent(10)))
        #expect(result.baseline?.origin == .goalFile(nil))
        #expect(abs(try #require(result.target) - 54477.5) < 1e-9)
        #expect(abs(try #require(result.projected) - 54737.5) < 1e-6)
        #expect(result.status == .onTrack)
    }

    @Test("an explicit baseline wins over the data's figure")
    func explicitBaselineWins() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 40000), ("2021", 51000)])
        let result = fixture.evaluate(goal(baselineValue: 49525, .atLeast, .relativePercent(10)))
        #expect(result.baseline?.value == 49525)
    }

    @Test("each missing piece is named")
    func notEvaluable() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 104)])
        #expect(fixture.evaluate(goal(.atLeast, nil)).gaps == [.target])
        #expect(fixture.evaluate(goal(nil, .qualitative("goed"), deadline: nil)).gaps == [.qualitativeTarget("goed"), .deadline])
        #expect(fixture.evaluate(goal(metric: nil)).gaps == [.series])
        #expect(fixture.evaluate(goal(baseline: nil, .atLeast, .relativePercent(10))).gaps == [.baselineForRelativeTarget])
        #expect(fixture.evaluate(goal(nil, .absolute(110, percent: false))).gaps == [.comparator])
        #expect(fixture.evaluate(goal(deadline: "2020")).gaps == [.deadlineNotAfterBaseline])
        let noDeadline = fixture.evaluate(goal(.atLeast, .absolute(110, percent: false), deadline: nil))
        #expect(noDeadline.status == .notEvaluable)
        #expect(noDeadline.gaps == [.deadline])
        let noBaseline = fixture.evaluate(goal(baseline: nil, .atLeast, .absolute(110, percent: false)))
        #expect(noBaseline.gaps == [.baseline])
        for result in [noDeadline, noBaseline] { #expect(result.status == .notEvaluable) }
    }

    @Test("without a deadline or baseline, a target already met is achieved")
    func metWithoutDeadline() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 104)])
        #expect(fixture.evaluate(goal(.atLeast, .absolute(103, percent: false), deadline: nil)).status == .achieved)
        #expect(fixture.evaluate(goal(baseline: nil, .atLeast, .absolute(103, percent: false))).status == .achieved)
        // Without a baseline, a deadline in the past is still judged.
        #expect(fixture.evaluate(goal(baseline: nil, .atLeast, .absolute(110, percent: false), deadline: "2021")).status == .missed)
    }
}

@Suite("Evaluation: granularities and milestones")
struct EvaluationGranularityTests {
    @Test("a quarterly series: quarters on the time axis, the ETA in quarters")
    func quarterly() throws {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", frequency: .quarter)]
        fixture.add("m", [("2021-Q1", 100), ("2021-Q2", 102), ("2021-Q3", 104)])
        let result = fixture.evaluate(goal(baseline: "2021-Q1", .atLeast, .absolute(112, percent: false), deadline: "2022-Q2"))
        // t(Pb) = 2021.25, t(D) = 2022.5, t(Pc) = 2021.75: f = 0.5 / 1.25 = 0.4, E = 104.8 > 104.
        #expect(abs(try #require(result.elapsed) - 0.4) < 1e-12)
        #expect(abs(try #require(result.expected) - 104.8) < 1e-9)
        // b = 8 per year through (2021.25,100),(2021.5,102),(2021.75,104): projected 2022.5 = 110 < 112.
        #expect(abs(try #require(result.projection?.slope) - 8) < 1e-9)
        #expect(abs(try #require(result.projected) - 110) < 1e-9)
        #expect(result.status == .offTrack)
        // t* = 2021.5 + 10 / 8 = 2022.75: the end of 2022-Q3.
        #expect(result.reached == p("2022-Q3"))
    }

    @Test("a monthly series")
    func monthly() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2021-01", 10), ("2021-02", 11), ("2021-03", 12)])
        let result = fixture.evaluate(goal(baseline: "2021-01", .atLeast, .absolute(20, percent: false), deadline: "2021-12"))
        #expect(result.granularity == .month)
        // 1 per month from 10 at the end of January: 20 at the end of November.
        #expect(result.reached == p("2021-11"))
        #expect(result.status == .onTrack)
    }

    @Test("mixed granularities: a yearly baseline, quarterly figures, a yearly total beside them")
    func mixed() throws {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", frequency: .quarter)]
        fixture.add("m", [("2020", 400), ("2021-Q1", 101), ("2021-Q2", 102), ("2021", 410)])
        let result = fixture.evaluate(goal(baseline: "2020", baselineValue: 100, .atLeast, .absolute(108, percent: false), deadline: "2022"))
        #expect(result.granularity == .quarter)
        #expect(result.points.map(\.period) == [p("2021-Q1"), p("2021-Q2")])
        #expect(result.current?.period == p("2021-Q2"))
        #expect(result.baseline?.value == 100)
        // f = (2021.5 − 2021) / 2 = 0.25 → E = 102 ≤ 102.
        #expect(result.elapsed == 0.25)
        #expect(result.status == .onTrack)
    }

    @Test("without a declared frequency: the baseline's granularity, else the latest figure's")
    func inferredGranularity() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021-Q1", 101), ("2021-Q2", 103)])
        // G is the baseline's year; a metric without a unit has no combine rule, so the
        // quarters are not used, and the evaluation says why.
        let result = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        #expect(result.granularity == .year)
        #expect(result.points.isEmpty)
        #expect(result.status == .noData)
        #expect(result.aggregationNotes == [.finerFiguresNotCombined(.quarter)])
        #expect(result.partial == nil)

        let withoutBaseline = fixture.evaluate(goal(baseline: nil, .atLeast, .absolute(102, percent: false)))
        #expect(withoutBaseline.granularity == .quarter)
        #expect(withoutBaseline.current?.period == p("2021-Q2"))
        #expect(withoutBaseline.status == .achieved)
    }

    @Test("milestones are checked beside the road, never bend it: E and the status are the straight road's")
    func milestones() throws {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 112)])
        let straight = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false)))
        #expect(straight.expected == 105)
        #expect(straight.status == .onTrack)
        let milestone = Milestone(period: p("2021"), target: Target(comparator: .atLeast, value: .absolute(115, percent: false)))
        let withMilestone = fixture.evaluate(goal(.atLeast, .absolute(120, percent: false), milestones: [milestone]))
        // E = B + (T − B) × f = 100 + 20 × 0,25 = 105, as without the milestone: 112 is on the road.
        #expect(withMilestone.road.map(\.value) == [100, 120])
        #expect(withMilestone.expected == 105)
        #expect(withMilestone.status == .onTrack)
        // The milestone is reported beside the status: 112 fell short of 115.
        #expect(withMilestone.milestones.first?.value == 115)
        #expect(withMilestone.milestones.first?.met == false)
    }

    @Test("relative milestones resolve against the baseline")
    func relativeMilestone() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2022", 104)])
        let milestone = Milestone(period: p("2022"), target: Target(comparator: .atLeast, value: .relativePercent(5)))
        let result = fixture.evaluate(goal(.atLeast, .relativePercent(10), milestones: [milestone]))
        #expect(result.milestones.first?.value == 105)
        #expect(result.milestones.first?.met == false)
        #expect(result.expected == 105)
        #expect(result.status == .offTrack || result.status == .atRisk)
    }
}

@Suite("Evaluation: all goals, diff, fail-on")
struct EvaluationSetTests {
    @Test("a set looks goals up by id and counts statuses")
    func set() {
        var fixture = workedExample()
        fixture.goals.append(goal(id: "vaag", metric: nil))
        let set = EvaluationSet(model: fixture.model, asOf: .latest)
        #expect(set["meer-online"]?.status == .onTrack)
        #expect(set["vaag"]?.status == .notEvaluable)
        #expect(set["nope"] == nil)
        #expect(set.counts == [.onTrack: 1, .notEvaluable: 1])
        #expect(set.byStatus.map(\.goal.id) == ["meer-online", "vaag"])
    }

    @Test("diff lists goals whose status or figure changed between two periods, with how far the figure moved")
    func diff() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 106), ("2022", 121)])
        fixture.goals = [goal(id: "a", .atLeast, .absolute(120, percent: false)), goal(id: "b", .atLeast, .absolute(101, percent: false))]
        let diff = EvaluationDiff(model: fixture.model, from: .period(p("2021")), to: .period(p("2022")))
        #expect(diff.changes.map(\.goalID) == ["a", "b"])
        #expect(diff.changes.first?.before?.status == .onTrack)
        #expect(diff.changes.first?.after?.status == .achieved)
        let figureOnly = diff.changes[1]
        #expect(figureOnly.before?.status == figureOnly.after?.status)
        #expect(figureOnly.figureBefore == 106 && figureOnly.figureAfter == 121 && figureOnly.figureChange == 15)
        let same = EvaluationDiff(model: fixture.model, from: .period(p("2022")), to: .period(p("2022")))
        #expect(same.changes.isEmpty)
    }

    @Test("--fail-on: a threshold fails on itself and anything worse")
    func failOn() {
        #expect(GoalStatus.missed.fails(threshold: .atRisk))
        #expect(GoalStatus.overdue.fails(threshold: .offTrack))
        #expect(!GoalStatus.overdue.fails(threshold: .missed))
        #expect(GoalStatus.missed.fails(threshold: .overdue))
        #expect(!GoalStatus.offTrack.fails(threshold: .overdue))
        #expect(GoalStatus.atRisk.fails(threshold: .atRisk))
        #expect(!GoalStatus.atRisk.fails(threshold: .offTrack))
        #expect(!GoalStatus.noData.fails(threshold: .atRisk))
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 100), ("2021", 101), ("2022", 102)])
        fixture.goals = [goal(.atLeast, .absolute(120, percent: false))]
        let set = EvaluationSet(model: fixture.model, asOf: .latest)
        #expect(set.fails(threshold: .offTrack))
        #expect(!set.fails(threshold: .missed))
    }
}
