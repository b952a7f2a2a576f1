import KoersCore

/// `status`: one line per goal, grouped by status, with a summary line.
public enum StatusDashboard {
    /// `expanded`: one field per line per goal (psql's `\x`); nil switches to it when the
    /// terminal is too narrow for a goal's figures beside its title.
    public static func render(
        _ set: EvaluationSet, language: Language, style: RenderStyle, format: OutputFormat = .table, expanded: Bool? = false
    ) -> String {
        switch format {
        case .table: (expanded ?? tooNarrow(set, style)) ? expandedTable(set, language, style) : table(set, language, style)
        case .json: EvaluationJSON.status(set)
        case .csv: EvaluationCSV.rows(set.byStatus)
        case .markdown: markdown(set, language)
        }
    }

    /// `render`, handed to `emit` a piece at a time, each piece ending at the end of a line: the
    /// table of a million goals goes out as it is written, never held whole as one text. The
    /// pieces joined are `render`'s text, with a line feed after its last line.
    public static func write(
        _ set: EvaluationSet, language: Language, style: RenderStyle, format: OutputFormat = .table, expanded: Bool? = false,
        to emit: ([UInt8]) -> Void
    ) {
        guard format == .table, !set.evaluations.isEmpty, !(expanded ?? tooNarrow(set, style)) else {
            return emit(Array(render(set, language: language, style: style, format: format, expanded: expanded).utf8))
        }
        var pending: [UInt8] = []
        pending.reserveCapacity(Self.pieceSize + 512)
        tableLines(set, language, style) { line in
            pending += line.utf8
            pending.append(0x0A)
            if pending.count >= Self.pieceSize {
                emit(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        emit(pending)
    }

    /// About how many bytes `write` hands on at a time.
    static let pieceSize = 1 << 16

    /// "7 goals: 1 achieved, 2 on track, …" — every status the issue names, and pending when present.
    public static func summary(_ set: EvaluationSet, language: Language) -> String {
        let counts = set.counts
        let always: [GoalStatus] = [.achieved, .onTrack, .atRisk, .offTrack, .missed, .noData, .notEvaluable]
        let shown = GoalStatus.dashboardOrder.filter { always.contains($0) || counts[$0, default: 0] > 0 }
        let items = shown.map { RenderMessages.statusCount($0, counts[$0, default: 0]).text(in: language) }
        return RenderMessages.goalCount(set.evaluations.count).text(in: language) + ": " + items.joined(separator: ", ")
    }

    /// The widths of the dashboard's columns but the title's.
    struct Columns {
        var id: Int
        var value: Int
        var percent: Int
        var deadline: Int
        var bar: Int
        /// The width left to the title.
        var title: Int

        init(_ rows: [GoalEvaluation], _ cells: [Row], _ style: RenderStyle) {
            // Ids are never cut: they are what users type after `show` and `why`; the title gives way.
            id = rows.map(\.goal.id.count).max() ?? 0
            value = min(21, cells.compactMap { $0.values?.count }.max() ?? 0)
            percent = cells.compactMap { $0.percent?.count }.max() ?? 0
            deadline = rows.compactMap { $0.deadline?.description.count }.max() ?? 0
            // indent, id, title, values, bar, percent, deadline, with one space between; on a
            // narrow terminal the bar goes first, so the title keeps a readable width.
            let withoutBar = 2 + id + 1 + 1 + value + 1 + percent + 1 + deadline
            let fullBar = (style.unicode ? ProgressBar.cells : ProgressBar.cells + 2) + 1
            bar = style.width - withoutBar - fullBar >= 12 ? fullBar - 1 : -1
            title = style.width - withoutBar - (bar + 1)
        }
    }

    /// Whether the terminal leaves a goal's title less than a readable width beside its figures.
    static func tooNarrow(_ set: EvaluationSet, _ style: RenderStyle) -> Bool {
        let rows = set.byStatus
        return Columns(rows, rows.map { Row($0, language: .en, style: style) }, style).title < 12
    }

    static func table(_ set: EvaluationSet, _ language: Language, _ style: RenderStyle) -> String {
        guard !set.evaluations.isEmpty else { return RenderMessages.noGoals.text(in: language) }
        var lines: [String] = []
        tableLines(set, language, style) { lines.append($0) }
        return lines.joined(separator: "\n")
    }

    /// The dashboard of a set with goals, line by line, each handed to `line` as it is made.
    static func tableLines(_ set: EvaluationSet, _ language: Language, _ style: RenderStyle, line: (String) -> Void) {
        line(style.paint(RenderMessages.dashboardTitle(asOf: set.asOf).text(in: language), .bold))
        line("")
        let rows = set.byStatus
        let cells = rows.map { Row($0, language: language, style: style) }
        body(rows, cells, columns: Columns(rows, cells, style), language: language, style: style, line: line)
        line("")
        wrap(summary(set, language: language), width: style.width).forEach(line)
    }

    /// The lines of the goals, under a heading per status, in the columns given (shared by every
    /// group of `status --by`, so they line up down the whole dashboard).
    static func body(_ rows: [GoalEvaluation], _ cells: [Row], columns: Columns, language: Language, style: RenderStyle) -> [String] {
        var lines: [String] = []
        body(rows, cells, columns: columns, language: language, style: style) { lines.append($0) }
        return lines
    }

    /// `body`, each line handed to `line` as it is made.
    static func body(
        _ rows: [GoalEvaluation], _ cells: [Row], columns: Columns, language: Language, style: RenderStyle, line emit: (String) -> Void
    ) {
        let (idWidth, valueWidth, percentWidth, deadlineWidth, barWidth) = (columns.id, columns.value, columns.percent, columns.deadline, columns.bar)
        // Too narrow for a readable title beside the figures: each goal takes two lines, its
        // id and title, then the figures (or the reason) indented beneath.
        let stacked = columns.title < 12
        let titleWidth = max(8, columns.title)
        // A reason that does not fit beside the title goes under the row, wrapped at words from
        // where the title begins (or a little indent when the ids are long).
        let titleColumn = 2 + idWidth + 1
        let reasonIndent = style.width - titleColumn >= 30 ? titleColumn : 4
        var group: GoalStatus?
        for (index, (evaluation, cell)) in zip(rows, cells).enumerated() {
            if evaluation.status != group {
                if group != nil { emit("") }
                group = evaluation.status
                // The run of goals under this heading: all of the status in the dashboard's order,
                // a stretch of them when sorted by deadline, progress or id.
                let count = rows[index...].prefix { $0.status == evaluation.status }.count
                let heading = RenderMessages.status(evaluation.status).text(in: language).uppercasedFirst + " (\(count))"
                emit(style.paint(heading, style.color(of: evaluation.status)))
            }
            let deadline = evaluation.deadline?.description ?? ""
            // Figures wider than their column (a target named by a metric) take from the title;
            // when that would leave it no readable stub, the goal gets two lines.
            let overflow = max(0, (cell.values?.count ?? 0) - valueWidth)
            if stacked || titleWidth - overflow < 8 {
                stackedLines(evaluation, cell, deadline: deadline, style: style).forEach(emit)
                continue
            }
            let middleWidth = valueWidth + 1 + (barWidth + 1) + percentWidth
            // A reason longer than the figures' room takes from the title, down to a stub of it:
            // why a goal cannot be judged matters more than the rest of its title. A reason
            // longer still is never cut: it goes whole on the lines below.
            let reasonWidth = cell.reason.map { max(middleWidth, min($0.count, middleWidth + titleWidth - 12)) } ?? middleWidth
            let reasonBelow = cell.reason.map { $0.count > reasonWidth } ?? false
            // A reason below leaves the figures' room to the title.
            let shownTitleWidth = reasonBelow ? titleWidth + middleWidth : titleWidth - (reasonWidth - middleWidth) - overflow
            var line = "  " + evaluation.goal.id.padded(to: idWidth) + " "
            line += style.truncate(evaluation.goal.title, to: shownTitleWidth).padded(to: shownTitleWidth) + " "
            if let values = cell.values {
                line += values.leftPadded(to: valueWidth) + " "
                if barWidth > 0 { line += (cell.bar ?? "").padded(to: barWidth) + " " }
                line += (cell.percent ?? "").leftPadded(to: percentWidth)
            } else if !reasonBelow {
                line += (cell.reason ?? "").padded(to: reasonWidth)
            }
            line += " " + deadline.padded(to: deadlineWidth)
            emit(trimmedRight(line))
            if reasonBelow, let reason = cell.reason {
                wrap(reason, width: style.width, indent: String(repeating: " ", count: reasonIndent)).forEach(emit)
            }
        }
    }

    /// One goal on a terminal too narrow for its figures beside its title: the id and as much
    /// of the title as fits, then the figures, bar, percentage and deadline (or the reason,
    /// wrapped at words) indented beneath. Figures and periods are never split.
    static func stackedLines(_ evaluation: GoalEvaluation, _ cell: Row, deadline: String, style: RenderStyle) -> [String] {
        let head = "  " + evaluation.goal.id + " "
        var lines = [trimmedRight(head + style.truncate(evaluation.goal.title, to: max(8, style.width - head.count)))]
        let indent = "    "
        if let values = cell.values {
            let figures = [values, cell.percent, deadline.isEmpty ? nil : deadline].compactMap { $0 }.joined(separator: " ")
            // The bar (colored, so measured by its cells) is the first to go when the line is full.
            let barWidth = style.unicode ? ProgressBar.cells : ProgressBar.cells + 2
            if let bar = cell.bar, indent.count + figures.count + 1 + barWidth <= style.width {
                lines.append(trimmedRight(indent + values + " " + bar + " " + (cell.percent ?? "") + " " + deadline))
            } else {
                lines += wrap(figures, width: style.width, indent: indent)
            }
        } else {
            let reason = (cell.reason ?? "") + (deadline.isEmpty ? "" : " " + deadline)
            lines += wrap(reason, width: style.width, indent: indent)
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

    /// psql's expanded display: a block per goal, one field per line, grouped by status as
    /// the dashboard is.
    static func expandedTable(_ set: EvaluationSet, _ language: Language, _ style: RenderStyle) -> String {
        guard !set.evaluations.isEmpty else { return RenderMessages.noGoals.text(in: language) }
        var lines = [style.paint(RenderMessages.dashboardTitle(asOf: set.asOf).text(in: language), .bold), ""]
        let headers = [.init(verbatim: "id"), RenderMessages.fieldGoal, RenderMessages.fieldStatus, RenderMessages.fieldCurrent,
                       RenderMessages.fieldTarget, RenderMessages.fieldProgress, RenderMessages.fieldDeadline].map { $0.text(in: language) }
        let nameWidth = headers.map(\.count).max() ?? 0
        for (index, evaluation) in set.byStatus.enumerated() {
            if index > 0 { lines.append("") }
            let formatter = ValueFormatter(language: language, evaluation: evaluation)
            let status = RenderMessages.status(evaluation.status).text(in: language)
                + (evaluation.reasonText().map { ": " + $0.text(in: language) } ?? "")
            let values = [
                evaluation.goal.id, evaluation.goal.title, status,
                (evaluation.judged ?? evaluation.current).map { formatter.point($0) + " (\($0.period))" } ?? "–",
                evaluation.targetText(style, formatter) ?? evaluation.writtenTarget(style, formatter) ?? "–",
                evaluation.progress.map(formatter.percent) ?? "–",
                evaluation.deadline?.description ?? "–",
            ]
            for (name, value) in zip(headers, values) {
                var field = ExpandedLayout.field(name, value, nameWidth: nameWidth, width: style.width)
                if name == headers[2] { field = field.map { style.paint($0, style.color(of: evaluation.status)) } }
                lines += field
            }
        }
        lines.append("")
        lines += wrap(summary(set, language: language), width: style.width)
        return lines.joined(separator: "\n")
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
