/// What the check needs besides the goals: the word lists and "today" (the core has no clock).
public struct CheckOptions: Sendable, Hashable {
    /// The period the check runs in; deadlines and staleness are judged against it.
    public var today: Period
    /// The word lists of every language a title may be written in.
    public var wordLists: [WordLists]
    /// How many times faster than the fastest historic change a goal may demand before
    /// `unrealistic-pace` calls it unrealistic.
    public var paceFactorThreshold: Double

    public init(today: Period, wordLists: [WordLists], paceFactorThreshold: Double = 3) {
        self.today = today
        self.wordLists = wordLists
        self.paceFactorThreshold = paceFactorThreshold
    }
}

/// The vague-goal rules: each looks at one goal (with its metric and figures) and says what
/// keeps it from being judged, quoting the words that do it.
public enum VagueGoalCheck {
    /// The findings for one goal, waivers applied, worst first.
    public static func findings(
        for goal: Goal, in model: GoalModel, options: CheckOptions, rules: [CheckRule] = CheckRule.allCases
    ) -> [Finding] {
        findings(for: goal, in: model, options: options, rules: rules, reader: TitleReader(lists: options.wordLists))
    }

    /// The same with the title reader built once for many goals.
    static func findings(
        for goal: Goal, in model: GoalModel, options: CheckOptions, rules: [CheckRule], reader: TitleReader
    ) -> [Finding] {
        let inspection = GoalInspection(goal: goal, model: model, options: options, title: reader.read(goal.title))
        var findings: [Finding] = []
        for rule in rules { findings += inspection.findings(for: rule) }
        for index in findings.indices {
            findings[index].location = goal.location
            findings[index].waiver = goal.waivers.first { CheckRule(code: $0.rule) == findings[index].rule }
        }
        return findings.sorted(by: Finding.worstFirst)
    }

    /// Checks the named goals (all goals when `goalIDs` is empty), optionally one rule only.
    public static func report(
        for model: GoalModel, goalIDs: [String] = [], rule: CheckRule? = nil, options: CheckOptions
    ) -> CheckReport {
        var asked = Set<String>()
        let uniqueIDs = goalIDs.filter { asked.insert($0).inserted }
        let unknown = uniqueIDs.filter { model.goal($0) == nil }
        let goals = uniqueIDs.isEmpty ? model.goals : uniqueIDs.compactMap { model.goal($0) }
        let rules = rule.map { [$0] } ?? CheckRule.allCases
        let reader = TitleReader(lists: options.wordLists)
        var results = goals.concurrentMap { goal in
            GoalCheckResult(goal: goal, sortedFindings: findings(for: goal, in: model, options: options, rules: rules, reader: reader))
        }
        if rule != nil { results.removeAll { $0.findings.isEmpty } }
        return CheckReport(results: results, unknownGoalIDs: unknown, rule: rule)
    }
}

extension VagueGoalCheck {
    /// Waivers that name no rule (a typo such as `vague-scop` would otherwise silently waive
    /// nothing): one warning per waiver, at the goal's location.
    public static func waiverDiagnostics(for goal: Goal) -> [Diagnostic] {
        goal.waivers.filter { CheckRule(code: $0.rule) == nil }.map { waiver in
            Diagnostic(.warning, at: goal.location, CheckMessages.unknownWaiverRule(waiver.rule, goalID: goal.id),
                       hint: CheckMessages.knownRuleCodes)
        }
    }
}

/// One goal under inspection, with what several rules share computed once.
private struct GoalInspection {
    let goal: Goal
    let model: GoalModel
    let options: CheckOptions
    let metric: Metric?
    let facts: CheckSeriesFacts
    /// The figures as of today, for `stale-data` and `unrealistic-pace`.
    let history: [CheckSeriesFacts.Point]
    let matches: [WordMatch]
    let statedNumbers: [StatedNumber]

    init(goal: Goal, model: GoalModel, options: CheckOptions, title: TitleReading) {
        self.goal = goal
        self.model = model
        self.options = options
        metric = goal.metric.flatMap { model.metric($0.metric) }
        facts = CheckSeriesFacts(goal: goal, model: model)
        history = facts.points(asOf: options.today)
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
        case .absolute?, .relativePercent?, .percentagePoints?, .change?, .yesNo?: true
        case .qualitative?, nil: false
        }
    }

    private var baselineValue: Double? { facts.baselineValue(of: goal) }

    private var targetValue: Double? { CheckSeriesFacts.targetValue(of: goal.target, baseline: baselineValue) }



    func findings(for rule: CheckRule) -> [Finding] {
        switch rule {
        case .noTarget: noTarget()
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
        case .noOwner: noOwner()
        case .noSource: noSource()
        }
    }

    private func noTarget() -> [Finding] {
        guard goal.target == nil else { return [] }
        return [finding(.noTarget, .error, CheckMessages.noTarget, CheckMessages.noTargetSuggestion)]
    }

    private func qualitativeTarget() -> [Finding] {
        if case let .qualitative(word)? = goal.target?.value {
            let span = Self.find(word, in: goal.title)
            return [finding(.qualitativeTarget, .error, CheckMessages.qualitativeTarget(word: word), CheckMessages.qualitativeTargetSuggestion(word: word), span: span)]
        }
        guard goal.target == nil else { return [] }
        return matches(.qualitative).map { match in
            finding(.qualitativeTarget, .error, CheckMessages.qualitativeTarget(word: match.span.text),
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

    private func noDeadline() -> [Finding] {
        // A sustained target is an ongoing obligation: it needs no deadline.
        guard goal.deadline == nil, goal.target?.sustained != true else { return [] }
        let year = statedNumbers.first { $0.kind == .year && Int($0.value) != goal.baseline?.period.map { Int($0.year) } }
        return [finding(.noDeadline, .error, CheckMessages.noDeadline, CheckMessages.noDeadlineSuggestion(mentionedYear: year?.span.text), span: year?.span)]
    }

    private func noBaseline() -> [Finding] {
        let relative = goal.target?.value.isRelative ?? false
        guard let baseline = goal.baseline, baseline.period != nil || baseline.value != nil else {
            if relative { return [finding(.noBaseline, .error, CheckMessages.relativeTargetWithoutBaseline, CheckMessages.noBaselineSuggestion)] }
            // A sustained target's figures count from the baseline on: without one it cannot be judged.
            let severity: Diagnostic.Severity = goal.target?.sustained == true ? .error : .warning
            return [finding(.noBaseline, severity, CheckMessages.noBaseline, CheckMessages.noBaselineSuggestion)]
        }
        // Without a metric the figure cannot be looked up at all: `no-metric` says so.
        guard baselineValue == nil, let period = baseline.period, goal.metric != nil else { return [] }
        // An absolute target can be judged without the baseline figure; a relative one cannot.
        guard relative || !facts.points.isEmpty else { return [] }
        return [finding(.noBaseline, relative ? .error : .warning, CheckMessages.baselineValueUnknown(period: period),
                        CheckMessages.baselineValueSuggestion(period: period))]
    }

    private func noMetric() -> [Finding] {
        guard let key = goal.metric else {
            return [finding(.noMetric, .error, CheckMessages.noMetric, CheckMessages.noMetricSuggestion)]
        }
        guard let metric else {
            return [finding(.noMetric, .error, CheckMessages.undeclaredMetric(key.metric), CheckMessages.undeclaredMetricSuggestion(key.metric))]
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
        // The next figure may take one more period to be published; beyond that it is overdue.
        guard CheckSeriesFacts.monthsOverdue(latest: latest.period, today: options.today) >= 2 * monthsPerPeriod else { return [] }
        return [finding(.staleData, .warning, CheckMessages.staleData(latest: latest.period, frequency: frequency, today: options.today),
                        CheckMessages.staleDataSuggestion)]
    }

    private func vagueScope() -> [Finding] {
        guard (goal.scope ?? "").isEmpty else { return [] }
        let escapes = matches(.escape).map { match in
            finding(.vagueScope, .error, CheckMessages.escapeClause(match.span.text), CheckMessages.vagueScopeSuggestion(match.span.text), span: match.span)
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
        let periods = [goal.baseline?.period, goal.deadline].compactMap { $0 } + goal.milestones.map(\.period)
        let years = Set(periods.map { Int($0.year) })
        var percentValues: [Double] = []
        var plainValues: [Double] = []
        func collect(_ value: TargetValue) {
            switch value {
            case let .absolute(number, percent): if percent { percentValues.append(number) } else { plainValues.append(number) }
            case let .relativePercent(number), let .percentagePoints(number): percentValues.append(abs(number))
            case let .change(number): plainValues.append(abs(number))
            case .yesNo, .qualitative: break
            }
        }
        if let target = goal.target { collect(target.value) }
        goal.milestones.forEach { collect($0.target.value) }
        if let stated = goal.baseline?.value { plainValues.append(stated); percentValues.append(stated) }
        func agrees(_ number: Double, _ values: [Double]) -> Bool {
            values.contains { abs($0 - number) <= 1e-9 * max(1, abs(number)) }
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
            found.append(finding(.textMismatch, .warning, CheckMessages.textMismatch(number.span.text, fields: field),
                                 CheckMessages.textMismatchSuggestion, span: number.span))
        }
        return found
    }

    private func unrealisticPace() -> [Finding] {
        guard let deadline = goal.deadline, let target = targetValue, let comparator = goal.target?.comparator, comparator != .equals else { return [] }
        guard let current = history.last, deadline.end > current.period.end, deadline.end > options.today.end,
              !CheckSeriesFacts.meets(current.value, target: target, comparator: comparator),
              let best = CheckSeriesFacts.bestHistoricRate(history, direction: comparator.direction)
        else { return [] }
        let needed = abs(target - current.value) / (deadline.end - current.period.end)
        if best <= 0 {
            return [finding(.unrealisticPace, .warning, CheckMessages.paceNeverSeen(needed: needed, deadline: deadline),
                            CheckMessages.unrealisticPaceSuggestion)]
        }
        let factor = needed / best
        guard factor > options.paceFactorThreshold else { return [] }
        return [finding(.unrealisticPace, .warning, CheckMessages.unrealisticPace(needed: needed, best: best, factor: factor, deadline: deadline),
                        CheckMessages.unrealisticPaceSuggestion)]
    }

    private func deadlinePassed() -> [Finding] {
        guard let deadline = goal.deadline, deadline.end <= options.today.start else { return [] }
        let baselineEnd = goal.baseline?.period?.end ?? -Double.infinity
        let judged = facts.points.contains { $0.period.end > baselineEnd && $0.period.end <= deadline.end }
        guard !judged else { return [] }
        return [finding(.deadlinePassed, .error, CheckMessages.deadlinePassed(deadline), CheckMessages.deadlinePassedSuggestion)]
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
        case .relativePercent, .change, .qualitative: targetUnit = nil
        }
        guard let targetUnit, targetUnit != unit else { return [] }
        return [finding(.unitMismatch, .error, CheckMessages.unitMismatch(target: targetUnit, metric: unit, metricID: metric?.id ?? ""),
                        CheckMessages.unitMismatchSuggestion)]
    }

    private func noOwner() -> [Finding] {
        guard (goal.owner ?? "").isEmpty else { return [] }
        return [finding(.noOwner, .warning, CheckMessages.noOwner, CheckMessages.noOwnerSuggestion)]
    }

    private func noSource() -> [Finding] {
        guard (goal.source?.document ?? "").isEmpty else { return [] }
        return [finding(.noSource, .warning, CheckMessages.noSource, CheckMessages.noSourceSuggestion)]
    }
}
