import Foundation
import KoersCore
import KoersImport
import KoersRender

/// The commands about figures: import, metrics, series, sources, conflicts.
enum DataCommands {
    static let importFile = CommandSpec(
        name: "import", dutchName: "lees",
        arguments: [
            ArgumentSpec("FILE", completion: .path),
            ArgumentSpec("OPTION", completion: .importOption, optional: true, repeating: true),
        ],
        summary: LocalizedText(
            en: "Read a CSV or Excel file into the figures, and say how it was read",
            nl: "Lees een CSV- of Excel-bestand in bij de cijfers, en zeg hoe het gelezen is"),
        details: LocalizedText(
            en: "Options are those of a data block in a goal file (docs/importing.md), e.g. layout wide metric digitale_aanvragen decimal comma. The file is added to the session's data declarations; 'save' writes it into a goal file.",
            nl: "Opties zijn die van een gegevensblok in een doelbestand (docs/importing.md), bijv. indeling breed indicator digitale_aanvragen decimaalteken komma. Het bestand wordt aan de gegevens van de sessie toegevoegd; 'bewaar' schrijft het in een doelbestand."),
        examples: [
            "import goals/almelo/data/kengetallen.csv",
            #"import tabel.csv layout wide metric digitale_aanvragen column label productgroep "Productgroep" decimal comma"#,
        ]
    ) { session, invocation throws(CommandFailure) in
        let path = invocation.arguments[0]
        let optionText = invocation.arguments.dropFirst().map(Self.quotedIfNeeded).joined(separator: " ")
        let options: [DataDeclaration.Option]
        do throws(ImportFailure) {
            options = try ImportOptions.options(fromCommandLine: optionText)
        } catch {
            throw CommandFailure(ShellMessages.importFailed(path), exitCode: ExitCode.usage, diagnostics: error.errors)
        }
        let report = try session.workspace.importFile(DataDeclaration(path: path, options: options), today: session.today)
        session.print(ImportSummary.text(report, language: session.language))
        for warning in report.warnings { session.errors.write(warning.formatted(in: session.language) + "\n") }
    }

    static let metrics = CommandSpec(
        name: "metrics", dutchName: "indicatoren",
        options: [EvaluationCommands.formatOption],
        summary: LocalizedText(
            en: "List the metrics' series with their coverage: first and last period, figures, missing, provisional",
            nl: "Toon de reeksen van de indicatoren met hun dekking: eerste en laatste periode, cijfers, ontbrekend, voorlopig"),
        examples: ["metrics", "indicatoren --format csv"]
    ) { session, invocation throws(CommandFailure) in
        let model = session.workspace.model
        guard !model.metrics.isEmpty || !model.store.series.isEmpty else {
            session.say(ShellMessages.nothingLoaded)
            return
        }
        session.print(DataListing.coverage(model).render(try session.format(invocation), language: session.language, width: session.style.width))
    }

    static let series = CommandSpec(
        name: "series", dutchName: "reeks",
        arguments: [ArgumentSpec("METRIC", completion: .series)],
        options: [EvaluationCommands.formatOption],
        summary: LocalizedText(
            en: "A series as a table, each figure with the file, row and column it came from",
            nl: "Een reeks als tabel, elk cijfer met het bestand, de rij en de kolom waar het vandaan komt"),
        examples: ["series digitale_aanvragen", "reeks digitale_aanvragen{productgroep=Vergunningen}"]
    ) { session, invocation throws(CommandFailure) in
        let model = session.workspace.model
        let name = invocation.arguments[0]
        guard let key = SeriesKey(parsing: name) else {
            throw CommandFailure(ShellMessages.unknownMetric(name, suggestion: nil))
        }
        // A bare metric name shows its total and every labelled part.
        let keys = key.labels.isEmpty ? [key] + model.store.keys(ofMetric: key.metric).filter { $0 != key } : [key]
        let table = DataListing.figures(keys.filter { !model.observations($0).isEmpty }, model: model)
        guard !table.rows.isEmpty else {
            let suggestion = Suggestions.closest(to: key.metric, among: model.metrics.map(\.id))
            throw CommandFailure(ShellMessages.noFigures(name, suggestion: suggestion))
        }
        session.print(table.render(try session.format(invocation), language: session.language, width: session.style.width))
    }

    static let sources = CommandSpec(
        name: "sources", dutchName: "bronnen",
        options: [EvaluationCommands.formatOption],
        summary: LocalizedText(
            en: "The files figures were read from, with their SHA-256 and when they were read",
            nl: "De bestanden waaruit cijfers gelezen zijn, met hun SHA-256 en wanneer ze gelezen zijn"),
        examples: ["sources", "bronnen --format json"]
    ) { session, invocation throws(CommandFailure) in
        session.print(DataListing.sources(session.workspace.model.store).render(
            try session.format(invocation), language: session.language, width: session.style.width))
    }

    static let conflicts = CommandSpec(
        name: "conflicts", dutchName: "conflicten",
        options: [EvaluationCommands.formatOption],
        summary: LocalizedText(
            en: "Figures two sources disagree on, with both sources and which one counts",
            nl: "Cijfers waarover twee bronnen het oneens zijn, met beide bronnen en welke telt"),
        examples: ["conflicts"]
    ) { session, invocation throws(CommandFailure) in
        let store = session.workspace.model.store
        guard !store.conflicts.isEmpty else {
            session.say(ShellMessages.noConflicts)
            return
        }
        session.print(DataListing.conflicts(store).render(try session.format(invocation), language: session.language, width: session.style.width))
    }

    private static func quotedIfNeeded(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" }) else { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// What `import` says about a file it read: the counts, and how it read it.
enum ImportSummary {
    static func text(_ report: ImportReport, language: Language) -> String {
        let head = ShellMessages.imported(
            report.file, rows: report.rowsRead, figures: report.figures, missing: report.missingFigures,
            series: report.series.count, conflicts: report.conflicts.count)
        return ([head] + report.mapping.summary).map { $0.text(in: language) }.joined(separator: "\n  ")
    }
}
