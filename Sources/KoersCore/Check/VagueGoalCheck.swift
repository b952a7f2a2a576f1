/// What the check needs besides the goals: the word lists, "today" (the core has no clock) and
/// the peildatum the goals are judged as of.
public struct CheckOptions: Sendable, Hashable {
    /// The period the check runs in.
    public var today: Period
    /// How often the council hears of a goal that does not say (`reporting`): once a year, in
    /// the annual report of the planning and control cycle.
    public static let defaultReporting = Granularity.year

    /// The peildatum the evaluation uses (`asof`); nil judges as of `today`'s month.
    public var asOf: AsOf?
    /// The word lists of every language a title may be written in.
    public var wordLists: [WordLists]
    /// How many times faster than the fastest historic change a goal may demand before
    /// `unrealistic-pace` calls it unrealistic.
    public var paceFactorThreshold: Double

    public init(today: Period, asOf: AsOf? = nil, wordLists: [WordLists], paceFactorThreshold: Double = 3) {
        self.today = today
        self.asOf = asOf
        self.wordLists = wordLists
        self.paceFactorThreshold = paceFactorThreshold
    }

    /// The moment deadlines and staleness are judged against: the asked-for period, else today.
    public var peildatum: Period { asOf?.period ?? today }

    /// The peildatum of the evaluation the check reads when it is not given one.
    var evaluationAsOf: AsOf { asOf ?? .period(today) }
}

/// The vague-goal rules: each looks at one goal (with its metric and figures) and says what
/// keeps it from being judged well, quoting the words that do it.
///
/// Whether a goal can be judged at all is not the check's to decide: the evaluator's step 1
/// does (`GoalEvaluation.gaps`). Every gap becomes one error finding, worded as the status says
/// it; every other finding is a warning or information, since it does not stop evaluation.
public enum VagueGoalCheck {
    /// The findings for one goal, waivers applied, worst first. `evaluation` is the goal's
    /// evaluation as of `options.asOf` (computed here when not given).
    public static func findings(
        for goal: Goal, in model: GoalModel, options: CheckOptions, rules: [CheckRule] = CheckRule.allCases,
        evaluation: GoalEvaluation? = nil
    ) -> [Finding] {
        let gaps = (evaluation ?? Evaluator(model: model).evaluate(goal, asOf: options.evaluationAsOf)).gaps
        let overlap = rules.contains(.conflictingGoals) ? GoalOverlap(goals: model.goals) : GoalOverlap(goals: [])
        return findings(for: goal, in: model, options: options, rules: rules, gaps: gaps, reader: TitleReader(lists: options.wordLists),
                        overlap: overlap, documents: DocumentIndex(model.documents))
    }

    /// The same with the title reader and the document index built once for many goals.
    static func findings(
        for goal: Goal, in model: GoalModel, options: CheckOptions, rules: [CheckRule], gaps: [EvaluationGap], reader: TitleReader,
        overlap: GoalOverlap, documents: DocumentIndex
    ) -> [Finding] {
        let inspection = GoalInspection(goal: goal, model: model, options: options, gaps: gaps, title: reader.read(goal.title), overlap: overlap,
                                        documents: documents)
        var findings: [Finding] = []
        for rule in rules { findings += inspection.findings(for: rule) }
        for index in findings.indices {
            findings[index].location = goal.location
            // A waiver cannot make a goal evaluable: it never applies to what stops evaluation.
            guard findings[index].gap == nil else { continue }
            findings[index].waiver = goal.waivers.first { CheckRule(code: $0.rule) == findings[index].rule }
        }
        return findings.sorted(by: Finding.worstFirst)
    }

    /// Checks the named goals (all goals when `goalIDs` is empty), optionally one rule only.
    /// `evaluations` are the goals evaluated as of `options.asOf`, when they are at hand; without
    /// them each goal's gaps come from its fields, or from evaluating it where they depend on
    /// its figures, so that the check and the status read one verdict either way.
    public static func report(
        for model: GoalModel, goalIDs: [String] = [], rule: CheckRule? = nil, options: CheckOptions,
        evaluations: EvaluationSet? = nil
    ) -> CheckReport {
        var asked = Set<String>()
        let uniqueIDs = goalIDs.filter { asked.insert($0).inserted }
        let unknown = uniqueIDs.filter { model.goal($0) == nil }
        let goals = uniqueIDs.isEmpty ? model.goals : uniqueIDs.compactMap { model.goal($0) }
        let rules = rule.map { [$0] } ?? CheckRule.allCases
        let reader = TitleReader(lists: options.wordLists)
        let evaluator = Evaluator(model: model)
        let overlap = rules.contains(.conflictingGoals) ? GoalOverlap(goals: model.goals) : GoalOverlap(goals: [])
        let documents = DocumentIndex(model.documents)
        var results = goals.concurrentMap { goal in
            // Most goals' gaps follow from their fields: no need to read their figures.
            let gaps = evaluations?[goal.id]?.gaps ?? evaluator.gapsFromFields(of: goal) ?? evaluator.evaluate(goal, asOf: options.evaluationAsOf).gaps
            return GoalCheckResult(
                goal: goal,
                sortedFindings: findings(for: goal, in: model, options: options, rules: rules, gaps: gaps, reader: reader, overlap: overlap,
                                         documents: documents))
        }
        if rule != nil { results.removeAll { $0.findings.isEmpty } }
        // The policy as a whole is checked when the whole policy is: not for a few goals.
        let policy = uniqueIDs.isEmpty ? PolicyCheck.findings(for: model, options: options, rules: rules.filter(\.isPolicyRule)) : []
        return CheckReport(results: results, unknownGoalIDs: unknown, rule: rule, policyFindings: policy)
    }
}

/// One goal under inspection, with what several rules share computed once.
private struct GoalInspection {
    let goal: Goal
    let model: GoalModel
    let options: CheckOptions
    /// What stops evaluation, from the evaluator: each is this goal's only kind of error.
    let gaps: [EvaluationGap]
    let metric: Metric?
    let facts: CheckSeriesFacts
    /// The figures as of the peildatum, for `stale-data` and `unrealistic-pace`.
    let history: [CheckSeriesFacts.Point]
    /// What `unrealistic-pace` measures the pace by: for a cumulative target the running totals
    /// the evaluation judges (from `R(Pb) = 0`), else `history`.
    let paceHistory: [CheckSeriesFacts.Point]
    let matches: [WordMatch]
    let statedNumbers: [StatedNumber]
    let overlap: GoalOverlap
    let documents: DocumentIndex

    init(
        goal: Goal, model: GoalModel, options: CheckOptions, gaps: [EvaluationGap], title: TitleReading, overlap: GoalOverlap,
        documents: DocumentIndex
    ) {
        self.overlap = overlap
        self.documents = documents
        self.goal = goal
        self.model = model
        self.options = options
        self.gaps = gaps
        metric = goal.metric.flatMap { model.metric($0.metric) }
        facts = CheckSeriesFacts(goal: goal, model: model)
        history = facts.points(asOf: options.peildatum)
        if goal.target?.cumulative == true, goal.baseline?.period != nil {
            paceHistory = Evaluator(model: model).evaluate(goal, asOf: options.evaluationAsOf).projectionPoints.map {
                CheckSeriesFacts.Point(period: $0.period, value: $0.value)
            }
        } else {
            paceHistory = history
        }
        matches = title.matches
        statedNumbers = title.statedNumbers
    }

    private func finding(
        _ rule: CheckRule, _ severity: Diagnostic.Severity, _ message: FindingText, _ suggestion: LocalizedText, span: TextSpan? = nil
    ) -> Finding {
        Finding(rule: rule, severity: severity, goalID: goal.id, messageText: message, suggestion: suggestion, span: span)
    }

    private func finding(
        _ rule: CheckRule, _ severity: Diagnostic.Severity, _ message: LocalizedText, _ suggestion: LocalizedText, span: TextSpan? = nil
    ) -> Finding {
        finding(rule, severity, FindingText(message), suggestion, span: span)
    }

    private func matches(_ category: WordCategory) -> [WordMatch] {
        matches.filter { $0.entry.category == category }
    }

    /// A target a number can be compared with: the context that resolves vague verbs.
    private var hasConcreteTarget: Bool {
        switch goal.target?.value {
        case .absolute?, .relativePercent?, .percentagePoints?, .change?, .yesNo?, .benchmark?: true
        case .qualitative?, nil: false
        }
    }

    /// B: a running total starts at zero at its baseline period, whatever the figure for it.
    private var baselineValue: Double? {
        if goal.target?.cumulative == true, goal.baseline?.period != nil { return 0 }
        return facts.baselineValue(of: goal)
    }

    private var targetValue: Double? { CheckSeriesFacts.targetValue(of: goal.target, baseline: baselineValue) }

    func findings(for rule: CheckRule) -> [Finding] {
        // A rule whose gap stops evaluation reports that gap, and nothing milder beside it.
        let stopping = gaps.filter { $0.rule == rule }.map(gapFinding)
        guard stopping.isEmpty else { return stopping }
        return weakFindings(for: rule)
    }

    /// The error for a gap: the rule's own explanation of what is missing.
    private func gapFinding(_ gap: EvaluationGap) -> Finding {
        var found: Finding
        switch gap {
        case .series: found = finding(.noMetric, .error, CheckMessages.noMetric, CheckMessages.noMetricSuggestion)
        case .target: found = finding(.noTarget, .error, CheckMessages.noTarget, CheckMessages.noTargetSuggestion)
        case .comparator: found = finding(.noTarget, .error, CheckMessages.noComparator, CheckMessages.noComparatorSuggestion)
        case let .qualitativeTarget(word):
            found = finding(.qualitativeTarget, .error, CheckMessages.qualitativeTarget(word: word),
                            CheckMessages.qualitativeTargetSuggestion(word: word), span: Self.find(word, in: goal.title))
        case .baselineForRelativeTarget:
            found = finding(.noBaseline, .error, CheckMessages.relativeTargetWithoutBaseline, CheckMessages.noBaselineSuggestion)
        case .baselineForBenchmarkTarget:
            found = finding(.noBaseline, .error, CheckMessages.benchmarkTargetWithoutBaseline, CheckMessages.noBaselineSuggestion)
        case .baseline: found = finding(.noBaseline, .error, CheckMessages.noBaselineNoRoad, CheckMessages.noBaselineSuggestion)
        case .deadline:
            let year = mentionedDeadlineYear
            found = finding(.noDeadline, .error, CheckMessages.noDeadline, CheckMessages.noDeadlineSuggestion(mentionedYear: year?.span.text), span: year?.span)
        case .deadlineNotAfterBaseline:
            found = finding(.noDeadline, .error, CheckMessages.deadlineNotAfterBaseline, CheckMessages.deadlineNotAfterBaselineSuggestion)
        case .baselineCoarserThanGranularity:
            found = finding(.noBaseline, .error, gap.reason, CheckMessages.noBaselineSuggestion)
        }
        found.gap = gap
        return found
    }

    /// The findings of a rule that does not stop evaluation: never errors.
    private func weakFindings(for rule: CheckRule) -> [Finding] {
        switch rule {
        // A goal without a target always has the gap: nothing milder to say.
        case .noTarget: []
        case .qualitativeTarget: qualitativeTarget()
        case .noDeadline: noDeadline()
        case .noBaseline: noBaseline()
        case .noMetric: noMetric()
        case .noData: noData()
        case .staleData: staleData()
        case .vagueScope: vagueScope()
        case .vagueWording: vagueWording()
        case .textMismatch: textMismatch()
        case .unrealisticPace: unrealisticPace()
        case .deadlinePassed: deadlinePassed()
        case .alreadyMet: alreadyMet()
        case .unitMismatch: unitMismatch()
        case .infrequentMetric: infrequentMetric()
        case .conflictingGoals: conflictingGoals()
        case .noOwner: noOwner()
        case .noSource: noSource()
        // About documents and policy areas, not one goal: `PolicyCheck`.
        case .scatteredPolicy, .notAdopted, .neverEvaluated: []
        }
    }

    /// A judgement word in the title of a goal without a target: `no-target` is what stops
    /// evaluation; this says which number to write.
    private func qualitativeTarget() -> [Finding] {
        guard goal.target == nil else { return [] }
        return matches(.qualitative).map { match in
            finding(.qualitativeTarget, .warning, CheckMessages.qualitativeTarget(word: match.span.text),
                    CheckMessages.qualitativeTargetSuggestion(word: match.span.text), span: match.span)
        }
    }

    /// Where `word` (one or more words) stands in `text`, compared folded, word by word.
    private static func find(_ word: String, in text: String) -> TextSpan? {
        let characters = Array(text)
        let words = TextFolding.words(of: characters)
        let wanted = TextFolding.words(of: Array(word)).map(\.folded)
        guard !wanted.isEmpty, wanted.count <= words.count else { return nil }
        for first in 0...(words.count - wanted.count) where wanted.indices.allSatisfy({ wanted[$0] == words[first + $0].folded }) {
            return TextSpan(words[first].range.lowerBound..<words[first + wanted.count - 1].range.upperBound, in: characters)
        }
        return nil
    }

    /// A year the title mentions that is not the baseline's: the likely deadline.
    private var mentionedDeadlineYear: StatedNumber? {
        statedNumbers.first { $0.kind == .year && Int($0.value) != goal.baseline?.period.map { Int($0.year) } }
    }

    /// No deadline on a goal that already meets its target: judged, but never late.
    private func noDeadline() -> [Finding] {
        // A sustained target is an ongoing obligation: it needs no deadline.
        guard goal.deadline == nil, goal.target?.sustained != true else { return [] }
        let year = mentionedDeadlineYear
        return [finding(.noDeadline, .warning, CheckMessages.noDeadline, CheckMessages.noDeadlineSuggestion(mentionedYear: year?.span.text), span: year?.span)]
    }

    /// No baseline on a goal judged without one, or a baseline whose figure is missing (the
    /// status is then `no-data`: the figures are missing, not the goal).
    private func noBaseline() -> [Finding] {
        let relative = goal.target?.value.isRelative ?? false
        guard let baseline = goal.baseline, baseline.period != nil || baseline.value != nil else {
            return [finding(.noBaseline, .warning, CheckMessages.noBaseline, CheckMessages.noBaselineSuggestion)]
        }
        // Without a metric the figure cannot be looked up at all: `no-metric` says so.
        guard baselineValue == nil, let period = baseline.period, goal.metric != nil else { return [] }
        // An absolute target can be judged without the baseline figure; a relative one cannot.
        guard relative || !facts.points.isEmpty else { return [] }
        // A sustained goal's baseline period only starts the figures that count: it needs no B.
        guard relative || goal.target?.sustained != true else { return [] }
        return [finding(.noBaseline, .warning, CheckMessages.baselineValueUnknown(period: period),
                        CheckMessages.baselineValueSuggestion(period: period))]
    }

    /// A metric that is not declared, or not documented: its figures, if any, are still judged.
    private func noMetric() -> [Finding] {
        guard let key = goal.metric else { return [] }
        guard let metric else {
            return [finding(.noMetric, .warning, CheckMessages.undeclaredMetric(key.metric), CheckMessages.undeclaredMetricSuggestion(key.metric))]
        }
        let lacksDefinition = (metric.definition ?? "").isEmpty
        let lacksSource = (metric.source ?? "").isEmpty && metric.formula == nil
        guard lacksDefinition || lacksSource else { return [] }
        return [finding(.noMetric, .warning, CheckMessages.undocumentedMetric(metric.id, lacksDefinition: lacksDefinition, lacksSource: lacksSource),
                        CheckMessages.undocumentedMetricSuggestion)]
    }

    private func noData() -> [Finding] {
        guard let key = goal.metric, metric != nil, facts.points.isEmpty else { return [] }
        return [finding(.noData, .warning, CheckMessages.noData(series: key.description), CheckMessages.noDataSuggestion)]
    }

    private func staleData() -> [Finding] {
        guard let latest = history.last else { return [] }
        let frequency = metric?.frequency ?? latest.period.granularity
        let monthsPerPeriod = 12 / frequency.periodsPerYear
        let between = metric?.frequency == nil ? 1 : metric?.periodsBetweenFigures ?? 1
        // The next figure is due `between` periods later and may take one more period to be
        // published; beyond that it is overdue (a two-yearly 2021 figure from 2025 on).
        guard CheckSeriesFacts.monthsOverdue(latest: latest.period, today: options.peildatum) >= (between + 1) * monthsPerPeriod
        else { return [] }
        let name = between == 2 && frequency == .year ? CheckMessages.twoYearlyName : CheckMessages.frequencyName(frequency)
        return [finding(.staleData, .warning, CheckMessages.staleData(latest: latest.period, frequencyName: name, today: options.peildatum),
                        CheckMessages.staleDataSuggestion)]
    }

    private func vagueScope() -> [Finding] {
        guard (goal.scope ?? "").isEmpty else { return [] }
        let escapes = matches(.escape).map { match in
            finding(.vagueScope, .warning, CheckMessages.escapeClause(match.span.text), CheckMessages.vagueScopeSuggestion(match.span.text), span: match.span)
        }
        // A metric that defines what it counts also defines "all".
        guard (metric?.definition ?? "").isEmpty else { return escapes }
        let populations = matches(.population).map { match in
            finding(.vagueScope, .warning, CheckMessages.undefinedPopulation(match.span.text), CheckMessages.vagueScopeSuggestion(match.span.text), span: match.span)
        }
        return escapes + populations
    }

    private func vagueWording() -> [Finding] {
        var found: [Finding] = []
        if !hasConcreteTarget {
            for match in matches where [.effort, .direction, .quantifier].contains(match.entry.category) {
                found.append(finding(.vagueWording, .warning, CheckMessages.vagueWording(match.span.text, category: match.entry.category),
                                     CheckMessages.vagueWordingTargetSuggestion, span: match.span))
            }
        }
        if goal.deadline == nil {
            for match in matches(.time) {
                found.append(finding(.vagueWording, .warning, CheckMessages.vagueWording(match.span.text, category: .time),
                                     CheckMessages.vagueWordingTimeSuggestion, span: match.span))
            }
        }
        return found
    }

    private func textMismatch() -> [Finding] {
        // Nothing to compare: most titles state no number.
        guard !statedNumbers.isEmpty else { return [] }
        let periods = [goal.baseline?.period, goal.deadline].compactMap { $0 } + goal.milestones.map(\.period)
        // A few periods: searched, not hashed. A running total counts from the period after its
        // baseline, so "in 2023–2028" with `baseline 2022` names where it starts.
        var years = periods.map { Int($0.year) }
        if goal.target?.cumulative == true, let start = goal.baseline?.period?.next { years.append(Int(start.year)) }
        var percentValues: [Double] = []
        var plainValues: [Double] = []
        func collect(_ value: TargetValue) {
            switch value {
            case let .absolute(number, percent): if percent { percentValues.append(number) } else { plainValues.append(number) }
            case let .relativePercent(number), let .percentagePoints(number): percentValues.append(abs(number))
            case let .change(number): plainValues.append(abs(number))
            case let .benchmark(benchmark):
                switch benchmark.offset {
                case let .amount(number)?: plainValues.append(abs(number))
                case let .percent(number)?: percentValues.append(abs(number))
                case nil: break
                }
            case .yesNo, .qualitative: break
            }
        }
        if let target = goal.target { collect(target.value) }
        goal.milestones.forEach { collect($0.target.value) }
        if let stated = goal.baseline?.value { plainValues.append(stated); percentValues.append(stated) }
        // A title quoting the baseline as the data holds it agrees too; but only the goal's own
        // fields decide whether there is anything to compare with.
        let dataBaseline = goal.baseline?.value == nil ? baselineValue : nil
        func agrees(_ number: Double, _ values: [Double]) -> Bool {
            func close(_ value: Double) -> Bool { abs(value - number) <= 1e-9 * max(1, abs(number)) }
            return values.contains(where: close) || dataBaseline.map(close) == true
        }
        // A number that defines the population ("18 jaar en ouder"), a condition ("binnen 2
        // werkdagen") or a list number ("Doelstelling 1") is no value of the goal. Read only when
        // some number disagrees: the sentence reader is slower than the title reading.
        var definingStarts: Set<Int>?
        func definesWhatIsCounted(_ number: StatedNumber) -> Bool {
            if definingStarts == nil {
                let roles = GoalDraft.numberRoles(in: goal.title, wordLists: options.wordLists)
                definingStarts = Set(roles.filter { [.population, .condition, .list].contains($0.role) }.map(\.span.start))
            }
            return definingStarts?.contains(number.span.start) ?? false
        }
        var found: [Finding] = []
        for number in statedNumbers {
            let field: LocalizedText
            switch number.kind {
            case .year:
                // With the deadline or baseline missing, a year in the title is what `no-deadline`
                // and `no-baseline` point at; it disagrees with nothing.
                guard goal.deadline != nil, goal.baseline?.period != nil, !years.contains(Int(number.value)) else { continue }
                field = CheckMessages.periodFields(periods.map(\.description))
            case .percent, .points:
                guard !percentValues.isEmpty, !agrees(number.value, percentValues) else { continue }
                field = CheckMessages.valueFields(percentValues)
            case .plain:
                guard !plainValues.isEmpty, !agrees(number.value, plainValues) else { continue }
                field = CheckMessages.valueFields(plainValues)
            }
            guard !definesWhatIsCounted(number) else { continue }
            found.append(finding(.textMismatch, .warning, CheckMessages.textMismatch(number.span.text, fields: field),
                                 CheckMessages.textMismatchSuggestion, span: number.span))
        }
        return found
    }

    /// The pace the goal needs from where it stands, against the pace the figures have shown,
    /// or, when they are too few to show one, the pace the goal file states (`pace`).
    private func unrealisticPace() -> [Finding] {
        guard let deadline = goal.deadline, let target = targetValue, let comparator = goal.target?.comparator, comparator != .equals else { return [] }
        // Where the goal stands: the latest figure, else the baseline's value.
        let current: CheckSeriesFacts.Point
        if let latest = paceHistory.last {
            current = latest
        } else if let period = goal.baseline?.period, let value = baselineValue {
            current = CheckSeriesFacts.Point(period: period, value: value)
        } else {
            return []
        }
        guard deadline.end > current.period.end, deadline.end > options.peildatum.end,
              !CheckSeriesFacts.meets(current.value, target: target, comparator: comparator)
        else { return [] }
        let needed = abs(target - current.value) / (deadline.end - current.period.end)
        if let best = CheckSeriesFacts.bestHistoricRate(paceHistory, direction: comparator.direction) {
            if best <= 0 {
                return [finding(.unrealisticPace, .warning, CheckMessages.paceNeverSeen(needed: needed, deadline: deadline),
                                CheckMessages.unrealisticPaceSuggestion)]
            }
            let factor = needed / best
            guard factor > options.paceFactorThreshold else { return [] }
            return [finding(.unrealisticPace, .warning, CheckMessages.unrealisticPace(needed: needed, best: best, factor: factor, deadline: deadline),
                            CheckMessages.unrealisticPaceSuggestion)]
        }
        guard let stated = goal.pace?.perYear, stated > 0 else { return [] }
        let factor = needed / stated
        guard factor > options.paceFactorThreshold else { return [] }
        return [finding(.unrealisticPace, .warning,
                        CheckMessages.unrealisticStatedPace(needed: needed, from: current, stated: stated, factor: factor, deadline: deadline),
                        CheckMessages.unrealisticPaceSuggestion)]
    }

    private func deadlinePassed() -> [Finding] {
        guard let deadline = goal.deadline, deadline.end <= options.peildatum.start else { return [] }
        let baselineEnd = goal.baseline?.period?.end ?? -Double.infinity
        let judged = facts.points.contains { $0.period.end > baselineEnd && $0.period.end <= deadline.end }
        guard !judged else { return [] }
        return [finding(.deadlinePassed, .warning, CheckMessages.deadlinePassed(deadline), CheckMessages.deadlinePassedSuggestion)]
    }

    private func alreadyMet() -> [Finding] {
        // Holding a level the baseline already meets is what a sustained target says.
        guard goal.target?.sustained != true, let baseline = baselineValue, let target = targetValue, let comparator = goal.target?.comparator,
              CheckSeriesFacts.meets(baseline, target: target, comparator: comparator)
        else { return [] }
        return [finding(.alreadyMet, .warning, CheckMessages.alreadyMet(baseline: baseline, target: target, period: goal.baseline?.period),
                        CheckMessages.alreadyMetSuggestion)]
    }

    private func unitMismatch() -> [Finding] {
        guard let unit = metric?.unit, let value = goal.target?.value else { return [] }
        let targetUnit: MetricUnit?
        switch value {
        case .absolute(_, percent: true), .percentagePoints: targetUnit = .percent
        case let .absolute(number, percent: false):
            if unit == .yesNo { targetUnit = .count } else if unit == .grade, number > 10 { targetUnit = .count } else { targetUnit = nil }
        case .yesNo: targetUnit = .yesNo
        case .relativePercent, .change, .qualitative, .benchmark: targetUnit = nil
        }
        guard let targetUnit, targetUnit != unit else { return [] }
        return [finding(.unitMismatch, .warning, CheckMessages.unitMismatch(target: targetUnit, metric: unit, metricID: metric?.id ?? ""),
                        CheckMessages.unitMismatchSuggestion)]
    }

    /// A metric with fewer figures than the council has reports: most reports say nothing new.
    private func infrequentMetric() -> [Finding] {
        guard let metric, let measured = measurementInterval(of: metric) else { return [] }
        let reporting = goal.reporting ?? CheckOptions.defaultReporting
        guard measured.months > reporting.monthsPerPeriod else { return [] }
        return [finding(.infrequentMetric, .warning,
                        CheckMessages.infrequentMetric(metric.id, measuredMonths: measured.months, declared: measured.declared,
                                                       reporting: reporting, reportingStated: goal.reporting != nil),
                        CheckMessages.infrequentMetricSuggestion)]
    }

    /// Months between two figures of the metric: its declared frequency, else the shortest
    /// distance between two of its figures (at least two of them).
    private func measurementInterval(of metric: Metric) -> (months: Int, declared: Bool)? {
        if let frequency = metric.frequency { return (frequency.monthsPerPeriod * metric.periodsBetweenFigures, true) }
        guard facts.points.count >= 2 else { return nil }
        var shortest = Int.max
        for (earlier, later) in zip(facts.points, facts.points.dropFirst()) {
            shortest = min(shortest, CheckSeriesFacts.monthsOverdue(latest: earlier.period, today: later.period) + later.period.granularity.monthsPerPeriod)
        }
        return shortest == Int.max ? nil : (shortest, false)
    }

    /// Other goals on the same series, or with mostly the same title, that aim at another value
    /// or another deadline.
    private func conflictingGoals() -> [Finding] {
        let sameSeries = overlap.sameSeriesConflicts(of: goal)
        let sameIntent = overlap.sameIntentConflicts(of: goal)
        // Written only for a goal in conflict: most goals have none.
        guard !sameSeries.isEmpty || !sameIntent.isEmpty else { return [] }
        let ownTarget = CheckMessages.aim(goal)
        return sameSeries.map { other in
            finding(.conflictingGoals, .warning, CheckMessages.conflictingSeries(other: other.id, series: other.metric?.description ?? "",
                                                                                 otherAim: CheckMessages.aim(other), ownAim: ownTarget),
                    CheckMessages.conflictingGoalsSuggestion(other: other.id))
        } + sameIntent.map { other in
            finding(.conflictingGoals, .warning, CheckMessages.conflictingIntent(other: other.id, otherAim: CheckMessages.aim(other), ownAim: ownTarget),
                    CheckMessages.conflictingGoalsSuggestion(other: other.id))
        }
    }

    /// A goal without an owner of its own is owned by its programme's or its document's owner,
    /// as `status --by owner` and `--owner` have it.
    private func noOwner() -> [Finding] {
        guard (goal.owner ?? "").isEmpty else { return [] }
        if !(goal.programme.flatMap(model.programme)?.owner ?? "").isEmpty { return [] }
        if !(documents.document(of: goal)?.owner ?? "").isEmpty { return [] }
        return [finding(.noOwner, .warning, CheckMessages.noOwner, CheckMessages.noOwnerSuggestion)]
    }

    private func noSource() -> [Finding] {
        guard (goal.source?.document ?? "").isEmpty else { return [] }
        return [finding(.noSource, .warning, CheckMessages.noSource, CheckMessages.noSourceSuggestion)]
    }
}
