import PropertyBased
import Testing
@testable import KoersCore

/// One verdict (docs/evaluation.md, "One verdict"): over random goals, `check` says "cannot be
/// evaluated" exactly when the status is `not-evaluable`, for the same reasons in the same words.
@Suite("Check: one verdict with the status")
struct CheckVerdictPropertyTests {
    /// A goal, the model it lives in, and the peildatum it is judged as of.
    struct Sample: Sendable, CustomStringConvertible {
        var goal: Goal
        var model: GoalModel
        var asOf: AsOf

        var description: String { "\(goal) as of \(asOf)" }
    }

    static let metrics = [
        Metric(id: "aanvragen", title: "Digitale aanvragen", unit: .count, source: "Zaaksysteem", frequency: .year, definition: "Aanvragen via e-formulieren"),
        Metric(id: "aandeel", title: "Aandeel online", unit: .percent, source: "Zaaksysteem", frequency: .year),
        Metric(id: "cijfer", title: "Waardering", unit: .grade, frequency: .year, definition: "Rapportcijfer klanttevredenheid"),
        Metric(id: "app", title: "App beschikbaar", unit: .yesNo, source: "Website"),
        Metric(id: "landelijk", title: "Landelijk gemiddelde", unit: .percent, source: "CBS", frequency: .year),
    ]

    /// Titles with and without the words the check reads: escape clauses, sets, judgement
    /// words, effort words, numbers and years.
    static let titles = [
        "Meer aanvragen online",
        "Bij diensten waar dat kan en wenselijk is 10% meer volume online dan in 2020",
        "In 2017 zijn al onze producten waar dit kan en mag digitaal te verkrijgen",
        "Onze klanten waarderen onze dienstverlening met de beoordeling goed",
        "Wij zetten in op het verbeteren van de dienstverlening, zoveel mogelijk digitaal",
        "Minimaal 90% van alle producten online in 2026",
        "Het aantal aanvragen stijgt van 49.525 in 2020 naar 55.000 in 2024",
    ]

    static let samples = Generator<Sample, Shrink.None<Sample>> { random in
        func pick<T>(_ options: [T]) -> T { options[Int.random(in: 0..<options.count, using: &random)] }
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
        let metricID: String? = pick(["aanvragen", "aandeel", "cijfer", "app", "onbekend", nil])
        let comparator: Comparator? = pick([.atLeast, .atLeast, .atMost, .equals, nil])
        let number = Double(Int.random(in: 0...120, using: &random))
        let offset: Benchmark.Offset? = pick([nil, .amount(number / 10 - 6), .percent(number - 60)])
        let value: TargetValue? = pick([
            .absolute(number, percent: chance(50)), .relativePercent(number - 60), .percentagePoints(number / 10 - 6),
            .change(number - 60), .benchmark(Benchmark(series: SeriesKey(metric: "landelijk"), offset: offset)),
            .yesNo(chance(50)), .qualitative("goed"), nil,
        ])
        // Every kind of target: sustained and cumulative ones too, also where a goal file
        // would refuse them, since the one verdict must hold for any goal the core is given.
        let sustained = chance(20)
        let target = value.map {
            Target(comparator: chance(90) ? comparator : nil, value: $0, sustained: sustained, cumulative: !sustained && chance(20))
        }
        let baselineYear = Int.random(in: 2018...2022, using: &random)
        let baseline: Baseline? = pick([
            nil, Baseline(period: .year(baselineYear)), Baseline(period: .year(baselineYear), value: Double(Int.random(in: 0...100, using: &random))),
        ])
        let deadline: Period? = chance(75) ? .year(Int.random(in: 2017...2028, using: &random)) : nil
        let waivers = chance(30) ? [Waiver(rule: pick(CheckRule.allCases).code, reason: "Afspraak in de raad")] : []
        let goal = Goal(
            id: "doel", title: pick(titles), owner: chance(50) ? "Team" : nil, metric: metricID.map { SeriesKey(metric: $0) },
            scope: chance(20) ? "De producten uit de catalogus 2021" : nil, baseline: baseline, target: target,
            deadline: deadline, waivers: waivers)

        var store = ObservationStore()
        if let metricID, chance(85) {
            let source = store.addSource(DataSource(path: "data.csv", kind: .csv, contentHash: "0"))
            let isYesNo = metricID == "app"
            let observations = (2016...2026).compactMap { year -> Observation? in
                guard chance(70) else { return nil }
                let figure: Double? = chance(10) ? nil : isYesNo ? Double(Int.random(in: 0...1, using: &random)) : Double(Int.random(in: 0...120, using: &random))
                return Observation(period: .year(year)!, value: figure, provenance: Provenance(source: source, row: Int32(year - 2014), column: 2))
            }
            store.append(observations, to: SeriesKey(metric: metricID))
        }
        if chance(70) {
            let source = store.addSource(DataSource(path: "cbs.csv", kind: .csv, contentHash: "1"))
            let benchmark = (2016...2026).compactMap { year -> Observation? in
                guard chance(70) else { return nil }
                return Observation(period: .year(year)!, value: Double(Int.random(in: 0...120, using: &random)),
                                   provenance: Provenance(source: source, row: Int32(year - 2014), column: 2))
            }
            store.append(benchmark, to: SeriesKey(metric: "landelijk"))
        }
        let asOf: AsOf
        if chance(40) {
            asOf = .period(.year(Int.random(in: 2016...2027, using: &random))!)
        } else if chance(50) {
            asOf = .today(CalendarDate(year: Int.random(in: 2016...2027, using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))!)
        } else {
            asOf = .latest
        }
        return Sample(goal: goal, model: GoalModel(metrics: metrics, goals: [goal], store: store), asOf: asOf)
    }

    @Test("check says cannot be evaluated exactly when the status is not-evaluable, with the same reasons")
    func oneVerdict() async {
        await propertyCheck(count: 1_000, input: Self.samples) { sample in
            let evaluation = Evaluator(model: sample.model).evaluate(sample.goal, asOf: sample.asOf)
            let options = CheckOptions(today: CheckFixtures.today, asOf: sample.asOf, wordLists: CheckFixtures.wordLists)
            let result = try #require(VagueGoalCheck.report(for: sample.model, options: options).results.first)

            #expect((result.verdict == .cannotBeEvaluated) == (evaluation.status == .notEvaluable), "\(sample)")
            let errors = result.findings.filter { $0.severity == .error }
            #expect(Set(errors.map(\.rule.code)) == Set(evaluation.gaps.map(\.rule.code)), "\(sample)")
            #expect(errors.compactMap(\.gap).count == errors.count, "every error names the gap it reports")
            #expect(Set(result.gaps) == Set(evaluation.gaps), "\(sample)")
            #expect(errors.allSatisfy { !$0.isWaived }, "a waiver never makes a goal evaluable")
            // The same words: the check's verdict line ends in the status line's reasons.
            if let reason = evaluation.notEvaluableReason {
                #expect(result.verdictText.en == "cannot be evaluated: " + reason.en)
                #expect(result.verdictText.nl == "niet te beoordelen: " + reason.nl)
            }
            // The shortcut `show` takes (one goal, its evaluation given) agrees with the report.
            let shown = VagueGoalCheck.findings(for: sample.goal, in: sample.model, options: options, evaluation: evaluation)
            #expect(shown == result.findings)
        }
    }
}

/// `check` reads a goal's gaps from its fields where they decide them (`Evaluator.gapsFromFields`);
/// wherever it does, they must be the evaluation's gaps, in the same order.
@Suite("Check: gaps from the fields")
struct GapsFromFieldsPropertyTests {
    @Test("gaps from the fields are the evaluation's gaps, when the fields decide them")
    func sameAsTheEvaluation() async {
        await propertyCheck(count: 1_000, input: CheckVerdictPropertyTests.samples) { sample in
            let evaluator = Evaluator(model: sample.model)
            guard let fromFields = evaluator.gapsFromFields(of: sample.goal) else { return }
            #expect(fromFields == evaluator.evaluate(sample.goal, asOf: sample.asOf).gaps, "\(sample)")
        }
    }

    @Test("a goal with a series, a target, a deadline and a baseline period needs no figures for its gaps")
    func completeGoalsNeedNoFigures() {
        let goal = Goal(id: "g", title: "Meer aanvragen online", metric: SeriesKey(metric: "aanvragen"), baseline: Baseline(period: .year(2020)),
                        target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: .year(2026))
        let model = GoalModel(metrics: CheckVerdictPropertyTests.metrics, goals: [goal], store: ObservationStore())
        #expect(Evaluator(model: model).gapsFromFields(of: goal) == [])
    }
}
