import KoersCore

/// The council report as one self-contained HTML file: inline CSS and SVG, no scripts, no
/// fonts, images or links that reach the network. Headings go h1 → h2 → h3; every table has a
/// caption and header cells with a scope; status is always written out, never shown by color alone.
public enum ReportHTML {
    public static func render(_ model: ReportModel) -> String {
        let language = model.language
        func t(_ text: LocalizedText) -> String { ReportText.html(text.text(in: language)) }

        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(ReportText.html(model.title)) — \(t(ReportMessages.asOf(model.asOf)))</title>\n"
        out += "<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(ReportText.html(model.title))</h1>\n"
        var meta = t(ReportMessages.asOf(model.asOf))
        if let generatedAt = model.generatedAt { meta += " · " + t(ReportMessages.generatedAt(generatedAt)) }
        out += "<p class=\"meta\">\(meta)</p>\n</header>\n<main>\n"
        out += summary(model)
        out += policy(model)
        for (index, goal) in model.goals.enumerated() {
            out += section(goal, index: index, language: language)
        }
        out += appendix(model)
        out += "</main>\n<footer>\n<p>\(t(ReportMessages.reproducible))</p>\n</footer>\n</body>\n</html>\n"
        return out
    }

    // MARK: Summary

    private static func summary(_ model: ReportModel) -> String {
        let language = model.language
        func t(_ text: LocalizedText) -> String { ReportText.html(text.text(in: language)) }
        let counts = GoalStatus.allCases.map { (status: $0, count: max(0, model.statusCounts[$0] ?? 0)) }

        var out = "<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(t(ReportMessages.summary))</h2>\n"

        out += "<h3>\(t(ReportMessages.goalsByStatus))</h3>\n"
        out += "<figure class=\"bar\">\n\(ReportChart.statusBar(counts, language: language, id: "status-bar"))\n</figure>\n"
        out += "<div class=\"table-wrap\">\n<table class=\"counts\">\n<caption class=\"visually-hidden\">\(t(ReportMessages.goalsByStatus)) — \(t(ReportMessages.asOf(model.asOf)))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.status))</th><th scope=\"col\" class=\"number\">\(t(ReportMessages.goals))</th></tr></thead>\n<tbody>\n"
        for (status, count) in counts {
            out += "<tr><th scope=\"row\">\(badge(status, language: language))</th><td class=\"number\">\(ReportText.count(count, language))</td></tr>\n"
        }
        let total = counts.reduce(0) { $0 + $1.count }
        out += "</tbody>\n<tfoot><tr><th scope=\"row\">\(t(ReportMessages.total))</th><td class=\"number\">\(ReportText.count(total, language))</td></tr></tfoot>\n</table>\n</div>\n"

        out += "<h3>\(t(ReportMessages.changedSince(model.previousPeriod)))</h3>\n"
        if model.changes.isEmpty {
            out += "<p>\(t(model.judgedAsOfLatestFigures ? ReportMessages.noComparison : ReportMessages.noChanges))</p>\n"
        } else {
            out += "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">\(t(ReportMessages.changedSince(model.previousPeriod)))</caption>\n"
            out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.goal))</th><th scope=\"col\">\(t(ReportMessages.policyText))</th><th scope=\"col\">\(t(ReportMessages.from))</th><th scope=\"col\">\(t(ReportMessages.to))</th></tr></thead>\n<tbody>\n"
            for change in model.changes {
                out += "<tr><th scope=\"row\">\(goalLink(change.id, model: model))</th><td>\(ReportText.html(change.title))</td>"
                out += "<td>\(badge(change.from, language: language))</td><td>\(badge(change.to, language: language))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }

        out += "<h3>\(t(ReportMessages.cannotBeJudged))</h3>\n"
        if model.unjudgeable.isEmpty {
            out += "<p>\(t(ReportMessages.everyGoalJudged))</p>\n"
        } else {
            out += "<ul class=\"unjudgeable\">\n"
            for goal in model.unjudgeable {
                out += "<li><strong>\(goalLink(goal.id, model: model))</strong> \(ReportText.html(goal.title))\n<ul>\n"
                for reason in goal.reasons { out += "<li>\(ReportText.html(reason))</li>\n" }
                out += "</ul>\n</li>\n"
            }
            out += "</ul>\n"
        }

        out += "<h3>\(t(ReportMessages.allGoals))</h3>\n"
        if model.goals.isEmpty {
            out += "<p>\(t(ReportMessages.noGoals))</p>\n"
        } else {
            out += "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">\(t(ReportMessages.allGoals)) — \(t(ReportMessages.asOf(model.asOf)))</caption>\n"
            out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.goal))</th><th scope=\"col\">\(t(ReportMessages.policyText))</th><th scope=\"col\">\(t(ReportMessages.status))</th></tr></thead>\n<tbody>\n"
            for (index, goal) in model.goals.enumerated() {
                out += "<tr><th scope=\"row\"><a href=\"#\(anchor(goal.id, index: index))\">\(ReportText.html(goal.id))</a></th><td>\(ReportText.html(goal.title))</td><td>\(badge(goal.status, language: language))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        return out + "</section>\n"
    }

    // MARK: Documents and programmes

    /// The document overview and the goals per programme; nothing when the goal files declare neither.
    private static func policy(_ model: ReportModel) -> String {
        let language = model.language
        func t(_ text: LocalizedText) -> String { ReportText.html(text.text(in: language)) }
        func h(_ text: String) -> String { ReportText.html(text) }
        var out = ""
        if !model.documents.isEmpty {
            out += "<section class=\"documents\" aria-labelledby=\"documents\">\n<h2 id=\"documents\">\(t(ReportMessages.documents))</h2>\n"
            out += "<p>\(t(ReportMessages.documentsIntro))</p>\n"
            out += "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">\(t(ReportMessages.documents))</caption>\n<thead><tr>"
            for header in [ReportMessages.document, ReportMessages.kind, ReportMessages.council, ReportMessages.horizon, ReportMessages.evaluated] {
                out += "<th scope=\"col\">\(t(header))</th>"
            }
            for header in [ReportMessages.goals, ReportMessages.judgeable] { out += "<th scope=\"col\" class=\"number\">\(t(header))</th>" }
            out += "<th scope=\"col\">\(t(ReportMessages.statuses))</th></tr></thead>\n<tbody>\n"
            for row in model.documents {
                out += "<tr><th scope=\"row\">\(h(row.title))</th><td>\(h(row.kind))</td><td>\(h(row.council))</td><td>\(h(row.horizon))</td>"
                out += "<td>\(h(row.evaluated))</td><td class=\"number\">\(ReportText.count(row.goals, language))</td>"
                out += "<td class=\"number\">\(ReportText.count(row.judgeable, language))</td><td>\(h(row.statuses))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n</section>\n"
        }
        if !model.programmes.isEmpty {
            out += "<section class=\"programmes\" aria-labelledby=\"programmes\">\n<h2 id=\"programmes\">\(t(ReportMessages.programmes))</h2>\n"
            for programme in model.programmes {
                out += "<h3>\(h(programme.title))</h3>\n"
                if let facts = ReportMessages.programmeFacts(owner: programme.owner, theme: programme.theme) { out += "<p>\(t(facts))</p>\n" }
                out += "<div class=\"table-wrap\">\n<table>\n<caption class=\"visually-hidden\">\(h(programme.title))</caption>\n"
                out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.goal))</th><th scope=\"col\">\(t(ReportMessages.policyText))</th><th scope=\"col\">\(t(ReportMessages.status))</th></tr></thead>\n<tbody>\n"
                for goal in programme.goals {
                    out += "<tr><th scope=\"row\">\(goalLink(goal.id, model: model))</th><td>\(h(goal.title))</td><td>\(badge(goal.status, language: language))</td></tr>\n"
                }
                out += "</tbody>\n</table>\n</div>\n"
            }
            out += "</section>\n"
        }
        return out
    }

    // MARK: Goal sections

    private static func section(_ goal: ReportGoalSection, index: Int, language: Language) -> String {
        func t(_ text: LocalizedText) -> String { ReportText.html(text.text(in: language)) }
        let id = anchor(goal.id, index: index)
        var out = "<section class=\"goal\" id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n"
        out += "<h2 id=\"\(id)-heading\"><span class=\"goal-id\">\(ReportText.html(goal.id))</span> \(ReportText.html(goal.title))</h2>\n"
        out += "<p class=\"source\"><span class=\"label\">\(t(ReportMessages.source)):</span> \(goal.source.map(ReportText.html) ?? t(ReportMessages.sourceUnknown))</p>\n"
        out += "<p class=\"status-line\">\(badge(goal.status, language: language, prefixed: true))</p>\n"
        out += "<p class=\"sentence\">\(ReportText.html(goal.statusSentence))</p>\n"

        if let chart = goal.chart {
            out += "<figure class=\"chart\">\n\(ReportChart.svg(chart, language: language, id: id + "-chart"))\n"
            out += "<figcaption>\(ReportText.html(ReportChart.title(chart, language: language)))</figcaption>\n</figure>\n"
        } else {
            out += "<p class=\"no-chart\">\(t(ReportMessages.noChart))</p>\n"
        }

        out += "<h3>\(t(ReportMessages.figures))</h3>\n"
        out += "<div class=\"table-wrap\">\n<table class=\"figures\">\n<caption>\(t(ReportMessages.figuresCaption(goal.id)))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.figure))</th><th scope=\"col\">\(t(ReportMessages.value))</th></tr></thead>\n<tbody>\n"
        for (label, figure) in keyFigureRows(goal.figures) {
            out += "<tr><th scope=\"row\">\(t(label))</th><td>\(figure.map { ReportText.html($0.text) } ?? t(ReportMessages.notAvailable))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"

        out += "<h3>\(t(ReportMessages.checklist))</h3>\n"
        if goal.checklist.isEmpty {
            out += "<p>\(t(ReportMessages.noChecklist))</p>\n"
        } else {
            out += "<div class=\"table-wrap\">\n<table class=\"checklist\">\n<caption>\(t(ReportMessages.checklistCaption(goal.id)))</caption>\n"
            out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.criterion))</th><th scope=\"col\">\(t(ReportMessages.result))</th><th scope=\"col\">\(t(ReportMessages.explanation))</th></tr></thead>\n<tbody>\n"
            for item in goal.checklist {
                let mark = item.passed
                    ? "<span class=\"pass\"><span aria-hidden=\"true\">✓\u{00A0}</span>\(t(ReportMessages.passed))</span>"
                    : "<span class=\"fail\"><span aria-hidden=\"true\">✗\u{00A0}</span>\(t(ReportMessages.failed))</span>"
                out += "<tr><th scope=\"row\">\(ReportText.html(item.criterion))</th><td>\(mark)</td><td>\(ReportText.html(item.explanation))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        return out + "</section>\n"
    }

    static func keyFigureRows(_ figures: ReportKeyFigures) -> [(LocalizedText, ReportFigure?)] {
        [
            (ReportMessages.baseline, figures.baseline),
            (ReportMessages.target, figures.target),
            (ReportMessages.current, figures.current),
            (ReportMessages.expected, figures.expected),
            (ReportMessages.projected, figures.projected),
            (ReportMessages.reached, figures.reached),
        ]
    }

    // MARK: Appendix

    private static func appendix(_ model: ReportModel) -> String {
        let language = model.language
        func t(_ text: LocalizedText) -> String { ReportText.html(text.text(in: language)) }
        var out = "<section class=\"appendix\" aria-labelledby=\"appendix\">\n<h2 id=\"appendix\">\(t(ReportMessages.appendix))</h2>\n"
        guard !model.appendix.isEmpty else { return out + "<p>\(t(ReportMessages.noFigures))</p>\n</section>\n" }
        out += "<p>\(t(ReportMessages.appendixIntro))</p>\n"
        out += "<div class=\"table-wrap\">\n<table class=\"provenance\">\n<caption>\(t(ReportMessages.appendix))</caption>\n<thead><tr>"
        for header in [ReportMessages.series, ReportMessages.period, ReportMessages.value, ReportMessages.file, ReportMessages.row, ReportMessages.column, ReportMessages.contentHash] {
            let numeric = header == ReportMessages.value || header == ReportMessages.row || header == ReportMessages.column
            out += "<th scope=\"col\"\(numeric ? " class=\"number\"" : "")>\(t(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for figure in model.appendix {
            let value = ReportText.number(figure.value, language, fractionDigits: 6) + (figure.provisional ? "*" : "")
            out += "<tr><th scope=\"row\">\(ReportText.html(figure.series))</th><td class=\"period\">\(ReportText.html(figure.period))</td><td class=\"number\">\(ReportText.html(value))</td>"
            out += "<td class=\"path\">\(ReportText.html(figure.file))</td>"
            out += "<td class=\"number\">\(figure.row.map(String.init) ?? t(ReportMessages.unknown))</td><td class=\"number\">\(figure.column.map(String.init) ?? t(ReportMessages.unknown))</td>"
            out += "<td class=\"hash\"><code>\(ReportText.html(ReportText.shortHash(figure.contentHash)))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        if model.appendix.contains(where: \.provisional) { out += "<p class=\"note\">\(t(ReportMessages.provisionalNote))</p>\n" }
        out += "<div class=\"table-wrap\">\n<table class=\"files\">\n<caption>\(t(ReportMessages.sourceFiles))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(t(ReportMessages.file))</th><th scope=\"col\">\(t(ReportMessages.contentHash))</th></tr></thead>\n<tbody>\n"
        for (file, contentHash) in ReportText.sourceFiles(model.appendix) {
            out += "<tr><th scope=\"row\" class=\"path\">\(ReportText.html(file))</th><td class=\"hash\"><code>\(ReportText.html(contentHash))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return out + "</section>\n"
    }

    // MARK: Pieces

    /// The status as text on its color; `prefixed` writes "Status: On track".
    private static func badge(_ status: GoalStatus, language: Language, prefixed: Bool = false) -> String {
        let text = prefixed ? ReportMessages.statusLine(status) : ReportMessages.statusName(status)
        return "<span class=\"badge status-\(status.rawValue)\">\(ReportText.html(text.text(in: language)))</span>"
    }

    /// A goal id, linked to its section when the report has one.
    private static func goalLink(_ id: String, model: ReportModel) -> String {
        guard let index = model.goals.firstIndex(where: { $0.id == id }) else { return ReportText.html(id) }
        return "<a href=\"#\(anchor(id, index: index))\">\(ReportText.html(id))</a>"
    }

    /// The section's element id: the goal id made safe, with its position to keep it unique.
    static func anchor(_ goalID: String, index: Int) -> String {
        "goal-\(index + 1)-" + ReportText.identifier(goalID)
    }

    static var stylesheet: String {
        var css = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0 auto; padding: 1rem; max-width: 56rem; background: \(ReportPalette.page); color: \(ReportPalette.text);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; font-size: 1rem; line-height: 1.5;
          overflow-wrap: break-word; }
        h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.35rem; line-height: 1.25; margin: 2.5rem 0 0.5rem; padding-top: 0.75rem; border-top: 2px solid \(ReportPalette.text); }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
        a { color: \(ReportPalette.link); }
        .meta, .source, footer { color: \(ReportPalette.mutedText); }
        .label { font-weight: 600; }
        .goal-id { display: inline-block; font-size: 0.8em; font-weight: 600; color: \(ReportPalette.mutedText); margin-right: 0.35em; }
        .sentence { font-size: 1.05rem; }
        .badge { display: inline-block; padding: 0.1em 0.55em; border-radius: 0.3em; color: \(ReportPalette.onStatus); font-weight: 600; white-space: nowrap; }
        .status-line { margin: 0.5rem 0; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; min-width: 50%; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem; border-bottom: 1px solid #c9ced6; }
        thead th { background: \(ReportPalette.tableHeader); }
        tbody tr:nth-child(even) { background: \(ReportPalette.tableStripe); }
        tbody th { font-weight: 600; }
        tfoot th, tfoot td { font-weight: 700; border-top: 2px solid \(ReportPalette.text); }
        .number { text-align: right; font-variant-numeric: tabular-nums; }
        .hash code, .path { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.85em; }
        .provenance td, .provenance th, .period { white-space: nowrap; }
        .files .hash code { overflow-wrap: anywhere; }
        .files th { min-width: 8rem; }
        .pass { color: \(ReportPalette.passed); font-weight: 600; white-space: nowrap; }
        .fail { color: \(ReportPalette.failed); font-weight: 600; white-space: nowrap; }
        figure { margin: 1rem 0; }
        figure.chart { max-width: 42rem; }
        figcaption { color: \(ReportPalette.mutedText); font-size: 0.9rem; }
        svg { display: block; width: 100%; height: auto; max-width: 100%; }
        figure.bar { max-width: 28rem; margin: 0.5rem 0; }
        /* Read by screen readers, not shown: these captions repeat the heading just above. */
        .visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .unjudgeable > li { margin-bottom: 0.5rem; }
        .no-chart { font-style: italic; }
        footer { margin-top: 3rem; font-size: 0.9rem; }
        @media (max-width: 30rem) {
          body { padding: 0.75rem; }
          h1 { font-size: 1.45rem; }
          h2 { font-size: 1.2rem; }
          th, td { padding: 0.3rem 0.4rem; }
          .badge, .pass, .fail { white-space: normal; }
          /* Long Dutch compounds may break rather than push the table wider than the screen. */
          .figures td, .checklist td:last-child { overflow-wrap: anywhere; }
        }
        @page { size: A4; margin: 14mm 15mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.35; }
          h1 { font-size: 18pt; }
          h2 { font-size: 14pt; }
          h3 { font-size: 11pt; margin: 0.8rem 0 0.3rem; }
          p { margin: 0.4rem 0; }
          figure { margin: 0.5rem 0; }
          th, td { padding: 0.2rem 0.5rem; }
          .table-wrap { margin: 0.3rem 0 0.6rem; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: \(ReportPalette.text); text-decoration: none; }
          section.goal, section.appendix { break-before: page; }
          h2 { border-top: none; margin-top: 0; padding-top: 0; }
          h2, h3, caption { break-after: avoid; }
          figure, svg, tr { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          .provenance, .files { font-size: 8.5pt; }
          .provenance td, .provenance th { white-space: normal; }
          .hash code { overflow-wrap: anywhere; }
          thead { display: table-header-group; }
          svg.chart { max-height: 95mm; }
        }

        """
        for status in GoalStatus.allCases {
            css += ".status-\(status.rawValue) { background: \(ReportPalette.status(status)); }\n"
        }
        return css
    }
}
