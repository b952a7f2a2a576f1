/// The few facts about a goal's figures that the rules need (latest figure, baseline value,
/// target value, historic pace), computed straight from the observation store.
///
/// These follow docs/evaluation.md and are kept small on purpose: the evaluation engine computes
/// the same quantities, and once it exists these helpers can be replaced by calls into it.
struct CheckSeriesFacts {
    struct Point: Equatable {
        var period: Period
        var value: Double
    }

    /// Every known figure of the goal's series (missing figures left out), sorted by period.
    let points: [Point]

    init(goal: Goal, model: GoalModel) {
        guard let key = goal.metric else {
            points = []
            return
        }
        points = Self.points(of: key, in: model, depth: 0)
    }

    /// The figures of a series: stored ones; else, for a metric's total, the sum of its labelled
    /// parts in the periods every part has a figure for; else the metric's formula.
    private static func points(of key: SeriesKey, in model: GoalModel, depth: Int) -> [Point] {
        // Sized once: `compactMap` grew the array by doubling, for every goal of a `check`.
        let observations = model.store.seriesFigures(key)
        var stored: [Point] = []
        stored.reserveCapacity(observations.count)
        for index in observations.indices {
            if let value = observations[index].value { stored.append(Point(period: observations[index].period, value: value)) }
        }
        guard stored.isEmpty, depth < 4, let metric = model.metric(key.metric) else { return stored }
        if key.labels.isEmpty, let label = metric.totalOf {
            let parts = model.store.keys(ofMetric: key.metric).filter { $0.label(label) != nil }
            return combine(parts.map { points(of: $0, in: model, depth: depth + 1) }) { $0.reduce(0, +) }
        }
        switch metric.formula {
        case let .ratio(numerator, denominator)?:
            return combine([points(of: numerator, in: model, depth: depth + 1), points(of: denominator, in: model, depth: depth + 1)]) {
                $0[1] == 0 ? nil : $0[0] / $0[1]
            }
        case let .percentage(part, whole)?:
            return combine([points(of: part, in: model, depth: depth + 1), points(of: whole, in: model, depth: depth + 1)]) {
                $0[1] == 0 ? nil : 100 * $0[0] / $0[1]
            }
        case let .sum(of)?:
            let parts = model.store.keys(ofMetric: of.metric).filter { !$0.labels.isEmpty }
            return combine(parts.map { points(of: $0, in: model, depth: depth + 1) }) { $0.reduce(0, +) }
        case nil:
            return stored
        }
    }

    /// Combines several series period by period, over the periods all of them have.
    private static func combine(_ series: [[Point]], _ operation: ([Double]) -> Double?) -> [Point] {
        guard let first = series.first, !first.isEmpty else { return [] }
        let lookups = series.map { Dictionary($0.map { ($0.period, $0.value) }, uniquingKeysWith: { _, last in last }) }
        return first.compactMap { point in
            let values = lookups.compactMap { $0[point.period] }
            guard values.count == lookups.count, let combined = operation(values), combined.isFinite else { return nil }
            return Point(period: point.period, value: combined)
        }
    }

    /// The figures that exist as of `today`: those whose period has ended by then.
    func points(asOf today: Period) -> [Point] {
        // Usually every figure has ended by today: then the array is shared, not copied.
        let end = today.end
        guard let firstLater = points.firstIndex(where: { $0.period.end > end }) else { return points }
        var earlier = Array(points[..<firstLater])
        for index in points.indices[(firstLater + 1)...] where points[index].period.end <= end { earlier.append(points[index]) }
        return earlier
    }

    /// B: the value stated in the goal file, else the series' figure for the baseline period.
    func baselineValue(of goal: Goal) -> Double? {
        if let stated = goal.baseline?.value { return stated }
        guard let period = goal.baseline?.period else { return nil }
        return points.last { $0.period == period }?.value
    }

    /// T: the absolute threshold, resolving relative targets against the baseline value.
    /// Nil for words, yes/no targets, and relative targets without a known baseline.
    static func targetValue(of target: Target?, baseline: Double?) -> Double? {
        switch target?.value {
        case let .absolute(value, _)?: value
        case let .relativePercent(percent)?: baseline.map { $0 * (1 + percent / 100) }
        case let .percentagePoints(points)?, let .change(points)?: baseline.map { $0 + points }
        // A benchmark target has a value per period, `T(P)`, not one threshold.
        case .yesNo?, .qualitative?, .benchmark?, nil: nil
        }
    }

    /// `meets(x)` of docs/evaluation.md: `d × (x − T) ≥ 0`.
    static func meets(_ value: Double, target: Double, comparator: Comparator) -> Bool {
        if comparator == .equals { return value == target }
        return comparator.direction * (value - target) >= 0
    }

    /// The fastest change per year the history shows in direction `d`: the largest
    /// `d × Δvalue / Δt` between consecutive figures. Nil with fewer than two figures.
    static func bestHistoricRate(_ points: [Point], direction: Double) -> Double? {
        guard points.count >= 2 else { return nil }
        var best = -Double.infinity
        for (earlier, later) in zip(points, points.dropFirst()) {
            let years = later.period.end - earlier.period.end
            guard years > 0 else { continue }
            best = max(best, direction * (later.value - earlier.value) / years)
        }
        return best.isFinite ? best : nil
    }

    /// Months between the end of `latest` and the start of `today`, exact in whole months.
    static func monthsOverdue(latest: Period, today: Period) -> Int {
        let latestEnd = Int(latest.year) * 12 + Int(latest.index) * (12 / latest.granularity.periodsPerYear)
        let todayStart = Int(today.year) * 12 + (Int(today.index) - 1) * (12 / today.granularity.periodsPerYear)
        return todayStart - latestEnd
    }
}
