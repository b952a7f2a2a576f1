import KoersCore

/// The status of one goal in one plain sentence, as a council member would say it.
public enum StatusSentence {
    public static func text(_ evaluation: GoalEvaluation, style: RenderStyle = .plain()) -> LocalizedText {
        LocalizedText(en: sentence(evaluation, .en, style), nl: sentence(evaluation, .nl, style))
    }

    static func sentence(_ evaluation: GoalEvaluation, _ language: Language, _ style: RenderStyle) -> String {
        let formatter = ValueFormatter(language: language, evaluation: evaluation)
        let target = evaluation.targetText(style, formatter) ?? ""
        // Against a benchmark every value is a gap to it, and the sentence says so.
        let gap = evaluation.goal.target?.value.benchmark == nil ? "" : RenderMessages.gapWord.text(in: language) + " "
        func shown(_ point: EvaluationPoint) -> String { gap + formatter.point(point) }
        func shownValue(_ x: Double) -> String { gap + formatter.value(x) }
        if evaluation.goal.target?.sustained == true, evaluation.status != .achieved, let latest = evaluation.judged ?? evaluation.current {
            switch evaluation.status {
            case .onTrack, .atRisk, .offTrack, .missed, .overdue:
                let shortfall = (evaluation.status == .missed ? evaluation.shortfalls.first : evaluation.shortfalls.last)
                    .map { (shown($0), $0.period) }
                return RenderMessages.sentenceSustained(
                    evaluation.status, latest: shown(latest), period: latest.period, target: target, shortfall: shortfall,
                    since: evaluation.goal.baseline?.period, deadline: evaluation.deadline
                ).text(in: language)
            default: break
            }
        }
        switch evaluation.status {
        case .notEvaluable, .noData:
            let reason = evaluation.reasonText() ?? RenderMessages.none
            var sentence = evaluation.status == .noData
                ? RenderMessages.sentenceNoData(reason) : RenderMessages.sentenceNotEvaluable(reason)
            // What an auditor says first about such a goal: its deadline has already passed.
            if evaluation.deadlinePassed, let deadline = evaluation.deadline {
                sentence = sentence + RenderMessages.sentenceDeadlinePassed(deadline)
            }
            return sentence.text(in: language)
        case .achieved:
            guard let point = evaluation.judged ?? evaluation.current else { break }
            return RenderMessages.sentenceAchieved(current: shown(point), period: point.period, target: target)
                .text(in: language)
        case .missed:
            guard let point = evaluation.judged, let deadline = evaluation.deadline else { break }
            return RenderMessages.sentenceMissed(
                value: shown(point), period: point.period, target: target, deadline: deadline
            ).text(in: language)
        case .overdue:
            guard let deadline = evaluation.deadline, let targetValue = evaluation.target else { break }
            return RenderMessages.sentenceOverdue(
                last: evaluation.judged.map(shown), period: evaluation.judged?.period,
                target: gap.isEmpty ? formatter.value(targetValue) : target, deadline: deadline
            ).text(in: language)
        case .pending:
            guard let current = evaluation.current, let deadline = evaluation.deadline else { break }
            return RenderMessages.sentencePending(
                current: shown(current), period: current.period, target: target, deadline: deadline
            ).text(in: language)
        case .onTrack, .atRisk, .offTrack:
            guard let current = evaluation.current, let expected = evaluation.expected else { break }
            let opening = evaluation.status == .onTrack
                ? RenderMessages.sentenceOnTrack(current: shown(current), period: current.period, expected: shownValue(expected))
                : RenderMessages.sentenceBehind(current: shown(current), period: current.period, expected: shownValue(expected))
            return (opening + trend(evaluation)).text(in: language)
        }
        return RenderMessages.status(evaluation.status).text(in: language)
    }

    /// "; at the current trend the target is reached in 2025, a year late."
    static func trend(_ evaluation: GoalEvaluation) -> LocalizedText {
        guard evaluation.projection != nil else { return RenderMessages.trendUnknown }
        guard let reached = evaluation.reached, let deadline = evaluation.deadline else { return RenderMessages.trendNever }
        let perYear = Double(reached.granularity.periodsPerYear)
        let late = Int(((reached.end - deadline.end) * perYear).rounded())
        let ending = late > 0
            ? RenderMessages.trendLate(RenderMessages.late(late, reached.granularity)) : RenderMessages.trendOnTime
        return RenderMessages.trendReaches(reached) + ending
    }
}
