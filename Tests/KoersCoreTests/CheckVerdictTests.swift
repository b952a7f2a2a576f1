import Testing
@testable import KoersCore

private typealias F = CheckFixtures

/// The cases where `status` and `check` used to disagree about one goal, and the slips a
/// target's metric gives away.
@Suite("Check: verdict cases")
struct CheckVerdictTests {
    /// The Almelo budget goal after `set meer-volume-online target >= +10% by 2024`: an escape
    /// clause in the title, a relative target, a baseline, a deadline.
    static let almeloGoal = Goal(
        id: "meer-volume-online",
        title: "bij diensten waar dat kan en wenselijk is er gemiddeld 10% meer volume online wordt afgenomen dan in 2020",
        source: DocumentReference(document: "Programmabegroting 2021"), metric: SeriesKey(metric: "digitale_aanvragen"),
        baseline: Baseline(period: F.year(2020)), target: Target(comparator: .atLeast, value: .relativePercent(10)),
        deadline: F.year(2024))

    /// Behind the road to 54.477,5 and heading away from it.
    static let falling: [Int: Double?] = [2020: 49525, 2021: 49000, 2022: 48500]

    func verdict(_ goal: Goal, figures: [Int: Double?], asOf: AsOf = .latest) -> (GoalEvaluation, GoalCheckResult?) {
        let model = F.model(goals: [goal], figures: figures)
        let options = CheckOptions(today: F.today, asOf: asOf, wordLists: F.wordLists)
        return (Evaluator(model: model).evaluate(goal, asOf: asOf), VagueGoalCheck.report(for: model, options: options).results.first)
    }

    @Test func anEscapeClauseMakesAJudgedGoalWeakNotUnjudgeable() throws {
        let (evaluation, check) = verdict(Self.almeloGoal, figures: Self.falling)
        #expect(evaluation.status == .offTrack)
        let result = try #require(check)
        #expect(result.verdict == .weak)
        let scope = try #require(result.findings.first { $0.rule == .vagueScope })
        #expect(scope.severity == .warning)
        #expect(scope.span?.text == "waar dat kan en wenselijk is")
    }

    @Test func clearingTheBaselineOfAnAbsoluteGoalIsOneVerdict() throws {
        var goal = Self.almeloGoal
        goal.baseline = nil
        goal.target = Target(comparator: .atLeast, value: .absolute(55000, percent: false))
        let (evaluation, check) = verdict(goal, figures: Self.falling)
        #expect(evaluation.status == .notEvaluable)
        #expect(evaluation.gaps == [.baseline])
        let result = try #require(check)
        #expect(result.verdict == .cannotBeEvaluated)
        #expect(result.verdictText == LocalizedText(en: "cannot be evaluated: no baseline", nl: "niet te beoordelen: geen nulmeting"))
        #expect(result.findings.filter { $0.severity == .error }.map(\.rule) == [.noBaseline])

        // Once a figure meets the target the goal is judged (achieved): then it is only weak.
        let (met, metCheck) = verdict(goal, figures: [2020: 49525, 2022: 56000])
        #expect(met.status == .achieved)
        #expect(metCheck?.verdict == .weak)
        #expect(metCheck?.findings.first { $0.rule == .noBaseline }?.severity == .warning)
    }

    @Test func clearingTheBaselineOfARelativeGoalNamesTheRelativeTarget() throws {
        var goal = Self.almeloGoal
        goal.baseline = nil
        let (evaluation, check) = verdict(goal, figures: Self.falling)
        #expect(evaluation.gaps == [.baselineForRelativeTarget])
        #expect(check?.verdictText.en == "cannot be evaluated: relative target without a baseline")
        #expect(check?.findings.first { $0.severity == .error }?.rule == .noBaseline)
    }

    @Test func aMissingBaselineFigureIsMissingDataNotAnUnjudgeableGoal() throws {
        var goal = Self.almeloGoal
        goal.baseline = Baseline(period: F.year(2016))
        let (evaluation, check) = verdict(goal, figures: Self.falling)
        #expect(evaluation.status == .noData)
        #expect(check?.verdict == .weak)
        #expect(check?.findings.first { $0.rule == .noBaseline }?.severity == .warning)
    }

    @Test func aWaiverDoesNotMakeAnUnjudgeableGoalJudgeable() throws {
        var goal = Self.almeloGoal
        goal.deadline = nil
        goal.waivers = [Waiver(rule: "no-deadline", reason: "Bewust open gelaten")]
        let (evaluation, check) = verdict(goal, figures: Self.falling)
        #expect(evaluation.status == .notEvaluable)
        let result = try #require(check)
        #expect(result.verdict == .cannotBeEvaluated)
        #expect(result.findings.first { $0.rule == .noDeadline }?.isWaived == false)
    }

    @Test func staleDataIsJudgedAtThePeildatum() {
        var goal = Self.almeloGoal
        goal.deadline = F.year(2027)
        let figures: [Int: Double?] = [2019: 30416, 2020: 49525]
        // In November 2026 a figure for 2020 is long overdue; as of 2021 it is the latest there can be.
        #expect(verdict(goal, figures: figures).1?.findings.contains { $0.rule == .staleData } == true)
        #expect(verdict(goal, figures: figures, asOf: .period(F.year(2021))).1?.findings.contains { $0.rule == .staleData } == false)
        // A deadline that had not passed as of the peildatum is not reported as passed.
        goal.deadline = F.year(2022)
        #expect(verdict(goal, figures: figures).1?.findings.contains { $0.rule == .deadlinePassed } == true)
        #expect(verdict(goal, figures: figures, asOf: .period(F.year(2021))).1?.findings.contains { $0.rule == .deadlinePassed } == false)
    }

    @Test func explainCallsOnlyTheRulesThatReportAGapErrors() {
        let gaps: [EvaluationGap] = [
            .series, .target, .qualitativeTarget("goed"), .comparator, .baselineForRelativeTarget, .baselineForBenchmarkTarget, .baseline, .deadline, .deadlineNotAfterBaseline,
        ]
        let stopping = Set(gaps.map(\.rule))
        for rule in CheckRule.allCases {
            #expect((RuleCatalog.explanation(rule).severity == .error) == stopping.contains(rule), "\(rule)")
        }
        // Every gap has its own code and words, in both languages.
        #expect(Set(gaps.map(\.code)).count == gaps.count)
        #expect(Set(gaps.map(\.reason.en)).count == gaps.count && Set(gaps.map(\.reason.nl)).count == gaps.count)
    }

    // MARK: Slips a metric gives away

    static let count = Metric(id: "digitale_aanvragen", unit: .count)
    static let grade = Metric(id: "waardering", unit: .grade)

    @Test func aPercentageOnACountAsksForTheForgottenPlus() throws {
        let advice = try #require(TargetAdvice.advice(
            for: Target(comparator: .atLeast, value: .absolute(10, percent: true)), goalID: "meer", metricID: "digitale_aanvragen", unit: .count))
        #expect(advice.message.en == "goal meer: `>= 10%` on digitale_aanvragen (a count) is judged as the number >= 10, not as a change; did you mean `+10%`?")
        #expect(advice.message.nl == "doel meer: `>= 10%` op digitale_aanvragen (een aantal) wordt beoordeeld als het getal >= 10, niet als verandering; bedoelde u `+10%`?")
        let fewer = try #require(TargetAdvice.advice(
            for: Target(comparator: .atMost, value: .absolute(7.5, percent: true)), goalID: "minder", metricID: "kosten", unit: .euro))
        #expect(fewer.message.en.hasSuffix("did you mean `-7.5%`?"))
        #expect(fewer.message.nl.hasSuffix("bedoelde u `-7,5%`?"))
        // On a percentage `>= 10%` is what it says; `+10%` is already a change.
        #expect(TargetAdvice.advice(for: Target(comparator: .atLeast, value: .absolute(10, percent: true)), goalID: "g", metricID: "m", unit: .percent) == nil)
        #expect(TargetAdvice.advice(for: Target(comparator: .atLeast, value: .relativePercent(10)), goalID: "g", metricID: "m", unit: .count) == nil)
    }

    @Test func aGradeOffItsScaleIsSaidSo() throws {
        let above = try #require(TargetAdvice.advice(
            for: Target(comparator: .atLeast, value: .absolute(11, percent: false)), goalID: "tevreden", metricID: "waardering", unit: .grade))
        #expect(above.message.en.contains("`>= 11` is above the scale of waardering, a grade from 1 to 10"))
        #expect(above.message.nl.contains("`>= 11` ligt boven de schaal van waardering, een rapportcijfer van 1 tot 10"))
        let below = try #require(TargetAdvice.advice(
            for: Target(comparator: .atMost, value: .absolute(0.5, percent: false)), goalID: "g", metricID: "waardering", unit: .grade))
        #expect(below.message.en.contains("below the scale"))
        #expect(TargetAdvice.advice(for: Target(comparator: .atLeast, value: .absolute(7.5, percent: false)), goalID: "g", metricID: "m", unit: .grade) == nil)
        #expect(TargetAdvice.advice(for: Target(comparator: .atLeast, value: .absolute(10, percent: false)), goalID: "g", metricID: "m", unit: .grade) == nil)
    }

    @Test func theDiagnosticsOfAGoalCoverItsTargetAndMilestones() {
        let goal = Goal(
            id: "tevreden", title: "Klanten waarderen ons met minimaal een 11", metric: SeriesKey(metric: "waardering"),
            target: Target(comparator: .atLeast, value: .absolute(11, percent: false)), deadline: F.year(2026),
            milestones: [Milestone(period: F.year(2024), target: Target(comparator: .atLeast, value: .absolute(7, percent: false)))],
            location: SourceLocation(file: "doelen.koers", line: 3, column: 1))
        let diagnostics = TargetAdvice.diagnostics(for: goal, metric: Self.grade)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == goal.location)
        #expect(TargetAdvice.diagnostics(in: GoalModel(metrics: [Self.grade], goals: [goal])) == diagnostics)
        #expect(TargetAdvice.diagnostics(in: GoalModel(metrics: [], goals: [goal])).isEmpty, "an undeclared metric has no scale")
    }
}
