/// The one verdict on whether a goal can be judged. The evaluator's step 1 decides it (the gaps
/// of `GoalEvaluation`); `status`, `show`, `why`, `check`, the report and JSON only word it, so
/// a goal `check` calls "cannot be evaluated" is exactly a goal whose status is `not-evaluable`,
/// for the same reasons in the same words.
extension EvaluationGap {
    /// The stable reason code of `not-evaluable` in JSON (docs/json.md).
    public var code: String {
        switch self {
        case .series: "no-series"
        case .target: "no-target"
        case .qualitativeTarget: "qualitative-target"
        case .comparator: "no-comparator"
        case .baselineForRelativeTarget: "relative-target-without-baseline"
        case .baselineForBenchmarkTarget: "benchmark-target-without-baseline"
        case .baseline: "no-baseline"
        case .deadline: "no-deadline"
        case .deadlineNotAfterBaseline: "deadline-not-after-baseline"
        case .baselineCoarserThanGranularity: "baseline-coarser-than-granularity"
        }
    }

    /// The check rule that reports this gap, as its only kind of error.
    public var rule: CheckRule {
        switch self {
        case .series: .noMetric
        case .target, .comparator: .noTarget
        case .qualitativeTarget: .qualitativeTarget
        case .baselineForRelativeTarget, .baselineForBenchmarkTarget, .baseline, .baselineCoarserThanGranularity: .noBaseline
        case .deadline, .deadlineNotAfterBaseline: .noDeadline
        }
    }

    /// The reason in a few words: what the status line and the check's verdict both say.
    public var reason: LocalizedText {
        switch self {
        case .series: LocalizedText(en: "no metric", nl: "geen indicator")
        case .target: LocalizedText(en: "no target value", nl: "geen streefwaarde")
        case let .qualitativeTarget(word):
            LocalizedText(en: "target \"\(word)\" is not a number", nl: "streefwaarde \"\(word)\" is geen getal")
        case .comparator: LocalizedText(en: "no comparator (>= or <=)", nl: "geen vergelijking (>= of <=)")
        case .baselineForRelativeTarget:
            LocalizedText(en: "relative target without a baseline", nl: "relatieve streefwaarde zonder nulmeting")
        case .baselineForBenchmarkTarget:
            LocalizedText(en: "benchmark target without a baseline", nl: "streefwaarde tegen een benchmark zonder nulmeting")
        case .baseline: LocalizedText(en: "no baseline", nl: "geen nulmeting")
        case .deadline: LocalizedText(en: "no deadline", nl: "geen deadline")
        case .deadlineNotAfterBaseline:
            LocalizedText(en: "deadline not after the baseline", nl: "deadline ligt niet na de nulmeting")
        case let .baselineCoarserThanGranularity(baseline, granularity):
            Self.baselineCoarser(baseline, granularity)
        }
    }

    /// What to write instead of a yearly baseline for an additive metric counted per quarter.
    private static func baselineCoarser(_ baseline: Period, _ granularity: Granularity) -> LocalizedText {
        let part = Period.containing(baseline.end, granularity: granularity)?.description ?? baseline.description
        let (kindEn, kindNl) = words(baseline.granularity)
        let (perEn, perNl) = words(granularity)
        let (en, nl) = frequencyWords(baseline.granularity)
        return LocalizedText(
            en: "the baseline \(baseline) is a whole \(kindEn), but the metric adds up figures per \(perEn): a \(kindEn)'s total cannot be compared with a \(perEn)'s; write a baseline per \(perEn) (baseline \(part)) or declare the metric \(en) (frequency \(en))",
            nl: "de nulmeting \(baseline) is een heel \(kindNl), maar de indicator telt per \(perNl): een totaal over een \(kindNl) is niet te vergelijken met een \(perNl); schrijf een nulmeting per \(perNl) (nulmeting \(part)) of maak de indicator \(nl) (frequentie \(nl))")
    }

    private static func words(_ granularity: Granularity) -> (en: String, nl: String) {
        switch granularity {
        case .year: ("year", "jaar")
        case .halfYear: ("half-year", "halfjaar")
        case .quarter: ("quarter", "kwartaal")
        case .month: ("month", "maand")
        }
    }

    /// How the goal-file language writes a frequency (`yearly`, `jaarlijks`).
    private static func frequencyWords(_ granularity: Granularity) -> (en: String, nl: String) {
        switch granularity {
        case .year: ("yearly", "jaarlijks")
        case .halfYear: ("half-yearly", "halfjaarlijks")
        case .quarter: ("quarterly", "per-kwartaal")
        case .month: ("monthly", "maandelijks")
        }
    }

    /// The reasons of several gaps as one line ("no deadline, no baseline"), always in one
    /// order whoever lists them; nil for none.
    public static func reasonText(_ gaps: [EvaluationGap]) -> LocalizedText? {
        let ordered = ordered(gaps)
        guard var text = ordered.first?.reason else { return nil }
        for gap in ordered.dropFirst() { text = text + LocalizedText(verbatim: ", ") + gap.reason }
        return text
    }

    /// `gaps` in the one order every view names them in.
    public static func ordered(_ gaps: [EvaluationGap]) -> [EvaluationGap] {
        gaps.sorted { $0.rank < $1.rank }
    }

    /// The order the evaluator names gaps in: what the goal itself lacks, then what depends
    /// on its figures.
    private var rank: Int {
        switch self {
        case .series: 0
        case .target: 1
        case .qualitativeTarget: 2
        case .comparator: 3
        // A target is relative or against a benchmark, never both.
        case .baselineForRelativeTarget, .baselineForBenchmarkTarget: 4
        case .deadlineNotAfterBaseline: 5
        case .deadline: 6
        case .baselineCoarserThanGranularity: 7
        case .baseline: 8
        }
    }
}

extension GoalEvaluation {
    /// Why the goal cannot be judged ("no deadline, no baseline"); nil when it can.
    public var notEvaluableReason: LocalizedText? { EvaluationGap.reasonText(gaps) }
}
