import KoersCore

/// Turns evaluations and check results into the council report's model: the one place where
/// koers's judgements are worded for the report. The renderers only lay the model out.
public enum CouncilReport {
    /// - Parameters:
    ///   - current: every goal evaluated as of the report's period.
    ///   - previous: the same as of the period before, for "what changed"; nil when there is none.
    ///   - check: the vague-goal check of the same goals.
    public static func build(
        title: String, model: GoalModel, current: EvaluationSet, previous: EvaluationSet?, check: CheckReport,
        language: Language, generatedAt: String?
    ) -> ReportModel {
        let checkByGoal = Dictionary(check.results.map { ($0.goal.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sections = current.evaluations.map { evaluation in
            section(evaluation, check: checkByGoal[evaluation.goal.id], language: language)
        }
        let changes = previous.map { earlier in
            EvaluationSet.changes(from: earlier, to: current).compactMap { change -> ReportStatusChange? in
                guard let before = change.before, let after = change.after, before.status != after.status else { return nil }
                return ReportStatusChange(id: after.goal.id, title: after.goal.title, from: before.status, to: after.status)
            }
        } ?? []
        // Exactly the goals whose status is not-evaluable, so that no goal is listed here and
        // under a status as well; the check's error findings say the same gaps in full sentences.
        let unjudgeable = current.evaluations.filter { $0.status == .notEvaluable }.map { evaluation in
            let findings = checkByGoal[evaluation.goal.id]?.findings ?? []
            let reasons = evaluation.gaps.map { gap in
                findings.first { $0.gap == gap }?.message(in: language) ?? gap.reason.text(in: language)
            }
            return ReportUnjudgeableGoal(id: evaluation.goal.id, title: evaluation.goal.title, reasons: reasons)
        }
        var report = ReportModel(
            title: title, language: language,
            asOf: current.asOf.sharedMoment?.description ?? ReportMessages.latestFigures.text(in: language),
            previousPeriod: previous?.asOf.sharedMoment?.description, generatedAt: generatedAt,
            statusCounts: current.counts, changes: changes, unjudgeable: unjudgeable, goals: sections,
            appendix: appendix(current.evaluations, store: model.store))
        report.judgedAsOfLatestFigures = current.asOf.sharedMoment == nil
        let links = PolicyLinks(model: model)
        report.documents = documentRows(links.overview(current), language: language)
        if !model.programmes.isEmpty {
            report.programmes = links.groups(current, by: .programme).map { programmeSection($0, language: language) }
        }
        return report
    }

    /// The document overview: every declared document, worded.
    static func documentRows(_ overview: DocumentOverview, language: Language) -> [ReportDocumentRow] {
        overview.documents.map { summary in
            let document = summary.document
            return ReportDocumentRow(
                id: document.id, title: document.title ?? document.id,
                kind: document.kind.map { PolicyMessages.kind($0).text(in: language) } ?? "",
                council: PolicyMessages.adoption(document.adoption).text(in: language),
                horizon: document.horizon?.description ?? "",
                evaluated: PolicyMessages.evaluations(document.evaluations).text(in: language),
                goals: summary.goals.evaluations.count, judgeable: summary.judgeable,
                statuses: DocumentsView.statuses(summary.goals, language))
        }
    }

    static func programmeSection(_ group: GoalGroup, language: Language) -> ReportProgrammeSection {
        let goals = group.evaluations.evaluations.map { ReportProgrammeGoal(id: $0.goal.id, title: $0.goal.title, status: $0.status) }
        guard let id = group.key else {
            return ReportProgrammeSection(id: nil, title: PolicyMessages.groupHeading(group).text(in: language), goals: goals)
        }
        return ReportProgrammeSection(id: id, title: group.title ?? id, owner: group.owner, theme: group.theme, goals: goals)
    }

    static func section(_ evaluation: GoalEvaluation, check: GoalCheckResult?, language: Language) -> ReportGoalSection {
        let goal = evaluation.goal
        let formatter = ValueFormatter(language: language, evaluation: evaluation)
        // Against a benchmark the figures are gaps to it, as `show` says, and the target is the
        // benchmark as written, not the gap's 0.
        let benchmark = goal.target?.value.benchmark != nil
        let gap = benchmark ? RenderMessages.gapWord.text(in: language) + " " : ""
        func figure(_ value: Double?, in period: Period?) -> ReportFigure? {
            guard let value else { return nil }
            let text = gap + formatter.value(value)
            return ReportFigure(period.map { "\(text) (\($0))" } ?? text, value: value)
        }
        let target = benchmark
            ? evaluation.targetText(RenderStyle(colors: false, unicode: true), formatter).map { written in
                ReportFigure(evaluation.deadline.map { "\(written) (\($0))" } ?? written, value: evaluation.target)
            }
            : figure(evaluation.target, in: evaluation.deadline)
        let figures = ReportKeyFigures(
            baseline: evaluation.baseline.map { ReportFigure("\(gap)\(formatter.point($0)) (\($0.period))", value: $0.value) },
            target: target ?? writtenTarget(evaluation, formatter),
            current: evaluation.current.map { ReportFigure("\(gap)\(formatter.point($0)) (\($0.period))", value: $0.value) },
            expected: figure(evaluation.expected, in: evaluation.current?.period),
            projected: figure(evaluation.projected, in: evaluation.deadline),
            reached: evaluation.reached.map { ReportFigure($0.description) })
        let checklist = (check?.checklist.items ?? []).map { item in
            ReportChecklistItem(
                criterion: CheckRenderMessages.criterion(item.criterion).text(in: language),
                passed: item.state != .notMet,
                explanation: item.findings.map { $0.message(in: language) }.joined(separator: " "))
        }
        let source = goal.source.map { source in source.section.map { "\(source.document), \($0)" } ?? source.document }
        return ReportGoalSection(
            id: goal.id, title: goal.title, source: source, status: evaluation.status,
            statusSentence: StatusSentence.text(evaluation).text(in: language), figures: figures,
            chart: chart(evaluation, language: language), checklist: checklist)
    }

    /// The target as the goal states it, when `T` is unknown (no metric, no baseline figure).
    static func writtenTarget(_ evaluation: GoalEvaluation, _ formatter: ValueFormatter) -> ReportFigure? {
        guard let written = evaluation.writtenTarget(RenderStyle(colors: false, unicode: true), formatter) else { return nil }
        return ReportFigure(evaluation.deadline.map { "\(written) (\($0))" } ?? written)
    }

    /// The chart of a goal with figures: its series, the baseline, the road, the projection to the deadline.
    static func chart(_ evaluation: GoalEvaluation, language: Language) -> ReportChartSpec? {
        let points = evaluation.points
        guard !points.isEmpty || evaluation.baseline != nil else { return nil }
        func chartPoint(_ point: EvaluationPoint) -> ReportChartPoint {
            ReportChartPoint(period: point.period.description, t: point.t, value: point.value, provisional: point.provisional)
        }
        var projection: [ReportChartPoint] = []
        if let line = evaluation.projection, let start = evaluation.baseline, let deadline = evaluation.deadline {
            projection = [
                ReportChartPoint(period: start.period.description, t: start.t, value: line.value(at: start.t)),
                ReportChartPoint(period: deadline.description, t: deadline.end, value: line.value(at: deadline.end)),
            ]
        }
        return ReportChartSpec(
            seriesName: TrendView.judgedSeriesName(evaluation)?.text(in: language) ?? evaluation.goal.metric?.description ?? evaluation.goal.id,
            valueSuffix: evaluation.unit == .percent ? "%" : "",
            observations: points.map(chartPoint),
            baseline: evaluation.baseline.map(chartPoint),
            road: evaluation.road.map { ReportChartPoint(period: $0.period.description, t: $0.t, value: $0.value) },
            projection: projection,
            target: evaluation.target,
            deadline: evaluation.deadline.map { ReportChartMoment(period: $0.description, t: $0.end) })
    }

    /// Every figure the evaluations used, each with the file, row and column it came from.
    static func appendix(_ evaluations: [GoalEvaluation], store: ObservationStore) -> [ReportFigureSource] {
        var seen = Set<String>()
        var rows: [ReportFigureSource] = []
        for evaluation in evaluations {
            let goalSeries = evaluation.goal.metric?.description ?? evaluation.goal.id
            let benchmarkSeries = evaluation.goal.target?.value.benchmark?.series.description ?? goalSeries
            // A figure made from finer ones is listed by its parts, each with its own source; a
            // gap to a benchmark by the figures of both series.
            func sources(_ point: EvaluationPoint, series: String) -> [(series: String, point: EvaluationPoint)] {
                switch point.origin {
                case let .combined(_, parts): parts.flatMap { sources($0, series: series) }
                case let .gap(seriesPoint, benchmarkPoint):
                    sources(seriesPoint, series: goalSeries) + sources(benchmarkPoint, series: benchmarkSeries)
                case .observation, .goalFile, .runningTotalStart: [(series, point)]
                }
            }
            for (series, point) in evaluation.projectionPoints.flatMap({ sources($0, series: goalSeries) }) {
                let entry: ReportFigureSource
                switch point.origin {
                case let .observation(provenance):
                    let source = store.source(of: provenance)
                    entry = ReportFigureSource(
                        series: series, period: point.period.description, value: point.value, provisional: point.provisional,
                        file: source?.path ?? "–", row: Int(provenance.row), column: Int(provenance.column),
                        contentHash: source?.contentHash ?? "")
                case let .goalFile(location):
                    entry = ReportFigureSource(
                        series: series, period: point.period.description, value: point.value, provisional: point.provisional,
                        file: location?.file ?? "–", row: location?.line, column: location?.column, contentHash: "")
                case .combined, .gap, .runningTotalStart:
                    // The flattening above leaves only observations and stated values here, and a
                    // running total's zero comes from no file.
                    continue
                }
                let key = "\(entry.series)|\(entry.period)|\(entry.file)|\(entry.row ?? 0)"
                if seen.insert(key).inserted { rows.append(entry) }
            }
        }
        return rows
    }
}
