import KoersCore
import PropertyBased
import Testing

/// The contract's "Sustained": a grade, `>= 7,5` every year from the baseline 2021, by 2026.
func sustainedExample(_ extra: [(String, Double?)] = []) -> (EvaluationFixture, Goal) {
    var fixture = EvaluationFixture()
    fixture.metrics = [Metric(id: "m", unit: .grade, frequency: .year)]
    fixture.add("m", [("2022", 7.6), ("2023", 7.4), ("2024", 7.7)] + extra)
    var sustained = goal(baseline: "2021", .atLeast, .absolute(7.5, percent: false), deadline: "2026")
    sustained.target?.sustained = true
    return (fixture, sustained)
}

@Suite("Sustained targets: every figure must meet the target")
struct SustainedTests {
    @Test("the contract's example: off-track as of 2023, at-risk as of 2024, missed as of 2027")
    func example() {
        let (fixture, goal) = sustainedExample()
        let as2023 = fixture.evaluate(goal, asOf: .period(p("2023")))
        #expect(as2023.status == .offTrack)
        #expect(as2023.shortfalls.map(\.period) == [p("2023")])
        #expect(as2023.progress == nil && as2023.projection == nil && as2023.reached == nil)
        let as2024 = fixture.evaluate(goal, asOf: .period(p("2024")))
        #expect(as2024.status == .atRisk)
        let as2027 = fixture.evaluate(goal, asOf: .period(p("2027")))
        #expect(as2027.status == .missed)
        #expect(as2027.shortfalls.map(\.period) == [p("2023")])
        #expect(fixture.evaluate(goal, asOf: .period(p("2022"))).status == .onTrack)
    }

    @Test("past the deadline without a shortfall: achieved with a figure for the deadline, else overdue")
    func pastTheDeadline() {
        var (fixture, goal) = sustainedExample()
        goal.target?.value = .absolute(7.3, percent: false)
        #expect(fixture.evaluate(goal, asOf: .period(p("2027"))).status == .overdue)
        let (complete, _) = sustainedExample([("2025", 7.8), ("2026", 7.9)])
        #expect(complete.evaluate(goal, asOf: .period(p("2027"))).status == .achieved)
    }

    @Test("an ongoing obligation needs no deadline, but it needs a baseline")
    func noDeadline() {
        var (fixture, goal) = sustainedExample()
        goal.deadline = nil
        goal.target?.value = .absolute(7, percent: false)
        let result = fixture.evaluate(goal, asOf: .today(date("2026-12-07")))
        #expect(result.gaps.isEmpty)
        #expect(result.status == .onTrack)
        goal.baseline = nil
        let without = fixture.evaluate(goal, asOf: .today(date("2026-12-07")))
        #expect(without.status == .notEvaluable)
        #expect(without.gaps == [.baseline])
    }

    @Test("a figure exactly on the target meets it (the tolerance)")
    func tie() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 8.2), ("2021", 7.79), ("2022", 7.7)])
        var lower = goal(.atMost, .relativePercent(-5), deadline: nil)
        lower.target?.sustained = true
        #expect(fixture.evaluate(lower, asOf: .latest).status == .onTrack)
    }

    @Test("a sustained goal is achieved only if no figure fell short; on track only if none did")
    func neverContradicts() async {
        await propertyCheck(count: 300, input: Gen.int(in: -1...10).array(of: 0...9), Gen.int(in: 0...10), Gen.int(in: 1...9), Gen.int(in: 0...10)) {
            values, target, years, asOf in
            var fixture = EvaluationFixture()
            fixture.add("m", values.enumerated().map { ("\(2020 + $0.offset)", $0.element < 0 ? nil : Double($0.element)) })
            var sustained = goal(.atLeast, .absolute(Double(target), percent: false), deadline: "\(2020 + years)")
            sustained.target?.sustained = true
            let result = fixture.evaluate(sustained, asOf: .period(p("\(2020 + asOf)")))
            let deadlineEnd = Double(2021 + years)
            let window = result.points.filter { $0.t <= deadlineEnd }
            let short = window.filter { $0.value < Double(target) }
            switch result.status {
            case .achieved, .onTrack, .overdue: #expect(short.isEmpty)
            case .missed: #expect(!short.isEmpty)
            case .offTrack: #expect(window.last.map { $0.value < Double(target) } == true)
            case .atRisk: #expect(!short.isEmpty && window.last.map { $0.value >= Double(target) } == true)
            case .noData: #expect(result.points.isEmpty)
            case .notEvaluable, .pending: Issue.record("\(result.status) for a sustained goal with a baseline")
            }
            #expect(result.shortfalls == short)
        }
    }
}

@Suite("Sustained targets in the check")
struct SustainedCheckTests {
    @Test("no deadline is no error for a sustained target; holding a level met at the baseline is its point")
    func ongoingObligation() {
        let holding = CheckFixtures.spoiled { goal in
            goal.deadline = nil
            goal.target = Target(comparator: .atLeast, value: .absolute(40000, percent: false), sustained: true)
        }
        let codes = CheckFixtures.codes(holding)
        #expect(!codes.contains(.noDeadline))
        #expect(!codes.contains(.alreadyMet))
        let plain = CheckFixtures.spoiled { goal in
            goal.deadline = nil
            goal.target = Target(comparator: .atLeast, value: .absolute(40000, percent: false))
        }
        #expect(CheckFixtures.codes(plain).contains(.noDeadline))
    }

    @Test("without a baseline a sustained target cannot be judged: an error, as status says")
    func needsABaseline() {
        let goal = CheckFixtures.spoiled { goal in
            goal.baseline = nil
            goal.target = Target(comparator: .atLeast, value: .absolute(40000, percent: false), sustained: true)
        }
        let finding = CheckFixtures.findings(goal).first { $0.rule == .noBaseline }
        #expect(finding?.severity == .error)
        let model = CheckFixtures.model(goals: [goal], figures: CheckFixtures.requestFigures)
        #expect(Evaluator(model: model).evaluate(goal, asOf: .today(date("2026-12-07"))).status == .notEvaluable)
    }
}

@Suite("A change in the metric's own unit")
struct ChangeTargetTests {
    @Test("2.400 homes more than in 2022: T = B + 2400, judged like any goal on the road")
    func homes() throws {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "m", unit: .count, frequency: .year)]
        fixture.add("m", [("2022", 10000), ("2023", 10900), ("2024", 11700)])
        let result = fixture.evaluate(goal(baseline: "2022", .atLeast, .change(2400), deadline: "2026"), asOf: .latest)
        #expect(result.target == 12400)
        // f = (2025 − 2023) / (2027 − 2023) = 0.5, E = 11200 ≤ 11700.
        #expect(result.expected == 11200)
        #expect(result.status == .onTrack)
        #expect(abs(try #require(result.progress) - 1700.0 / 2400) < 1e-12)
        // Without a baseline a change has nothing to be relative to.
        let without = fixture.evaluate(goal(baseline: nil, .atLeast, .change(2400), deadline: "2026"), asOf: .latest)
        #expect(without.gaps.contains(.baselineForRelativeTarget))
        // Lower is better: 300 fewer.
        let fewer = fixture.evaluate(goal(baseline: "2022", .atMost, .change(-300), deadline: "2026"), asOf: .latest)
        #expect(fewer.target == 9700)
        #expect(fewer.status == .offTrack)
    }
}

@Suite("Cumulative targets: the running total must reach the target")
struct CumulativeTests {
    static func homes(_ figures: [(String, Double?)] = [("2023", 310), ("2024", 420), ("2025", 380)]) -> (EvaluationFixture, Goal) {
        var fixture = EvaluationFixture()
        fixture.metrics = [Metric(id: "woningen_opgeleverd", unit: .count, frequency: .year)]
        fixture.add("woningen_opgeleverd", figures)
        let target = Target(comparator: .atLeast, value: .absolute(2400, percent: false), cumulative: true)
        let goal = Goal(id: "woningen", title: "2.400 woningen in 2023–2028", metric: SeriesKey(metric: "woningen_opgeleverd"),
                        baseline: Baseline(period: p("2022")), target: target, deadline: p("2028"))
        return (fixture, goal)
    }

    @Test("the contract's example, exactly: off-track as of 2025, reached in 2029")
    func example() throws {
        let (fixture, goal) = Self.homes()
        let result = fixture.evaluate(goal, asOf: .period(p("2025")))
        #expect(result.points.map(\.value) == [310, 730, 1110])
        #expect(result.baseline?.value == 0)
        #expect(result.elapsed == 0.5)
        #expect(result.expected == 1200)
        #expect(result.current?.value == 1110)
        #expect(abs(try #require(result.projection?.slope) - 375) < 1e-9)
        #expect(abs(try #require(result.projected) - 2225) < 1e-9)
        #expect(result.status == .offTrack)
        #expect(abs(try #require(result.progress) - 0.4625) < 1e-12)
        #expect(abs(try #require(result.reachedMoment) - 2029.4667) < 5e-5)
        #expect(result.reached == p("2029"))
    }

    @Test("a missing period stops the total; figures after the deadline do not count")
    func gapsAndDeadline() {
        let (gappy, goal) = Self.homes([("2023", 310), ("2024", nil), ("2025", 380)])
        #expect(gappy.evaluate(goal, asOf: .period(p("2025"))).points.map(\.value) == [310])
        let (late, _) = Self.homes([("2023", 500), ("2024", 500), ("2025", 500), ("2026", 500), ("2027", 300), ("2028", 500), ("2029", 900)])
        let result = late.evaluate(goal, asOf: .period(p("2029")))
        #expect(result.points.last?.value == 2800)
        #expect(result.judged?.value == 2800)
        #expect(result.status == .achieved)
    }

    @Test("without a baseline a total has no start")
    func needsABaseline() {
        var (fixture, goal) = Self.homes()
        goal.baseline = nil
        #expect(fixture.evaluate(goal, asOf: .latest).gaps.contains(.baselineForRelativeTarget))
    }
}
