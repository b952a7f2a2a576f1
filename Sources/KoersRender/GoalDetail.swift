import KoersCore

/// `show GOAL`, the evaluation part: the status sentence, the fields and figures with their
/// periods, and a chart of the series with the road and the projection.
public enum GoalDetail {
    public static func render(
        _ evaluation: GoalEvaluation, language: Language, style: RenderStyle, format: OutputFormat = .table
    ) -> String {
        switch format {
        case .table: table(evaluation, language, style)
        case .json: EvaluationJSON.show(evaluation)
        case .csv: EvaluationCSV.rows([evaluation])
        case .markdown: markdown(evaluation, language)
        }
    }

    /// The labelled fields, in display order; shared by the table and the Markdown form.
    static func fields(_ evaluation: GoalEvaluation, _ language: Language, _ style: RenderStyle) -> [(LocalizedText, String)] {
        let formatter = ValueFormatter(language: language, evaluation: evaluation)
        let goal = evaluation.goal
        var fields: [(LocalizedText, String)] = []
        func add(_ label: LocalizedText, _ value: String?) { if let value { fields.append((label, value)) } }

        add(RenderMessages.fieldStatus, RenderMessages.status(evaluation.status).text(in: language))
        add(RenderMessages.fieldMissing, evaluation.reasonText()?.text(in: language))
        add(RenderMessages.fieldSeries, goal.metric?.description)
        if goal.metric != nil {
            add(RenderMessages.fieldAsOf, RenderMessages.asOfValue(evaluation.asOf).text(in: language))
        }
        // Against a benchmark the baseline, current and expected values are gaps to it.
        let gap = goal.target?.value.benchmark == nil ? "" : RenderMessages.gapWord.text(in: language) + " "
        if let baseline = evaluation.baseline {
            var text = RenderMessages.inPeriod(gap + formatter.point(baseline), baseline.period).text(in: language)
            if evaluation.maintainsLevel { text += " " + RenderMessages.holdTheLevel.text(in: language) }
            add(RenderMessages.fieldBaseline, text)
        } else {
            add(RenderMessages.fieldBaseline, goal.baseline?.period?.description)
        }
        if var target = evaluation.targetText(style, formatter) {
            if goal.target?.sustained == true { target = RenderMessages.always.text(in: language) + " " + target }
            if goal.target?.cumulative == true { target = RenderMessages.total.text(in: language) + " " + target }
            var text = RenderMessages.byDeadline(target, goal.deadline).text(in: language)
            // A benchmark target is shown as written already.
            if goal.target?.value.benchmark == nil, let stated = evaluation.statedTarget(formatter) {
                text += " " + RenderMessages.statedTarget(stated).text(in: language)
            }
            add(RenderMessages.fieldTarget, text)
        } else if let written = evaluation.writtenTarget(style, formatter) {
            add(RenderMessages.fieldTarget, RenderMessages.byDeadline(written, goal.deadline).text(in: language))
        } else {
            add(RenderMessages.fieldDeadline, goal.deadline?.description)
        }
        if let current = evaluation.current {
            var text = RenderMessages.inPeriod(gap + formatter.point(current), current.period).text(in: language)
            if current.provisional { text += " (" + RenderMessages.provisional.text(in: language) + ")" }
            add(RenderMessages.fieldCurrent, text)
        }
        if let current = evaluation.current, case let .combined(rule, parts) = current.origin, let first = parts.first {
            add(RenderMessages.fieldCombined, RenderMessages.combinedFrom(rule, count: parts.count, parts: first.period.granularity).text(in: language))
        }
        if let benchmark = goal.target?.value.benchmark {
            // The gap is what is judged; both series' figures say where it comes from.
            let gaps = [evaluation.baseline, evaluation.current].compactMap { $0 }
            for (index, point) in gaps.enumerated() {
                guard case let .gap(seriesPoint, benchmarkPoint) = point.origin else { continue }
                let gap = (point.value > 0 ? "+" : "") + formatter.exact(point.value)
                let text = RenderMessages.benchmarkGap(
                    point.period, series: goal.metric?.description ?? "", figure: formatter.point(seriesPoint),
                    benchmark: benchmark.series.description, benchmarkFigure: formatter.point(benchmarkPoint),
                    target: formatter.value(benchmark.target(for: benchmarkPoint.value)), gap: gap)
                add(index == 0 ? RenderMessages.fieldBenchmark : LocalizedText(verbatim: ""), text.text(in: language))
            }
        }
        if let partial = evaluation.partial {
            add(RenderMessages.fieldSoFar, RenderMessages.partialPeriod(partial, value: partial.value.map(formatter.value)).text(in: language))
        }
        for (index, note) in evaluation.aggregationNotes.enumerated() {
            add(index == 0 ? RenderMessages.fieldNotes : LocalizedText(verbatim: ""), RenderMessages.aggregationNote(note, formatter.value).text(in: language))
        }
        if !evaluation.shortfalls.isEmpty {
            add(RenderMessages.fieldShortfalls, evaluation.shortfalls.map {
                RenderMessages.inPeriod(formatter.point($0), $0.period).text(in: language)
            }.joined(separator: ", "))
        }
        if let judged = evaluation.judged, judged.period != evaluation.current?.period {
            add(RenderMessages.fieldJudged, RenderMessages.inPeriod(formatter.point(judged), judged.period).text(in: language))
        }
        add(RenderMessages.fieldProgress, evaluation.progress.map { RenderMessages.progressValue(formatter.percent($0)).text(in: language) })
        add(RenderMessages.fieldElapsed, evaluation.elapsed.map { RenderMessages.elapsedValue(formatter.percent($0)).text(in: language) })
        if let expected = evaluation.expected, let current = evaluation.current {
            add(RenderMessages.fieldExpected, RenderMessages.inPeriod(gap + formatter.value(expected), current.period).text(in: language))
        }
        if let projected = evaluation.projected, let projection = evaluation.projection, let deadline = goal.deadline {
            add(RenderMessages.fieldProjected,
                RenderMessages.projectedValue(formatter.value(projected), deadline, slope: formatter.change(projection.slope)).text(in: language))
        }
        if evaluation.projection != nil, !evaluation.isBinary {
            add(RenderMessages.fieldReached, evaluation.reached?.description ?? RenderMessages.notAtCurrentTrend.text(in: language))
        } else if evaluation.baseline != nil, evaluation.current != nil, !evaluation.isBinary, goal.target?.sustained != true {
            add(RenderMessages.fieldProjected, RenderMessages.noProjection.text(in: language))
        }
        let milestones = evaluation.milestones.map { check in
            let target = style.comparator(check.milestone.target.comparator ?? goal.target?.comparator) + " " + formatter.value(check.value)
            return RenderMessages.milestone(
                check.milestone.period, target, observed: check.observed.map(formatter.point), met: check.met
            ).text(in: language)
        }
        for (index, milestone) in milestones.enumerated() {
            add(index == 0 ? RenderMessages.fieldMilestones : LocalizedText(verbatim: ""), milestone)
        }
        for (index, conflict) in evaluation.conflicts.enumerated() {
            let note = RenderMessages.conflictNote(conflict.period, used: conflict.kept.value.map(formatter.value) ?? "-", other: conflict.other.value.map(formatter.value))
            add(index == 0 ? RenderMessages.fieldConflicts : LocalizedText(verbatim: ""), note.text(in: language))
        }
        return fields
    }

    static func table(_ evaluation: GoalEvaluation, _ language: Language, _ style: RenderStyle) -> String {
        let goal = evaluation.goal
        // Wrapped as plain text, then the id painted: escape codes counted as columns would let
        // the title's later lines run past the edge.
        var lines = wrap(goal.id + "  " + goal.title, width: style.width)
        if let first = lines.first, first.hasPrefix(goal.id) {
            lines[0] = style.paint(goal.id, .bold) + first.dropFirst(goal.id.count)
        }
        var origin: [String] = []
        if let source = goal.source {
            origin.append(RenderMessages.fieldSource.text(in: language) + ": " + source.document + (source.section.map { ", " + $0 } ?? ""))
        }
        if let owner = goal.owner { origin.append(RenderMessages.fieldOwner.text(in: language) + ": " + owner) }
        if !origin.isEmpty { lines += wrap(origin.joined(separator: "; "), width: style.width) }
        lines.append("")
        let sentence = StatusSentence.sentence(evaluation, language, style)
        lines += wrap(sentence, width: style.width).map { style.paint($0, style.color(of: evaluation.status)) }
        lines.append("")
        let fields = fields(evaluation, language, style)
        let labelWidth = fields.map { $0.0.text(in: language).count }.max() ?? 0
        for (label, value) in fields {
            let head = "  " + label.text(in: language).padded(to: labelWidth) + "  "
            let body = wrap(value, width: style.width - head.count)
            for (index, part) in body.enumerated() {
                lines.append((index == 0 ? head : String(repeating: " ", count: head.count)) + part)
            }
        }
        let chart = chart(evaluation, language, style)
        if !chart.isEmpty {
            lines.append("")
            lines += chart
        }
        return lines.joined(separator: "\n")
    }

    /// The series with the road and the trend line, and its legend; empty without figures.
    static func chart(_ evaluation: GoalEvaluation, _ language: Language, _ style: RenderStyle) -> [String] {
        let points = (evaluation.baseline.map { [$0] } ?? []) + evaluation.points
        guard !points.isEmpty else { return [] }
        var chart = SeriesChart(points: points, formatter: ValueFormatter(language: language, evaluation: evaluation))
        chart.road = evaluation.road
        chart.target = evaluation.target
        chart.deadline = evaluation.deadline
        if let projection = evaluation.projection, let start = evaluation.baseline?.t, let end = evaluation.deadline?.end {
            chart.projection = projection
            chart.projectionSpan = start...max(start, end)
        }
        let legend = RenderMessages.legend(
            unicode: style.unicode, road: !chart.road.isEmpty, projection: chart.projection != nil, targetLine: false,
            target: chart.target != nil && chart.deadline != nil, deadline: chart.deadline != nil
        )
        // The legend's entries, two spaces apart, go on as many lines as the width needs.
        var legendLines = [""]
        for entry in legend.text(in: language).split(separator: "  ") {
            let line = legendLines[legendLines.count - 1]
            if line.isEmpty || line.count + 2 + entry.count <= style.width {
                legendLines[legendLines.count - 1] = line.isEmpty ? String(entry) : line + "  " + entry
            } else {
                legendLines.append(String(entry))
            }
        }
        return chart.render(style: style) + [""] + legendLines
    }

    static func markdown(_ evaluation: GoalEvaluation, _ language: Language) -> String {
        let style = RenderStyle(colors: false, unicode: true)
        var lines = ["## \(ReportText.markdown(evaluation.goal.id)) — \(ReportText.markdown(evaluation.goal.title))", ""]
        lines.append(ReportText.markdown(StatusSentence.sentence(evaluation, language, style)))
        lines.append("")
        lines.append("| | |")
        lines.append("|---|---|")
        for (label, value) in fields(evaluation, language, style) {
            lines.append("| \(ReportText.markdown(label.text(in: language))) | \(ReportText.markdown(value)) |")
        }
        let chart = chart(evaluation, language, style)
        if !chart.isEmpty {
            lines += ["", "```"] + chart + ["```"]
        }
        return lines.joined(separator: "\n")
    }
}
