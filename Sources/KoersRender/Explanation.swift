import KoersCore

/// `why GOAL`: the computation of docs/evaluation.md step by step, with the numbers filled in and
/// every input traced to its file and row.
public enum Explanation {
    /// `sources` resolves an observation's provenance to its file (`ObservationStore` does).
    public static func render(
        _ evaluation: GoalEvaluation, sources: any SeriesSource, language: Language, style: RenderStyle
    ) -> String {
        Writer(evaluation: evaluation, sources: sources, language: language, style: style).lines().joined(separator: "\n")
    }

    private struct Writer {
        let evaluation: GoalEvaluation
        let sources: any SeriesSource
        let language: Language
        let style: RenderStyle

        var formatter: ValueFormatter { ValueFormatter(language: language, evaluation: evaluation) }
        func n(_ x: Double) -> String { formatter.exact(x) }
        /// An operand: negatives in parentheses.
        func o(_ x: Double) -> String { formatter.operand(x) }
        /// A moment `t(P)`.
        func m(_ t: Double) -> String { formatter.moment(t) }
        func text(_ message: LocalizedText) -> String { message.text(in: language) }

        func origin(_ point: EvaluationPoint) -> String {
            switch point.origin {
            case let .goalFile(location):
                return text(RenderMessages.whyStated(location))
            case .runningTotalStart:
                return text(RenderMessages.whyRunningTotalStart)
            case let .observation(provenance):
                return origin(provenance: provenance)
            case let .combined(rule, parts):
                let periods = parts.map { "\($0.period) = \(formatter.point($0))" }.joined(separator: ", ")
                let granularity = parts.first?.period.granularity ?? .quarter
                return text(RenderMessages.combinedFrom(rule, count: parts.count, parts: granularity)) + ": " + periods
            case let .gap(seriesPoint, benchmarkPoint):
                let benchmark = evaluation.goal.target?.value.benchmark
                let target = benchmark?.target(for: benchmarkPoint.value) ?? benchmarkPoint.value
                return "X = S \(style.minus) T(K): S = \(formatter.point(seriesPoint)) (\(origin(seriesPoint))), "
                    + "K = \(formatter.point(benchmarkPoint)) (\(origin(benchmarkPoint))), T = \(n(target))"
            }
        }

        func origin(provenance: Provenance) -> String {
            guard let source = sources.source(of: provenance) else { return text(RenderMessages.whyUnknownSource) }
            return text(RenderMessages.whySource(
                source.path, row: provenance.row, column: provenance.column, isGoalFile: source.kind == .goalFile
            ))
        }

        func lines() -> [String] {
            let title = ExpandedLayout.hanging("", text(RenderMessages.whyTitle(evaluation.goal.id, evaluation.status)), width: style.isTerminal ? style.width : nil)
            var lines = title.map { style.paint($0, .bold) } + [""]
            var steps: [[String]] = []
            let goal = evaluation.goal
            let (times, minus) = (style.times, style.minus)

            if let key = goal.metric, let granularity = evaluation.granularity {
                steps.append([text(RenderMessages.whySeries(key.description, RenderMessages.granularity(granularity)))])
            }
            if goal.metric != nil {
                let asOf = text(RenderMessages.whyAsOf(evaluation.asOf))
                steps.append([asOf + (evaluation.asOf.map { m($0.t) } ?? "")])
            }
            if let direction = evaluation.direction, goal.target != nil, !evaluation.isBinary {
                let comparator = EvaluationJSON.comparatorText(evaluation) ?? ">="
                steps.append([text(RenderMessages.whyDirection(comparator, direction > 0 ? "+1" : "-1"))])
            }
            if let baseline = evaluation.baseline {
                steps.append([
                    text(RenderMessages.whyBaseline) + ": B = \(formatter.point(baseline)), Pb = \(baseline.period), t(Pb) = \(m(baseline.t))",
                    "   " + origin(baseline),
                ])
            }
            if let target = evaluation.target {
                let baseline = evaluation.baseline?.value ?? 0
                var formula: String
                switch goal.target?.value {
                case let .relativePercent(percent)?:
                    formula = "T = B \(times) (1 + \(n(percent))/100) = \(n(baseline)) \(times) \(n(1 + percent / 100)) = \(n(target))"
                case let .percentagePoints(points)?, let .change(points)?:
                    formula = "T = B + \(n(points)) = \(n(baseline)) + \(n(points)) = \(n(target))"
                case let .benchmark(benchmark)?:
                    let series = goal.metric?.description ?? "S"
                    let offset = switch benchmark.offset {
                    case nil: ""
                    case let .amount(amount)?: " + \(o(amount))"
                    case let .percent(percent)?: " \(times) \(n(1 + percent / 100))"
                    }
                    formula = text(RenderMessages.whyBenchmark(series: series, benchmark: benchmark.series.description))
                        + ": T(P) = K(P)\(offset); X(P) = S(P) \(minus) T(P), T = \(n(target))"
                case .yesNo?:
                    formula = "T = \(n(target)) (\(formatter.value(target)))"
                default:
                    formula = "T = \(n(target))"
                }
                if let deadline = goal.deadline { formula += "; D = \(deadline), t(D) = \(m(deadline.end))" }
                steps.append([text(RenderMessages.whyTarget) + ": " + formula])
            }
            if let current = evaluation.current {
                var step = [
                    text(RenderMessages.whyCurrent) + ": C = \(formatter.point(current)), Pc = \(current.period), t(Pc) = \(m(current.t))",
                    "   " + origin(current),
                ]
                // Finer figures that made a figure of G are shown with it, not as skipped.
                let combined = evaluation.combinedPoints != nil
                for skipped in evaluation.window where skipped.value == nil
                    || (skipped.period.granularity != evaluation.granularity
                        && !(combined && evaluation.granularity.map { skipped.period.granularity > $0 } == true))
                {
                    step.append("   " + text(RenderMessages.whySkipped(skipped.period, missing: skipped.value == nil)))
                }
                steps.append(step)
            }
            // Beside the figures: the period not complete yet, and finer figures left out.
            var aside = evaluation.partial.map { [text(RenderMessages.partialPeriod($0, value: $0.value.map(formatter.value)))] } ?? []
            aside += evaluation.aggregationNotes.map { text(RenderMessages.aggregationNote($0, formatter.value)) }
            if !aside.isEmpty { steps.append(aside) }
            if let progress = evaluation.progress, let b = evaluation.baseline?.value, let t = evaluation.target, let c = evaluation.current?.value {
                steps.append([text(RenderMessages.whyProgress) + ": (C \(minus) B) / (T \(minus) B) = (\(n(c)) \(minus) \(n(b))) / (\(n(t)) \(minus) \(n(b))) = \(n(progress))"])
            }
            if let f = evaluation.elapsed, let pb = evaluation.baseline?.t, let pc = evaluation.current?.t, let d = goal.deadline?.end {
                steps.append([text(RenderMessages.whyElapsed) + ": f = (t(Pc) \(minus) t(Pb)) / (t(D) \(minus) t(Pb)) = (\(m(pc)) \(minus) \(m(pb))) / (\(m(d)) \(minus) \(m(pb))) = \(n(f))"])
            }
            if let expected = evaluation.expected, let f = evaluation.elapsed, let b = evaluation.baseline?.value, let t = evaluation.target {
                steps.append([text(RenderMessages.whyExpected) + ": E = B + (T \(minus) B) \(times) f = \(n(b)) + \(o(t - b)) \(times) \(n(f)) = \(n(expected))"])
            }
            if let projection = evaluation.projection, let deadline = goal.deadline {
                var step = [text(RenderMessages.whyProjection) + ": " + text(RenderMessages.whyFittedThrough(projection.pointCount))]
                for point in evaluation.projectionPoints {
                    step.append("   (\(m(point.t))\(text(RenderMessages.pairSeparator))\(formatter.point(point)))  \(point.period)  \(origin(point))")
                }
                step.append("   v = a + b \(times) t: b = \(n(projection.slope)), a = \(n(projection.intercept))")
                if let projected = evaluation.projected {
                    let name = text(RenderMessages.projectedName)
                    step.append("   \(name) = a + b \(times) t(D) = a + b \(times) \(m(deadline.end)) = \(n(projected))")
                }
                steps.append(step)
                if let moment = evaluation.reachedMoment {
                    // A nearly flat line may cross the target beyond any period koers can name.
                    let period = evaluation.reached?.description ?? (style.unicode ? "–" : "-")
                    steps.append([text(RenderMessages.whyReached) + ": d \(times) b > 0: t* = (T \(minus) a) / b = \(m(moment)) \(style.arrow) \(period)"])
                } else {
                    steps.append([text(RenderMessages.whyReached) + ": " + text(RenderMessages.whyNotAtTrend(times, style.atMost))])
                }
            }
            steps.append([text(RenderMessages.whyStatus) + ": " + statusReason()])

            // On a terminal a long step wraps at spaces under itself; in a pipe each stays one line.
            let width = style.isTerminal ? style.width : nil
            for (index, step) in steps.enumerated() {
                let number = "\(index + 1).".leftPadded(to: 3) + " "
                lines += ExpandedLayout.hanging(number, step[0], width: width)
                lines += step.dropFirst().flatMap { ExpandedLayout.hanging(String(repeating: " ", count: number.count), $0, width: width) }
            }
            // A judgement resting on a figure two sources disagree about says so, with both.
            for conflict in evaluation.conflicts {
                lines.append("")
                let note = RenderMessages.conflictNote(conflict.period, used: conflict.kept.value.map(formatter.value) ?? "-", other: conflict.other.value.map(formatter.value))
                lines += wrap(text(RenderMessages.fieldConflicts) + ": " + text(note), width: style.width)
                lines.append("   " + text(RenderMessages.whyUsed) + ": " + origin(provenance: conflict.kept.provenance))
                lines.append("   " + text(RenderMessages.whyOther) + ": " + origin(provenance: conflict.other.provenance))
            }
            return lines
        }

        /// The rule of docs/evaluation.md that decided, with its numbers.
        func statusReason() -> String {
            let (times, minus) = (style.times, style.minus)
            let status = text(RenderMessages.status(evaluation.status))
            let arrow = " \(style.arrow) " + status
            let d = (evaluation.direction ?? 1) > 0 ? "+1" : "-1"
            if evaluation.goal.target?.sustained == true, ![.notEvaluable, .noData].contains(evaluation.status) {
                let rule = evaluation.deadlinePassed ? 3 : 4
                let short = evaluation.shortfalls.map { "\($0.period) (\(n($0.value)))" }.joined(separator: ", ")
                let listed = short.isEmpty ? "" : "; " + text(RenderMessages.fieldShortfalls).lowercased() + ": " + short
                return text(RenderMessages.whyRule(rule, RenderMessages.ruleSustained(evaluation.status))) + listed + arrow
            }
            switch evaluation.status {
            case .notEvaluable, .noData:
                let number = evaluation.status == .notEvaluable ? 1 : 2
                return text(RenderMessages.whyRule(number, evaluation.reasonText() ?? RenderMessages.none)) + arrow
            case .achieved, .missed, .overdue:
                if let target = evaluation.target, let deadline = evaluation.deadline, let asOf = evaluation.asOf,
                    evaluation.judged != nil || evaluation.status == .overdue
                {
                    let reached = text(RenderMessages.whyRule(3, RenderMessages.ruleDeadlineReached(style.atLeast)))
                        + " (\(m(asOf.t)) \(style.atLeast) \(m(deadline.end))); "
                    guard let judged = evaluation.judged else { return reached + text(RenderMessages.ruleNoFigureSinceBaseline) + arrow }
                    let meets = evaluation.status == .achieved ? RenderMessages.ruleMeets : RenderMessages.ruleDoesNotMeet
                    let late = evaluation.status == .overdue ? " " + text(RenderMessages.ruleNoFigureForDeadline(deadline)) : ""
                    return reached
                        + "\(judged.period): d \(times) (\(n(judged.value)) \(minus) \(n(target))) = \(n((evaluation.direction ?? 1) * (judged.value - target))): "
                        + text(meets) + late + arrow
                }
                if let current = evaluation.current, let target = evaluation.target {
                    return text(RenderMessages.whyRule(5, RenderMessages.ruleMeets))
                        + ": d \(times) (C \(minus) T) = \(d) \(times) (\(n(current.value)) \(minus) \(n(target))) \(style.atLeast) 0" + arrow
                }
                return status
            case .pending:
                return text(RenderMessages.whyRule(6, RenderMessages.ruleBinaryPending)) + arrow
            case .onTrack, .atRisk, .offTrack:
                guard let current = evaluation.current, let expected = evaluation.expected else { return status }
                let gap = n((evaluation.direction ?? 1) * (current.value - expected))
                let road = "d \(times) (C \(minus) E) = \(d) \(times) (\(n(current.value)) \(minus) \(n(expected))) = \(gap)"
                if evaluation.status == .onTrack {
                    return text(RenderMessages.whyRule(7, RenderMessages.ruleOnRoad)) + ": " + road + " \(style.atLeast) 0" + arrow
                }
                let behind = road + " \(style.below) 0, " + text(RenderMessages.ruleBehindRoad) + "; "
                guard let projected = evaluation.projected, let target = evaluation.target else {
                    return text(RenderMessages.whyRule(9, RenderMessages.ruleNoProjection)) + ": " + behind + arrow
                }
                let projectedGap = "d \(times) (\(text(RenderMessages.projectedName)) \(minus) T) = \(n((evaluation.direction ?? 1) * (projected - target)))"
                if evaluation.status == .atRisk {
                    return text(RenderMessages.whyRule(8, RenderMessages.ruleProjectionMeets)) + ": " + behind + projectedGap + " \(style.atLeast) 0" + arrow
                }
                return text(RenderMessages.whyRule(9, RenderMessages.ruleProjectionMisses)) + ": " + behind + projectedGap + " \(style.below) 0" + arrow
            }
        }
    }
}
