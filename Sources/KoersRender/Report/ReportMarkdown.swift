import KoersCore

/// A chart written to its own file, for a Markdown report that links its charts.
public struct ReportChartFile: Sendable, Hashable {
    /// The file name within the chart directory, e.g. "goal-1-D1.svg".
    public var name: String
    /// The complete SVG document.
    public var svg: String

    public init(name: String, svg: String) {
        self.name = name
        self.svg = svg
    }
}

/// The council report in Markdown (GitHub-flavoured tables), for pasting into council documents.
/// Charts appear as a Unicode sparkline, or as image links to SVG files when a chart directory is given.
public enum ReportMarkdown {
    /// The report with each chart as a Unicode sparkline and its figures in words.
    public static func render(_ model: ReportModel) -> String {
        render(model, chartLinks: nil)
    }

    /// The report with each chart as an image link `chartDirectory/NAME.svg`, and the SVG files to
    /// write there. The caller writes the files; this function does no I/O.
    public static func render(_ model: ReportModel, chartDirectory: String) -> (markdown: String, charts: [ReportChartFile]) {
        var files: [ReportChartFile] = []
        for (index, goal) in model.goals.enumerated() {
            guard let chart = goal.chart else { continue }
            let anchor = ReportHTML.anchor(goal.id, index: index)
            files.append(ReportChartFile(name: anchor + ".svg", svg: ReportChart.svg(chart, language: model.language, id: anchor + "-chart", standalone: true) + "\n"))
        }
        let directory = chartDirectory.hasSuffix("/") || chartDirectory.isEmpty ? chartDirectory : chartDirectory + "/"
        return (render(model, chartLinks: directory), files)
    }

    /// The document overview and the goals per programme; nothing when the goal files declare neither.
    private static func policy(_ model: ReportModel) -> [String] {
        let language = model.language
        func t(_ text: LocalizedText) -> String { ReportText.markdown(text.text(in: language)) }
        func md(_ text: String) -> String { ReportText.markdown(text) }
        var lines: [String] = []
        if !model.documents.isEmpty {
            lines += ["## " + t(ReportMessages.documents), "", t(ReportMessages.documentsIntro), ""]
            let headers = [ReportMessages.document, ReportMessages.kind, ReportMessages.council, ReportMessages.horizon,
                           ReportMessages.evaluated, ReportMessages.goals, ReportMessages.judgeable, ReportMessages.statuses]
            lines.append("| " + headers.map(t).joined(separator: " | ") + " |")
            lines.append("|---|---|---|---|---|--:|--:|---|")
            for row in model.documents {
                let cells = [md(row.title), md(row.kind), md(row.council), md(row.horizon), md(row.evaluated),
                             ReportText.count(row.goals, language), ReportText.count(row.judgeable, language), md(row.statuses)]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        if !model.programmes.isEmpty {
            lines += ["## " + t(ReportMessages.programmes), ""]
            for programme in model.programmes {
                lines += ["### " + md(programme.title), ""]
                if let facts = ReportMessages.programmeFacts(owner: programme.owner, theme: programme.theme) { lines += [t(facts), ""] }
                lines.append("| \(t(ReportMessages.goal)) | \(t(ReportMessages.policyText)) | \(t(ReportMessages.status)) |")
                lines.append("|---|---|---|")
                for goal in programme.goals {
                    lines.append("| \(md(goal.id)) | \(md(goal.title)) | \(t(ReportMessages.statusName(goal.status))) |")
                }
                lines.append("")
            }
        }
        return lines
    }

    private static func render(_ model: ReportModel, chartLinks directory: String?) -> String {
        let language = model.language
        func t(_ text: LocalizedText) -> String { ReportText.markdown(text.text(in: language)) }
        func md(_ text: String) -> String { ReportText.markdown(text) }

        var lines: [String] = ["# " + md(model.title), ""]
        var meta = t(ReportMessages.asOf(model.asOf))
        if let generatedAt = model.generatedAt { meta += " · " + t(ReportMessages.generatedAt(generatedAt)) }
        lines += [meta, ""]

        // Summary
        lines += ["## " + t(ReportMessages.summary), "", "### " + t(ReportMessages.goalsByStatus), ""]
        let counts = GoalStatus.allCases.map { (status: $0, count: max(0, model.statusCounts[$0] ?? 0)) }
        let largest = counts.map(\.count).max() ?? 0
        lines.append("| \(t(ReportMessages.status)) | \(t(ReportMessages.goals)) | |")
        lines.append("|---|--:|---|")
        for (status, count) in counts {
            lines.append("| \(t(ReportMessages.statusName(status))) | \(ReportText.count(count, language)) | \(bar(count, of: largest)) |")
        }
        lines.append("| **\(t(ReportMessages.total))** | **\(ReportText.count(counts.reduce(0) { $0 + $1.count }, language))** | |")
        lines.append("")

        lines += ["### " + t(ReportMessages.changedSince(model.previousPeriod)), ""]
        if model.changes.isEmpty {
            lines += [t(model.judgedAsOfLatestFigures ? ReportMessages.noComparison : ReportMessages.noChanges), ""]
        } else {
            lines.append("| \(t(ReportMessages.goal)) | \(t(ReportMessages.policyText)) | \(t(ReportMessages.from)) | \(t(ReportMessages.to)) |")
            lines.append("|---|---|---|---|")
            for change in model.changes {
                lines.append("| \(md(change.id)) | \(md(change.title)) | \(t(ReportMessages.statusName(change.from))) | \(t(ReportMessages.statusName(change.to))) |")
            }
            lines.append("")
        }

        lines += ["### " + t(ReportMessages.cannotBeJudged), ""]
        if model.unjudgeable.isEmpty {
            lines += [t(ReportMessages.everyGoalJudged), ""]
        } else {
            for goal in model.unjudgeable {
                lines.append("- **\(md(goal.id))** \(md(goal.title))")
                for reason in goal.reasons { lines.append("  - \(md(reason))") }
            }
            lines.append("")
        }

        lines += ["### " + t(ReportMessages.allGoals), ""]
        if model.goals.isEmpty {
            lines += [t(ReportMessages.noGoals), ""]
        } else {
            lines.append("| \(t(ReportMessages.goal)) | \(t(ReportMessages.policyText)) | \(t(ReportMessages.status)) |")
            lines.append("|---|---|---|")
            for goal in model.goals {
                lines.append("| \(md(goal.id)) | \(md(goal.title)) | \(t(ReportMessages.statusName(goal.status))) |")
            }
            lines.append("")
        }

        lines += policy(model)

        // One section per goal
        for (index, goal) in model.goals.enumerated() {
            lines += ["## \(md(goal.id)) — \(md(goal.title))", ""]
            lines += ["\(t(ReportMessages.source)): \(goal.source.map(md) ?? t(ReportMessages.sourceUnknown))", ""]
            lines += ["**\(t(ReportMessages.statusLine(goal.status)))** — \(md(goal.statusSentence))", ""]
            if let chart = goal.chart {
                if let directory {
                    let anchor = ReportHTML.anchor(goal.id, index: index)
                    lines += ["![\(md(ReportChart.title(chart, language: language)))](\(linkTarget(directory + anchor + ".svg")))", ""]
                } else if chart.observations.contains(where: \.isDrawable) {
                    lines += [sparkline(chart, language: language), ""]
                }
                lines += ["*" + md(ReportChart.textAlternative(chart, language: language)) + "*", ""]
            } else {
                lines += [t(ReportMessages.noChart), ""]
            }

            lines += ["### " + t(ReportMessages.figures), ""]
            lines.append("| \(t(ReportMessages.figure)) | \(t(ReportMessages.value)) |")
            lines.append("|---|---|")
            for (label, figure) in ReportHTML.keyFigureRows(goal.figures) {
                lines.append("| \(t(label)) | \(figure.map { md($0.text) } ?? t(ReportMessages.notAvailable)) |")
            }
            lines.append("")

            lines += ["### " + t(ReportMessages.checklist), ""]
            if goal.checklist.isEmpty {
                lines += [t(ReportMessages.noChecklist), ""]
            } else {
                lines.append("| \(t(ReportMessages.criterion)) | \(t(ReportMessages.result)) | \(t(ReportMessages.explanation)) |")
                lines.append("|---|---|---|")
                for item in goal.checklist {
                    let mark = item.passed ? "✓ " + t(ReportMessages.passed) : "✗ " + t(ReportMessages.failed)
                    lines.append("| \(md(item.criterion)) | \(mark) | \(md(item.explanation)) |")
                }
                lines.append("")
            }
        }

        // Appendix
        lines += ["## " + t(ReportMessages.appendix), ""]
        if model.appendix.isEmpty {
            lines += [t(ReportMessages.noFigures), ""]
        } else {
            lines += [t(ReportMessages.appendixIntro), ""]
            let headers = [ReportMessages.series, ReportMessages.period, ReportMessages.value, ReportMessages.file, ReportMessages.row, ReportMessages.column, ReportMessages.contentHash]
            lines.append("| " + headers.map(t).joined(separator: " | ") + " |")
            lines.append("|---|---|--:|---|--:|--:|---|")
            for figure in model.appendix {
                let value = ReportText.number(figure.value, language, fractionDigits: 6) + (figure.provisional ? "\\*" : "")
                let row = figure.row.map(String.init) ?? t(ReportMessages.unknown)
                let column = figure.column.map(String.init) ?? t(ReportMessages.unknown)
                lines.append("| \(md(figure.series)) | \(md(figure.period)) | \(value) | \(md(figure.file)) | \(row) | \(column) | `\(ReportText.shortHash(figure.contentHash).replacingBackticks)` |")
            }
            lines.append("")
            if model.appendix.contains(where: \.provisional) { lines += [t(ReportMessages.provisionalNote), ""] }
            lines += ["### " + t(ReportMessages.sourceFiles), ""]
            lines.append("| \(t(ReportMessages.file)) | \(t(ReportMessages.contentHash)) |")
            lines.append("|---|---|")
            for (file, contentHash) in ReportText.sourceFiles(model.appendix) {
                lines.append("| \(md(file)) | `\(contentHash.replacingBackticks)` |")
            }
            lines.append("")
        }
        lines.append(t(ReportMessages.reproducible))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar of full blocks proportional to `count`, at most 20 wide; any count above zero shows.
    private static func bar(_ count: Int, of largest: Int) -> String {
        guard count > 0, largest > 0 else { return "" }
        let length = max(1, Int((Double(count) / Double(largest) * 20).rounded()))
        return String(repeating: "█", count: length)
    }

    /// `Figures 2020–2022: ▁▄█ (49.525 → 52.100)`: the shape of the series, its ends in numbers.
    static func sparkline(_ chart: ReportChartSpec, language: Language) -> String {
        let points = chart.observations.filter(\.isDrawable).sorted { $0.t < $1.t }
        guard let first = points.first, let last = points.last else { return "" }
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let low = points.map(\.value).min() ?? 0, high = points.map(\.value).max() ?? 0
        let shape = String(points.map { point -> Character in
            guard high - low > 0, (high - low).isFinite else { return blocks[3] }
            let level = Int(((point.value - low) / (high - low) * 7).rounded())
            return blocks[min(7, max(0, level))]
        })
        func value(_ point: ReportChartPoint) -> String {
            ReportText.number(point.value, language) + chart.valueSuffix + (point.provisional ? "*" : "")
        }
        let label = ReportMessages.sparkline(from: first.period, to: last.period).text(in: language)
        return "`\(shape)` " + ReportText.markdown("\(label) (\(value(first)) → \(value(last)))")
    }

    /// A link target with spaces and parentheses percent-encoded, so any directory name works.
    private static func linkTarget(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension String {
    /// A content hash never holds a backtick, but a code span must not be broken by one.
    var replacingBackticks: String { String(map { $0 == "`" ? "'" : $0 }) }
}
