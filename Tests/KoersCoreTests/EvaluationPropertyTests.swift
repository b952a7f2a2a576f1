import KoersCore
import PropertyBased
import Testing

/// The status never contradicts the figures it was derived from (docs/evaluation.md, "Status").
@Suite("Evaluation: properties")
struct EvaluationPropertyTests {
    /// A yearly series from 2020 (the baseline) with `values[i]` for 2020 + i; −1 is a missing figure.
    static func fixture(_ values: [Int]) -> EvaluationFixture {
        var fixture = EvaluationFixture()
        fixture.add("m", values.enumerated().map { ("\(2020 + $0.offset)", $0.element < 0 ? nil : Double($0.element)) })
        return fixture
    }

    static func check(_ result: GoalEvaluation, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.gaps.isEmpty == (result.status != .notEvaluable), sourceLocation: sourceLocation)
        #expect((result.noDataReason != nil) == (result.status == .noData), sourceLocation: sourceLocation)
        let d = result.direction ?? 1
        let asOfEnd = result.asOf?.t ?? -.infinity
        switch result.status {
        case .achieved:
            let point = result.judged ?? result.current
            #expect(point.flatMap { result.meets($0.value) } == true, sourceLocation: sourceLocation)
        case .missed:
            #expect(result.judged.flatMap { result.meets($0.value) } == false, sourceLocation: sourceLocation)
            #expect(result.judged.map { Tolerance.equal($0.t, result.deadline?.end ?? .nan) } == true, sourceLocation: sourceLocation)
            #expect(Tolerance.atLeast(asOfEnd, result.deadline?.end ?? .infinity), sourceLocation: sourceLocation)
        case .overdue:
            // No figure for the deadline's period, and the last before it (if any) falls short.
            #expect(result.judged.flatMap { result.meets($0.value) } != true, sourceLocation: sourceLocation)
            #expect(result.judged.map { Tolerance.below($0.t, result.deadline?.end ?? .nan) } != false, sourceLocation: sourceLocation)
            #expect(Tolerance.atLeast(asOfEnd, result.deadline?.end ?? .infinity), sourceLocation: sourceLocation)
        case .pending:
            #expect(result.isBinary, sourceLocation: sourceLocation)
            #expect(result.current.flatMap { result.meets($0.value) } == false, sourceLocation: sourceLocation)
            #expect(asOfEnd < (result.deadline?.end ?? -.infinity), sourceLocation: sourceLocation)
        case .onTrack, .atRisk, .offTrack:
            guard let current = result.current, let expected = result.expected else {
                Issue.record("\(result.status) without current or expected", sourceLocation: sourceLocation)
                return
            }
            #expect(result.meets(current.value) == false, sourceLocation: sourceLocation)
            #expect(asOfEnd < (result.deadline?.end ?? -.infinity), sourceLocation: sourceLocation)
            let ahead = d * (current.value - expected) >= 0
            let projectionMeets = result.projected.flatMap(result.meets) == true
            switch result.status {
            case .onTrack: #expect(ahead, sourceLocation: sourceLocation)
            case .atRisk: #expect(!ahead && projectionMeets, sourceLocation: sourceLocation)
            default: #expect(!ahead && !projectionMeets, sourceLocation: sourceLocation)
            }
        case .noData:
            #expect(result.current == nil || result.baseline == nil, sourceLocation: sourceLocation)
        case .notEvaluable:
            break
        }
        if let projection = result.projection, let deadline = result.deadline, let projected = result.projected {
            let contract = projection.intercept + projection.slope * deadline.end
            #expect(abs(contract - projected) <= 1e-6 * max(1, abs(projected)), sourceLocation: sourceLocation)
            // A line heading for the target may cross it beyond any representable period (a
            // nearly flat line): then there is no ETA either.
            if result.reached != nil { #expect(d * projection.slope > 0, sourceLocation: sourceLocation) }
            if d * projection.slope <= 0 { #expect(result.reached == nil, sourceLocation: sourceLocation) }
        }
        if let progress = result.progress, let current = result.current, result.meets(current.value) == true,
            !result.maintainsLevel
        {
            #expect(progress >= 1 - 1e-9, sourceLocation: sourceLocation)
        }
    }

    @Test("numeric goals, both directions, any as-of period")
    func numericGoals() async {
        await propertyCheck(
            count: 400,
            input: Gen.int(in: -1...200).array(of: 0...8), Gen.int(in: 0...250), Gen.bool,
            Gen.int(in: 1...8), Gen.int(in: 0...10)
        ) { values, target, lowerIsBetter, years, asOfOffset in
            let fixture = Self.fixture(values)
            let goal = goal(
                lowerIsBetter ? .atMost : .atLeast, .absolute(Double(target), percent: false), deadline: "\(2020 + years)"
            )
            Self.check(fixture.evaluate(goal))
            Self.check(fixture.evaluate(goal, asOf: "\(2020 + asOfOffset)"))
        }
    }

    @Test("relative targets and milestones")
    func relativeWithMilestones() async {
        await propertyCheck(
            count: 300,
            input: Gen.int(in: 1...200).array(of: 1...8), Gen.int(in: -50...50), Gen.int(in: 1...3), Gen.int(in: 0...300)
        ) { values, percent, milestoneYear, milestoneValue in
            let fixture = Self.fixture(values)
            let milestone = Milestone(
                period: p("\(2020 + milestoneYear)"),
                target: Target(comparator: .atLeast, value: .absolute(Double(milestoneValue), percent: false))
            )
            let comparator: Comparator = percent < 0 ? .atMost : .atLeast
            let goal = goal(comparator, .relativePercent(Double(percent)), deadline: "2025", milestones: [milestone])
            Self.check(fixture.evaluate(goal))
        }
    }

    @Test("binary goals")
    func binaryGoals() async {
        await propertyCheck(count: 200, input: Gen.int(in: -1...1).array(of: 0...6), Gen.bool, Gen.int(in: 0...8)) { values, yes, asOf in
            let fixture = Self.fixture(values)
            let result = fixture.evaluate(goal(.equals, .yesNo(yes)), asOf: "\(2020 + asOf)")
            Self.check(result)
            #expect(result.status != .onTrack && result.status != .atRisk && result.status != .offTrack)
        }
    }

    @Test("as of A, later figures make no difference")
    func asOfIgnoresLaterFigures() async {
        await propertyCheck(count: 300, input: Gen.int(in: -1...200).array(of: 1...8), Gen.int(in: 0...7), Gen.int(in: 0...250)) { values, cut, target in
            let asOf = "\(2020 + cut)"
            let full = Self.fixture(values)
            let truncated = Self.fixture(Array(values.prefix(cut + 1)))
            let goal = goal(.atLeast, .absolute(Double(target), percent: false))
            let a = full.evaluate(goal, asOf: asOf)
            let b = truncated.evaluate(goal, asOf: asOf)
            #expect(a.status == b.status)
            #expect(a.current == b.current)
            #expect(a.projected == b.projected)
            #expect(a.reached == b.reached)
        }
    }

    @Test("quarters of a yearly count metric, judged today: the status never contradicts the figures")
    func quartersJudgedToday() async {
        await propertyCheck(
            count: 300,
            input: Gen.int(in: -1...60).array(of: 0...20), Gen.int(in: 100...260), Gen.int(in: 1...6), Gen.int(in: 1...12),
            Gen.int(in: 0...8)
        ) { quarters, target, years, month, year in
            var fixture = EvaluationFixture()
            fixture.metrics = [Metric(id: "m", unit: .count, frequency: .year)]
            fixture.add("m", [("2020", 100)] + quarters.enumerated().map { index, value in
                (Period(year: 2021 + index / 4, granularity: .quarter, index: index % 4 + 1)!.description, value < 0 ? nil : Double(value))
            })
            let goal = goal(.atLeast, .absolute(Double(target), percent: false), deadline: "\(2020 + years)")
            let result = fixture.evaluate(goal, asOf: .today(CalendarDate(year: 2021 + year, month: month, day: 1)!))
            Self.check(result)
            // Every figure judged is a whole year, never a quarter or a year still running.
            for point in result.points {
                #expect(point.period.granularity == .year)
                #expect(Tolerance.atMost(point.t, result.asOf?.t ?? -.infinity))
            }
        }
    }
}
