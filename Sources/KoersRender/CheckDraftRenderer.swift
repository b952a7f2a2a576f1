import KoersCore
import KoersGoalFile

extension CheckRenderer {
    /// `draft "SENTENCE"`: what was read from the sentence and from where, the findings, whether
    /// the goal is vague, and the goal in goal-file syntax.
    ///
    /// The JSON form is documented in docs/check.md: `sentence`, `language`, `target`
    /// (`comparator`, `value`, `kind`, `unit`, `span`) or null, `deadline` (`period`, `span`) or
    /// null, `baseline` (`period`, `value`, `span`) or null, `findings` (`code`, `severity`,
    /// `span`, `message`), `numbers` (`value`, `role`, `span`), `vague`, `complete`,
    /// `asks_college_period`, `asks_year`, `goal_file`; a benchmark target has `benchmark`
    /// (`placeholder`, `span`) and its offset as `value`.
    public static func renderDraft(_ proposal: DraftProposal, goalID: String, format: OutputFormat, language: Language,
                                   symbols: CheckSymbols = .unicode, width lineWidth: Int? = nil) -> String {
        let snippet = proposal.goalFileSnippet(id: goalID, language: proposal.language)
        switch format {
        case .json:
            return draftJSON(proposal, snippet: snippet, language: language).serialized() + "\n"
        case .csv:
            var rows = [["part", "value", "span_start", "span_end", "quote"]]
            rows += draftParts(proposal, language).map { [$0.0, $0.1, $0.2.map { String($0.start) } ?? "", $0.2.map { String($0.end) } ?? "", $0.2?.text ?? ""] }
            rows += proposal.findings.map { finding in
                [finding.rule.code, finding.severity.rawValue, finding.span.map { String($0.start) } ?? "", finding.span.map { String($0.end) } ?? "", finding.span?.text ?? ""]
            }
            rows += proposal.numbers.map { number in
                ["number:" + number.role.rawValue, SpreadsheetCSV.number(number.value),
                 String(number.span.start), String(number.span.end), number.span.text]
            }
            rows.append(["vague", proposal.vague ? "true" : "false", "", "", ""])
            rows.append(["complete", proposal.complete ? "true" : "false", "", "", ""])
            return SpreadsheetCSV.document(rows)
        case .table, .markdown:
            let markdown = format == .markdown
            // The sentence was typed or read from a script: in Markdown its HTML and line breaks are escaped.
            let inline: (String) -> String = markdown ? { ReportText.markdown($0, keepingCodeSpans: true) } : { $0 }
            var lines = [markdown ? "## \(CheckRenderMessages.draftHeading.text(in: language))" : CheckRenderMessages.draftHeading.text(in: language) + ":",
                         "", (markdown ? "> " : "  ") + "“\(inline(proposal.sentence))”", ""]
            let parts = draftParts(proposal, language)
            let width = parts.map(\.0.count).max() ?? 0
            let valueWidth = parts.filter { $0.2 != nil }.map(\.1.count).max() ?? 0
            for (label, value, span) in parts {
                let shown = span.map { pad(value, valueWidth) + "   " + CheckRenderMessages.from($0.text).text(in: language) } ?? value
                lines.append((markdown ? "- " : "  ") + pad(label, width) + "  " + inline(shown))
            }
            lines += ["", CheckRenderMessages.findingsHeading.text(in: language) + ":"]
            if proposal.findings.isEmpty { lines.append((markdown ? "- " : "  ") + CheckRenderMessages.noFindings.text(in: language)) }
            let severityWidth = proposal.findings.map { CheckRenderMessages.severity($0.severity).text(in: language).count }.max() ?? 0
            let ruleWidth = proposal.findings.map(\.rule.code.count).max() ?? 0
            for finding in proposal.findings {
                let severity = CheckRenderMessages.severity(finding.severity).text(in: language)
                let code = markdown ? "`\(finding.rule.code)`" : pad(finding.rule.code, ruleWidth)
                let columns = (markdown ? "- " : "  ") + pad(severity, markdown ? 0 : severityWidth) + "  " + code + "  "
                lines += hanging(columns, inline(finding.message(in: language)), width: markdown ? nil : lineWidth)
            }
            let verdict = proposal.vague ? symbols.notMet + " " + CheckRenderMessages.draftVague.text(in: language)
                : proposal.complete ? symbols.met + " " + CheckRenderMessages.draftNotVague.text(in: language)
                : symbols.notMet + " " + CheckRenderMessages.draftIncomplete.text(in: language)
            lines += ["", verdict]
            if proposal.asksCollegePeriod { lines.append(CheckRenderMessages.draftAsksCollegePeriod.text(in: language)) }
            if proposal.asksYear { lines.append(CheckRenderMessages.draftAsksYear.text(in: language)) }
            if proposal.targetAmbiguous { lines.append(CheckRenderMessages.draftTargetAmbiguous.text(in: language)) }
            lines += ["", CheckRenderMessages.goalFileHeading.text(in: language) + ":", ""]
            if markdown {
                // A fence longer than any run of backticks in the snippet, which the sentence cannot close.
                let longestRun = snippet.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
                let fence = String(repeating: "`", count: max(3, longestRun + 1))
                lines += [fence, snippet + fence]
            } else {
                lines += snippet.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  " + $0 }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Label, value and source span of each part `draft` reads, in the reader's language.
    private static func draftParts(_ proposal: DraftProposal, _ language: Language) -> [(String, String, TextSpan?)] {
        let notation = NumberNotation(language)
        func number(_ value: Double) -> String { NumberWriter.format(value, notation: notation, maxFractionDigits: 6) }
        let missing = CheckRenderMessages.notInSentence.text(in: language)
        var parts: [(String, String, TextSpan?)] = []
        if let target = proposal.target {
            let comparator = target.comparator?.rawValue ?? CheckRenderMessages.comparatorOpen.text(in: language)
            let value: String
            switch target.kind {
            case .absolute: value = number(target.value) + (target.unit == .percent ? "%" : "")
            case .relativePercent: value = (target.value >= 0 ? "+" : "") + number(target.value) + "%" + CheckRenderMessages.relativeSuffix.text(in: language)
            case .percentagePoints: value = (target.value >= 0 ? "+" : "") + number(target.value) + " pp"
            case .benchmark:
                let offset: String = switch target.benchmark?.offset {
                case let .amount(amount)?: " " + (amount >= 0 ? "+" : "") + number(amount)
                case let .percent(percent)?: " " + (percent >= 0 ? "+" : "") + number(percent) + "%"
                case nil: ""
                }
                value = "benchmark " + (target.benchmark?.placeholder ?? "") + offset
            }
            parts.append((CheckRenderMessages.targetLabel.text(in: language), "\(comparator) \(value)", target.span))
        } else {
            parts.append((CheckRenderMessages.targetLabel.text(in: language), missing, nil))
        }
        parts.append((CheckRenderMessages.deadlineLabel.text(in: language), proposal.deadline.map { $0.period.description } ?? missing, proposal.deadline?.span))
        if let baseline = proposal.baseline {
            let value = [baseline.period?.description, baseline.value.map { "= " + number($0) }].compactMap { $0 }.joined(separator: " ")
            parts.append((CheckRenderMessages.baselineLabel.text(in: language), value, baseline.span))
        } else {
            parts.append((CheckRenderMessages.baselineLabel.text(in: language), missing, nil))
        }
        parts.append((CheckRenderMessages.unitLabel.text(in: language),
                      proposal.target?.unit.map { CheckMessages.unitName($0).text(in: language) } ?? missing, nil))
        return parts
    }

    static func draftJSON(_ proposal: DraftProposal, snippet: String, language: Language) -> JSON {
        .object([
            ("sentence", .string(proposal.sentence)),
            ("language", .string(proposal.language.rawValue)),
            ("target", .optional(proposal.target) { target in
                .object([
                    ("comparator", .optional(target.comparator) { .string($0.rawValue) }),
                    ("value", .number(target.value)),
                    ("kind", .string(target.kind.rawValue)),
                    ("unit", .optional(target.unit) { .string($0.rawValue) }),
                    ("sustained", .bool(target.sustained)),
                    ("cumulative", .bool(target.cumulative)),
                    ("benchmark", .optional(target.benchmark) { benchmark in
                        .object([("placeholder", .string(benchmark.placeholder)), ("span", json(benchmark.span))])
                    }),
                    ("span", json(target.span)),
                ])
            }),
            ("deadline", .optional(proposal.deadline) { .object([("period", .string($0.period.description)), ("span", json($0.span))]) }),
            ("baseline", .optional(proposal.baseline) { baseline in
                .object([
                    ("period", .optional(baseline.period) { .string($0.description) }),
                    ("value", .optional(baseline.value, JSON.number)),
                    ("span", json(baseline.span)),
                ])
            }),
            ("milestones", .array(proposal.milestones.map { milestone in
                .object([
                    ("period", .string(milestone.period.description)),
                    ("comparator", .optional(milestone.target.comparator) { .string($0.rawValue) }),
                    ("value", .number(milestone.target.value)),
                    ("span", json(milestone.target.span)),
                ])
            })),
            ("findings", .array(proposal.findings.map { finding in
                .object([
                    ("code", .string(finding.rule.code)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("span", .optional(finding.span, json)),
                    ("message", .string(finding.message(in: language))),
                ])
            })),
            ("numbers", .array(proposal.numbers.map { number in
                .object([("value", .number(number.value)), ("role", .string(number.role.rawValue)), ("span", json(number.span))])
            })),
            ("vague", .bool(proposal.vague)),
            ("complete", .bool(proposal.complete)),
            ("asks_college_period", .bool(proposal.asksCollegePeriod)),
            ("asks_year", .bool(proposal.asksYear)),
            ("target_ambiguous", .bool(proposal.targetAmbiguous)),
            ("goal_file", .string(snippet)),
        ])
    }
}
