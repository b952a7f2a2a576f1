import Testing
@testable import KoersCore

/// The rules that look past one goal's own fields: a pace stated in words, how often the
/// council is informed, and goals that say otherwise about the same thing (issue 17).
@Suite("Check rules on the policy")
struct CheckPolicyRuleTests {
    typealias F = CheckFixtures

    static let asOfJune2021 = Period(year: 2021, granularity: .month, index: 6)!

    static let productShare = Metric(
        id: "aandeel_producten_digitaal", unit: .percent, frequency: .year,
        definition: "Producten met een e-formulier als deel van alle producten")

    /// One known value, 8,75% in 2021, and 90% by 2026: the Almelo goal with a stated pace.
    func ninetyPercentGoal(pace: StatedPace?) -> Goal {
        F.spoiled {
            $0.id = "negentig-procent"
            $0.title = "Minimaal 90% van de producten in 2026 gedigitaliseerd"
            $0.metric = SeriesKey(metric: Self.productShare.id)
            $0.baseline = Baseline(period: F.year(2021), value: 8.75)
            $0.target = Target(comparator: .atLeast, value: .absolute(90, percent: true))
            $0.deadline = F.year(2026)
            $0.pace = pace
        }
    }

    func findings(_ goals: [Goal], metric: Metric = productShare, figures: [Int: Double?] = [:], today: Period = asOfJune2021) -> [Finding] {
        let model = F.model(goals: goals, metric: metric, figures: figures)
        return VagueGoalCheck.report(for: model, options: F.options(today: today)).findings
    }

    // MARK: unrealistic-pace from a stated pace

    @Test func statedPaceFarBelowTheNeededPaceIsUnrealistic() throws {
        let goal = ninetyPercentGoal(pace: StatedPace(amount: 1.25, per: .year))
        let found = try #require(findings([goal]).first { $0.rule == .unrealisticPace })
        // (90 − 8,75) / (2027 − 2022) = 16,25 a year, 13 times 1,25.
        #expect(found.severity == .warning)
        #expect(found.message.en == "Reaching the target by 2026 from 8.75 (2021) needs 16.25 per year, 13 times the stated pace of 1.25 per year.")
        #expect(found.message.nl == "Voor de streefwaarde in 2026 is vanaf 8,75 (2021) 16,25 per jaar nodig, 13 keer het opgegeven tempo van 1,25 per jaar.")
    }

    @Test func statedPaceThatCanReachTheTargetIsNoFinding() {
        // 16,25 a year needed; a stated 6 a year is less than three times short.
        let goal = ninetyPercentGoal(pace: StatedPace(amount: 6, per: .year))
        #expect(!findings([goal]).contains { $0.rule == .unrealisticPace })
        // A pace per quarter counts four times a year: 1,5 a quarter is the same 6 a year.
        let quarterly = ninetyPercentGoal(pace: StatedPace(amount: 1.5, per: .quarter))
        #expect(!findings([quarterly]).contains { $0.rule == .unrealisticPace })
    }

    @Test func withoutAStatedPaceOneFigureSaysNothing() {
        #expect(!findings([ninetyPercentGoal(pace: nil)]).contains { $0.rule == .unrealisticPace })
    }

    @Test func theFiguresWinOverAStatedPace() {
        // The figures rose 7 points a year; the goal claims only 1,25 a year. The figures decide.
        var goal = ninetyPercentGoal(pace: StatedPace(amount: 1.25, per: .year))
        goal.baseline = Baseline(period: F.year(2018))
        let found = findings([goal], figures: [2018: 20, 2019: 27, 2020: 34], today: Period(year: 2021, granularity: .month, index: 2)!)
        // (90 − 34) / 6 years = 9,33 a year against 7 a year seen: no finding (against the
        // stated 1,25 it would be one).
        #expect(!found.contains { $0.rule == .unrealisticPace })
    }

    // MARK: infrequent-metric

    static let survey = Metric(
        id: "waardering_inwoners", unit: .grade, source: "Burgerpeiling", frequency: .year,
        definition: "Rapportcijfer van inwoners", periodsBetweenFigures: 2)

    func surveyGoal(reporting: Granularity?) -> Goal {
        F.spoiled {
            $0.id = "tevredenheid"
            $0.title = "Inwoners geven de dienstverlening minimaal een 7,5 in 2025"
            $0.metric = SeriesKey(metric: Self.survey.id)
            $0.baseline = Baseline(period: F.year(2019))
            $0.target = Target(comparator: .atLeast, value: .absolute(7.5, percent: false))
            $0.deadline = F.year(2025)
            $0.reporting = reporting
        }
    }

    @Test func aTwoYearlySurveyForTheYearlyCycle() throws {
        let found = try #require(findings([surveyGoal(reporting: nil)], metric: Self.survey, figures: [2019: 7.1]).first { $0.rule == .infrequentMetric })
        #expect(found.severity == .warning)
        #expect(found.message.en.contains("measured every 2 years, but the council hears of its goals every year (the planning and control cycle)"))
        #expect(found.message.nl.contains("wordt eens per 2 jaar gemeten, maar de raad hoort elk jaar over zijn doelen"))
    }

    @Test func aYearlyMetricForAQuarterlyReport() throws {
        let found = try #require(findings([surveyGoal(reporting: .quarter)], metric: F.requests.with { $0.id = Self.survey.id }, figures: [2019: 7.1])
            .first { $0.rule == .infrequentMetric })
        #expect(found.message.en.contains("measured every year, but the council is to be informed every quarter"))
    }

    @Test func aMetricMeasuredAsOftenAsReportedIsNoFinding() {
        #expect(!findings([surveyGoal(reporting: nil)], metric: F.requests.with { $0.id = Self.survey.id }, figures: [2019: 7.1])
            .contains { $0.rule == .infrequentMetric })
        // A monthly metric for a quarterly report.
        var monthly = F.requests.with { $0.id = Self.survey.id }
        monthly.frequency = .month
        #expect(!findings([surveyGoal(reporting: .quarter)], metric: monthly, figures: [2019: 7.1]).contains { $0.rule == .infrequentMetric })
    }

    @Test func withoutAFrequencyTheFiguresTell() throws {
        var undeclared = Self.survey
        undeclared.frequency = nil
        undeclared.periodsBetweenFigures = 1
        let found = try #require(findings([surveyGoal(reporting: nil)], metric: undeclared, figures: [2017: 6.9, 2019: 7.1, 2021: 7.3])
            .first { $0.rule == .infrequentMetric })
        #expect(found.message.en.contains("at least 24 months apart"))
        // One figure shows no frequency.
        #expect(!findings([surveyGoal(reporting: nil)], metric: undeclared, figures: [2019: 7.1]).contains { $0.rule == .infrequentMetric })
    }

    // MARK: conflicting-goals

    func productGoal(_ id: String, target: Double, deadline: Int, metric: Bool = true, title: String? = nil) -> Goal {
        F.spoiled {
            $0.id = id
            $0.title = title ?? "Minimaal \(Int(target))% van de producten digitaal in \(deadline)"
            $0.metric = metric ? SeriesKey(metric: Self.productShare.id) : nil
            $0.baseline = nil
            $0.target = Target(comparator: .atLeast, value: .absolute(target, percent: true))
            $0.deadline = F.year(deadline)
        }
    }

    @Test func twoGoalsOnOneSeriesWithOtherTargets() throws {
        let found = findings([productGoal("alles-2017", target: 100, deadline: 2017), productGoal("negentig-2026", target: 90, deadline: 2026)])
            .filter { $0.rule == .conflictingGoals }
        // Each goal is told about the other.
        #expect(Set(found.map(\.goalID)) == ["alles-2017", "negentig-2026"])
        let onOld = try #require(found.first { $0.goalID == "alles-2017" })
        #expect(onOld.severity == .warning)
        #expect(onOld.message.en == "The goal “negentig-2026” is measured by the same series aandeel_producten_digitaal and aims at >= 90% by 2026; this goal aims at >= 100% by 2017.")
        #expect(onOld.message.nl == "Het doel ‘negentig-2026’ wordt met dezelfde reeks aandeel_producten_digitaal gemeten en mikt op >= 90% uiterlijk 2026; dit doel mikt op >= 100% uiterlijk 2017.")
    }

    @Test func twoGoalsOnOneSeriesThatAgreeAreNoConflict() {
        let found = findings([productGoal("a", target: 90, deadline: 2026), productGoal("b", target: 90, deadline: 2026)])
        #expect(!found.contains { $0.rule == .conflictingGoals })
        // Other series: no relation.
        var other = productGoal("c", target: 50, deadline: 2024)
        other.metric = SeriesKey(metric: "iets_anders")
        #expect(!findings([productGoal("a", target: 90, deadline: 2026), other]).contains { $0.rule == .conflictingGoals })
    }

    @Test func sameIntentInTheTitlesWhenOneHasNoMetric() throws {
        let old = productGoal("oud", target: 100, deadline: 2017, metric: false,
                              title: "Alle gemeentelijke producten zijn digitaal beschikbaar via het klantportaal in 2017")
        let new = productGoal("nieuw", target: 90, deadline: 2026,
                              title: "Minimaal 90% van de gemeentelijke producten is digitaal beschikbaar via het klantportaal in 2026")
        let found = findings([old, new]).filter { $0.rule == .conflictingGoals }
        #expect(Set(found.map(\.goalID)) == ["oud", "nieuw"])
        #expect(try #require(found.first).message.en.contains("says nearly the same in its title"))
    }

    @Test func titlesSharingAWordOrTwoAreNoSameIntent() {
        let old = productGoal("oud", target: 100, deadline: 2017, metric: false, title: "In 2017 zijn al onze producten digitaal te verkrijgen")
        let new = productGoal("nieuw", target: 90, deadline: 2026, metric: false,
                              title: "Minimaal 90% van de producten waar dit kan en wenselijk is in 2026 gedigitaliseerd")
        #expect(!findings([old, new]).contains { $0.rule == .conflictingGoals })
    }

    @Test func aWaiverOnAConflictKeepsItListed() throws {
        var old = productGoal("alles-2017", target: 100, deadline: 2017)
        old.waivers = [Waiver(rule: "conflicting-goals", reason: "Vervangen door het programma 2021-2026")]
        let found = findings([old, productGoal("negentig-2026", target: 90, deadline: 2026)]).filter { $0.rule == .conflictingGoals }
        #expect(try #require(found.first { $0.goalID == "alles-2017" }).isWaived)
        #expect(try #require(found.first { $0.goalID == "negentig-2026" }).isWaived == false)
    }
}

private extension Metric {
    func with(_ change: (inout Metric) -> Void) -> Metric {
        var metric = self
        change(&metric)
        return metric
    }
}
