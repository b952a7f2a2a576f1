/// A vague-goal rule. The raw value is the stable code staff use in `check --rule`, `explain`
/// and `waiver` lines; it never changes once published.
public enum CheckRule: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case noTarget = "no-target"
    case qualitativeTarget = "qualitative-target"
    case noDeadline = "no-deadline"
    case noBaseline = "no-baseline"
    case noMetric = "no-metric"
    case noData = "no-data"
    case staleData = "stale-data"
    case vagueScope = "vague-scope"
    case vagueWording = "vague-wording"
    case textMismatch = "text-mismatch"
    case unrealisticPace = "unrealistic-pace"
    case deadlinePassed = "deadline-passed"
    case alreadyMet = "already-met"
    case unitMismatch = "unit-mismatch"
    case infrequentMetric = "infrequent-metric"
    case conflictingGoals = "conflicting-goals"
    case noOwner = "no-owner"
    case noSource = "no-source"
    case scatteredPolicy = "scattered-policy"
    case notAdopted = "not-adopted"
    case neverEvaluated = "never-evaluated"

    public var code: String { rawValue }

    /// The rule with this code, ignoring case.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// The rules that need only the text and fields of a goal, not its metric or figures:
    /// the ones `draft` can apply to a bare sentence.
    public static let sentenceRules: [CheckRule] = [
        .noTarget, .qualitativeTarget, .noDeadline, .noBaseline, .vagueScope, .vagueWording,
    ]

    /// The rules about the policy as a whole: their findings are about a document or a policy
    /// area (`PolicyCheck`), never about one goal.
    public static let policyRules: [CheckRule] = [.scatteredPolicy, .notAdopted, .neverEvaluated]

    public var isPolicyRule: Bool { Self.policyRules.contains(self) }

    /// Declaration order: the order findings of equal severity are listed in.
    public static func < (lhs: CheckRule, rhs: CheckRule) -> Bool {
        (declarationOrder[lhs] ?? 0) < (declarationOrder[rhs] ?? 0)
    }

    /// Each rule's place in `allCases`, found once: findings of every goal are sorted by it.
    private static let declarationOrder = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// What one rule found about one goal.
public struct Finding: Sendable, Hashable {
    public var rule: CheckRule
    /// error: the goal cannot be evaluated (`gap` says why); warning: it can, but is weak;
    /// info: worth knowing.
    public var severity: Diagnostic.Severity
    public var goalID: String
    /// What is wrong, quoting the offending text; written in a language only when asked.
    public var messageText: FindingText
    /// How to fix it.
    public var suggestion: LocalizedText
    /// The offending words in the goal's title, when the finding is about words.
    public var span: TextSpan?
    /// Where the goal is written.
    public var location: SourceLocation?
    /// The goal's waiver for this rule: the finding still shows, but never fails a run.
    public var waiver: Waiver?
    /// What stops evaluation, when this finding reports it (every error does): the status is
    /// then `not-evaluable` for this reason.
    public var gap: EvaluationGap?

    public init(
        rule: CheckRule, severity: Diagnostic.Severity, goalID: String, message: LocalizedText,
        suggestion: LocalizedText, span: TextSpan? = nil, location: SourceLocation? = nil, waiver: Waiver? = nil
    ) {
        self.init(rule: rule, severity: severity, goalID: goalID, messageText: FindingText(message), suggestion: suggestion,
                  span: span, location: location, waiver: waiver)
    }

    public init(
        rule: CheckRule, severity: Diagnostic.Severity, goalID: String, messageText: FindingText,
        suggestion: LocalizedText, span: TextSpan? = nil, location: SourceLocation? = nil, waiver: Waiver? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.goalID = goalID
        self.messageText = messageText
        self.suggestion = suggestion
        self.span = span
        self.location = location
        self.waiver = waiver
    }

    /// What is wrong, in both languages.
    public var message: LocalizedText {
        get { messageText.localized }
        set { messageText = FindingText(newValue) }
    }

    /// What is wrong, written in `language` only.
    public func message(in language: Language) -> String { messageText.text(in: language) }

    public var isWaived: Bool { waiver != nil }

    /// Worst first: errors before warnings before infos, waived after unwaived, then by rule
    /// and by position in the text.
    public static func worstFirst(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.isWaived != rhs.isWaived { return !lhs.isWaived }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return (lhs.span?.start ?? -1) < (rhs.span?.start ?? -1)
    }
}

/// A finding's message, written in one language only when it is shown: `check` of a national
/// goal file makes some 80,000 findings and shows each in one language, so writing both
/// (numbers formatted in two notations) was half wasted. Equal when both languages read the same.
public struct FindingText: Sendable, Hashable, CustomStringConvertible {
    private enum Storage {
        case fixed(LocalizedText)
        case written(@Sendable (Language) -> String)
    }

    private let storage: Storage

    public init(_ text: LocalizedText) {
        storage = .fixed(text)
    }

    /// A text written by `write` in whichever language is asked for.
    public init(_ write: @escaping @Sendable (Language) -> String) {
        storage = .written(write)
    }

    public func text(in language: Language) -> String {
        switch storage {
        case let .fixed(text): text.text(in: language)
        case let .written(write): write(language)
        }
    }

    /// Both languages.
    public var localized: LocalizedText {
        switch storage {
        case let .fixed(text): text
        case let .written(write): LocalizedText(en: write(.en), nl: write(.nl))
        }
    }

    public var description: String { text(in: .en) }

    public static func == (lhs: FindingText, rhs: FindingText) -> Bool { lhs.localized == rhs.localized }

    public func hash(into hasher: inout Hasher) { hasher.combine(localized) }
}

/// Whether findings should fail a scripted run (`koers -c check PATH`): any unwaived error
/// does; with `strict`, any unwaived warning too. Waived findings never do.
public enum CheckGate {
    public static func fails(_ findings: [Finding], strict: Bool) -> Bool {
        findings.contains { finding in
            guard !finding.isWaived else { return false }
            return finding.severity == .error || (strict && finding.severity == .warning)
        }
    }

    /// The process exit status: 0 when nothing fails, 1 when something does.
    public static func exitStatus(_ findings: [Finding], strict: Bool) -> Int32 {
        fails(findings, strict: strict) ? 1 : 0
    }
}
