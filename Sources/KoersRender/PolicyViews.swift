import KoersCore

/// `status --by`: the dashboard with a heading per document, programme or owner.
public enum GroupedDashboard {
    public static func render(
        _ groups: [GoalGroup], asOf: AsOf, language: Language, style: RenderStyle, format: OutputFormat = .table
    ) -> String {
        switch format {
        case .table: table(groups, asOf: asOf, language, style)
        case .json: json(groups, asOf: asOf)
        case .csv: EvaluationCSV.rows(groups.map { ($0.key ?? "", $0.evaluations.byStatus) }, groupColumn: groups.first?.grouping.rawValue ?? "group")
        case .markdown: markdown(groups, language)
        }
    }

    static func table(_ groups: [GoalGroup], asOf: AsOf, _ language: Language, _ style: RenderStyle) -> String {
        guard !groups.isEmpty else { return RenderMessages.noGoals.text(in: language) }
        let rows = groups.map(\.evaluations.byStatus)
        let cells = rows.map { $0.map { StatusDashboard.Row($0, language: language, style: style) } }
        // One layout for every group, so that the columns line up down the whole dashboard.
        let layout = StatusDashboard.Layout(rows: rows.flatMap { $0 }, cells: cells.flatMap { $0 }, style: style)
        var lines = [style.paint(RenderMessages.dashboardTitle(asOf: asOf).text(in: language), .bold)]
        for (index, group) in groups.enumerated() {
            lines.append("")
            lines += wrap(PolicyMessages.groupHeading(group).text(in: language), width: style.width).map { style.paint($0, .bold) }
            lines += StatusDashboard.body(rows[index], cells[index], layout: layout, language: language, style: style)
            lines += wrap(StatusDashboard.summary(group.evaluations, language: language), width: style.width, indent: "  ")
        }
        return lines.joined(separator: "\n")
    }

    static func markdown(_ groups: [GoalGroup], _ language: Language) -> String {
        groups.map { group in
            "## " + ReportText.markdown(PolicyMessages.groupHeading(group).text(in: language)) + "\n\n"
                + StatusDashboard.markdown(group.evaluations, language)
        }.joined(separator: "\n\n")
    }

    static func json(_ groups: [GoalGroup], asOf: AsOf) -> String {
        JSON.object([
            ("version", .number(Double(EvaluationJSON.schemaVersion))),
            ("asOf", .string(asOf.sharedMoment?.description)),
            ("by", .string(groups.first?.grouping.rawValue)),
            ("groups", .array(groups.map { group in
                .object([
                    ("key", .string(group.key)),
                    ("title", .string(group.title)),
                    ("owner", .string(group.owner)),
                    ("summary", EvaluationJSON.summary(group.evaluations)),
                    ("goals", .array(group.evaluations.evaluations.map(EvaluationJSON.goal))),
                ])
            })),
        ]).serialized() + "\n"
    }
}

/// `documents`: each declared document, what the council did with it, and how its goals stand.
public enum DocumentsView {
    public static func render(_ overview: DocumentOverview, language: Language, style: RenderStyle, format: OutputFormat = .table) -> String {
        switch format {
        case .table: table(overview, language, style)
        case .json: json(overview)
        case .csv: csv(overview)
        case .markdown: markdown(overview, language)
        }
    }

    /// "2 on track, 1 missed": the statuses present, in dashboard order.
    static func statuses(_ set: EvaluationSet, _ language: Language) -> String {
        let counts = set.counts
        return GoalStatus.dashboardOrder.filter { counts[$0, default: 0] > 0 }
            .map { RenderMessages.statusCount($0, counts[$0, default: 0]).text(in: language) }
            .joined(separator: ", ")
    }

    /// The facts of a document on one line: kind, council, horizon, evaluation.
    static func facts(_ document: PolicyDocument, _ language: Language) -> [String] {
        [document.kind.map { PolicyMessages.kind($0).text(in: language) }, PolicyMessages.adoption(document.adoption).text(in: language),
         PolicyMessages.horizon(document.horizon).text(in: language), PolicyMessages.evaluations(document.evaluations).text(in: language)]
            .compactMap { $0 }
    }

    static func table(_ overview: DocumentOverview, _ language: Language, _ style: RenderStyle) -> String {
        guard !overview.documents.isEmpty else { return PolicyMessages.noDocuments.text(in: language) }
        var lines = [style.paint(PolicyMessages.documentsTitle(overview.documents.count).text(in: language), .bold)]
        for summary in overview.documents {
            let document = summary.document
            lines.append("")
            lines += wrap(document.title.map { "\($0) (\(document.id))" } ?? document.id, width: style.width).map { style.paint($0, .bold) }
            lines += wrap(facts(document, language).joined(separator: " · "), width: style.width, indent: "  ")
            if let owner = document.owner { lines += wrap(PolicyMessages.owner(owner).text(in: language), width: style.width, indent: "  ") }
            var goals = PolicyMessages.goals(summary.goals.evaluations.count, judgeable: summary.judgeable).text(in: language)
            let statuses = statuses(summary.goals, language)
            if !statuses.isEmpty { goals += ": " + statuses }
            lines += wrap(goals, width: style.width, indent: "  ")
        }
        let undeclared = overview.undeclared.evaluations.map(\.goal.id)
        if !undeclared.isEmpty {
            lines.append("")
            lines += wrap(PolicyMessages.undeclared(undeclared.count).text(in: language), width: style.width)
            lines += wrap(undeclared.joined(separator: ", "), width: style.width, indent: "  ")
        }
        return lines.joined(separator: "\n")
    }

    static func markdown(_ overview: DocumentOverview, _ language: Language) -> String {
        let headers: [LocalizedText] = [
            LocalizedText(verbatim: "id"), LocalizedText(en: "Document", nl: "Document"), LocalizedText(en: "Kind", nl: "Soort"),
            LocalizedText(en: "Council", nl: "Raad"), LocalizedText(en: "Horizon", nl: "Looptijd"),
            LocalizedText(en: "Evaluated", nl: "Geëvalueerd"), LocalizedText(en: "Goals", nl: "Doelen"),
            LocalizedText(en: "Can be judged", nl: "Te beoordelen"), LocalizedText(en: "Statuses", nl: "Statussen"),
        ]
        var lines = ["| " + headers.map { $0.text(in: language) }.joined(separator: " | ") + " |", "|---|---|---|---|---|---|--:|--:|---|"]
        for summary in overview.documents {
            let document = summary.document
            let cells = [
                document.id, document.title ?? "", document.kind.map { PolicyMessages.kind($0).text(in: language) } ?? "",
                PolicyMessages.adoption(document.adoption).text(in: language), document.horizon?.description ?? "",
                PolicyMessages.evaluations(document.evaluations).text(in: language), String(summary.goals.evaluations.count),
                String(summary.judgeable), statuses(summary.goals, language),
            ]
            lines.append("| " + cells.map { ReportText.markdown($0) }.joined(separator: " | ") + " |")
        }
        let undeclared = overview.undeclared.evaluations.map(\.goal.id)
        if !undeclared.isEmpty {
            lines.append("")
            lines.append(ReportText.markdown(PolicyMessages.undeclared(undeclared.count).text(in: language) + " " + undeclared.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    static let csvHeader = [
        "id", "title", "kind", "council", "council_date", "horizon", "owner", "evaluations", "goals", "judgeable",
    ] + GoalStatus.dashboardOrder.map(\.rawValue)

    static func csv(_ overview: DocumentOverview) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for summary in overview.documents {
            let document = summary.document
            let counts = summary.goals.counts
            let fields: [String] = [
                document.id, document.title ?? "", document.kind?.rawValue ?? "", councilCode(document.adoption) ?? "",
                document.adoption?.date?.description ?? "", document.horizon?.description ?? "", document.owner ?? "",
                String(document.evaluations.count), String(summary.goals.evaluations.count), String(summary.judgeable),
            ] + GoalStatus.dashboardOrder.map { String(counts[$0, default: 0]) }
            lines.append(fields.map(SpreadsheetCSV.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `adopted`, `noted`, `not-presented`; nil when not recorded.
    static func councilCode(_ adoption: Adoption?) -> String? {
        switch adoption {
        case .adoptedByCouncil?: "adopted"
        case .noted?: "noted"
        case .notPresented?: "not-presented"
        case nil: nil
        }
    }

    static func json(_ overview: DocumentOverview) -> String {
        JSON.object([
            ("version", .number(Double(EvaluationJSON.schemaVersion))),
            ("asOf", .string(overview.undeclared.asOf.sharedMoment?.description)),
            ("documents", .array(overview.documents.map { summary in
                let document = summary.document
                return .object([
                    ("id", .string(document.id)),
                    ("title", .string(document.title)),
                    ("kind", .string(document.kind?.rawValue)),
                    ("date", .string(document.date?.description)),
                    ("council", .string(councilCode(document.adoption))),
                    ("councilDate", .string(document.adoption?.date?.description)),
                    ("horizon", .string(document.horizon?.description)),
                    ("owner", .string(document.owner)),
                    ("evaluations", .array(document.evaluations.map { .object([("date", .string($0.date.description)), ("title", .string($0.title))]) })),
                    ("notes", .array(document.notes.map { .string($0) })),
                    ("goals", .array(summary.goals.evaluations.map { .string($0.goal.id) })),
                    ("judgeable", .number(Double(summary.judgeable))),
                    ("summary", EvaluationJSON.summary(summary.goals)),
                ])
            })),
            ("undeclared", .array(overview.undeclared.evaluations.map { .string($0.goal.id) })),
        ]).serialized() + "\n"
    }
}
