import Foundation
import KoersCore
import KoersRender

/// `report`: the quarterly council report, reproducible from the goal files and the data.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report", dutchName: "rapport",
        options: [
            EvaluationCommands.asOfOption,
            OptionSpec("format", value: "FORMAT", completion: .fixed(["html", "markdown", "json"]),
                       help: LocalizedText(en: "html (default), markdown or json", nl: "html (standaard), markdown of json")),
            OptionSpec("output", short: "o", value: "FILE", completion: .path,
                       help: LocalizedText(en: "write the report to this file (default: standard output)", nl: "schrijf het rapport naar dit bestand (standaard: het scherm)")),
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
        examples: ["report -o raad.html", "report --asof 2022 --format markdown -o raad.md --charts grafieken", "report --format json"]
    ) { session, invocation throws(CommandFailure) in
        let format = invocation.option("format")?.lowercased() ?? "html"
        let report = try session.councilReport(invocation)
        let text: String
        var charts: [ReportChartFile] = []
        switch format {
        case "markdown":
            if let directory = invocation.option("charts") {
                let rendered = ReportMarkdown.render(report, chartDirectory: directory)
                text = rendered.markdown
                charts = rendered.charts
                try FileWriting.createDirectory(directory)
                for chart in charts { try FileWriting.atomically(chart.svg, to: directory + "/" + chart.name) }
            } else {
                text = ReportMarkdown.render(report)
            }
        case "json": text = ReportJSON.render(report)
        default: text = ReportHTML.render(report)
        }
        if let path = invocation.option("output") {
            try FileWriting.atomically(text, to: path)
            session.say(ShellMessages.reportWritten(path, goals: report.goals.count, charts: charts.count))
        } else {
            session.print(text)
        }
    }
}

extension ShellSession {
    /// The report as of `--asof`, else the session's peildatum (today unless set); "what
    /// changed" compares with the period before (as of today: the end of the previous quarter).
    func councilReport(_ invocation: Invocation) throws(CommandFailure) -> ReportModel {
        let asOf = try requestedAsOf(invocation)
        let current = evaluations(asOf: asOf)
        let previousPeriod: Period?
        switch asOf {
        case let .today(date): previousPeriod = Period.containing(date.moment, granularity: .quarter)?.previous
        case let .period(period): previousPeriod = period.previous
        case .latest: previousPeriod = current.evaluations.compactMap(\.asOf?.period).max()?.previous
        }
        let previous = previousPeriod.map { evaluations(asOf: .period($0)) }
        let check = VagueGoalCheck.report(for: workspace.model, options: checkOptions)
        let title = invocation.option("title") ?? ShellMessages.reportTitle(workspace.summaryName).text(in: language)
        return CouncilReport.build(
            title: title, model: workspace.model, current: current, previous: previous, check: check,
            language: language, generatedAt: invocation.option("generated-at"))
    }
}

/// Why a file could not be written, in words a user can act on (Foundation's own text is
/// English only, and sometimes just an error number).
public enum WriteProblem: Sendable, Equatable {
    case isDirectory
    case missingFolder(String)
    case refused

    static func of(_ path: String) -> WriteProblem {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return .isDirectory }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return FileManager.default.fileExists(atPath: folder) ? .refused : .missingFolder(folder)
    }
}

/// Writes files so that a crash leaves the old file or the new one, never half of one.
enum FileWriting {
    static func atomically(_ text: String, to path: String) throws(CommandFailure) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(ShellMessages.cannotWrite(path, problem: .of(path)))
        }
    }

    static func createDirectory(_ path: String) throws(CommandFailure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(ShellMessages.cannotWrite(path, problem: .of(path)))
        }
    }
}
