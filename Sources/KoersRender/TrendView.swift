import KoersCore

/// `trend METRIC|GOAL`: a series over time as a chart, with the target and the deadline
/// marked when a goal is given.
public enum TrendView {
    /// The trend of a goal's series up to the peildatum: the figures the goal is judged by,
    /// the target line and the deadline.
    public static func render(
        _ evaluation: GoalEvaluation, series: [Observation], language: Language, style: RenderStyle
    ) -> String {
        let formatter = ValueFormatter(language: language, evaluation: evaluation)
        let name = evaluation.goal.metric?.description ?? evaluation.goal.id
        let (points, judged) = figures(of: evaluation, series: series)
        var chart = SeriesChart(points: points, formatter: formatter)
        chart.target = evaluation.target
        chart.deadline = evaluation.deadline
        // A running total's or a gap's target says nothing about the figures themselves.
        chart.targetLine = evaluation.target != nil && judged
        let title = RenderMessages.trendTitle((judged ? judgedSeriesName(evaluation)?.text(in: language) : nil) ?? name)
        // On a terminal the title and the target wrap within the window, as `show`'s do.
        let fit = { (text: String) in style.isTerminal ? wrap(text, width: style.width) : [text] }
        var lines = fit(title.text(in: language)).map { style.paint($0, .bold) }
        if let target = evaluation.targetText(style, formatter) {
            lines += fit(RenderMessages.fieldTarget.text(in: language) + ": " + RenderMessages.byDeadline(target, evaluation.deadline).text(in: language))
        }
        return (lines + body(chart, points: points, name: name, language: language, style: style)).joined(separator: "\n")
    }

    /// The trend of a series on its own.
    public static func render(
        series: [Observation], key: SeriesKey, unit: MetricUnit?, unitName: String? = nil, language: Language, style: RenderStyle
    ) -> String {
        let points = figures(series, granularity: nil)
        let chart = SeriesChart(points: points, formatter: ValueFormatter(language: language, unit: unit, unitName: unitName))
        let title = style.paint(RenderMessages.trendTitle(key.description).text(in: language), .bold)
        return ([title] + body(chart, points: points, name: key.description, language: language, style: style))
            .joined(separator: "\n")
    }

    /// What a goal judges when it is not its series' figures themselves: the running total of a
    /// `total` target, the gap to a benchmark; nil otherwise.
    static func judgedSeriesName(_ evaluation: GoalEvaluation) -> LocalizedText? {
        guard let target = evaluation.goal.target else { return nil }
        let name = evaluation.goal.metric?.description ?? evaluation.goal.id
        if let benchmark = target.value.benchmark { return RenderMessages.gapName(name, benchmark: benchmark.series.description) }
        return target.cumulative ? RenderMessages.runningTotalName(name) : nil
    }

    /// The figures a goal's trend draws, and whether they are those the goal is judged by. From
    /// the baseline on they are the evaluation's own (made from finer figures, a running total,
    /// the gap to a benchmark), so the chart shows the numbers the status comes from; before it,
    /// the series' figures of the goal's granularity, where these are on the same scale. Never a
    /// figure after the peildatum.
    static func figures(of evaluation: GoalEvaluation, series: [Observation]) -> (points: [EvaluationPoint], judged: Bool) {
        let judged = (evaluation.baseline.map { [$0] } ?? []) + evaluation.points
        let asOf = evaluation.asOf?.t
        let untilPeildatum = figures(series, granularity: evaluation.granularity).filter { point in
            asOf.map { Tolerance.atMost(point.t, $0) } ?? true
        }
        let onOwnScale = evaluation.goal.target.map { !$0.cumulative && $0.value.benchmark == nil } ?? true
        if !onOwnScale { return judged.isEmpty ? (untilPeildatum, false) : (judged, true) }
        guard let start = judged.first?.t else { return (untilPeildatum, true) }
        return (untilPeildatum.filter { Tolerance.below($0.t, start) } + judged, true)
    }

    /// The figures with a value, in one granularity: the given one, or that of the latest figure.
    static func figures(_ series: [Observation], granularity: Granularity?) -> [EvaluationPoint] {
        let chosen = granularity ?? series.last { $0.value != nil }?.period.granularity
        return series.compactMap { $0.period.granularity == chosen ? EvaluationPoint($0) : nil }
    }

    private static func body(
        _ chart: SeriesChart, points: [EvaluationPoint], name: String, language: Language, style: RenderStyle
    ) -> [String] {
        guard let first = points.first, let last = points.last else {
            return [RenderMessages.noFiguresFor(name).text(in: language)]
        }
        let formatter = chart.formatter
        let change = last.value - first.value
        // A change in a percentage is in percentage points, as `diff` writes it.
        let changeText = formatter.unit == .percent
            ? NumberWriter.format(change, notation: formatter.notation, maxFractionDigits: 2) + " " + RenderMessages.percentagePoints.text(in: formatter.language)
            : formatter.value(change)
        let summary = "\(first.period) \(formatter.point(first)) \(style.arrow) \(last.period) \(formatter.point(last))"
            + (points.count > 1 && !formatter.binary ? " (\(change >= 0 ? "+" : "")\(changeText))" : "")
        let legend = RenderMessages.legend(
            unicode: style.unicode, road: false, projection: false, targetLine: chart.targetLine,
            target: false, deadline: chart.deadline != nil
        )
        return [summary, ""] + chart.render(style: style) + ["", legend.text(in: language)]
    }
}

/// `diff P1 P2`: the goals whose status changed.
public enum DiffView {
    public static func render(
        _ diff: EvaluationDiff, language: Language, style: RenderStyle, format: OutputFormat = .table
    ) -> String {
        switch format {
        case .json: return EvaluationJSON.diff(diff)
        case .csv: return EvaluationCSV.diff(diff)
        case .table, .markdown: break
        }
        let from = diff.earlier.asOf.sharedMoment
        let to = diff.later.asOf.sharedMoment
        var lines: [String] = []
        if let from, let to {
            let title = RenderMessages.diffTitle(from, to).text(in: language)
            lines.append(format == .markdown ? "## " + title : style.paint(title, .bold))
            lines.append("")
        }
        guard !diff.changes.isEmpty else { return (lines + [RenderMessages.diffNone.text(in: language)]).joined(separator: "\n") }
        func status(_ evaluation: GoalEvaluation?) -> String {
            evaluation.map { RenderMessages.status($0.status).text(in: language) } ?? RenderMessages.absent.text(in: language)
        }
        if format == .markdown {
            lines.append("| " + [RenderMessages.fieldGoal, .init(verbatim: "id"), RenderMessages.fieldBefore, RenderMessages.fieldAfter,
                                 RenderMessages.fieldValueThen, RenderMessages.fieldValueNow, RenderMessages.fieldChange]
                .map { $0.text(in: language) }.joined(separator: " | ") + " |")
            lines.append("|---|---|---|---|--:|--:|--:|")
            for change in diff.changes {
                let title = (change.after ?? change.before)?.goal.title ?? ""
                let moved = figures(change, language)
                lines.append("| " + [title, change.goalID, status(change.before), status(change.after), moved.then, moved.now, moved.change]
                    .map { ReportText.markdown($0) }.joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n")
        }
        // Ids are never cut (users type them); the title gives way.
        let idWidth = diff.changes.map(\.goalID.count).max() ?? 0
        let statusTexts = diff.changes.map { (status($0.before), status($0.after)) }
        let beforeWidth = statusTexts.map(\.0.count).max() ?? 0
        let afterWidth = statusTexts.map(\.1.count).max() ?? 0
        let titleRoom = style.width - (2 + idWidth + 1 + 1 + beforeWidth + 2 + style.arrow.count + 1 + afterWidth)
        let titleWidth = max(8, titleRoom)
        for (change, texts) in zip(diff.changes, statusTexts) {
            let title = (change.after ?? change.before)?.goal.title ?? ""
            let before = style.paint(texts.0.padded(to: beforeWidth), change.before.map { style.color(of: $0.status) } ?? .dim)
            let after = style.paint(texts.1, change.after.map { style.color(of: $0.status) } ?? .dim)
            let moved = figures(change, language)
            // How the figure moved, beneath the status: `52.100 → 54.000 (+1.900)`.
            let figureLine = moved.then.isEmpty && moved.now.isEmpty
                ? nil : "    " + [moved.then.isEmpty ? "–" : moved.then, style.arrow, moved.now.isEmpty ? "–" : moved.now].joined(separator: " ")
                    + (moved.change.isEmpty ? "" : " (" + moved.change + ")")
            guard titleRoom >= 8 else {
                // A narrow window: the id and title, then the change indented beneath.
                let head = "  " + change.goalID + " "
                lines.append(trimmedRight(head + style.truncate(title, to: max(8, style.width - head.count))))
                lines.append(trimmedRight("    " + before + " \(style.arrow) " + after))
                if let figureLine { lines.append(figureLine) }
                continue
            }
            lines.append(trimmedRight(
                "  " + change.goalID.padded(to: idWidth) + " "
                    + style.truncate(title, to: titleWidth).padded(to: titleWidth) + " "
                    + before + " \(style.arrow) " + after
            ))
            if let figureLine { lines.append(figureLine) }
        }
        return lines.joined(separator: "\n")
    }

    /// The figure then and now in the reader's notation, and the change with its sign (in
    /// percentage points for a percentage); empty where there is no figure.
    static func figures(_ change: StatusChange, _ language: Language) -> (then: String, now: String, change: String) {
        guard let evaluation = change.after ?? change.before else { return ("", "", "") }
        let formatter = ValueFormatter(language: language, evaluation: evaluation)
        let then = change.figureBefore.map(formatter.value) ?? ""
        let now = change.figureAfter.map(formatter.value) ?? ""
        guard let moved = change.figureChange, !formatter.binary else { return (then, now, "") }
        let sign = moved > 0 ? "+" : (moved < 0 ? "−" : "±")
        let amount = evaluation.unit == .percent
            ? NumberWriter.format(abs(moved), notation: formatter.notation, maxFractionDigits: 2) + " " + RenderMessages.percentagePoints.text(in: language)
            : formatter.value(abs(moved))
        return (then, now, sign + amount)
    }
}
