import Foundation
import KoersCore
import KoersRender
import KoersWorkspace

/// `report`: the quarterly council report, reproducible from the goal files and the data.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report", dutchName: "rapport",
        arguments: [PolicyCommands.goalsOrStatuses],
        options: PolicyCommands.filterOptions + [
            EvaluationCommands.asOfOption,
            OptionSpec("format", value: "FORMAT", completion: .fixed(["html", "markdown", "json", OutputFileOptions.workbookFormat]),
                       help: LocalizedText(en: "html (default), markdown, json or xlsx (the figures, with -o FILE)", nl: "html (standaard), markdown, json of xlsx (de cijfers, met -o BESTAND)")),
            OptionSpec("output", short: "o", value: "FILE", completion: .path,
                       help: LocalizedText(
                           en: "write the report to this file (default: standard output; HTML on a terminal: koers-report-DATE.html)",
                           nl: "schrijf het rapport naar dit bestand (standaard: het scherm; HTML op een terminal: koers-rapport-DATUM.html)")),
            OptionSpec("charts", value: "DIR", completion: .path,
                       help: LocalizedText(en: "markdown: write the charts as SVG files into this directory and link them", nl: "markdown: schrijf de grafieken als SVG-bestanden in deze map en verwijs ernaar")),
            OptionSpec("title", value: "TEXT",
                       help: LocalizedText(en: "the report's title", nl: "de titel van het rapport")),
            OptionSpec("generated-at", value: "TEXT",
                       help: LocalizedText(en: "a date to print as the moment of writing (none by default, so reports are reproducible)", nl: "een datum die als moment van opstellen wordt vermeld (standaard geen, zodat rapporten reproduceerbaar zijn)")),
        ],
        summary: LocalizedText(
            en: "The council report: summary, a section per goal with chart and checklist, every figure's source",
            nl: "Het raadsrapport: samenvatting, per doel een paragraaf met grafiek en checklist, de bron van elk cijfer"),
        examples: ["report -o raad.html", "report --asof 2022 --format markdown -o raad.md --charts grafieken", "report --format json", "report --format xlsx -o cijfers.xlsx"]
    ) { session, invocation throws(CommandFailure) in
        let format = invocation.option("format")?.lowercased() ?? "html"
        let report = try session.councilReport(invocation)
        if session.wantsWorkbook(invocation) {
            let kept = PolicyLinks(model: session.workspace.model).filtered(
                session.evaluations(asOf: try session.requestedAsOf(invocation)), try session.goalFilter(invocation, words: invocation.arguments))
            let status = WorkbookTables.status(kept)
            try session.writeWorkbook([(status, WorkbookMessages.statusSheet), (WorkbookTables.reportFigures(report), WorkbookMessages.figuresSheet)])
            return
        }
        let text: String
        var charts: [ReportChartFile] = []
        switch format {
        case "markdown":
            if let directory = invocation.option("charts") {
                let rendered = ReportMarkdown.render(report, chartDirectory: directory)
                text = rendered.markdown
                charts = rendered.charts
                try worded { () throws(WorkspaceError) in
                    try FileWriting.createDirectory(directory)
                    for chart in rendered.charts { try FileWriting.atomically(chart.svg, to: directory + "/" + chart.name, sparing: session.workspace.sourceFiles) }
                }
            } else {
                text = ReportMarkdown.render(report)
            }
        case "json": text = ReportJSON.render(report)
        default: text = ReportHTML.render(report)
        }
        // HTML is not for reading on a terminal: there it goes to a dated file of its own.
        let defaultFile = format == "html" && session.outputIsTerminal ? session.unusedReportName() : nil
        if let path = session.claimOutputFile() ?? defaultFile {
            try worded { () throws(WorkspaceError) in try FileWriting.atomically(text, to: path, sparing: session.workspace.sourceFiles) }
            session.say(ShellMessages.reportWritten(path, goals: report.goals.count, charts: charts.count))
        } else {
            session.print(text)
        }
    }
}

extension ShellSession {
    /// `koers-report-2026-12-07.html` (Dutch: `koers-rapport-…`) in the working directory, or
    /// `…-2.html`, `…-3.html` when that name is taken: an earlier report is never overwritten.
    func unusedReportName(in directory: String? = nil) -> String {
        let stem = (directory.map { $0 + "/" } ?? "") + (language == .nl ? "koers-rapport-" : "koers-report-") + currentDate.description
        var name = stem + ".html"
        var number = 1
        while FileManager.default.fileExists(atPath: name) {
            number += 1
            name = stem + "-\(number).html"
        }
        return name
    }

    /// The report as of `--asof`, else the session's peildatum (today unless set); "what
    /// changed" compares with the period before (as of today: the end of the previous quarter).
    func councilReport(_ invocation: Invocation) throws(CommandFailure) -> ReportModel {
        let asOf = try requestedAsOf(invocation)
        let title = invocation.option("title") ?? ShellMessages.reportTitle(workspace.summaryName).text(in: language)
        let filter = try goalFilter(invocation, words: invocation.arguments)
        let report = try inWorkspace { workspace throws(WorkspaceError) in
            try workspace.councilReport(
                asOf: asOf, today: today, title: title, language: language, generatedAt: invocation.option("generated-at"), filter: filter)
        }
        guard filter.isEmpty || !report.goals.isEmpty else { throw CommandFailure(PolicyShellMessages.noGoalMatches) }
        return report
    }
}
