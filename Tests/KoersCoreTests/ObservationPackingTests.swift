import KoersCore
import PropertyBased
import Testing

/// A figure is packed into 24 bytes; what goes in must come out, and compare as before.
@Suite("Observation: packing")
struct ObservationPackingTests {
    @Test func twoMillionFiguresTakeTwentyFourBytesEach() {
        #expect(MemoryLayout<Observation>.stride == 24)
    }

    @Test func everyFieldRoundTrips() async {
        await propertyCheck(
            input: Gen.int(in: -1...4_000_000), Gen.int(in: -1...70_000), Gen.bool, Gen.int(in: -2...1_000_000), Gen.int(in: 0...3)
        ) { row, column, provisional, number, kind in
            let value: Double? = switch kind {
            case 0: nil
            case 1: Double(number) / 7
            case 2: -Double(number)
            default: .infinity
            }
            let provenance = Provenance(source: Int32(clamping: number % 5), row: Int32(row), column: Int32(column))
            let period = Period(year: 2000 + number % 30, granularity: .quarter, index: 1 + number % 4)!
            var figure = Observation(period: period, value: value, provisional: provisional, provenance: provenance)
            #expect(figure.period == period)
            #expect(figure.value == value)
            #expect(figure.provisional == provisional)
            #expect(figure.provenance == provenance)
            figure.provisional.toggle()
            #expect(figure.provenance == provenance)
            #expect(figure.value == value)
            figure.provenance.row += 1
            #expect(figure.provisional != provisional)
            #expect(figure.provenance.column == Int32(column))
        }
    }

    @Test func derivedProvenanceAndMissingValueSurvivePacking() {
        let period = Period.year(2020)!
        let figure = Observation(period: period, value: nil, provisional: true, provenance: .derived)
        #expect(figure.provenance.isDerived)
        #expect(figure.provenance == .derived)
        #expect(figure.value == nil)
        #expect(figure.provisional)
        // Missing is not zero, and NaN from arithmetic is a value, not "missing".
        #expect(Observation(period: period, value: 0, provenance: .derived).value == 0)
        #expect(Observation(period: period, value: .nan, provenance: .derived).value?.isNaN == true)
    }

    @Test func equalityIsByMeaning() {
        let period = Period.year(2021)!
        let at = Provenance(source: 0, row: 2, column: 3)
        #expect(Observation(period: period, value: 0.0, provenance: at) == Observation(period: period, value: -0.0, provenance: at))
        #expect(Observation(period: period, value: nil, provenance: at) != Observation(period: period, value: 0, provenance: at))
        #expect(Observation(period: period, value: 1, provisional: true, provenance: at) != Observation(period: period, value: 1, provenance: at))
        let set: Set = [Observation(period: period, value: 0.0, provenance: at), Observation(period: period, value: -0.0, provenance: at)]
        #expect(set.count == 1)
    }
}

@Suite("Array: spare capacity")
struct SpareCapacityTests {
    @Test func aGrownArrayIsCopiedToItsLengthAndKeepsItsElements() async {
        await propertyCheck(input: Gen.int(in: 0...5_000)) { count in
            var grown: [Int] = []
            for value in 0..<count { grown.append(value * 3) }
            let trimmed = grown.trimmedToFit()
            #expect(trimmed == grown)
            // malloc rounds a block up to its size class, which gives a small array one or two
            // elements more than asked (6 Ints get room for 7): that is not spare capacity kept.
            #expect(trimmed.capacity <= count + count / 8 + 2)
        }
    }
}

/// An evaluation keeps the model's goal array, not a copy of its goal: 41,040 copies of 232
/// bytes were 9.5 MB of the national monitor's peak.
@Suite("Evaluation: the goal it keeps")
struct EvaluationGoalSharingTests {
    @Test func everyEvaluationReadsItsOwnGoalFromTheSharedArray() {
        var fixture = EvaluationFixture()
        fixture.add("m", [("2020", 10), ("2021", 12)])
        fixture.goals = (1...600).map { number in
            Goal(id: "g\(number)", title: "Doel \(number)", metric: SeriesKey(metric: "m"), baseline: Baseline(period: Period.year(2020)),
                 target: Target(comparator: .atLeast, value: .absolute(Double(number), percent: false)), deadline: Period.year(2030))
        }
        let set = EvaluationSet(model: fixture.model, asOf: .latest)
        #expect(set.evaluations.map(\.goal) == fixture.goals)
        #expect(set["g321"]?.goal.title == "Doel 321")
        let single = Evaluator(model: fixture.model).evaluate(fixture.goals[320], asOf: .latest)
        #expect(single.goal == fixture.goals[320])
        #expect(single.status == set["g321"]?.status)
        #expect(MemoryLayout<GoalEvaluation>.stride < MemoryLayout<Goal>.stride + 300)
    }

    @Test func aChangedCopyLeavesTheEvaluationItCameFrom() {
        let goal = Goal(id: "g", title: "Doel", metric: SeriesKey(metric: "m"), baseline: Baseline(period: Period.year(2020)),
                        target: Target(comparator: .atLeast, value: .absolute(5, percent: false)), deadline: Period.year(2030))
        var original = GoalEvaluation(goal: goal, status: .onTrack)
        original.gaps = [.deadline]
        var copy = original
        copy.status = .atRisk
        copy.gaps.append(.baseline)
        #expect(original.status == .onTrack)
        #expect(original.gaps == [.deadline])
        #expect(copy.status == .atRisk)
        #expect(copy.gaps == [.deadline, .baseline])
        // One reference: the dashboard's sorted copy of 41,040 evaluations moves 8 bytes each.
        #expect(MemoryLayout<GoalEvaluation>.stride == MemoryLayout<Int>.stride)
        // The goal file's location boxed, the mark beside the period: three or more per evaluation.
        #expect(MemoryLayout<EvaluationPoint>.stride == 32)
    }
}
