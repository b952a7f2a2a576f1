/// One figure that entered a computation: a period, its value and where the value came from.
public struct EvaluationPoint: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        /// A figure of the series, with its file, row and column.
        case observation(Provenance)
        /// A baseline value stated in the goal file itself (`baseline 2020 = 49.525`); the
        /// location is the goal's. Boxed: its 33 bytes would size every point of every evaluation.
        indirect case goalFile(SourceLocation?)
        /// A figure made from the complete set of its finer parts (four quarters make a year)
        /// by the metric's combine rule.
        case combined(CombineRule, parts: [EvaluationPoint])
        /// The zero a running total starts from at the baseline of a cumulative target: set by
        /// the rule, not read or stated anywhere.
        case runningTotalStart
        /// A point of the gap series `X(P) = S(P) − T(P)` of a goal against a benchmark: the
        /// series' figure and the benchmark's for the same period.
        indirect case gap(series: EvaluationPoint, benchmark: EvaluationPoint)
    }

    // The mark beside the four-byte period, where it costs no padding: 32 bytes a point, not 64.
    public var period: Period
    public var provisional: Bool
    public var value: Double
    public var origin: Origin

    public init(period: Period, value: Double, provisional: Bool = false, origin: Origin) {
        self.period = period
        self.value = value
        self.provisional = provisional
        self.origin = origin
    }

    /// A figure of the series; nil when the figure is missing.
    public init?(_ observation: Observation) {
        guard let value = observation.value else { return nil }
        self.init(
            period: observation.period, value: value, provisional: observation.provisional,
            origin: .observation(observation.provenance)
        )
    }

    /// `t(P)`: the end of the period in fractional years.
    public var t: Double { period.end }
}

/// An end of the road from baseline to target: the baseline, or the target at the deadline.
public struct RoadPoint: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case baseline
        case target
    }

    public var period: Period
    public var value: Double
    public var kind: Kind

    public var t: Double { period.end }
}

/// The least-squares line `v = a + b × t` through the points of a series (docs/evaluation.md,
/// "projection"). Stored around the points' mean, where it is numerically exact; `intercept`
/// gives the contract's `a`.
public struct Projection: Sendable, Hashable {
    /// The mean of the points' `t`.
    public var meanT: Double
    /// The mean of the points' values.
    public var meanValue: Double
    /// `b`: the change per year.
    public var slope: Double
    /// How many points the line was fitted through.
    public var pointCount: Int

    /// `a` in `v = a + b × t`.
    public var intercept: Double { meanValue - slope * meanT }

    /// The line's value at moment `t`.
    public func value(at t: Double) -> Double { meanValue + slope * (t - meanT) }

    /// The moment the line has value `v`; nil for a flat line.
    public func moment(reaching v: Double) -> Double? {
        guard slope != 0 else { return nil }
        return meanT + (v - meanValue) / slope
    }

    /// Fits the line; nil with fewer than two points or when all points share one moment.
    public static func fit(_ points: [(t: Double, value: Double)]) -> Projection? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanT = points.reduce(0) { $0 + $1.t } / n
        let meanValue = points.reduce(0) { $0 + $1.value } / n
        var covariance = 0.0
        var variance = 0.0
        for point in points {
            let dt = point.t - meanT
            covariance += dt * (point.value - meanValue)
            variance += dt * dt
        }
        guard variance > 0 else { return nil }
        let slope = covariance / variance
        guard slope.isFinite, meanValue.isFinite else { return nil }
        return Projection(meanT: meanT, meanValue: meanValue, slope: slope, pointCount: points.count)
    }
}

/// An interim milestone, its resolved value, and whether the series met it.
public struct MilestoneCheck: Sendable, Hashable {
    public var milestone: Milestone
    /// The milestone's value (a relative milestone resolved against the baseline).
    public var value: Double
    /// The latest figure at or before the milestone's period, when that period has been
    /// reached as of the evaluation.
    public var observed: EvaluationPoint?
    /// Whether `observed` meets the milestone; nil while the milestone lies ahead or no
    /// figure exists for it.
    public var met: Bool?
}

/// Everything koers computed for one goal as of one period, with the inputs of every
/// figure, so that any figure can be explained and checked by hand. Names follow
/// docs/evaluation.md: `B`, `T`, `C`, `E`, `f`, `d`.
public struct GoalEvaluation: Sendable {
    /// Every figure of the evaluation, behind one reference: the dashboard sorts and copies
    /// 41,040 evaluations (a million in the largest benchmark), which then move 8 bytes each
    /// instead of several hundred (docs/performance.md, "Memory, second round").
    private var fields: SharedValue<Fields>

    private struct Fields: Sendable {
        let goals: [Goal]
        let goalIndex: Int
        var status: GoalStatus
        var gaps: [EvaluationGap] = []
        var noDataReason: NoDataReason?
        var asOf: AsOfMoment?
        var granularity: Granularity?
        var unit: MetricUnit?
        var unitName: String?
        var direction: Double?
        var baseline: EvaluationPoint?
        var target: Double?
        var deadline: Period?
        var current: EvaluationPoint?
        var progress: Double?
        var elapsed: Double?
        var expected: Double?
        var road: [RoadPoint] = []
        var projection: Projection?
        var projected: Double?
        var reachedMoment: Double?
        var reached: Period?
        var judged: EvaluationPoint?
        var shortfalls: [EvaluationPoint] = []
        var maintainsLevel: Bool = false
        var milestones: [MilestoneCheck] = []
        var window: Slice<SeriesFigures> = SeriesFigures()[...]
        var conflicts: [Conflict] = []
        var aggregation: AggregatedSeries?
    }

    /// The goal, read from the array it was evaluated in: the model's goals are shared by every
    /// evaluation instead of each keeping a copy (docs/performance.md).
    public var goal: Goal { fields.value.goals[fields.value.goalIndex] }
    public var status: GoalStatus {
        get { fields.value.status }
        set { fields.value.status = newValue }
    }
    /// What the goal lacks (non-empty exactly when the status is `not-evaluable`).
    public var gaps: [EvaluationGap] {
        get { fields.value.gaps }
        set { fields.value.gaps = newValue }
    }
    /// Why there is no data (set exactly when the status is `no-data`).
    public var noDataReason: NoDataReason? {
        get { fields.value.noDataReason }
        set { fields.value.noDataReason = newValue }
    }

    /// `A`: the moment the goal was judged as of (today, a period asked for, or the goal's
    /// latest figure); nil when the latest figure was asked for and the series has none.
    public var asOf: AsOfMoment? {
        get { fields.value.asOf }
        set { fields.value.asOf = newValue }
    }
    /// The granularity the goal reads its series in (see docs/evaluation.md).
    public var granularity: Granularity? {
        get { fields.value.granularity }
        set { fields.value.granularity = newValue }
    }
    public var unit: MetricUnit? {
        get { fields.value.unit }
        set { fields.value.unit = newValue }
    }
    /// The metric's free unit (`"kg per inwoner"`), shown with its figures.
    public var unitName: String? {
        get { fields.value.unitName }
        set { fields.value.unitName = newValue }
    }

    /// `d`: +1 when higher is better, −1 when lower is better (`<=`, or `= no`).
    public var direction: Double? {
        get { fields.value.direction }
        set { fields.value.direction = newValue }
    }
    /// The baseline point `(Pb, B)`.
    public var baseline: EvaluationPoint? {
        get { fields.value.baseline }
        set { fields.value.baseline = newValue }
    }
    /// `T`, resolved from the goal's target value.
    public var target: Double? {
        get { fields.value.target }
        set { fields.value.target = newValue }
    }
    public var deadline: Period? {
        get { fields.value.deadline }
        set { fields.value.deadline = newValue }
    }
    /// `(Pc, C)`.
    public var current: EvaluationPoint? {
        get { fields.value.current }
        set { fields.value.current = newValue }
    }
    /// `(C − B) / (T − B)`, unclamped; nil when `T = B`.
    public var progress: Double? {
        get { fields.value.progress }
        set { fields.value.progress = newValue }
    }
    /// `f`.
    public var elapsed: Double? {
        get { fields.value.elapsed }
        set { fields.value.elapsed = newValue }
    }
    /// `E`, on the road through baseline, milestones and target.
    public var expected: Double? {
        get { fields.value.expected }
        set { fields.value.expected = newValue }
    }
    public var road: [RoadPoint] {
        get { fields.value.road }
        set { fields.value.road = newValue }
    }
    public var projection: Projection? {
        get { fields.value.projection }
        set { fields.value.projection = newValue }
    }
    /// The line's value at `t(D)`.
    public var projected: Double? {
        get { fields.value.projected }
        set { fields.value.projected = newValue }
    }
    /// `t*`: when the line crosses `T`, when it heads towards the target.
    public var reachedMoment: Double? {
        get { fields.value.reachedMoment }
        set { fields.value.reachedMoment = newValue }
    }
    /// The period (of the goal's granularity) containing `t*`.
    public var reached: Period? {
        get { fields.value.reached }
        set { fields.value.reached = newValue }
    }
    /// `J`: the figure a goal past its deadline was judged by (the latest after the baseline at
    /// or before `D`); nil when there is none (then the goal is `overdue`).
    public var judged: EvaluationPoint? {
        get { fields.value.judged }
        set { fields.value.judged = newValue }
    }
    /// For a sustained goal: the figures in its window (after the baseline up to `min(A, D)`)
    /// that fell short of the target.
    public var shortfalls: [EvaluationPoint] {
        get { fields.value.shortfalls }
        set { fields.value.shortfalls = newValue }
    }
    /// Whether the target was already met at the baseline (a "hold the level" goal).
    public var maintainsLevel: Bool {
        get { fields.value.maintainsLevel }
        set { fields.value.maintainsLevel = newValue }
    }
    public var milestones: [MilestoneCheck] {
        get { fields.value.milestones }
        set { fields.value.milestones = newValue }
    }
    /// The figures of the series after the baseline up to `A` (or up to `A` without a
    /// baseline), including missing ones and ones of another granularity, which the
    /// evaluation skipped or combined; `points` are the ones it used.
    public var window: Slice<SeriesFigures> {
        get { fields.value.window }
        set { fields.value.window = newValue }
    }
    /// Unresolved conflicts about figures this evaluation used: two sources disagree and
    /// neither wins, so the judgement rests on a figure koers cannot vouch for. Filled in by
    /// `EvaluationSet` from the store's conflicts (`unresolvedConflicts(among:)`).
    public var conflicts: [Conflict] {
        get { fields.value.conflicts }
        set { fields.value.conflicts = newValue }
    }
    /// The series at the goal's granularity when the window holds figures of another one; nil
    /// when every figure is of the goal's own (then `points` reads the window, without a copy).
    /// Boxed: most goals have none, and every evaluation of 41,040 goals stays small.
    public var aggregation: AggregatedSeries? {
        get { fields.value.aggregation }
        set { fields.value.aggregation = newValue }
    }
    /// The figures of the goal's granularity, published or made from finer parts.
    public var combinedPoints: [EvaluationPoint]? { aggregation?.points }
    /// The period after the last figure for which only some finer figures exist yet.
    public var partial: PartialPeriod? { aggregation?.partial }
    /// Finer figures that could not be used, and published figures that differ from their parts.
    public var aggregationNotes: [AggregationNote] { aggregation?.notes ?? [] }

    public init(goal: Goal, status: GoalStatus) {
        self.init(goals: [goal], index: 0, status: status)
    }

    /// The evaluation of `goals[index]`, keeping the array rather than a copy of the goal.
    public init(goals: [Goal], index: Int, status: GoalStatus) {
        precondition(goals.indices.contains(index), "an evaluation of a goal the array does not have")
        fields = SharedValue(Fields(goals: goals, goalIndex: index, status: status))
    }

    /// Whether the deadline has passed as of `A` (`t(A) ≥ t(D)`), whatever the status.
    public var deadlinePassed: Bool {
        guard let asOf, let deadline else { return false }
        return Tolerance.atLeast(asOf.t, deadline.end)
    }

    public var isBinary: Bool {
        if case .yesNo = goal.target?.value { return true }
        return false
    }

    /// Whether `x` meets the target: `d × (x − T) ≥ 0`, within the tolerance.
    public func meets(_ x: Double) -> Bool? {
        guard let direction, let target else { return nil }
        return Tolerance.atLeast(direction * x, direction * target)
    }

    /// The figures the evaluation used: those of `window` with a value, of the goal's
    /// granularity, or made from finer ones (`combinedPoints`).
    public var points: [EvaluationPoint] {
        if let combinedPoints { return combinedPoints }
        return window.compactMap { observation in
            guard observation.granularity == granularity else { return nil }
            return EvaluationPoint(observation)
        }
    }

    /// The points the projection line was fitted through: the baseline, then `points`.
    public var projectionPoints: [EvaluationPoint] {
        guard let baseline else { return [] }
        return [baseline] + points
    }
}

extension Observation {
    var granularity: Granularity { period.granularity }
}

extension GoalEvaluation {
    /// The periods of every figure the evaluation used: the baseline, the figures of the
    /// window, the current and the judged figure and those the milestones were checked by.
    var usedPeriods: Set<Period> {
        var periods = Set(points.map(\.period))
        for point in [baseline, current, judged] + milestones.map(\.observed) {
            if let point, case .observation = point.origin { periods.insert(point.period) }
        }
        return periods
    }

    /// Of `candidates` (unresolved conflicts about the goal's series or the inputs of its
    /// formula), those about a period the evaluation used.
    public func unresolvedConflicts(among candidates: [Conflict]) -> [Conflict] {
        guard !candidates.isEmpty else { return [] }
        let used = usedPeriods
        return candidates.filter { $0.resolution == .unresolved && used.contains($0.period) }
    }
}
