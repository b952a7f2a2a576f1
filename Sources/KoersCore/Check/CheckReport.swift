/// The one-line judgement of a goal, from its worst unwaived finding.
public enum GoalVerdict: String, Sendable, Hashable, Comparable, Codable {
    /// An unwaived error: the goal cannot be evaluated.
    case cannotBeEvaluated = "cannot-be-evaluated"
    /// Unwaived warnings only: it can be evaluated, but is weak.
    case weak
    /// Nothing unwaived beyond information.
    case fine

    public init(_ findings: [Finding]) {
        // One pass, no copy: `check` asks this of every goal several times.
        // Indices rather than `for finding in`, which would copy every finding.
        var verdict = GoalVerdict.fine
        for index in findings.indices where !findings[index].isWaived {
            if findings[index].severity == .error { verdict = .cannotBeEvaluated; break }
            if findings[index].severity == .warning { verdict = .weak }
        }
        self = verdict
    }

    private var rank: Int {
        switch self {
        case .cannotBeEvaluated: 0
        case .weak: 1
        case .fine: 2
        }
    }

    public static func < (lhs: GoalVerdict, rhs: GoalVerdict) -> Bool { lhs.rank < rhs.rank }
}

/// The check of one goal.
public struct GoalCheckResult: Sendable, Hashable {
    public var goal: Goal
    /// Worst first.
    public var findings: [Finding] {
        didSet { verdict = GoalVerdict(findings) }
    }
    /// Kept with the findings: the sort, the totals, the gate and the renderers all ask for it.
    public private(set) var verdict: GoalVerdict

    public init(goal: Goal, findings: [Finding]) {
        self.init(goal: goal, sortedFindings: findings.sorted(by: Finding.worstFirst))
    }

    /// For findings already worst first (`VagueGoalCheck.findings` sorts them).
    init(goal: Goal, sortedFindings: [Finding]) {
        self.goal = goal
        findings = sortedFindings
        verdict = GoalVerdict(sortedFindings)
    }

    /// "cannot be evaluated: no target value", "can be evaluated, but weak: no owner", "fine".
    public var verdictText: LocalizedText {
        switch verdict {
        case .cannotBeEvaluated:
            // The status's own words: "cannot be evaluated: no deadline, no baseline".
            return CheckMessages.verdictCannotBeEvaluated(EvaluationGap.reasonText(gaps) ?? firstOpenRule(.error).map(CheckMessages.headline))
        case .weak:
            return CheckMessages.verdictWeak(firstOpenRule(.warning).map(CheckMessages.headline))
        case .fine:
            return CheckMessages.verdictFine(waived: findings.count(where: { $0.isWaived }))
        }
    }

    /// What stops the goal's evaluation, as its error findings report it (empty when it can be
    /// evaluated): the gaps of its status `not-evaluable`.
    public var gaps: [EvaluationGap] {
        var gaps: [EvaluationGap] = []
        for index in findings.indices where !findings[index].isWaived && findings[index].severity == .error {
            if let gap = findings[index].gap { gaps.append(gap) }
        }
        return gaps
    }

    /// The rule the verdict names: the first unwaived error of a goal that cannot be evaluated,
    /// the first unwaived warning of a weak one; nil for a fine goal.
    public var verdictRule: CheckRule? {
        switch verdict {
        case .cannotBeEvaluated: firstOpenRule(.error)
        case .weak: firstOpenRule(.warning)
        case .fine: nil
        }
    }

    /// How many of the findings are waived.
    public var waivedCount: Int {
        var count = 0
        for index in findings.indices where findings[index].isWaived { count += 1 }
        return count
    }

    private func firstOpenRule(_ severity: Diagnostic.Severity) -> CheckRule? {
        // By index: `first(where:)` would hand back a copy of the whole finding for its rule.
        for index in findings.indices where !findings[index].isWaived && findings[index].severity == severity {
            return findings[index].rule
        }
        return nil
    }

    /// The Rotterdam-style checklist of this goal.
    public var checklist: GoalChecklist { GoalChecklist(findings: findings) }
}

/// Counts over a check, for the closing total line.
public struct CheckTotals: Sendable, Hashable {
    public var goals = 0
    public var cannotBeEvaluated = 0
    public var weak = 0
    public var fine = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    /// Waived findings, counted apart from the severities above.
    public var waived = 0
    /// Findings about the policy as a whole (documents, areas), also counted in the severities.
    public var policy = 0

    mutating func count(_ severity: Diagnostic.Severity, waived isWaived: Bool) {
        if isWaived {
            waived += 1
            return
        }
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }
}

/// The result of `check`: goals worst first, with the totals.
public struct CheckReport: Sendable, Hashable {
    public var results: [GoalCheckResult]
    /// Goal ids asked for that the model does not have.
    public var unknownGoalIDs: [String]
    /// The rule `check --rule` filtered on, if any.
    public var rule: CheckRule?
    /// What the rules about the policy as a whole found (documents, policy areas), unwaived first.
    public var policyFindings: [PolicyFinding]

    public init(results: [GoalCheckResult], unknownGoalIDs: [String] = [], rule: CheckRule? = nil, policyFindings: [PolicyFinding] = []) {
        self.policyFindings = policyFindings
        // Worst verdict first; within a verdict the goal with more errors, then more warnings;
        // then the order of the files, so that output is stable.
        // The sort keys are computed once per goal, not once per comparison.
        let keys = results.indices.map { (verdict: results[$0].verdict, errors: results[$0].openCount(.error), warnings: results[$0].openCount(.warning)) }
        self.results = results.indices.sorted { l, r in
            let (lk, rk) = (keys[l], keys[r])
            if lk.verdict != rk.verdict { return lk.verdict < rk.verdict }
            if lk.errors != rk.errors { return lk.errors > rk.errors }
            if lk.warnings != rk.warnings { return lk.warnings > rk.warnings }
            return l < r
        }.map { results[$0] }
        self.unknownGoalIDs = unknownGoalIDs
        self.rule = rule
    }

    public var findings: [Finding] { results.flatMap(\.findings) }

    public var totals: CheckTotals {
        var totals = CheckTotals()
        // Indices rather than `for … in`, which would copy every goal and finding.
        for index in results.indices {
            totals.goals += 1
            switch results[index].verdict {
            case .cannotBeEvaluated: totals.cannotBeEvaluated += 1
            case .weak: totals.weak += 1
            case .fine: totals.fine += 1
            }
            let findings = results[index].findings
            for position in findings.indices {
                totals.count(findings[position].severity, waived: findings[position].isWaived)
            }
        }
        for finding in policyFindings {
            totals.policy += 1
            totals.count(finding.severity, waived: finding.isWaived)
        }
        return totals
    }

    /// Whether `koers -c check` should exit 1.
    public func fails(strict: Bool) -> Bool {
        // `CheckGate.fails(findings, strict:)` by the verdicts, without gathering every finding:
        // an unwaived error makes a goal "cannot be evaluated", an unwaived warning "weak".
        results.indices.contains { strict ? results[$0].verdict != .fine : results[$0].verdict == .cannotBeEvaluated }
            || policyFindings.contains { !$0.isWaived && ($0.severity == .error || (strict && $0.severity == .warning)) }
    }
}

private extension GoalCheckResult {
    func openCount(_ severity: Diagnostic.Severity) -> Int {
        var count = 0
        for index in findings.indices where !findings[index].isWaived && findings[index].severity == severity { count += 1 }
        return count
    }
}

/// The criteria an audit office applies to a goal (after the Rekenkamer Rotterdam's
/// "rekenkamerproof" test), each decided by the rules that bear on it.
public enum ChecklistCriterion: String, Sendable, Hashable, CaseIterable, Codable {
    case specific
    case measurable
    case timeBound = "time-bound"
    case baseline
    case verifiableSource = "verifiable-source"
    case owner

    public var rules: [CheckRule] {
        switch self {
        case .specific: [.vagueScope, .vagueWording, .qualitativeTarget, .conflictingGoals]
        case .measurable: [.noTarget, .qualitativeTarget, .noMetric, .noData, .unitMismatch, .textMismatch]
        case .timeBound: [.noDeadline, .deadlinePassed, .unrealisticPace]
        case .baseline: [.noBaseline, .alreadyMet]
        case .verifiableSource: [.noSource, .noMetric, .staleData, .infrequentMetric]
        case .owner: [.noOwner]
        }
    }
}

/// One line of the checklist.
public struct ChecklistItem: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, Codable {
        /// No finding of the criterion's rules.
        case met
        /// An unwaived error or warning.
        case notMet = "not-met"
        /// Findings, all waived or informational.
        case waived
    }

    public var criterion: ChecklistCriterion
    public var state: State
    /// The findings that decided the state.
    public var findings: [Finding]
}

/// The per-goal checklist `show` prints with ticks and crosses.
public struct GoalChecklist: Sendable, Hashable {
    public var items: [ChecklistItem]

    /// Built from a goal's findings (all rules): a criterion is met when none of its rules
    /// found anything.
    public init(findings: [Finding]) {
        items = ChecklistCriterion.allCases.map { criterion in
            let relevant = findings.filter { criterion.rules.contains($0.rule) }
            let state: ChecklistItem.State
            if relevant.isEmpty {
                state = .met
            } else if relevant.contains(where: { !$0.isWaived && $0.severity != .info }) {
                state = .notMet
            } else {
                state = .waived
            }
            return ChecklistItem(criterion: criterion, state: state, findings: relevant)
        }
    }
}
