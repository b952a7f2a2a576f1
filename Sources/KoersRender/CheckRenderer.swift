import KoersCore

/// Ticks, crosses and verdict marks: Unicode on a terminal that can show it, ASCII otherwise.
public struct CheckSymbols: Sendable, Hashable {
    public var met: String
    public var notMet: String
    public var waived: String
    public var cannotBeEvaluated: String
    public var weak: String
    public var fine: String
    public var arrow: String

    public static let unicode = CheckSymbols(met: "✓", notMet: "✗", waived: "○", cannotBeEvaluated: "✗", weak: "!", fine: "✓", arrow: "→")
    public static let ascii = CheckSymbols(met: "+", notMet: "x", waived: "~", cannotBeEvaluated: "x", weak: "!", fine: "+", arrow: "->")

    func verdict(_ verdict: GoalVerdict) -> String {
        switch verdict {
        case .cannotBeEvaluated: cannotBeEvaluated
        case .weak: weak
        case .fine: fine
        }
    }

    func state(_ state: ChecklistItem.State) -> String {
        switch state {
        case .met: met
        case .notMet: notMet
        case .waived: waived
        }
    }
}

/// Renders the results of the vague-goal check. Pure: text in, text out.
public enum CheckRenderer {
    // MARK: check

    /// `check` output: goals worst first, each with its verdict and findings, then the total.
    /// `width` wraps the table's texts under their column (nil: one line each, for pipes).
    public static func render(
        _ report: CheckReport, format: OutputFormat, language: Language, symbols: CheckSymbols = .unicode, width: Int? = nil
    ) -> String {
        switch format {
        case .table, .json: String(decoding: renderUTF8(report, format: format, language: language, symbols: symbols, width: width), as: UTF8.self)
        case .csv: csv(report, language)
        case .markdown: markdown(report, language)
        }
    }

    /// `render` as UTF-8 bytes, in one buffer.
    public static func renderUTF8(
        _ report: CheckReport, format: OutputFormat, language: Language, symbols: CheckSymbols = .unicode, width: Int? = nil
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        write(report, format: format, language: language, symbols: symbols, width: width) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// `renderUTF8`, handed to `emit` a piece at a time as it is written, each piece ending at
    /// the end of a line (of the table) or of a goal (of the JSON): the table and the JSON of a
    /// report of a million goals are streamed, never held whole (the pieces joined are
    /// `renderUTF8`'s bytes).
    public static func write(
        _ report: CheckReport, format: OutputFormat, language: Language, symbols: CheckSymbols = .unicode, width: Int? = nil,
        to emit: ([UInt8]) -> Void
    ) {
        switch format {
        case .table: table(report, language, symbols, width: width, emit: emit)
        case .json: json(report, language, emit: emit)
        case .csv, .markdown: emit(Array(render(report, format: format, language: language, symbols: symbols, width: width).utf8))
        }
    }

    /// Goals per piece of the table or the JSON: each run is written on either core, a batch
    /// of runs at a time, and handed on in order.
    private static let runLength = 512
    private static let runsPerBatch = 16

    /// Writes `write(run)` for consecutive runs of `count` goals, a batch of runs on both cores
    /// at a time, handing each run's bytes to `emit` in order.
    private static func streamRuns(count: Int, emit: ([UInt8]) -> Void, _ write: @Sendable (Range<Int>) -> [UInt8]) {
        let runs = stride(from: 0, to: count, by: runLength).map { $0..<min($0 + runLength, count) }
        for batchStart in stride(from: 0, to: runs.count, by: runsPerBatch) {
            let written = Array(runs[batchStart..<min(batchStart + runsPerBatch, runs.count)]).concurrentMap(chunkSize: 1, write)
            for index in written.indices { emit(written[index]) }
        }
    }

    /// `text` after `first`, wrapped to `width` with its further lines under its first word; a
    /// word wider than the room (a long id or path) is cut.
    static func hanging(_ first: String, _ text: String, width: Int?) -> [String] {
        guard let width, first.count + text.count > width, width - first.count >= 20 else { return [first + text] }
        let indent = String(repeating: " ", count: first.count)
        return wrapCuttingLongWords(text, width: width - first.count).enumerated().map { ($0.offset == 0 ? first : indent) + $0.element }
    }

    private static func table(_ report: CheckReport, _ language: Language, _ symbols: CheckSymbols, width: Int?, emit: ([UInt8]) -> Void) {
        var out = WrappedLines(reservingCapacity: 256)
        if !report.unknownGoalIDs.isEmpty { out.append(CheckRenderMessages.unknownGoals(report.unknownGoalIDs).text(in: language)) }
        if report.results.isEmpty, report.policyFindings.isEmpty {
            out.append((report.rule.map { CheckRenderMessages.noFindingsForRule($0.code) } ?? CheckRenderMessages.noGoals).text(in: language))
            return emit(out.utf8)
        }
        let waivedLabel = CheckRenderMessages.waived.text(in: language)
        let severityWidth = max(waivedLabel.count,
                                Diagnostic.Severity.allSeverities.map { CheckRenderMessages.severity($0).text(in: language).count }.max() ?? 0)
        // Indices rather than `for … in` over results and findings, which would copy each.
        let results = report.results
        var ruleWidth = 0
        for index in results.indices {
            let findings = results[index].findings
            for position in findings.indices { ruleWidth = max(ruleWidth, findings[position].rule.code.count) }
        }
        let hangingIndent = String(repeating: " ", count: 2 + severityWidth + 2 + ruleWidth + 2)
        // The label columns repeat on every finding: padded once per rule, for each severity
        // and for a waived finding (in `allSeverities` order, then waived).
        let labels = Diagnostic.Severity.allSeverities.map { CheckRenderMessages.severity($0).text(in: language) } + [waivedLabel]
        let rules = CheckRule.allCases
        let table = CheckTable(
            language: language, symbols: symbols, width: width, hangingIndent: hangingIndent,
            suggestionLead: hangingIndent + symbols.arrow + " ",
            columns: rules.map { rule in labels.map { "  " + pad($0, severityWidth) + "  " + pad(rule.code, ruleWidth) + "  " } },
            ruleNumbers: Dictionary(uniqueKeysWithValues: rules.indices.map { (rules[$0], $0) }))
        // Each goal's lines depend only on the goal and the columns: written in runs of goals on
        // both cores, and handed on in order.
        let separateFirst = !out.isEmpty
        if separateFirst { emit(out.utf8) }
        streamRuns(count: results.count, emit: emit) { run in
            table.write(results, run, separateFirst: separateFirst || run.lowerBound > 0)
        }
        var tail = WrappedLines(reservingCapacity: 256)
        policyTable(report.policyFindings, into: &tail, language, symbols, width: width, separateFirst: separateFirst || !results.isEmpty)
        tail.append("")
        tail.appendHanging("", CheckRenderMessages.total(report.totals).text(in: language), width: width)
        emit(tail.utf8)
    }

    /// The findings about documents and policy areas, under a heading of their own after the
    /// goals: one block per document or area, with its verdict mark, place and goals.
    private static func policyTable(
        _ findings: [PolicyFinding], into out: inout WrappedLines, _ language: Language, _ symbols: CheckSymbols, width: Int?, separateFirst: Bool
    ) {
        guard !findings.isEmpty else { return }
        if separateFirst { out.append("") }
        out.append(CheckRenderMessages.policyHeading.text(in: language))
        let waivedLabel = CheckRenderMessages.waived.text(in: language)
        let severityWidth = max(waivedLabel.count, findings.map { CheckRenderMessages.severity($0.severity).text(in: language).count }.max() ?? 0)
        let ruleWidth = findings.map(\.rule.code.count).max() ?? 0
        let hangingIndent = String(repeating: " ", count: 2 + severityWidth + 2 + ruleWidth + 2)
        for (subject, group) in groupedBySubject(findings) {
            out.append("")
            let mark = group.contains { !$0.isWaived && $0.severity == .error } ? symbols.cannotBeEvaluated
                : group.contains { !$0.isWaived && $0.severity == .warning } ? symbols.weak : symbols.fine
            out.appendHanging(mark + " ", CheckRenderMessages.subject(subject).text(in: language), width: width)
            if let location = group.first?.location { out.appendHanging("  ", location.description, width: width) }
            if let goals = group.first?.goalIDs, !goals.isEmpty {
                out.appendHanging("  ", CheckRenderMessages.policyGoals(goals).text(in: language), width: width)
            }
            for finding in group {
                let label = finding.isWaived ? waivedLabel : CheckRenderMessages.severity(finding.severity).text(in: language)
                out.appendHanging("  " + pad(label, severityWidth) + "  " + pad(finding.rule.code, ruleWidth) + "  ", finding.message(in: language), width: width)
                out.appendHanging(hangingIndent + symbols.arrow + " ", finding.suggestion.text(in: language), width: width)
                if let reason = finding.waiver?.reason {
                    out.appendHanging(hangingIndent, CheckRenderMessages.waiverReason(reason).text(in: language), width: width)
                }
            }
        }
    }

    /// Findings grouped by what they are about, in the order the subjects first appear.
    static func groupedBySubject(_ findings: [PolicyFinding]) -> [(PolicySubject, [PolicyFinding])] {
        var order: [PolicySubject] = []
        var groups: [PolicySubject: [PolicyFinding]] = [:]
        for finding in findings {
            if groups[finding.subject] == nil { order.append(finding.subject) }
            groups[finding.subject, default: []].append(finding)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    static func json(_ finding: PolicyFinding, _ language: Language) -> JSON {
        let name: String? = switch finding.subject {
        case let .document(_, name): name
        case .area: nil
        }
        return .object([
            ("code", .string(finding.rule.code)),
            ("severity", .string(finding.severity.rawValue)),
            ("subject", .object([("kind", .string(finding.subject.kindCode)), ("id", .string(finding.subject.identifier)),
                                 ("name", .optional(name, JSON.string))])),
            ("location", .optional(finding.location) { .string($0.description) }),
            ("goals", .array(finding.goalIDs.map(JSON.string))),
            ("message", .string(finding.message(in: language))),
            ("suggestion", .string(finding.suggestion.text(in: language))),
            ("waived", .bool(finding.isWaived)),
            ("waiver_reason", .optional(finding.waiver?.reason, JSON.string)),
        ])
    }

    static func json(_ finding: Finding, _ language: Language) -> JSON {
        .object([
            ("code", .string(finding.rule.code)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message(in: language))),
            ("suggestion", .string(finding.suggestion.text(in: language))),
            ("span", .optional(finding.span, json)),
            ("waived", .bool(finding.isWaived)),
            ("waiver_reason", .optional(finding.waiver?.reason, JSON.string)),
        ])
    }

    static func json(_ span: TextSpan) -> JSON {
        .object([("start", .number(Double(span.start))), ("end", .number(Double(span.end))), ("text", .string(span.text))])
    }

    static func json(_ result: GoalCheckResult, _ language: Language) -> JSON {
        .object([
            ("id", .string(result.goal.id)),
            ("title", .string(result.goal.title)),
            ("location", .optional(result.goal.location) { .string($0.description) }),
            ("verdict", .string(result.verdict.rawValue)),
            ("verdict_text", .string(result.verdictText.text(in: language))),
            // The codes `status --format json` gives this goal's not-evaluable status.
            ("reasons", .array(EvaluationGap.ordered(result.gaps).map { .string($0.code) })),
            ("findings", .array(result.findings.map { json($0, language) })),
        ])
    }

    /// The report as one JSON object (`{"goals": […], "policy": …, "unknown_goals": …,
    /// "total": …}`), its goals written in runs on both cores and handed on as they are written.
    private static func json(_ report: CheckReport, _ language: Language, emit: ([UInt8]) -> Void) {
        let results = report.results
        var out = Array("{\n  \"goals\": ".utf8)
        if results.isEmpty {
            out += "[]".utf8
        } else {
            out += "[\n".utf8
            emit(out)
            streamRuns(count: results.count, emit: emit) { run in
                var bytes: [UInt8] = []
                for index in run {
                    if index > 0 { bytes += ",\n".utf8 }
                    JSON.pad(2, into: &bytes)
                    json(results[index], language).write(into: &bytes, indent: 2)
                }
                return bytes
            }
            out = Array("\n  ]".utf8)
        }
        for (key, value) in jsonAfterGoals(report, language) {
            out += ",\n".utf8
            JSON.pad(1, into: &out)
            JSON.quote(key, into: &out)
            out += ": ".utf8
            value.write(into: &out, indent: 1)
        }
        out += "\n}\n".utf8
        emit(out)
    }

    /// The members of the report's JSON object after its goals.
    static func jsonAfterGoals(_ report: CheckReport, _ language: Language) -> [(String, JSON)] {
        let totals = report.totals
        return [
            ("policy", .array(report.policyFindings.map { json($0, language) })),
            ("unknown_goals", .array(report.unknownGoalIDs.map(JSON.string))),
            ("total", .object([
                ("goals", .number(Double(totals.goals))),
                ("cannot_be_evaluated", .number(Double(totals.cannotBeEvaluated))),
                ("weak", .number(Double(totals.weak))),
                ("fine", .number(Double(totals.fine))),
                ("errors", .number(Double(totals.errors))),
                ("warnings", .number(Double(totals.warnings))),
                ("info", .number(Double(totals.infos))),
                ("waived", .number(Double(totals.waived))),
                ("policy", .number(Double(totals.policy))),
            ])),
        ]
    }

    private static func csv(_ report: CheckReport, _ language: Language) -> String {
        var rows = [["goal", "verdict", "severity", "rule", "waived", "waiver_reason", "message", "suggestion", "quote", "span_start", "span_end", "location"]]
        for result in report.results {
            for finding in result.findings {
                rows.append([
                    result.goal.id, result.verdict.rawValue, finding.severity.rawValue, finding.rule.code,
                    finding.isWaived ? "yes" : "no", finding.waiver?.reason ?? "",
                    finding.message(in: language), finding.suggestion.text(in: language), finding.span?.text ?? "",
                    finding.span.map { String($0.start) } ?? "", finding.span.map { String($0.end) } ?? "",
                    result.goal.location?.description ?? "",
                ])
            }
        }
        // A finding about a document or an area has no goal and no verdict: the subject stands
        // in the goal column, "policy" in the verdict column.
        for finding in report.policyFindings {
            rows.append([
                finding.subject.kindCode + ":" + finding.subject.identifier, "policy", finding.severity.rawValue, finding.rule.code,
                finding.isWaived ? "yes" : "no", finding.waiver?.reason ?? "",
                finding.message(in: language), finding.suggestion.text(in: language), "", "", "", finding.location?.description ?? "",
            ])
        }
        return SpreadsheetCSV.document(rows)
    }

    /// A finding's severity and message cells: a waived one struck through, with its reason.
    private static func markdownCells(
        _ severity: Diagnostic.Severity, _ message: String, _ waiver: Waiver?, _ language: Language
    ) -> (severity: String, message: String) {
        let shown = CheckRenderMessages.severity(severity).text(in: language)
        guard let waiver else { return (shown, message) }
        return ("~~\(shown)~~ \(CheckRenderMessages.waived.text(in: language))",
                message + " (" + CheckRenderMessages.waiverReason(waiver.reason).text(in: language) + ")")
    }

    private static func markdown(_ report: CheckReport, _ language: Language) -> String {
        var lines: [String] = []
        if !report.unknownGoalIDs.isEmpty { lines += [CheckRenderMessages.unknownGoals(report.unknownGoalIDs).text(in: language), ""] }
        if report.results.isEmpty, report.policyFindings.isEmpty {
            lines.append((report.rule.map { CheckRenderMessages.noFindingsForRule($0.code) } ?? CheckRenderMessages.noGoals).text(in: language))
            return lines.joined(separator: "\n") + "\n"
        }
        for result in report.results {
            lines.append("## `\(result.goal.id)` — \(ReportText.markdown(result.verdictText.text(in: language), keepingCodeSpans: true))")
            lines.append("")
            lines.append("> \(ReportText.markdown(result.goal.title))")
            lines.append("")
            guard !result.findings.isEmpty else { continue }
            lines.append("| \(CheckRenderMessages.severityHeader.text(in: language)) | \(CheckRenderMessages.ruleHeader.text(in: language)) | "
                         + "\(CheckRenderMessages.findingHeader.text(in: language)) | \(CheckRenderMessages.suggestionHeader.text(in: language)) |")
            lines.append("|---|---|---|---|")
            for finding in result.findings {
                let (severity, message) = markdownCells(finding.severity, finding.message(in: language), finding.waiver, language)
                lines.append("| \(severity) | `\(finding.rule.code)` | \(ReportText.markdown(message, keepingCodeSpans: true)) | \(ReportText.markdown(finding.suggestion.text(in: language), keepingCodeSpans: true)) |")
            }
            lines.append("")
        }
        if !report.policyFindings.isEmpty {
            lines += ["## \(CheckRenderMessages.policyHeading.text(in: language))", ""]
            lines.append("| \(CheckRenderMessages.subjectHeader.text(in: language)) | \(CheckRenderMessages.severityHeader.text(in: language)) | "
                         + "\(CheckRenderMessages.ruleHeader.text(in: language)) | \(CheckRenderMessages.findingHeader.text(in: language)) | "
                         + "\(CheckRenderMessages.suggestionHeader.text(in: language)) |")
            lines.append("|---|---|---|---|---|")
            for finding in report.policyFindings {
                let (severity, message) = markdownCells(finding.severity, finding.message(in: language), finding.waiver, language)
                lines.append("| \(ReportText.markdown(CheckRenderMessages.subject(finding.subject).text(in: language))) | \(severity) | `\(finding.rule.code)` | "
                             + "\(ReportText.markdown(message, keepingCodeSpans: true)) | \(ReportText.markdown(finding.suggestion.text(in: language), keepingCodeSpans: true)) |")
            }
            lines.append("")
        }
        lines.append("**\(CheckRenderMessages.totalLabel.text(in: language)):** \(CheckRenderMessages.total(report.totals).text(in: language))")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: show: the checklist

    /// The Rotterdam-style checklist of one goal, for `show`: a tick, cross or circle per
    /// criterion, with the rules that decided it.
    public static func renderChecklist(_ checklist: GoalChecklist, format: OutputFormat, language: Language, symbols: CheckSymbols = .unicode) -> String {
        switch format {
        case .json:
            return JSON.array(checklist.items.map { item in
                .object([
                    ("criterion", .string(item.criterion.rawValue)),
                    ("state", .string(item.state.rawValue)),
                    ("rules", .array(item.findings.map { .string($0.rule.code) })),
                ])
            }).serialized() + "\n"
        case .csv:
            let rows = [["criterion", "state", "rules"]] + checklist.items.map {
                [$0.criterion.rawValue, $0.state.rawValue, $0.findings.map(\.rule.code).joined(separator: " ")]
            }
            return SpreadsheetCSV.document(rows)
        case .markdown:
            let lines = checklist.items.map { item in
                "- \(item.state == .met ? "[x]" : "[ ]") \(CheckRenderMessages.criterion(item.criterion).text(in: language))" + reasons(item, language)
            }
            return "**\(CheckRenderMessages.checklistTitle.text(in: language))**\n\n" + lines.joined(separator: "\n") + "\n"
        case .table:
            let width = checklist.items.map { CheckRenderMessages.criterion($0.criterion).text(in: language).count }.max() ?? 0
            let lines = checklist.items.flatMap { item in
                let head = "  \(symbols.state(item.state)) " + pad(CheckRenderMessages.criterion(item.criterion).text(in: language), width)
                let oneLine = head + reasons(item, language)
                // 60 columns is the narrowest window koers fits: longer reasons go beneath, one a line.
                guard oneLine.count > 60 else { return [oneLine] }
                return [String(head.reversed().drop { $0 == " " }.reversed())] + reasonNames(item, language).map { "      " + $0 }
            }
            return CheckRenderMessages.checklistTitle.text(in: language) + "\n" + lines.joined(separator: "\n") + "\n"
        }
    }

    private static func reasons(_ item: ChecklistItem, _ language: Language) -> String {
        let named = reasonNames(item, language)
        return named.isEmpty ? "" : "  " + named.joined(separator: ", ")
    }

    private static func reasonNames(_ item: ChecklistItem, _ language: Language) -> [String] {
        var seen = Set<CheckRule>()
        return item.findings.filter { seen.insert($0.rule).inserted }.map { finding in
            CheckRenderMessages.ruleName(finding.rule).text(in: language) + (finding.waiver.map { " (" + CheckRenderMessages.waiverReason($0.reason).text(in: language) + ")" } ?? "")
        }
    }

    // MARK: explain

    /// `explain CODE`: what the rule means, why it matters, a good and a bad example.
    public static func renderExplanation(
        _ explanation: RuleExplanation, format: OutputFormat, language: Language, width: Int? = nil
    ) -> String {
        let sections: [(LocalizedText, LocalizedText)] = [
            (CheckRenderMessages.meaningHeading, explanation.meaning),
            (CheckRenderMessages.whyHeading, explanation.whyItMatters),
            (CheckRenderMessages.goodHeading, explanation.goodExample),
            (CheckRenderMessages.badHeading, explanation.badExample),
        ]
        let title = "\(explanation.rule.code) — \(explanation.headline.text(in: language)) (\(CheckRenderMessages.severity(explanation.severity).text(in: language)))"
        switch format {
        case .table:
            return title + "\n" + sections.map { heading, text in
                "\n\(heading.text(in: language))\n" + hanging("  ", text.text(in: language), width: width).joined(separator: "\n")
            }.joined(separator: "\n") + "\n"
        case .markdown:
            return "## `\(explanation.rule.code)` — \(ReportText.markdown(explanation.headline.text(in: language), keepingCodeSpans: true))\n"
                + sections.map { "\n### \($0.0.text(in: language))\n\n\(ReportText.markdown($0.1.text(in: language), keepingCodeSpans: true))\n" }.joined()
        case .json:
            return JSON.object([
                ("code", .string(explanation.rule.code)),
                ("severity", .string(explanation.severity.rawValue)),
                ("headline", .string(explanation.headline.text(in: language))),
                ("meaning", .string(explanation.meaning.text(in: language))),
                ("why", .string(explanation.whyItMatters.text(in: language))),
                ("good_example", .string(explanation.goodExample.text(in: language))),
                ("bad_example", .string(explanation.badExample.text(in: language))),
            ]).serialized() + "\n"
        case .csv:
            let rows = [["code", "severity", "headline", "meaning", "why", "good_example", "bad_example"],
                        [explanation.rule.code, explanation.severity.rawValue] + ([explanation.headline] + sections.map(\.1)).map { $0.text(in: language) }]
            return SpreadsheetCSV.document(rows)
        }
    }

    /// `explain` without a code: every rule with its severity and headline.
    public static func renderRuleList(format: OutputFormat, language: Language) -> String {
        let explanations = CheckRule.allCases.map(RuleCatalog.explanation)
        switch format {
        case .table:
            let width = explanations.map(\.rule.code.count).max() ?? 0
            let severityWidth = explanations.map { CheckRenderMessages.severity($0.severity).text(in: language).count }.max() ?? 0
            return explanations.map { explanation in
                "  " + pad(explanation.rule.code, width) + "  " + pad(CheckRenderMessages.severity(explanation.severity).text(in: language), severityWidth)
                    + "  " + explanation.headline.text(in: language)
            }.joined(separator: "\n") + "\n"
        case .markdown:
            return "| \(CheckRenderMessages.ruleHeader.text(in: language)) | \(CheckRenderMessages.severityHeader.text(in: language)) | |\n|---|---|---|\n"
                + explanations.map { "| `\($0.rule.code)` | \(CheckRenderMessages.severity($0.severity).text(in: language)) | \(ReportText.markdown($0.headline.text(in: language), keepingCodeSpans: true)) |" }
                .joined(separator: "\n") + "\n"
        case .json:
            return JSON.array(explanations.map { explanation in
                .object([("code", .string(explanation.rule.code)), ("severity", .string(explanation.severity.rawValue)),
                         ("headline", .string(explanation.headline.text(in: language)))])
            }).serialized() + "\n"
        case .csv:
            let rows = [["code", "severity", "headline"]] + explanations.map { [$0.rule.code, $0.severity.rawValue, $0.headline.text(in: language)] }
            return SpreadsheetCSV.document(rows)
        }
    }

    // MARK: Helpers

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
}

/// What every goal's lines in the `check` table share: the language, the marks, the width and
/// the label columns.
private struct CheckTable: Sendable {
    let language: Language
    let symbols: CheckSymbols
    let width: Int?
    let hangingIndent: String
    let suggestionLead: String
    /// Per rule (in `CheckRule.allCases` order), per label (each severity, then waived).
    let columns: [[String]]
    let ruleNumbers: [CheckRule: Int]

    /// What a goal's verdict text depends on.
    private struct VerdictKey: Hashable {
        var verdict: GoalVerdict
        var rule: CheckRule?
        var waived: Int
        /// What stops evaluation: a goal that cannot be evaluated names every gap.
        var gaps: [EvaluationGap]
    }

    /// The lines of the goals `run` of `results`, each goal after a blank line except the
    /// first when `separateFirst` is false.
    func write(_ results: [GoalCheckResult], _ run: Range<Int>, separateFirst: Bool) -> [UInt8] {
        var out = WrappedLines(reservingCapacity: 700 * run.count)
        let labelCount = columns.first?.count ?? 0
        // The same texts come back goal after goal: a verdict is written once per verdict and
        // rule, and the last message and suggestion under each label are remembered wrapped.
        var verdictTexts: [VerdictKey: String] = [:]
        var messageMemories = Array(repeating: WrapMemory(), count: columns.count * labelCount)
        var suggestionMemories = Array(repeating: WrapMemory(), count: columns.count)
        // Indices rather than `for … in` over results and findings, which would copy each.
        for index in run {
            if separateFirst || index > run.lowerBound { out.endLine() }
            let verdict = results[index].verdict
            let key = VerdictKey(verdict: verdict, rule: results[index].verdictRule, waived: verdict == .fine ? results[index].waivedCount : 0,
                                 gaps: verdict == .cannotBeEvaluated ? results[index].gaps : [])
            let verdictText: String
            if let known = verdictTexts[key] {
                verdictText = known
            } else {
                verdictText = results[index].verdictText.text(in: language)
                verdictTexts[key] = verdictText
            }
            // Counted without walking grapheme clusters when the texts are plain.
            if let width, WrappedLines.characterCount(symbols.verdict(verdict)) + WrappedLines.characterCount(results[index].goal.id)
                + WrappedLines.characterCount(verdictText) + 4 > width {
                // A goal that lacks several things names them all: wrapped under the verdict.
                out.appendHanging(symbols.verdict(verdict) + " " + results[index].goal.id + " — ", verdictText, width: width)
            } else {
                out.write(symbols.verdict(verdict))
                out.write(" ")
                out.write(results[index].goal.id)
                out.write(" — ")
                out.write(verdictText)
                out.endLine()
            }
            out.appendHanging("  “", results[index].goal.title + "”", width: width)
            if let location = results[index].goal.location, let width,
               WrappedLines.characterCount(location.file) + String(location.line).count + String(location.column).count + 4 > width {
                out.appendHanging("  ", location.description, width: width)
            } else if let location = results[index].goal.location {
                // `"  \(location)"`, without making the string.
                out.write("  ")
                out.write(location.file)
                out.write(":")
                out.write(decimal: location.line)
                out.write(":")
                out.write(decimal: location.column)
                out.endLine()
            }
            let findings = results[index].findings
            for position in findings.indices {
                let ruleNumber = ruleNumbers[findings[position].rule] ?? 0
                let column = Self.columnIndex(findings[position].isWaived, findings[position].severity, labelCount: labelCount)
                out.appendHanging(columns[ruleNumber][column], findings[position].message(in: language), width: width,
                                  memory: &messageMemories[ruleNumber * labelCount + column])
                out.appendHanging(suggestionLead, findings[position].suggestion.text(in: language), width: width,
                                  memory: &suggestionMemories[ruleNumber])
                if let reason = findings[position].waiver?.reason {
                    out.appendHanging(hangingIndent, CheckRenderMessages.waiverReason(reason).text(in: language), width: width)
                }
            }
        }
        return out.utf8
    }

    private static func columnIndex(_ isWaived: Bool, _ severity: Diagnostic.Severity, labelCount: Int) -> Int {
        if isWaived { return labelCount - 1 }
        switch severity {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }
}

private extension Diagnostic.Severity {
    static let allSeverities: [Diagnostic.Severity] = [.error, .warning, .info]
}

private extension String {
    /// Plain replacement without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
