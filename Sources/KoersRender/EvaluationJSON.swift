import KoersCore

/// The JSON interface of `status`, `show` and `diff`, documented in docs/json.md.
public enum EvaluationJSON {
    public static let schemaVersion = 1

    public static func status(_ set: EvaluationSet) -> String {
        JSON.object([
            ("version", .number(Double(schemaVersion))),
            ("asOf", .string(set.asOf.sharedMoment?.description)),
            ("summary", summary(set)),
            ("goals", .array(set.evaluations.map(goal))),
        ]).serialized() + "\n"
    }

    /// How many goals have each status, every status named.
    static func summary(_ set: EvaluationSet) -> JSON {
        let counts = set.counts
        return .object(GoalStatus.allCases.map { ($0.rawValue, .number(Double(counts[$0, default: 0]))) })
    }

    public static func show(_ evaluation: GoalEvaluation) -> String {
        goal(evaluation).serialized() + "\n"
    }

    public static func diff(_ diff: EvaluationDiff) -> String {
        JSON.object([
            ("version", .number(Double(schemaVersion))),
            ("from", .string(diff.earlier.asOf.sharedMoment?.description)),
            ("to", .string(diff.later.asOf.sharedMoment?.description)),
            ("changes", .array(diff.changes.map { change in
                .object([
                    ("id", .string(change.goalID)),
                    ("before", .string(change.before?.status.rawValue)),
                    ("after", .string(change.after?.status.rawValue)),
                    ("valueBefore", .number(change.figureBefore)),
                    ("valueAfter", .number(change.figureAfter)),
                    ("change", .number(change.figureChange)),
                    ("unit", .string((change.after ?? change.before)?.unit?.rawValue)),
                ])
            })),
        ]).serialized() + "\n"
    }

    static func goal(_ evaluation: GoalEvaluation) -> JSON {
        func point(_ point: EvaluationPoint?, period fallback: Period? = nil) -> JSON {
            .object([
                ("period", .string((point?.period ?? fallback)?.description)),
                ("value", .number(point?.value)),
                ("provisional", .bool(point?.provisional ?? false)),
            ])
        }
        let goal = evaluation.goal
        var fields: [(String, JSON)] = [
            ("id", .string(goal.id)),
            ("title", .string(goal.title)),
            ("metric", .string(goal.metric?.description)),
            ("status", .string(evaluation.status.rawValue)),
            ("reasons", .array(reasonCodes(evaluation).map { .string($0) })),
            ("asOf", .string(evaluation.asOf?.description)),
            ("baseline", .object([
                ("period", .string((evaluation.baseline?.period ?? goal.baseline?.period)?.description)),
                ("value", .number(evaluation.baseline?.value)),
                ("stated", .bool(goal.baseline?.value != nil)),
            ])),
            ("target", .object([
                ("comparator", .string(comparatorText(evaluation))),
                ("value", .number(evaluation.target)),
                ("deadline", .string(goal.deadline?.description)),
                ("sustained", .bool(goal.target?.sustained ?? false)),
                ("cumulative", .bool(goal.target?.cumulative ?? false)),
            ])),
            ("current", point(evaluation.current)),
            ("judged", evaluation.judged.map { point($0) } ?? .null),
            ("progress", .number(evaluation.progress)),
            ("elapsed", .number(evaluation.elapsed)),
            ("expected", .number(evaluation.expected)),
            ("projected", .number(evaluation.projected)),
            ("slope", .number(evaluation.projection?.slope)),
            ("reached", .string(evaluation.reached?.description)),
            ("milestones", .array(evaluation.milestones.map { check in
                .object([
                    ("period", .string(check.milestone.period.description)),
                    ("value", .number(check.value)),
                    ("met", check.met.map { .bool($0) } ?? .null),
                ])
            })),
            ("partial", evaluation.partial.map { partial in
                .object([
                    ("period", .string(partial.period.description)),
                    ("parts", .string(RenderMessages.granularity(partial.parts).en)),
                    ("count", .number(Double(partial.count))),
                    ("of", .number(Double(partial.total))),
                    ("value", .number(partial.value)),
                ])
            } ?? .null),
            ("notes", .array(evaluation.aggregationNotes.map(note))),
            ("shortfalls", .array(evaluation.shortfalls.map { point($0) })),
            ("benchmark", benchmark(evaluation)),
        ]
        // Only a goal judged on a figure two sources disagree about has the key.
        if !evaluation.conflicts.isEmpty {
            fields.append(("conflicts", .array(evaluation.conflicts.map { conflict in
                .object([
                    ("period", .string(conflict.period.description)),
                    ("used", .number(conflict.kept.value)),
                    ("other", .number(conflict.other.value)),
                ])
            })))
        }
        return .object(fields)
    }

    /// For a goal against a benchmark: the benchmark series, its offset, and per period the
    /// figures of both series, `T(P)` and the gap `X(P)`; null for any other goal.
    static func benchmark(_ evaluation: GoalEvaluation) -> JSON {
        guard let benchmark = evaluation.goal.target?.value.benchmark else { return .null }
        let offset: JSON = switch benchmark.offset {
        case nil: .null
        case let .amount(amount)?: .object([("kind", .string("amount")), ("value", .number(amount))])
        case let .percent(percent)?: .object([("kind", .string("percent")), ("value", .number(percent))])
        }
        let gaps = ([evaluation.baseline].compactMap { $0 } + evaluation.points).compactMap { gap -> JSON? in
            guard case let .gap(series, figure) = gap.origin else { return nil }
            return .object([
                ("period", .string(gap.period.description)),
                ("series", .number(series.value)),
                ("benchmark", .number(figure.value)),
                ("target", .number(benchmark.target(for: figure.value))),
                ("gap", .number(gap.value)),
                ("provisional", .bool(gap.provisional)),
            ])
        }
        return .object([("series", .string(benchmark.series.description)), ("offset", offset), ("figures", .array(gaps))])
    }

    static func note(_ note: AggregationNote) -> JSON {
        switch note {
        case let .finerFiguresNotCombined(granularity):
            .object([("code", .string("finer-figures-not-combined")), ("parts", .string(RenderMessages.granularity(granularity).en))])
        case let .publishedDiffersFromParts(period, published, combined):
            .object([
                ("code", .string("published-differs-from-parts")), ("period", .string(period.description)),
                ("published", .number(published)), ("combined", .number(combined)),
            ])
        }
    }

    /// `>=`, `<=` or `=` (binary goals); null when the goal gives none.
    static func comparatorText(_ evaluation: GoalEvaluation) -> String? {
        if evaluation.isBinary { return "=" }
        return evaluation.goal.target?.comparator?.rawValue
    }

    /// Stable codes for what is missing (docs/json.md).
    static func reasonCodes(_ evaluation: GoalEvaluation) -> [String] {
        var codes = EvaluationGap.ordered(evaluation.gaps).map(\.code)
        switch evaluation.noDataReason {
        case .noBaselineFigure?: codes.append("no-baseline-figure")
        case .noFigureAfterBaseline?: codes.append("no-figure-after-baseline")
        case nil: break
        }
        return codes
    }
}

/// CSV of evaluations: one row per goal, in the CSV dialect of the session (`,` and `.` in
/// English, `;` and `,` in Dutch; see docs/shell.md), every figure in full.
public enum EvaluationCSV {
    public static let header = [
        "id", "status", "baseline_period", "baseline_value", "comparator", "target", "deadline",
        "current_period", "current_value", "progress", "expected", "projected", "reached", "judged_on",
    ]

    /// What the row's baseline, current, target, expected and projected values are: the metric's
    /// figures (`value`), its running total since the baseline (`total`), each figure against the
    /// floor or ceiling (`every-figure`), or the gap to a benchmark series (`gap:werkloosheid_nl`),
    /// so that a spreadsheet does not read a gap's target 0 as a figure of 0.
    public static func judgedOn(_ goal: Goal) -> String {
        if let benchmark = goal.target?.value.benchmark { return "gap:" + benchmark.series.description }
        if goal.target?.cumulative == true { return "total" }
        if goal.target?.sustained == true { return "every-figure" }
        return "value"
    }

    public static func rows(_ evaluations: [GoalEvaluation]) -> String {
        ([SpreadsheetCSV.line(header)] + evaluations.map { SpreadsheetCSV.line(row($0)) }).joined(separator: "\n") + "\n"
    }

    /// `status --by`: the same rows, each after the key of its group (empty for the goals without one).
    public static func rows(_ groups: [(key: String, evaluations: [GoalEvaluation])], groupColumn: String) -> String {
        var lines = [SpreadsheetCSV.line([groupColumn] + header)]
        for group in groups {
            lines += group.evaluations.map { SpreadsheetCSV.line([group.key] + row($0)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ evaluation: GoalEvaluation) -> [String] {
            let fields: [String?] = [
                evaluation.goal.id, evaluation.status.rawValue,
                (evaluation.baseline?.period ?? evaluation.goal.baseline?.period)?.description,
                number(evaluation.baseline?.value), EvaluationJSON.comparatorText(evaluation),
                number(evaluation.target), evaluation.goal.deadline?.description,
                evaluation.current?.period.description, number(evaluation.current?.value),
                number(evaluation.progress), number(evaluation.expected), number(evaluation.projected),
                evaluation.reached?.description, judgedOn(evaluation.goal),
            ]
            return fields.map { $0 ?? "" }
    }

    public static func diff(_ diff: EvaluationDiff) -> String {
        var lines = [SpreadsheetCSV.line(["id", "before", "after", "valueBefore", "valueAfter", "change"])]
        for change in diff.changes {
            lines.append(SpreadsheetCSV.line([
                change.goalID, change.before?.status.rawValue ?? "", change.after?.status.rawValue ?? "",
                number(change.figureBefore) ?? "", number(change.figureAfter) ?? "", number(change.figureChange) ?? "",
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        return SpreadsheetCSV.number(value)
    }
}
