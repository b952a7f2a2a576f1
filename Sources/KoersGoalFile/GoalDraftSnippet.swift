import KoersCore

extension DraftProposal {
    /// The proposal written as a goal in goal-file syntax (see docs/goal-files.md), with Dutch
    /// keywords in `.nl` and English ones in `.en`: the proposal's goal (`goal(id:)`) printed
    /// by the goal-file printer, the title on one line. What the sentence does not state is
    /// left out as a comment, never filled in: the snippet parses back to that goal, and staff
    /// complete it.
    public func goalFileSnippet(id: String, language: Language) -> String {
        // Titles stay on one line; numbers need no notation directive (no grouping marks).
        let style = GoalFileStyle(keywords: language, notation: nil, wrapWidth: .max)
        var goal = goal(id: id)
        // A deadline not after the baseline would not load (the sentence means another period).
        var deadlineNotAfterBaseline: LocalizedText?
        if let deadline = goal.deadline, let start = goal.baseline?.period, deadline.end <= start.end {
            goal.deadline = nil
            deadlineNotAfterBaseline = SnippetMessages.deadlineNotAfterBaseline(deadline.description, baseline: start.description)
        }
        func comment(_ text: LocalizedText) -> String { style.indentation + "# " + text.text(in: language) }
        func fields(_ kind: FieldKind) -> [String] { GoalFilePrinter.lines(for: kind, of: goal, style: style) }

        var lines = [GoalFilePrinter.header(.goal, name: id, keywords: language)] + fields(.title)
        if let baseline, baseline.period == nil, let value = baseline.value {
            lines.append(comment(SnippetMessages.baselineWithoutPeriod(GoalFilePrinter.number(value, style: style))))
        } else {
            lines += fields(.baseline)
        }
        if let target, target.comparator == nil {
            let value = GoalFilePrinter.target(Target(comparator: nil, value: target.targetValue), style: style)
            lines.append(comment(SnippetMessages.comparatorMissing(value)))
            lines += GoalFilePrinter.lines(for: .deadline, of: Goal(id: id, title: sentence, deadline: goal.deadline), style: style)
        } else {
            if target == nil {
                lines.append(comment(targetAmbiguous ? SnippetMessages.targetAmbiguous
                    : rowWithoutTarget != nil ? SnippetMessages.rowWithoutTarget : SnippetMessages.targetMissing))
            }
            lines += fields(.target) + fields(.deadline)
            if let placeholder = target?.benchmark?.placeholder {
                lines.append(comment(SnippetMessages.benchmarkPlaceholder(placeholder)))
            }
        }
        // Without a comparator a milestone would not load either: it stays a comment, like the target.
        lines += fields(.milestone).map { target?.comparator == nil ? style.indentation + "# " + $0.drop { $0 == " " } : $0 }
        if let deadlineNotAfterBaseline { lines.append(comment(deadlineNotAfterBaseline)) }
        lines.append(comment(SnippetMessages.stillToFill))
        for finding in findings {
            lines.append(style.indentation + "# \(finding.rule.code): \(finding.message(in: language))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The comments of a `draft` snippet, where the sentence leaves a field open.
enum SnippetMessages {
    static func baselineWithoutPeriod(_ value: String) -> LocalizedText {
        LocalizedText(en: "baseline: the sentence gives the value \(value) but no period",
                      nl: "nulmeting: de zin geeft de waarde \(value) maar geen periode")
    }

    static func comparatorMissing(_ value: String) -> LocalizedText {
        LocalizedText(en: "target \(value): the sentence does not say whether it is a floor (>=) or a ceiling (<=)",
                      nl: "streefwaarde \(value): de zin zegt niet of het een ondergrens (>=) of bovengrens (<=) is")
    }

    static func deadlineNotAfterBaseline(_ deadline: String, baseline: String) -> LocalizedText {
        LocalizedText(en: "deadline \(deadline): the sentence names it, but it is not after the baseline \(baseline)",
                      nl: "einddatum \(deadline): de zin noemt die, maar die ligt niet na de nulmeting \(baseline)")
    }

    static func benchmarkPlaceholder(_ placeholder: String) -> LocalizedText {
        LocalizedText(en: "benchmark \(placeholder): a placeholder; the sentence names a benchmark but not its series: write the metric that holds its figures, declared in a loaded file",
                      nl: "benchmark \(placeholder): een plaatshouder; de zin noemt een benchmark maar niet de reeks: vul de indicator in met de cijfers ervan, gedeclareerd in een geladen bestand")
    }

    static let targetMissing = LocalizedText(en: "target: the sentence states no number", nl: "streefwaarde: de zin noemt geen getal")

    static let targetAmbiguous = LocalizedText(en: "target: one of the row's numbers; its column header says which",
                                               nl: "streefwaarde: een van de getallen in de rij; de kolomkop zegt welk")

    static let rowWithoutTarget = LocalizedText(en: "target: the row's figures are realised ones; none is a target",
                                                nl: "streefwaarde: de cijfers in de rij zijn gerealiseerd; geen ervan is een streefwaarde")

    static let stillToFill = LocalizedText(en: "still to fill in: metric, owner, source (and scope where the text leaves it open)",
                                           nl: "nog in te vullen: indicator, eigenaar, bron (en afbakening waar de tekst die openlaat)")
}
