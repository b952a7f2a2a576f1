extension DraftProposal {
    /// The proposal written as a goal in goal-file syntax (see docs/goal-files.md), with Dutch
    /// keywords in `.nl` and English ones in `.en`. What the sentence does not state is left
    /// out as a comment, never filled in: the snippet parses, and staff complete it.
    public func goalFileSnippet(id: String, language: Language) -> String {
        let dutch = language == .nl
        let notation = NumberNotation(language)
        func keyword(_ en: String, _ nl: String) -> String { dutch ? nl : en }
        func number(_ value: Double) -> String {
            // No grouping marks: `49525` reads the same in both notations.
            NumberWriter.format(value, notation: notation, maxFractionDigits: 6, grouping: false)
        }
        func comment(_ text: LocalizedText) -> String { "    # " + text.text(in: language) }

        var lines = ["\(keyword("goal", "doel")) \(id)", "    \(keyword("title", "titel")) \(GoalFileQuoting.quoted(sentence))"]
        if let baseline {
            if let period = baseline.period {
                lines.append("    \(keyword("baseline", "nulmeting")) \(period)" + (baseline.value.map { " = \(number($0))" } ?? ""))
            } else if let value = baseline.value {
                lines.append(comment(CheckMessages.snippetBaselineWithoutPeriod(number(value))))
            }
        }
        let by = deadline.map { " \(keyword("by", "uiterlijk")) \($0.period)" } ?? ""
        if let target {
            let value: String
            switch target.kind {
            case .absolute: value = number(target.value) + (target.unit == .percent ? "%" : "")
            case .relativePercent: value = (target.value >= 0 ? "+" : "") + number(target.value) + "%"
            case .percentagePoints: value = (target.value >= 0 ? "+" : "") + number(target.value) + " pp"
            }
            if let comparator = target.comparator {
                lines.append("    \(keyword("target", "streefwaarde")) \(comparator.rawValue) \(value)\(by)")
            } else {
                lines.append(comment(CheckMessages.snippetComparatorMissing(value)))
                if let deadline { lines.append("    \(keyword("deadline", "uiterlijk")) \(deadline.period)") }
            }
        } else {
            lines.append(comment(CheckMessages.snippetTargetMissing))
            if let deadline { lines.append("    \(keyword("deadline", "uiterlijk")) \(deadline.period)") }
        }
        lines.append(comment(CheckMessages.snippetStillToFill))
        for finding in findings {
            lines.append("    # \(finding.rule.code): \(finding.message(in: language))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
