import KoersCore

/// `report --format json`: the report's content for scripts, in a fixed key order
/// (documented in docs/json.md).
public enum ReportJSON {
    public static func render(_ report: ReportModel) -> String {
        let counts = GoalStatus.allCases.map { ($0.rawValue, JSON.number(Double(report.statusCounts[$0, default: 0]))) }
        let root = JSON.object([
            ("title", .string(report.title)),
            ("language", .string(report.language.rawValue)),
            ("asOf", .string(report.asOf)),
            ("previousPeriod", .string(report.previousPeriod)),
            ("generatedAt", .string(report.generatedAt)),
            ("counts", .object(counts)),
            ("changes", .array(report.changes.map { change in
                .object([("id", .string(change.id)), ("from", .string(change.from.rawValue)), ("to", .string(change.to.rawValue))])
            })),
            ("unjudgeable", .array(report.unjudgeable.map { goal in
                .object([("id", .string(goal.id)), ("reasons", .array(goal.reasons.map(JSON.string)))])
            })),
            ("goals", .array(report.goals.map(section))),
            ("documents", .array(report.documents.map { row in
                .object([
                    ("id", .string(row.id)), ("title", .string(row.title)), ("kind", .string(row.kind)), ("council", .string(row.council)),
                    ("horizon", .string(row.horizon)), ("evaluated", .string(row.evaluated)),
                    ("goals", .number(Double(row.goals))), ("judgeable", .number(Double(row.judgeable))),
                ])
            })),
            ("programmes", .array(report.programmes.map { programme in
                .object([
                    ("id", .string(programme.id)), ("title", .string(programme.title)), ("owner", .string(programme.owner)),
                    ("theme", .string(programme.theme)), ("goals", .array(programme.goals.map { .string($0.id) })),
                ])
            })),
            ("figures", .array(report.appendix.map { figure in
                .object([
                    ("series", .string(figure.series)), ("period", .string(figure.period)), ("value", .number(figure.value)),
                    ("provisional", .bool(figure.provisional)), ("file", .string(figure.file)),
                    ("row", .number(figure.row.map(Double.init))), ("column", .number(figure.column.map(Double.init))),
                    ("sha256", .string(figure.contentHash.isEmpty ? nil : figure.contentHash)),
                ])
            })),
        ])
        return root.serialized() + "\n"
    }

    private static func section(_ goal: ReportGoalSection) -> JSON {
        func figure(_ figure: ReportFigure?) -> JSON { .number(figure?.value) }
        return .object([
            ("id", .string(goal.id)),
            ("title", .string(goal.title)),
            ("source", .string(goal.source)),
            ("status", .string(goal.status.rawValue)),
            ("sentence", .string(goal.statusSentence)),
            ("baseline", figure(goal.figures.baseline)),
            ("target", figure(goal.figures.target)),
            ("current", figure(goal.figures.current)),
            ("expected", figure(goal.figures.expected)),
            ("projected", figure(goal.figures.projected)),
            ("reached", .string(goal.figures.reached?.text)),
            ("checklist", .array(goal.checklist.map { item in
                .object([("criterion", .string(item.criterion)), ("passed", .bool(item.passed)), ("explanation", .string(item.explanation))])
            })),
        ])
    }
}
