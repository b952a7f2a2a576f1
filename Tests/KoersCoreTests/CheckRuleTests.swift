import Testing
@testable import KoersCore

@Suite("Check rules")
struct CheckRuleTests {
    typealias F = CheckFixtures

    func finding(_ rule: CheckRule, in goal: Goal, model: GoalModel? = nil, today: Period = CheckFixtures.today) -> Finding? {
        F.findings(goal, model: model, today: today).first { $0.rule == rule }
    }

    @Test func soundGoalHasNoFindings() {
        #expect(F.findings(F.soundGoal).isEmpty)
    }

    // MARK: no-target, qualitative-target

    @Test func noTarget() {
        let goal = F.spoiled { $0.target = nil }
        #expect(finding(.noTarget, in: goal)?.severity == .error)
        #expect(finding(.noTarget, in: F.soundGoal) == nil)
    }

    @Test func qualitativeTargetDutchWordAsTarget() throws {
        let goal = F.spoiled {
            $0.title = "Onze klanten waarderen onze dienstverlening met de beoordeling “goed”"
            $0.target = Target(comparator: nil, value: .qualitative("goed"))
        }
        let found = try #require(finding(.qualitativeTarget, in: goal))
        #expect(found.severity == .error)
        #expect(found.message.nl.contains("‘goed’"))
        #expect(found.span?.text == "goed")
        #expect(finding(.noTarget, in: goal) == nil)
    }

    @Test func qualitativeTargetEnglishTitleWithoutTarget() throws {
        let goal = F.spoiled {
            $0.title = "Our customers rate our service as Good"
            $0.target = nil
        }
        let found = try #require(finding(.qualitativeTarget, in: goal))
        #expect(found.span == TextSpan(start: 34, end: 38, text: "Good"))
        #expect(found.message.en.contains("“Good”"))
    }

    @Test func qualitativeTargetOutsideTheWordListIsQuotedWhereItStands() {
        let goal = F.spoiled {
            $0.title = "Inwoners vinden de website Prima Vindbaar"
            $0.target = Target(comparator: nil, value: .qualitative("prima vindbaar"))
        }
        #expect(finding(.qualitativeTarget, in: goal)?.span == TextSpan(start: 27, end: 41, text: "Prima Vindbaar"))
    }

    @Test func qualitativeWordWithACutOffIsFine() {
        let goal = F.spoiled {
            $0.title = "Klanten beoordelen de dienstverlening als goed: minimaal een 7,5"
            $0.target = Target(comparator: .atLeast, value: .absolute(7.5, percent: false))
        }
        #expect(finding(.qualitativeTarget, in: goal) == nil)
    }

    // MARK: no-deadline

    @Test func noDeadlineMentionsTheYearInTheTitle() throws {
        // +20% on 49.525 is 59.430: not met by the latest figure (55.000), so without a deadline
        // the goal cannot be judged.
        let goal = F.spoiled { $0.deadline = nil; $0.target = Target(comparator: .atLeast, value: .relativePercent(20)) }
        let found = try #require(finding(.noDeadline, in: goal))
        #expect(found.severity == .error)
        #expect(found.gap == .deadline)
        #expect(found.suggestion.nl.contains("2027"))
        #expect(found.suggestion.en.contains("2027"))
        #expect(finding(.noDeadline, in: F.soundGoal) == nil)
    }

    @Test func noDeadlineOnAGoalAlreadyMetIsAWarning() throws {
        // +10% on 49.525 is 54.477,5, which 55.000 (2025) meets: the goal is judged achieved.
        let found = try #require(finding(.noDeadline, in: F.spoiled { $0.deadline = nil }))
        #expect(found.severity == .warning)
        #expect(found.gap == nil)
    }

    // MARK: no-baseline

    @Test func relativeTargetWithoutBaselineIsAnError() {
        let goal = F.spoiled { $0.baseline = nil }
        #expect(finding(.noBaseline, in: goal)?.severity == .error)
    }

    @Test func absoluteTargetWithoutBaselineIsAWarning() {
        let goal = F.spoiled {
            $0.title = "Minimaal 55.000 aanvragen online in 2027"
            $0.baseline = nil
            $0.target = Target(comparator: .atLeast, value: .absolute(55000, percent: false))
        }
        #expect(finding(.noBaseline, in: goal)?.severity == .warning)
    }

    @Test func relativeTargetWithUnknownBaselineValue() throws {
        let goal = F.spoiled {
            $0.title = "Gemiddeld 10% meer aanvragen online dan in 2016, uiterlijk in 2027"
            $0.baseline = Baseline(period: F.year(2016))
        }
        // The figures are missing, not the goal: the status is no-data, so only a warning.
        let found = try #require(finding(.noBaseline, in: goal))
        #expect(found.severity == .warning)
        #expect(found.message.en.contains("2016"))
        let stated = F.spoiled { $0.baseline = Baseline(period: F.year(2016), value: 28000) }
        #expect(finding(.noBaseline, in: stated) == nil)
    }

    // MARK: no-metric, no-data, stale-data

    @Test func noMetric() {
        #expect(finding(.noMetric, in: F.spoiled { $0.metric = nil })?.severity == .error)
        // An undeclared metric's figures, if any, are still judged.
        #expect(finding(.noMetric, in: F.spoiled { $0.metric = SeriesKey(metric: "onbekend") })?.severity == .warning)
    }

    @Test func metricWithoutDefinitionOrSource() throws {
        var metric = F.requests
        metric.definition = nil
        metric.source = nil
        let model = F.model(goals: [F.soundGoal], metric: metric, figures: F.requestFigures)
        let found = try #require(finding(.noMetric, in: F.soundGoal, model: model))
        #expect(found.severity == .warning)
        #expect(found.message.en.contains("neither a definition nor a source"))
    }

    @Test func noData() {
        let empty = F.model(goals: [F.soundGoal], figures: [:])
        #expect(finding(.noData, in: F.soundGoal, model: empty)?.severity == .warning)
        let missingOnly = F.model(goals: [F.soundGoal], figures: [2020: nil, 2021: nil])
        #expect(finding(.noData, in: F.soundGoal, model: missingOnly) != nil)
        #expect(finding(.noData, in: F.soundGoal) == nil)
    }

    @Test func dataOfLabelledPartsCountsForTheTotal() {
        var metric = F.requests
        metric.totalOf = "productgroep"
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "d.csv", kind: .csv, contentHash: "0"))
        for (group, value) in [("Burgerzaken", 13657.0), ("Vergunningen", 28272.0)] {
            store.append([Observation(period: F.year(2025), value: value, provenance: Provenance(source: source, row: 2, column: 2))],
                         to: SeriesKey(metric: metric.id, labels: [Label(name: "productgroep", value: group)]))
        }
        let model = GoalModel(metrics: [metric], goals: [F.soundGoal], store: store)
        #expect(finding(.noData, in: F.soundGoal, model: model) == nil)
    }

    @Test func staleData() throws {
        let found = try #require(finding(.staleData, in: F.soundGoal, today: Period(year: 2028, granularity: .month, index: 3)!))
        #expect(found.message.en.contains("2025"))
        // A year after the latest yearly figure the next one may still be on its way.
        #expect(finding(.staleData, in: F.soundGoal, today: Period(year: 2027, granularity: .month, index: 6)!) == nil)
    }

    @Test func staleDataOfATwoYearlySurvey() throws {
        // A survey held in odd years: the 2023 figure is due in 2024, so the 2021 one is not
        // stale in 2023 or 2024 (a yearly metric's would be from 2024 on), but is from 2025.
        var survey = F.requests
        survey.periodsBetweenFigures = 2
        let figures: [Int: Double?] = [2019: 7.1, 2021: 7.3]
        let goal = F.spoiled { $0.baseline = Baseline(period: F.year(2019)) }
        let model = F.model(goals: [goal], metric: survey, figures: figures)
        #expect(finding(.staleData, in: goal, model: model, today: Period(year: 2023, granularity: .month, index: 12)!) == nil)
        #expect(finding(.staleData, in: goal, model: model, today: Period(year: 2024, granularity: .month, index: 6)!) == nil)
        let yearly = F.model(goals: [goal], metric: F.requests, figures: figures)
        #expect(finding(.staleData, in: goal, model: yearly, today: Period(year: 2024, granularity: .month, index: 6)!) != nil)
        let found = try #require(finding(.staleData, in: goal, model: model, today: Period(year: 2025, granularity: .month, index: 1)!))
        #expect(found.message.en.contains("a two-yearly metric"))
        #expect(found.message.nl.contains("een tweejaarlijkse indicator"))
    }

    // MARK: vague-scope

    @Test func escapeClauseDutch() throws {
        let goal = F.spoiled { $0.title = "In 2027 zijn al onze producten waar dit kan en mag digitaal te verkrijgen" }
        let found = F.findings(goal).filter { $0.rule == .vagueScope }
        // An escape clause makes a goal weak, but does not stop its evaluation.
        let escape = try #require(found.first { $0.severity == .warning })
        #expect(escape.span?.text == "waar dit kan en mag")
        #expect(escape.message.nl.contains("‘waar dit kan en mag’"))
        // "al onze" names a set, but the metric's definition says what it counts.
        #expect(found.count == 1)
    }

    @Test func escapeClauseEnglish() throws {
        let goal = F.spoiled { $0.title = "Where possible, 10% more requests online than in 2020 by 2027" }
        let escape = try #require(finding(.vagueScope, in: goal))
        #expect(escape.span == TextSpan(start: 0, end: 14, text: "Where possible"))
    }

    @Test func scopeFieldResolvesTheEscapeClause() {
        let goal = F.spoiled {
            $0.title = "Bij diensten waar dat kan en wenselijk is 10% meer online dan in 2020, uiterlijk in 2027"
            $0.scope = "De 35 producten met een e-formulier in de productencatalogus 2021"
        }
        #expect(finding(.vagueScope, in: goal) == nil)
    }

    @Test func undefinedPopulationWithoutDefinition() throws {
        var metric = F.requests
        metric.definition = nil
        let goal = F.spoiled { $0.title = "Alle producten zijn in 2027 digitaal, 10% meer dan in 2020" }
        let model = F.model(goals: [goal], metric: metric, figures: F.requestFigures)
        let found = try #require(finding(.vagueScope, in: goal, model: model))
        #expect(found.severity == .warning)
        #expect(found.span?.text == "Alle producten")
    }

    // MARK: vague-wording and the context rule

    @Test func effortWordsWithoutTargetDutch() {
        let goal = F.spoiled {
            $0.title = "Wij zetten in op het verbeteren van de online dienstverlening"
            $0.target = nil
        }
        let quoted = F.findings(goal).filter { $0.rule == .vagueWording }.compactMap(\.span?.text)
        #expect(quoted == ["zetten in op", "verbeteren"])
    }

    @Test func effortWordsWithoutTargetEnglish() {
        let goal = F.spoiled {
            $0.title = "We strive to improve our digital services significantly"
            $0.target = nil
        }
        let quoted = F.findings(goal).filter { $0.rule == .vagueWording }.compactMap(\.span?.text)
        #expect(quoted == ["strive to", "improve", "significantly"])
    }

    @Test func vagueVerbNextToConcreteTargetIsFine() {
        let dutch = F.spoiled { $0.title = "Het aantal online aanvragen verhogen: 10% meer dan in 2020, uiterlijk in 2027" }
        let english = F.spoiled { $0.title = "Improve online take-up: 10% more requests than in 2020 by 2027" }
        #expect(finding(.vagueWording, in: dutch) == nil)
        #expect(finding(.vagueWording, in: english) == nil)
    }

    @Test func vagueTimeIsResolvedByADeadlineOnly() {
        let vague = F.spoiled { $0.title = "Op termijn 10% meer aanvragen online dan in 2020" }
        #expect(finding(.vagueWording, in: vague.with { $0.deadline = nil })?.span?.text == "Op termijn")
        #expect(finding(.vagueWording, in: F.spoiled { $0.title = "As soon as possible 10% more requests than in 2020, by 2027" }) == nil)
        #expect(finding(.vagueWording, in: F.spoiled { $0.title = "As soon as possible 10% more requests than in 2020"; $0.deadline = nil })?
            .span?.text == "As soon as possible")
    }

    @Test func matchingIgnoresCaseAndAccents() {
        let goal = F.spoiled { $0.title = "WAAR MOGELĲK en zoveel mógelijk"; $0.target = nil }
        let quoted = F.findings(goal).filter { $0.rule == .vagueScope }.compactMap(\.span?.text)
        #expect(quoted == ["WAAR MOGELĲK", "zoveel mógelijk"])
    }

    // MARK: text-mismatch

    @Test func textMismatchDutch() {
        let goal = F.spoiled {
            $0.title = "Minimaal 90% van de aanvragen online in 2026"
            $0.target = Target(comparator: .atLeast, value: .absolute(80, percent: true))
            $0.deadline = F.year(2025)
        }
        let quoted = F.findings(goal).filter { $0.rule == .textMismatch }.compactMap(\.span?.text)
        #expect(quoted == ["90%", "2026"])
    }

    @Test func dutchNumbersInTheTitleAreReadInDutch() {
        let goal = F.spoiled {
            $0.title = "Het aantal digitale aanvragen groeit van 49.525 in 2020 naar 54.477,5 in 2027"
            $0.baseline = Baseline(period: F.year(2020), value: 49525)
            $0.target = Target(comparator: .atLeast, value: .absolute(54477.5, percent: false))
        }
        #expect(finding(.textMismatch, in: goal) == nil)
        let wrong = goal.with { $0.target = Target(comparator: .atLeast, value: .absolute(54000, percent: false)) }
        #expect(finding(.textMismatch, in: wrong)?.span?.text == "54.477,5")
    }

    @Test func textMismatchEnglish() {
        let goal = F.spoiled {
            $0.title = "At least 7.5 satisfaction by 2027, from 7.1 in 2020"
            $0.baseline = Baseline(period: F.year(2020), value: 7.1)
            $0.target = Target(comparator: .atLeast, value: .absolute(7.5, percent: false))
        }
        #expect(finding(.textMismatch, in: goal) == nil)
        #expect(finding(.textMismatch, in: goal.with { $0.deadline = F.year(2028) })?.span?.text == "2027")
    }

    // MARK: unrealistic-pace, deadline-passed, already-met, unit-mismatch

    static let share = Metric(id: "aandeel_digitaal", unit: .percent, source: "NVVB", frequency: .year, definition: "Aandeel digitaal afgenomen producten")

    func shareGoal(target: Double, deadline: Int) -> (Goal, GoalModel) {
        let goal = F.spoiled {
            $0.title = "Minimaal \(Int(target))% van de producten digitaal in \(deadline)"
            $0.metric = SeriesKey(metric: Self.share.id)
            $0.baseline = Baseline(period: F.year(2018))
            $0.target = Target(comparator: .atLeast, value: .absolute(target, percent: true))
            $0.deadline = F.year(deadline)
        }
        return (goal, F.model(goals: [goal], metric: Self.share, figures: [2018: 3, 2019: 4, 2020: 5]))
    }

    @Test func unrealisticPaceStatesTheFactor() throws {
        let (goal, model) = shareGoal(target: 90, deadline: 2026)
        let found = try #require(finding(.unrealisticPace, in: goal, model: model, today: Period(year: 2021, granularity: .month, index: 2)!))
        // (90 − 5) / (2027 − 2021) = 14,17 per year against at most 1 per year.
        #expect(found.message.nl.contains("14,17 per jaar nodig, 14,2 keer"))
        #expect(found.message.en.contains("14.17 per year, 14.2 times"))
        let (modest, modestModel) = shareGoal(target: 8, deadline: 2026)
        #expect(finding(.unrealisticPace, in: modest, model: modestModel, today: Period(year: 2021, granularity: .month, index: 2)!) == nil)
    }

    @Test func deadlinePassedWithoutFigures() {
        let (goal, model) = shareGoal(target: 100, deadline: 2017)
        let early = goal.with { $0.baseline = Baseline(period: F.year(2015)) }
        #expect(finding(.deadlinePassed, in: early, model: model)?.severity == .warning)
        let judged = F.model(goals: [early], metric: Self.share, figures: [2016: 2, 2017: 3])
        #expect(finding(.deadlinePassed, in: early, model: judged) == nil)
        #expect(finding(.deadlinePassed, in: F.soundGoal) == nil)
    }

    @Test func alreadyMetAtTheBaseline() throws {
        let goal = F.spoiled {
            $0.title = "Klanten waarderen de dienstverlening met minimaal een 7 in 2027"
            $0.baseline = Baseline(period: F.year(2020), value: 7.7)
            $0.target = Target(comparator: .atLeast, value: .absolute(7, percent: false))
        }
        let found = try #require(finding(.alreadyMet, in: goal))
        #expect(found.message.nl.contains("7,7 (2020)"))
        let holding = F.spoiled { $0.title = "Het aantal aanvragen handhaven op het niveau van 2020, uiterlijk in 2027"; $0.target = Target(comparator: .atLeast, value: .relativePercent(0)) }
        #expect(finding(.alreadyMet, in: holding) != nil)
        #expect(finding(.alreadyMet, in: F.soundGoal) == nil)
    }

    @Test func unitMismatch() {
        let days = Metric(id: "doorlooptijd", unit: .days, source: "Zaaksysteem", frequency: .year, definition: "Gemiddelde doorlooptijd in dagen")
        let goal = F.spoiled {
            $0.title = "90% van de aanvragen binnen 28 dagen afgehandeld in 2027"
            $0.metric = SeriesKey(metric: days.id)
            $0.target = Target(comparator: .atLeast, value: .absolute(90, percent: true))
        }
        let model = F.model(goals: [goal], metric: days, figures: [2020: 30, 2025: 26])
        #expect(finding(.unitMismatch, in: goal, model: model)?.severity == .warning)
        let percent = Metric(id: "doorlooptijd", unit: .percent, source: "Zaaksysteem", frequency: .year, definition: "Aandeel binnen 28 dagen")
        #expect(finding(.unitMismatch, in: goal, model: F.model(goals: [goal], metric: percent, figures: [2020: 80])) == nil)
    }

    // MARK: no-owner, no-source

    @Test func ownerAndSource() {
        #expect(finding(.noOwner, in: F.spoiled { $0.owner = nil })?.severity == .warning)
        #expect(finding(.noSource, in: F.spoiled { $0.source = nil })?.severity == .warning)
        #expect(finding(.noOwner, in: F.soundGoal) == nil)
        #expect(finding(.noSource, in: F.soundGoal) == nil)
    }

    // MARK: waivers, gate, verdicts, report

    @Test func waivedFindingsAreListedButNeverFail() throws {
        let goal = F.spoiled {
            $0.title = "Bij diensten waar dat kan en wenselijk is 10% meer online dan in 2020, uiterlijk in 2027"
            $0.waivers = [Waiver(rule: "vague-scope", reason: "Politiek compromis in de raad")]
        }
        let findings = F.findings(goal)
        let waived = try #require(findings.first { $0.rule == .vagueScope })
        #expect(waived.waiver?.reason == "Politiek compromis in de raad")
        #expect(!CheckGate.fails(findings, strict: true))
        #expect(GoalCheckResult(goal: goal, findings: findings).verdictText.en == "can be evaluated (1 waived)")
    }

    @Test func gateCountsErrorsAndWithStrictWarnings() {
        let warningOnly = F.findings(F.spoiled { $0.owner = nil })
        #expect(!CheckGate.fails(warningOnly, strict: false))
        #expect(CheckGate.fails(warningOnly, strict: true))
        #expect(CheckGate.exitStatus(warningOnly, strict: true) == 1)
        let error = F.findings(F.spoiled { $0.target = nil })
        #expect(CheckGate.exitStatus(error, strict: false) == 1)
        #expect(CheckGate.exitStatus(F.findings(F.soundGoal), strict: true) == 0)
    }

    @Test func reportSortsWorstFirstWithVerdictsAndTotals() {
        let weak = F.spoiled { $0.id = "zwak"; $0.owner = nil }
        let broken = F.spoiled { $0.id = "kapot"; $0.target = nil; $0.deadline = nil }
        let fine = F.soundGoal
        let model = F.model(goals: [fine, weak, broken], figures: F.requestFigures)
        let report = VagueGoalCheck.report(for: model, options: F.options())
        #expect(report.results.map(\.goal.id) == ["kapot", "zwak", "meer-online"])
        #expect(report.results[0].verdictText.en == "cannot be evaluated: no target value, no deadline")
        #expect(report.results[0].verdictText.nl == "niet te beoordelen: geen streefwaarde, geen deadline")
        #expect(report.results[1].verdictText.en == "can be evaluated, but weak: no owner")
        #expect(report.totals == CheckTotals(goals: 3, cannotBeEvaluated: 1, weak: 1, fine: 1, errors: 2, warnings: 2, infos: 0, waived: 0))
        #expect(report.fails(strict: false))
    }

    @Test func reportFiltersOnOneRuleAndNamesUnknownGoals() {
        let broken = F.spoiled { $0.id = "kapot"; $0.target = nil }
        let model = F.model(goals: [F.soundGoal, broken], figures: F.requestFigures)
        let report = VagueGoalCheck.report(for: model, goalIDs: ["kapot", "meer-online", "bestaat-niet"], rule: .noTarget, options: F.options())
        #expect(report.results.map(\.goal.id) == ["kapot"])
        #expect(report.findings.map(\.rule) == [.noTarget])
        #expect(report.unknownGoalIDs == ["bestaat-niet"])
    }

    @Test func checklistTicksAndCrosses() {
        let goal = F.spoiled {
            $0.title = "Waar mogelijk 10% meer aanvragen online dan in 2020, uiterlijk in 2027"
            $0.owner = nil
            $0.waivers = [Waiver(rule: "vague-scope", reason: "compromis")]
        }
        let checklist = GoalCheckResult(goal: goal, findings: F.findings(goal)).checklist
        let states = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.criterion, $0.state) })
        #expect(states == [.specific: .waived, .measurable: .met, .timeBound: .met, .baseline: .met, .verifiableSource: .met, .owner: .notMet])
    }

    @Test func everyRuleHasAnExplanationInBothLanguages() {
        for rule in CheckRule.allCases {
            let explanation = RuleCatalog.explanation(rule)
            for text in [explanation.meaning, explanation.whyItMatters, explanation.goodExample, explanation.badExample, explanation.headline] {
                #expect(!text.en.isEmpty && !text.nl.isEmpty && text.en != text.nl, "\(rule.code)")
            }
            #expect(CheckRule(code: rule.code.uppercased()) == rule)
        }
    }
}

extension Goal {
    func with(_ change: (inout Goal) -> Void) -> Goal {
        var copy = self
        change(&copy)
        return copy
    }
}
