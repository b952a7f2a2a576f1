/// Every goal of a model evaluated once, as of one peildatum (today, a period, or each goal's
/// own latest figure). Built once per load (and per peildatum); queries then only look up.
public struct EvaluationSet: Sendable {
    /// The peildatum asked for.
    public let asOf: AsOf
    /// One evaluation per goal, in the model's goal order.
    public let evaluations: [GoalEvaluation]
    /// Set by `GoalOrder.sorted`: the evaluations are listed in the order asked for, not by status.
    public let keepsOrder: Bool
    private let indexByID: [String: Int]

    public init(evaluations: [GoalEvaluation], asOf: AsOf, keepsOrder: Bool = false) {
        self.asOf = asOf
        self.evaluations = evaluations
        self.keepsOrder = keepsOrder
        var index: [String: Int] = [:]
        index.reserveCapacity(evaluations.count)
        // By position: `for … in` would copy every evaluation, a large value with references.
        for position in evaluations.indices {
            let id = evaluations[position].goal.id
            if index[id] == nil { index[id] = position }
        }
        self.indexByID = index
    }

    /// Evaluates every goal of `model` with `evaluator` (by default over the model's store).
    public init(model: GoalModel, asOf: AsOf, evaluator: Evaluator? = nil) {
        let evaluator = evaluator ?? Evaluator(model: model)
        let goals = model.goals
        var evaluations = Array(goals.indices).concurrentMap { evaluator.evaluate(in: goals, at: $0, asOf: asOf) }
        Self.noteConflicts(in: &evaluations, model: model)
        self.init(evaluations: evaluations, asOf: asOf)
    }

    /// Gives each evaluation the unresolved conflicts about figures it used, looked up by the
    /// goal's series and the inputs of its metric's formula.
    private static func noteConflicts(in evaluations: inout [GoalEvaluation], model: GoalModel) {
        let unresolved = model.store.conflicts.filter { $0.resolution == .unresolved }
        guard !unresolved.isEmpty else { return }
        let byKey = Dictionary(grouping: unresolved, by: \.key)
        var inputsByMetric: [String: [SeriesKey]] = [:]
        for metric in model.metrics { if let formula = metric.formula { inputsByMetric[metric.id] = formula.inputs } }
        for index in evaluations.indices {
            guard let key = evaluations[index].goal.metric else { continue }
            let keys = [key] + (inputsByMetric[key.metric] ?? [])
            let candidates = keys.flatMap { byKey[$0] ?? [] }
            evaluations[index].conflicts = evaluations[index].unresolvedConflicts(among: candidates)
        }
    }

    public subscript(goalID: String) -> GoalEvaluation? {
        indexByID[goalID].map { evaluations[$0] }
    }

    /// How many goals have each status (statuses without goals are absent).
    public var counts: [GoalStatus: Int] {
        evaluations.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// The evaluations in dashboard order: by status (`GoalStatus.dashboardOrder`), then in
    /// the model's order; as they are when sorted on request (`keepsOrder`).
    public var byStatus: [GoalEvaluation] {
        if keepsOrder { return evaluations }
        // Positions are sorted, not the evaluations: moving 41,000 large values in a sort costs more.
        let ranks = evaluations.map(\.status.dashboardRank)
        return evaluations.indices
            .sorted { (ranks[$0], $0) < (ranks[$1], $1) }
            .map { evaluations[$0] }
    }

    /// Whether some goal's status fails a run with `--fail-on threshold`.
    public func fails(threshold: GoalStatus) -> Bool {
        evaluations.contains { $0.status.fails(threshold: threshold) }
    }

    /// The goals whose status or figure differs between `earlier` and `later`, in `later`'s
    /// goal order. Goals present in only one of the two are listed with the other side nil.
    public static func changes(from earlier: EvaluationSet, to later: EvaluationSet) -> [StatusChange] {
        var changes: [StatusChange] = []
        for evaluation in later.evaluations {
            let before = earlier[evaluation.goal.id]
            if before?.status != evaluation.status || before.flatMap(StatusChange.figure) != StatusChange.figure(evaluation) {
                changes.append(StatusChange(goalID: evaluation.goal.id, before: before, after: evaluation))
            }
        }
        for evaluation in earlier.evaluations where later[evaluation.goal.id] == nil {
            changes.append(StatusChange(goalID: evaluation.goal.id, before: evaluation, after: nil))
        }
        return changes
    }
}

/// A goal whose status or figure changed between two evaluations (`diff P1 P2`).
public struct StatusChange: Sendable {
    public var goalID: String
    public var before: GoalEvaluation?
    public var after: GoalEvaluation?

    /// The figure a goal is judged by: the one at its deadline once that has passed, else the latest.
    public static func figure(_ evaluation: GoalEvaluation) -> Double? { (evaluation.judged ?? evaluation.current)?.value }

    public var figureBefore: Double? { before.flatMap(Self.figure) }
    public var figureAfter: Double? { after.flatMap(Self.figure) }
    /// How far the figure moved; for a percentage, in percentage points.
    public var figureChange: Double? {
        guard let figureBefore, let figureAfter else { return nil }
        return figureAfter - figureBefore
    }
}

/// The statuses of all goals at two as-of periods.
public struct EvaluationDiff: Sendable {
    public let earlier: EvaluationSet
    public let later: EvaluationSet
    public let changes: [StatusChange]

    public init(earlier: EvaluationSet, later: EvaluationSet) {
        self.earlier = earlier
        self.later = later
        self.changes = EvaluationSet.changes(from: earlier, to: later)
    }

    /// Evaluates `model` as of both moments and compares.
    public init(model: GoalModel, from first: AsOf, to second: AsOf, evaluator: Evaluator? = nil) {
        let evaluator = evaluator ?? Evaluator(model: model)
        self.init(
            earlier: EvaluationSet(model: model, asOf: first, evaluator: evaluator),
            later: EvaluationSet(model: model, asOf: second, evaluator: evaluator)
        )
    }
}
