/// The status of a goal, as defined in docs/evaluation.md ("Status").
public enum GoalStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case notEvaluable = "not-evaluable"
    case noData = "no-data"
    case achieved
    case missed
    /// The deadline has passed without a figure for its period, and the last figure before it
    /// falls short (or there is none): not yet `missed`, no longer on any road.
    case overdue
    case pending
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"

    /// The order of a dashboard: what needs attention first, then what went well, then what
    /// cannot be judged.
    public static let dashboardOrder: [GoalStatus] = [
        .missed, .overdue, .offTrack, .atRisk, .pending, .onTrack, .achieved, .noData, .notEvaluable,
    ]

    public var dashboardRank: Int { Self.dashboardOrder.firstIndex(of: self) ?? Self.dashboardOrder.count }

    /// How serious a status is for `--fail-on`: at-risk < off-track < overdue < missed; nil
    /// for statuses that never fail a run.
    public var concernLevel: Int? {
        switch self {
        case .atRisk: 1
        case .offTrack: 2
        case .overdue: 3
        case .missed: 4
        default: nil
        }
    }

    /// Whether a run with `--fail-on threshold` fails on this status: it does when this
    /// status is at least as serious as the threshold (`--fail-on at-risk` fails on at-risk,
    /// off-track, overdue and missed).
    public func fails(threshold: GoalStatus) -> Bool {
        guard let own = concernLevel, let limit = threshold.concernLevel else { return false }
        return own >= limit
    }
}

/// What a goal lacks for evaluation: the reasons behind `not-evaluable`.
public enum EvaluationGap: Sendable, Hashable {
    /// No `metric`: nothing to measure the goal by.
    case series
    /// No `target`.
    case target
    /// A word where a number belongs (`"goed"`).
    case qualitativeTarget(String)
    /// A target value without `>=`, `<=` or `=`.
    case comparator
    /// A relative target (`+10%`, `+3 pp`) without a baseline period to be relative to.
    case baselineForRelativeTarget
    /// A target against a benchmark series without a baseline period: the gap to the
    /// benchmark has no starting point.
    case baselineForBenchmarkTarget
    /// No baseline, and the target is not met: the road to the target cannot be drawn.
    case baseline
    /// No deadline, and the target is not met.
    case deadline
    /// The baseline period is coarser than the granularity the goal is judged at (a yearly
    /// baseline for a metric measured per quarter), and the metric is additive: a year's total
    /// cannot be compared with a quarter's.
    case baselineCoarserThanGranularity(baseline: Period, granularity: Granularity)
    /// A deadline at or before the baseline period (the loader rejects these; kept so the
    /// engine never divides by zero).
    case deadlineNotAfterBaseline
}

/// Why a goal has `no-data`.
public enum NoDataReason: Sendable, Hashable {
    /// The series has no figure for the baseline period and the goal states no baseline value.
    case noBaselineFigure(Period)
    /// No figure after the baseline (or at all, without a baseline) up to the as-of period.
    case noFigureAfterBaseline
}
