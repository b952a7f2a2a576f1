/// `>=` (higher is better), `<=` (lower is better) or `=` (binary goals: `= yes`).
public enum Comparator: String, Sendable, Hashable, CaseIterable, Codable {
    case atLeast = ">="
    case atMost = "<="
    case equals = "="

    /// `d` in docs/evaluation.md: +1 for `>=`, −1 for `<=`; binary goals count as higher-is-better (yes = 1).
    public var direction: Double { self == .atMost ? -1 : 1 }
}

/// The value a goal must reach, as the goal file states it.
public enum TargetValue: Sendable, Hashable {
    /// `90`, `7,5`, or `90%` (`percent` records that the author wrote a percent sign).
    case absolute(Double, percent: Bool)
    /// `+10%` or `-5%` relative to the baseline value: `T = B × (1 + p/100)`.
    case relativePercent(Double)
    /// `+3 pp` percentage points on top of the baseline: `T = B + 3`.
    case percentagePoints(Double)
    /// A change in the metric's own unit on the baseline (`baseline +2400`: "2.400 homes more
    /// than in 2022"): `T = B + 2400`.
    case change(Double)
    /// `ja`/`yes` or `nee`/`no`.
    case yesNo(Bool)
    /// A word where a number belongs (`"goed"`): representable so the check can name it.
    case qualitative(String)
    /// The figures of another series, for the same period ("at most the national average"):
    /// `T(P) = K(P)`, optionally with an offset (`benchmark werkloosheid_nl +2`).
    case benchmark(Benchmark)

    /// The benchmark series, for a target against one.
    public var benchmark: Benchmark? {
        if case let .benchmark(benchmark) = self { return benchmark }
        return nil
    }

    /// Whether the value depends on the baseline value.
    public var isRelative: Bool {
        switch self {
        case .relativePercent, .percentagePoints, .change: true
        default: false
        }
    }
}

/// A benchmark series `K` a goal is measured against, and the offset on it.
public struct Benchmark: Sendable, Hashable {
    /// How the target follows from the benchmark's figure.
    public enum Offset: Sendable, Hashable {
        /// `T(P) = K(P) + amount`, in the metric's unit ("2 points above the G40 average").
        case amount(Double)
        /// `T(P) = K(P) × (1 + percent / 100)` ("5% above the national average").
        case percent(Double)
    }

    public var series: SeriesKey
    /// nil: the target is the benchmark itself.
    public var offset: Offset?

    public init(series: SeriesKey, offset: Offset? = nil) {
        self.series = series
        self.offset = offset
    }

    /// `T(P)` for the benchmark's figure `k`.
    public func target(for k: Double) -> Double {
        switch offset {
        case nil: k
        case let .amount(amount)?: k + amount
        // `k + k × p / 100` rather than `k × (1 + p / 100)`, exact for whole percentages.
        case let .percent(percent)?: k + k * percent / 100
        }
    }
}

/// A target: comparator and value. The comparator may be missing in a vague goal (`streefwaarde "goed"`).
public struct Target: Sendable, Hashable {
    public var comparator: Comparator?
    public var value: TargetValue
    /// Every figure after the baseline must meet the value, not only the last one ("at least
    /// 7,5 every year", "stays at 89% or more"): an ongoing obligation, which may have no
    /// deadline (`target always >= 7.5`).
    public var sustained: Bool
    /// The goal judges the running total of the figures after the baseline, not the figures
    /// themselves ("2.400 homes built in 2023–2028": `target total >= 2400 by 2028`); `B = 0`.
    public var cumulative: Bool

    public init(comparator: Comparator?, value: TargetValue, sustained: Bool = false, cumulative: Bool = false) {
        self.comparator = comparator
        self.value = value
        self.sustained = sustained
        self.cumulative = cumulative
    }
}

/// Where the goal starts from: a period, and optionally a value stated in the goal file
/// instead of (or besides) the series' figure for that period.
public struct Baseline: Sendable, Hashable {
    public var period: Period?
    public var value: Double?

    public init(period: Period?, value: Double? = nil) {
        self.period = period
        self.value = value
    }
}

/// An interim step on the road to the target (`milestone 2022 >= 52.000`).
public struct Milestone: Sendable, Hashable {
    public var period: Period
    public var target: Target

    public init(period: Period, target: Target) {
        self.period = period
        self.target = target
    }
}

/// A deliberate exception to a vague-goal rule, with the reason staff give for it.
public struct Waiver: Sendable, Hashable {
    public var rule: String
    public var reason: String

    public init(rule: String, reason: String) {
        self.rule = rule
        self.reason = reason
    }
}

/// The policy document a goal was taken from, and where in it.
public struct DocumentReference: Sendable, Hashable {
    public var document: String
    public var section: String?

    public init(document: String, section: String? = nil) {
        self.document = document
        self.section = section
    }
}

/// A policy goal, exactly as concrete or as vague as it was written: every field but the id
/// and the title is optional, so that the check can name what is missing.
public struct Goal: Sendable, Hashable {
    public var id: String
    /// The verbatim policy sentence.
    public var title: String
    public var source: DocumentReference?
    /// The id of the programme the goal belongs to.
    public var programme: String?
    /// The theme within the programme or policy area ("Digitale dienstverlening").
    public var theme: String?
    public var owner: String?
    /// The series the goal is measured by.
    public var metric: SeriesKey?
    /// The population the goal covers, when the title leaves it open ("alle producten").
    public var scope: String?
    public var baseline: Baseline?
    public var target: Target?
    public var deadline: Period?
    public var milestones: [Milestone]
    public var notes: [String]
    public var waivers: [Waiver]
    @IgnoredInEquality public var location: SourceLocation?

    public init(
        id: String, title: String, source: DocumentReference? = nil, programme: String? = nil, theme: String? = nil,
        owner: String? = nil,
        metric: SeriesKey? = nil, scope: String? = nil, baseline: Baseline? = nil, target: Target? = nil,
        deadline: Period? = nil, milestones: [Milestone] = [], notes: [String] = [], waivers: [Waiver] = [],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.programme = programme
        self.theme = theme
        self.owner = owner
        self.metric = metric
        self.scope = scope
        self.baseline = baseline
        self.target = target
        self.deadline = deadline
        self.milestones = milestones
        self.notes = notes
        self.waivers = waivers
        self.location = location
    }
}
