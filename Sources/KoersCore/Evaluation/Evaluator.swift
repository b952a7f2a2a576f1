/// Evaluates goals against their series exactly as docs/evaluation.md prescribes. Pure: reads
/// figures through a `SeriesSource` and returns values.
public struct Evaluator: Sendable {
    public let series: any SeriesSource
    private let metrics: [String: Metric]

    public init(metrics: [Metric], series: any SeriesSource) {
        self.series = series
        // The first declaration of an id wins, like `GoalModel.metric(_:)`.
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Evaluates against the model's figures, stored and derived.
    public init(model: GoalModel) {
        self.init(metrics: model.metrics, series: model.resolver)
    }

    /// Step 1: what the goal itself lacks, from its fields and its metric's declaration alone.
    /// `completed`: with every missing piece named, as a goal stopped at step 1 reports them.
    private func fieldGaps(of goal: Goal, completed: Bool = false) -> [EvaluationGap] {
        let baselinePeriod = goal.baseline?.period
        var gaps: [EvaluationGap] = []
        if goal.metric == nil { gaps.append(.series) }
        switch goal.target?.value {
        case nil: gaps.append(.target)
        case let .qualitative(word)?: gaps.append(.qualitativeTarget(word))
        case .yesNo?: break
        case .absolute?, .relativePercent?, .percentagePoints?, .change?, .benchmark?:
            if goal.target?.comparator == nil { gaps.append(.comparator) }
        }
        if baselinePeriod == nil {
            if goal.target?.value.isRelative == true || goal.target?.cumulative == true {
                gaps.append(.baselineForRelativeTarget)
            } else if goal.target?.value.benchmark != nil {
                gaps.append(.baselineForBenchmarkTarget)
            }
        }
        if let baselinePeriod, let deadline = goal.deadline, Tolerance.atMost(deadline.end, baselinePeriod.end) {
            gaps.append(.deadlineNotAfterBaseline)
        }
        // Granularity: an additive metric's yearly baseline against quarterly figures compares a
        // year with a quarter.
        if let baselinePeriod, let metric = goal.metric.flatMap({ metrics[$0.metric] }), let frequency = metric.frequency,
            baselinePeriod.granularity < frequency, metric.isAdditive
        {
            gaps.append(.baselineCoarserThanGranularity(baseline: baselinePeriod, granularity: frequency))
        }
        guard completed else { return gaps }
        // Name every missing piece at once, so one round of edits fixes the goal. A sustained
        // goal is an ongoing obligation: it needs no deadline.
        if goal.deadline == nil, goal.target?.sustained != true { gaps.append(.deadline) }
        if baselinePeriod == nil, !gaps.contains(.baselineForRelativeTarget), !gaps.contains(.baselineForBenchmarkTarget) {
            gaps.append(.baseline)
        }
        return gaps
    }

    /// `evaluate(goal, asOf:).gaps` when the fields decide them, without reading a figure: a goal
    /// stopped at step 1, or one with a series, a target, a deadline and a baseline period, which
    /// no later step adds a gap to. Nil when the gaps depend on the figures (`check` then
    /// evaluates the goal).
    public func gapsFromFields(of goal: Goal) -> [EvaluationGap]? {
        guard goal.metric != nil, goal.target != nil, fieldGaps(of: goal).isEmpty else { return fieldGaps(of: goal, completed: true) }
        return goal.deadline != nil && goal.baseline?.period != nil ? [] : nil
    }

    /// Evaluates `goal` as of the moment `asOf` names.
    public func evaluate(_ goal: Goal, asOf requested: AsOf) -> GoalEvaluation {
        evaluate(in: [goal], at: 0, asOf: requested)
    }

    /// The same for `goals[index]`; the evaluation keeps the array (shared), not a copy of the goal.
    public func evaluate(in goals: [Goal], at index: Int, asOf requested: AsOf) -> GoalEvaluation {
        let goal = goals[index]
        var result = GoalEvaluation(goals: goals, index: index, status: .notEvaluable)
        result.deadline = goal.deadline
        // Today and a period need no figure: even a goal that cannot be judged was looked at then.
        result.asOf = requested.sharedMoment
        if let id = goal.metric?.metric {
            result.unit = metrics[id]?.unit
            result.unitName = metrics[id]?.unitName
        }

        // 1. What the goal itself lacks.
        let baselinePeriod = goal.baseline?.period
        guard let key = goal.metric, let goalTarget = goal.target, fieldGaps(of: goal).isEmpty else {
            result.gaps = fieldGaps(of: goal, completed: true)
            return result
        }

        let observations = series.seriesFigures(key)
        let moment: AsOfMoment?
        switch requested {
        case let .today(date): moment = .date(date)
        case let .period(period): moment = .period(period)
        case .latest: moment = observations.last { $0.value != nil }.map { .latestFigure($0.period) }
        }
        result.asOf = moment
        let asOfT = moment?.t ?? -Double.infinity

        // d, and `T` as far as it does not depend on a figure.
        let direction: Double
        switch goalTarget.value {
        case let .yesNo(yes): direction = yes ? 1 : -1
        default: direction = goalTarget.comparator?.direction ?? 1
        }
        result.direction = direction

        // 2, ahead of every check that depends on figures: as of a moment at or before the
        // end of the baseline period nothing after the baseline exists yet. `B` is shown only
        // when stated.
        if let baselinePeriod, moment != nil, Tolerance.atMost(asOfT, baselinePeriod.end) {
            if let stated = goal.baseline?.value {
                result.baseline = EvaluationPoint(period: baselinePeriod, value: stated, origin: .goalFile(goal.location))
            }
            result.target = resolve(goalTarget.value, baseline: goal.baseline?.value)
            result.granularity = granularity(of: goal, key: key, window: SeriesFigures()[...])
            result.status = .noData
            result.noDataReason = .noFigureAfterBaseline
            return result
        }

        // The baseline point: the goal file's value wins over the data's, since staff
        // stated it deliberately.
        var baselinePoint: EvaluationPoint?
        if let baselinePeriod {
            if let stated = goal.baseline?.value {
                baselinePoint = EvaluationPoint(period: baselinePeriod, value: stated, origin: .goalFile(goal.location))
            } else if Tolerance.below(baselinePeriod.end, asOfT) {
                baselinePoint = figure(for: baselinePeriod, in: observations, key: key)
            }
        }
        result.baseline = baselinePoint

        // The figures after the baseline up to A: `t(Pb) < t(P) ≤ t(A)`.
        let first = baselinePeriod.map { baseline in observations.partitionPoint { Tolerance.above($0.period.end, baseline.end) } }
            ?? observations.startIndex
        let last = moment == nil ? observations.startIndex : observations.partitionPoint { Tolerance.above($0.period.end, asOfT) }
        result.window = first < last ? observations[first..<last] : SeriesFigures()[...]
        let granularity = granularity(of: goal, key: key, window: result.window)
        result.granularity = granularity
        if result.window.contains(where: { $0.period.granularity != granularity }) {
            result.aggregation = AggregatedSeries(
                GranularSeries(result.window, granularity: granularity, rule: combineRule(of: key), asOfT: asOfT))
        }
        if let benchmark = goalTarget.value.benchmark {
            // The goal is judged on the gap series X(P) = S(P) − T(P), over the periods where
            // both series have a figure, with B = X(Pb) and T = 0.
            let benchmarkObservations = series.seriesFigures(benchmark.series)
            let gap = { (point: EvaluationPoint) -> EvaluationPoint? in
                figure(for: point.period, in: benchmarkObservations, key: benchmark.series)
                    .map { Self.gapPoint(series: point, benchmark: $0, benchmark) }
            }
            baselinePoint = baselinePoint.flatMap(gap)
            result.baseline = baselinePoint
            result.aggregation = AggregatedSeries(
                points: result.points.compactMap(gap), partial: result.partial, notes: result.aggregationNotes)
        }
        if goalTarget.cumulative, let baselinePeriod {
            // The goal judges the running total R(P), from B = R(Pb) = 0.
            baselinePoint = EvaluationPoint(period: baselinePeriod, value: 0, origin: .runningTotalStart)
            result.baseline = baselinePoint
            result.aggregation = AggregatedSeries(
                points: Self.runningTotals(result.points, after: baselinePeriod, granularity: granularity, deadline: goal.deadline),
                partial: result.partial, notes: result.aggregationNotes)
        }
        let points = result.points
        result.current = points.last

        result.target = resolve(goalTarget.value, baseline: baselinePoint?.value)

        if goalTarget.sustained {
            judgeSustained(&result, points: points, asOfT: asOfT)
            return result
        }
        computeFigures(&result, points: points)

        // 2 before the conditional gaps: a goal with a deadline but no baseline and no figure
        // at all lacks data first of all; naming the baseline would hide that nobody measures it.
        if goal.deadline != nil, baselinePeriod == nil, result.current == nil {
            result.status = .noData
            result.noDataReason = .noFigureAfterBaseline
            return result
        }
        // 1 (continued). Conditional gaps: without a deadline or a baseline only a goal that
        // already meets its target can be judged.
        if goal.deadline == nil || baselinePeriod == nil {
            let deadlineReached = goal.deadline.map { Tolerance.atLeast(asOfT, $0.end) } ?? false
            if deadlineReached, baselinePeriod == nil, result.target != nil {
                judgeAtDeadline(&result, points: points)
                return result
            }
            if let current = result.current, result.meets(current.value) == true {
                result.status = .achieved
                return result
            }
            if goal.deadline == nil { result.gaps.append(.deadline) }
            if baselinePeriod == nil { result.gaps.append(.baseline) }
            result.status = .notEvaluable
            return result
        }
        guard let deadline = goal.deadline, let baselinePeriod else { return result }

        // 2. No data.
        guard let current = result.current else {
            result.status = .noData
            result.noDataReason = baselinePoint == nil ? .noBaselineFigure(baselinePeriod) : .noFigureAfterBaseline
            return result
        }

        // 3. Deadline reached.
        if Tolerance.atLeast(asOfT, deadline.end), result.target != nil {
            judgeAtDeadline(&result, points: points)
            return result
        }
        // 4. Achieved.
        if result.meets(current.value) == true {
            result.status = .achieved
            return result
        }
        // Without the baseline figure the road cannot be drawn: nothing more can be said.
        guard baselinePoint != nil, result.target != nil else {
            result.status = .noData
            result.noDataReason = .noBaselineFigure(baselinePeriod)
            return result
        }
        // 5. Pending.
        if result.isBinary {
            result.status = .pending
            return result
        }
        // 6–8. On the road, or behind it with or without a projection that makes it.
        if let expected = result.expected, Tolerance.atLeast(direction * current.value, direction * expected) {
            result.status = .onTrack
        } else if let projected = result.projected, result.meets(projected) == true {
            result.status = .atRisk
        } else {
            result.status = .offTrack
        }
        return result
    }

    /// `X(P) = S(P) − T(P)` for the series' figure and the benchmark's. Whether a figure meets
    /// the target is decided on `S` against `T`, with the tolerance relative to them: a gap
    /// within it is none, so that the comparison of `X` with 0 gives the same answer.
    static func gapPoint(series: EvaluationPoint, benchmark k: EvaluationPoint, _ benchmark: Benchmark) -> EvaluationPoint {
        let target = benchmark.target(for: k.value)
        let gap = Tolerance.equal(series.value, target) ? 0 : series.value - target
        return EvaluationPoint(
            period: series.period, value: gap, provisional: series.provisional || k.provisional,
            origin: .gap(series: series, benchmark: k))
    }

    /// `R(P) = Σ v(p)` over the periods `p` of G with `t(Pb) < t(p) ≤ min(t(P), t(D))`, one
    /// point per figure; a missing period stops the total (R exists up to the period before it).
    static func runningTotals(
        _ points: [EvaluationPoint], after baseline: Period, granularity: Granularity, deadline: Period?
    ) -> [EvaluationPoint] {
        var expected = Period.containing(baseline.end, granularity: granularity)?.next
        var parts: [EvaluationPoint] = []
        var total = 0.0
        var totals: [EvaluationPoint] = []
        for point in points {
            guard point.period == expected else { break }
            expected = point.period.next
            if deadline.map({ Tolerance.atMost(point.t, $0.end) }) ?? true {
                parts.append(point)
                total += point.value
            }
            totals.append(EvaluationPoint(
                period: point.period, value: total, provisional: parts.contains(where: \.provisional), origin: .combined(.sum, parts: parts)))
        }
        return totals
    }

    /// A sustained goal (steps 1–4 of the contract for it): every figure after the baseline up
    /// to `min(A, D)` must meet the target; progress, projection and ETA are not computed.
    private func judgeSustained(_ result: inout GoalEvaluation, points: [EvaluationPoint], asOfT: Double) {
        guard result.goal.baseline?.period != nil else {
            // Without a baseline (and no first period) the window has no start.
            result.gaps = [.baseline]
            result.status = .notEvaluable
            return
        }
        guard result.target != nil else {
            result.status = .noData
            result.noDataReason = result.goal.baseline?.period.map { .noBaselineFigure($0) } ?? .noFigureAfterBaseline
            return
        }
        guard result.current != nil else {
            result.status = .noData
            result.noDataReason = .noFigureAfterBaseline
            return
        }
        let deadline = result.deadline
        let window = points.filter { point in deadline.map { Tolerance.atMost(point.t, $0.end) } ?? true }
        result.shortfalls = window.filter { result.meets($0.value) == false }
        if let deadline, Tolerance.atLeast(asOfT, deadline.end) {
            result.judged = window.last
            if !result.shortfalls.isEmpty {
                result.status = .missed
            } else if let last = window.last, Tolerance.equal(last.t, deadline.end) {
                result.status = .achieved
            } else {
                result.status = .overdue
            }
            return
        }
        guard let latest = window.last else { return }
        if result.meets(latest.value) == false {
            result.status = .offTrack
        } else {
            result.status = result.shortfalls.isEmpty ? .onTrack : .atRisk
        }
    }

    /// Step 3, the deadline reached: `J` is the latest figure with `t(Pb) < t(P) ≤ t(D)`.
    /// `achieved` if it meets the target; `missed` if it does not and its period ends at the
    /// deadline; otherwise (no figure for the deadline yet, the last one short, or none at all)
    /// `overdue`.
    private func judgeAtDeadline(_ result: inout GoalEvaluation, points: [EvaluationPoint]) {
        guard let deadline = result.deadline else { return }
        let judged = points.last { Tolerance.atMost($0.t, deadline.end) }
        result.judged = judged
        if let judged, result.meets(judged.value) == true {
            result.status = .achieved
        } else if let judged, Tolerance.equal(judged.t, deadline.end) {
            result.status = .missed
        } else {
            result.status = .overdue
        }
    }

    /// `G`, the one granularity a goal is judged at: the metric's declared frequency; else the
    /// granularity of the baseline period; else that of the latest figure; else the deadline's.
    private func granularity(of goal: Goal, key: SeriesKey, window: Slice<SeriesFigures>) -> Granularity {
        if let frequency = metrics[key.metric]?.frequency { return frequency }
        if let baseline = goal.baseline?.period { return baseline.granularity }
        if let latest = window.last(where: { $0.value != nil }) { return latest.period.granularity }
        return goal.deadline?.granularity ?? .year
    }

    private func combineRule(of key: SeriesKey) -> CombineRule {
        metrics[key.metric]?.combineRule ?? .none
    }

    /// The figure of the series for `period`: the one published for it (of several, the last
    /// counts), else one made from a complete set of finer figures.
    private func figure(for period: Period, in observations: SeriesFigures, key: SeriesKey) -> EvaluationPoint? {
        let first = observations.partitionPoint { Tolerance.above($0.period.end, period.start) }
        let last = observations.partitionPoint { Tolerance.above($0.period.end, period.end) }
        guard first < last else { return nil }
        let inside = observations[first..<last]
        if let published = inside.last(where: { $0.period == period && $0.value != nil }) { return EvaluationPoint(published) }
        return GranularSeries(inside, granularity: period.granularity, rule: combineRule(of: key), asOfT: period.end)
            .points.last { $0.period == period }
    }

    /// `T` for a target value; nil when it needs a baseline value that is unknown.
    private func resolve(_ value: TargetValue, baseline: Double?) -> Double? {
        switch value {
        case let .absolute(number, _): number
        // `B + B × p / 100` equals `B × (1 + p/100)` and is exact for whole percentages of
        // whole numbers (49525 × 1.10 would print as 54477.50000000001).
        case let .relativePercent(percent): baseline.map { $0 + $0 * percent / 100 }
        case let .percentagePoints(points), let .change(points): baseline.map { $0 + points }
        case let .yesNo(yes): yes ? 1 : 0
        case .qualitative: nil
        // Judged on the gap series, whose target is 0, once the gap at the baseline is known.
        case .benchmark: baseline.map { _ in 0 }
        }
    }

    /// Progress, elapsed share, the road and expected value, the projection and the ETA:
    /// every figure the inputs allow, whatever the status turns out to be.
    private func computeFigures(_ result: inout GoalEvaluation, points: [EvaluationPoint]) {
        guard let baseline = result.baseline, let target = result.target, let direction = result.direction else {
            return
        }
        result.maintainsLevel = Tolerance.atLeast(direction * baseline.value, direction * target)
        if let current = result.current, !result.isBinary, !Tolerance.equal(target, baseline.value) {
            result.progress = (current.value - baseline.value) / (target - baseline.value)
        }
        guard let deadline = result.deadline, Tolerance.above(deadline.end, baseline.t) else { return }
        result.road = road(baseline: baseline, target: target, deadline: deadline)
        result.milestones = milestoneChecks(result, points: points)
        if let current = result.current {
            result.elapsed = (current.t - baseline.t) / (deadline.end - baseline.t)
            if !result.isBinary { result.expected = Self.value(onRoad: result.road, at: current.t) }
        }
        guard !result.isBinary,
            let projection = Projection.fit([(t: baseline.t, value: baseline.value)] + points.map { (t: $0.t, value: $0.value) })
        else { return }
        result.projection = projection
        result.projected = projection.value(at: deadline.end)
        if direction * projection.slope > 0, !Tolerance.isFlat(slope: projection.slope, intercept: projection.intercept),
            let moment = projection.moment(reaching: target), moment.isFinite
        {
            result.reachedMoment = moment
            result.reached = result.granularity.flatMap { Period.containing(moment, granularity: $0) }
        }
    }

    /// The road: the straight line from the baseline to the target at the deadline, on which
    /// `E = B + (T − B) × f`. Milestones are checked beside it (`milestones`), never bend it:
    /// the contract's `E` and status are those of the straight road.
    private func road(baseline: EvaluationPoint, target: Double, deadline: Period) -> [RoadPoint] {
        [RoadPoint(period: baseline.period, value: baseline.value, kind: .baseline),
         RoadPoint(period: deadline, value: target, kind: .target)]
    }

    /// The road's value at moment `t`: linear between its points, and beyond the ends the first
    /// or last stretch continued; on the road from baseline to target this is exactly
    /// `E = B + (T − B) × f`.
    public static func value(onRoad road: [RoadPoint], at t: Double) -> Double? {
        guard road.count >= 2 else { return nil }
        var segment = road.count - 2
        for index in 0..<(road.count - 1) where Tolerance.atMost(t, road[index + 1].t) {
            segment = index
            break
        }
        let start = road[segment]
        let end = road[segment + 1]
        let share = (t - start.t) / (end.t - start.t)
        return start.value + (end.value - start.value) * share
    }

    private func milestoneChecks(_ result: GoalEvaluation, points: [EvaluationPoint]) -> [MilestoneCheck] {
        guard let baseline = result.baseline, let direction = result.direction else { return [] }
        let asOfT = result.asOf?.t ?? -Double.infinity
        return result.goal.milestones.sorted { $0.period < $1.period }.compactMap { milestone in
            guard let value = resolve(milestone.target.value, baseline: baseline.value) else { return nil }
            var check = MilestoneCheck(milestone: milestone, value: value)
            guard Tolerance.atMost(milestone.period.end, asOfT) else { return check }
            check.observed = points.last { Tolerance.atMost($0.t, milestone.period.end) }
            if let observed = check.observed {
                let milestoneDirection = milestone.target.comparator?.direction ?? direction
                check.met = Tolerance.atLeast(milestoneDirection * observed.value, milestoneDirection * value)
            }
            return check
        }
    }
}

extension Collection {
    /// The index of the first element for which `isAfter` holds, in a collection where it
    /// holds for a suffix: a binary search.
    func partitionPoint(where isAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
