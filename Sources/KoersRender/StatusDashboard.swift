import KoersCore

/// `status`: one line per goal, grouped by status, with a summary line.
public enum StatusDashboard {
    public static func render(
        _ set: EvaluationSet, language: Language, style: RenderStyle, format: OutputFormat = .table
    ) -> String {
        switch format {
        case .table: table(set, language, style)
        case .json: EvaluationJSON.status(set)
        case .csv: EvaluationCSV.rows(set.byStatus)
        case .markdown: markdown(set, language)
        }
    }

    /// "7 goals: 1 achieved, 2 on track, …" — every status the issue names, and pending when present.
    public static func summary(_ set: EvaluationSet, language: Language) -> String {
        let counts = set.counts
        let always: [GoalStatus] = [.achieved, .onTrack, .atRisk, .offTrack, .missed, .noData, .notEvaluable]
        let shown = GoalStatus.dashboardOrder.filter { always.contains($0) || counts[$0, default: 0] > 0 }
        let items = shown.map { RenderMessages.statusCount($0, counts[$0, default: 0]).text(in: language) }
        return RenderMessages.goalCount(set.evaluations.count).text(in: language) + ": " + items.joined(separator: ", ")
    }

    static func table(_ set: EvaluationSet, _ language: Language, _ style: RenderStyle) -> String {
        guard !set.evaluations.isEmpty else { return RenderMessages.noGoals.text(in: language) }
        var lines = [style.paint(RenderMessages.dashboardTitle(asOf: set.asOf).text(in: language), .bold), ""]
        let rows = set.byStatus
        let cells = rows.map { Row($0, language: language, style: style) }
        lines += body(rows, cells, layout: Layout(rows: rows, cells: cells, style: style), language: language, style: style)
        lines.append("")
        lines += wrap(summary(set, language: language), width: style.width)
        return lines.joined(separator: "\n")
    }

    /// The column widths of a dashboard, from every row it shows (of every group).
    struct Layout {
        let idWidth: Int
        let valueWidth: Int
        let percentWidth: Int
        let deadlineWidth: Int
        let barWidth: Int
        let titleWidth: Int

        init(rows: [GoalEvaluation], cells: [Row], style: RenderStyle) {
            // Ids are never cut: they are what users type after `show` and `why`; the title gives way.
            idWidth = rows.map(\.goal.id.count).max() ?? 0
            valueWidth = min(21, cells.compactMap { $0.values?.count }.max() ?? 0)
            percentWidth = cells.compactMap { $0.percent?.count }.max() ?? 0
            deadlineWidth = rows.compactMap { $0.deadline?.description.count }.max() ?? 0
            // indent, id, title, values, bar, percent, deadline, with one space between; on a
            // narrow terminal the bar goes first, so the title keeps a readable width.
            let withoutBar = 2 + idWidth + 1 + 1 + valueWidth + 1 + percentWidth + 1 + deadlineWidth
            let fullBar = (style.unicode ? ProgressBar.cells : ProgressBar.cells + 2) + 1
            barWidth = style.width - withoutBar - fullBar >= 12 ? fullBar - 1 : -1
            titleWidth = max(8, style.width - withoutBar - (barWidth + 1))
        }
    }

    /// The lines of the goals, under a heading per status.
    static func body(_ rows: [GoalEvaluation], _ cells: [Row], layout: Layout, language: Language, style: RenderStyle) -> [String] {
        var lines: [String] = []
        var group: GoalStatus?
        for (evaluation, cell) in zip(rows, cells) {
            if evaluation.status != group {
                if group != nil { lines.append("") }
                group = evaluation.status
                let count = rows.filter { $0.status == evaluation.status }.count
                let heading = RenderMessages.status(evaluation.status).text(in: language).uppercasedFirst + " (\(count))"
                lines.append(style.paint(heading, style.color(of: evaluation.status)))
            }
            let middleWidth = layout.valueWidth + 1 + (layout.barWidth + 1) + layout.percentWidth
            // A reason longer than the figures' room takes from the title, down to a stub of it:
            // why a goal cannot be judged matters more than the rest of its title.
            let reasonWidth = cell.reason.map { max(middleWidth, min($0.count, middleWidth + layout.titleWidth - 12)) } ?? middleWidth
            let shownTitleWidth = layout.titleWidth - (reasonWidth - middleWidth)
            var line = "  " + evaluation.goal.id.padded(to: layout.idWidth) + " "
            line += style.truncate(evaluation.goal.title, to: shownTitleWidth).padded(to: shownTitleWidth) + " "
            if let values = cell.values {
                line += values.leftPadded(to: layout.valueWidth) + " "
                if layout.barWidth > 0 { line += (cell.bar ?? "").padded(to: layout.barWidth) + " " }
                line += (cell.percent ?? "").leftPadded(to: layout.percentWidth)
            } else {
                line += style.truncate(cell.reason ?? "", to: reasonWidth).padded(to: reasonWidth)
            }
            line += " " + (evaluation.deadline?.description ?? "").padded(to: layout.deadlineWidth)
            lines.append(trimmedRight(line))
        }
        return lines
    }

    /// The cells of one dashboard line.
    struct Row {
        var values: String?
        var bar: String?
        var percent: String?
        var reason: String?

        init(_ evaluation: GoalEvaluation, language: Language, style: RenderStyle) {
            let formatter = ValueFormatter(language: language, evaluation: evaluation)
            if let reason = evaluation.reasonText() {
                // A goal that cannot be judged still shows what it promises (`≥ 90%` without a metric).
                let written = evaluation.status == .notEvaluable ? evaluation.writtenTarget(style, formatter) : nil
                self.reason = (written.map { RenderMessages.reasonWithTarget(reason, target: $0) } ?? reason).text(in: language)
                return
            }
            let current = (evaluation.judged ?? evaluation.current).map(formatter.point) ?? "–"
            values = current + " / " + (evaluation.targetText(style, formatter, compact: true) ?? "?")
            if let progress = evaluation.progress {
                bar = ProgressBar.render(progress, style: style, color: style.color(of: evaluation.status))
                percent = formatter.percent(progress)
            }
        }
    }

    static func markdown(_ set: EvaluationSet, _ language: Language) -> String {
        let style = RenderStyle(colors: false, unicode: true)
        var lines = [
            "| " + [RenderMessages.fieldGoal, .init(verbatim: "id"), RenderMessages.fieldStatus, RenderMessages.fieldCurrent,
                    RenderMessages.fieldTarget, RenderMessages.fieldProgress, RenderMessages.fieldDeadline]
                .map { $0.text(in: language) }.joined(separator: " | ") + " |",
            "|---|---|---|---|---|--:|---|",
        ]
        for evaluation in set.byStatus {
            let formatter = ValueFormatter(language: language, evaluation: evaluation)
            let status = RenderMessages.status(evaluation.status).text(in: language)
                + (evaluation.reasonText().map { ": " + $0.text(in: language) } ?? "")
            let cells = [
                evaluation.goal.title, evaluation.goal.id, status,
                (evaluation.judged ?? evaluation.current).map { formatter.point($0) + " (\($0.period))" } ?? "",
                evaluation.targetText(style, formatter) ?? evaluation.writtenTarget(style, formatter) ?? "",
                evaluation.progress.map(formatter.percent) ?? "",
                evaluation.deadline?.description ?? "",
            ]
            lines.append("| " + cells.map { ReportText.markdown($0) }.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(summary(set, language: language))
        return lines.joined(separator: "\n")
    }
}

enum ProgressBar {
    static let cells = 8

    /// A bar of `cells` cells for progress 0…1 (clamped for drawing; the figure beside it is not).
    static func render(_ progress: Double, style: RenderStyle, color: Color) -> String {
        let share = progress.isFinite ? min(1, max(0, progress)) : 0
        if !style.unicode {
            let filled = Int((share * Double(cells)).rounded())
            return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled) + "]"
        }
        let eighths = Int((share * Double(cells * 8)).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { bar += partials[eighths % 8] }
        let empty = String(repeating: "░", count: cells - bar.count)
        return style.paint(bar, color) + style.paint(empty, .dim)
    }
}

func trimmedRight(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}

extension String {
    var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
