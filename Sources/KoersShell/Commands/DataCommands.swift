import Foundation
import KoersCore
import KoersGoalFile
import KoersImport
import KoersRender
import KoersWorkspace

/// The commands about figures: import, metrics, series, sources, conflicts.
enum DataCommands {
    static let importFile = CommandSpec(
        name: "import", dutchName: "lees",
        arguments: [
            ArgumentSpec("FILE", completion: .path),
            ArgumentSpec("OPTION", completion: .importOption, optional: true, repeating: true),
        ],
        options: [
            OptionSpec("into", value: "GOALFILE", completion: .goalFile, help: LocalizedText(
                en: "also declare the file in this loaded goal file (a data block, saved with 'save')",
                nl: "leg het bestand ook vast in dit geladen doelbestand (een gegevensblok, bewaard met 'opslaan')")),
        ],
        summary: LocalizedText(
            en: "Read a CSV or Excel file into the figures, and say how it was read",
            nl: "Lees een CSV- of Excel-bestand in bij de cijfers, en zeg hoe het gelezen is"),
        details: LocalizedText(
            en: "Options are those of a data block in a goal file (docs/importing.md), e.g. layout wide metric digitale_aanvragen decimal comma. Without --into the file counts for this session only; with --into GOALFILE a data block is added to that goal file, and 'save' writes it.",
            nl: "Opties zijn die van een gegevensblok in een doelbestand (docs/importing.md), bijv. indeling breed indicator digitale_aanvragen decimaalteken komma. Zonder --into telt het bestand alleen in deze sessie; met --into DOELBESTAND komt er een gegevensblok in dat doelbestand, en 'opslaan' schrijft het weg."),
        examples: [
            "import goals/almelo/data/kengetallen.csv",
            #"import tabel.csv layout wide metric digitale_aanvragen column label productgroep "Productgroep" decimal comma"#,
        ]
    ) { session, invocation throws(CommandFailure) in
        let path = invocation.arguments[0]
        let optionText = invocation.arguments.dropFirst().map(GoalFileQuoting.quotedIfNeeded).joined(separator: " ")
        let options: [DataDeclaration.Option]
        do throws(ImportFailure) {
            options = try ImportOptions.options(fromCommandLine: optionText)
        } catch {
            throw CommandFailure(ShellMessages.importFailed(path), exitCode: ExitCode.usage, diagnostics: error.errors)
        }
        // Read first, all or nothing: a file that does not import is never declared.
        var trial = session.workspace
        let report = try session.withProgress(ProgressMessages.reading(path)) { () throws(CommandFailure) -> ImportReport in
            do throws(WorkspaceError) {
                return try trial.importFile(DataDeclaration(path: path, options: options), today: session.today)
            } catch let .importFailed(file, diagnostics) {
                // The fix is the command just typed, with the decimal mark added, not a data block.
                let commandLine = ([path] + invocation.arguments.dropFirst()).map(GoalFileQuoting.quotedIfNeeded).joined(separator: " ")
                let worded = diagnostics.map { diagnostic in
                    var diagnostic = diagnostic
                    if diagnostic.hint == ImportFailure.notationHint { diagnostic.hint = ImportCommandMessages.declareNotation(commandLine) }
                    return diagnostic
                }
                throw CommandFailure(WorkspaceError.importFailed(file, diagnostics: worded))
            } catch {
                throw CommandFailure(error)
            }
        }
        session.print(ImportSummary.text(report, language: session.language))
        for warning in report.warnings { session.errors.write(warning.formatted(in: session.language) + "\n") }
        if let goalFile = invocation.option("into") {
            try session.declareDataFile(path, options: options, in: goalFile)
        } else {
            session.workspace = trial
        }
    }

    static let metrics = CommandSpec(
        name: "metrics", dutchName: "indicatoren",
        options: [OutputFileOptions.formatWithWorkbook, DisplayCommands.expandedOption, OutputFileOptions.output],
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
        try session.show(DataListing.coverage(model), invocation, sheet: WorkbookMessages.metricsSheet)
    }

    static let series = CommandSpec(
        name: "series", dutchName: "reeks",
        arguments: [ArgumentSpec("METRIC", completion: .series)],
        options: [OutputFileOptions.formatWithWorkbook, DisplayCommands.expandedOption, OutputFileOptions.output],
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
            // Suggest only another metric that has figures: the typed one may be declared but empty.
            let withFigures = Set(model.metrics.map(\.id) + model.store.series.keys.map(\.metric)).filter { metric in
                metric != key.metric && ([SeriesKey(metric: metric)] + model.store.keys(ofMetric: metric))
                    .contains { !model.observations($0).isEmpty }
            }
            let suggestion = Suggestion.closest(to: key.metric, among: withFigures.sorted())
            throw CommandFailure(ShellMessages.noFigures(name, suggestion: suggestion))
        }
        try session.show(table, invocation, sheet: WorkbookMessages.seriesSheet)
    }

    static let sources = CommandSpec(
        name: "sources", dutchName: "bronnen",
        options: [
            EvaluationCommands.formatOption, DisplayCommands.expandedOption, OutputFileOptions.output,
            OptionSpec("full", help: LocalizedText(en: "show each SHA-256 whole (the terminal shows its first 12 characters)", nl: "toon elke SHA-256 helemaal (het scherm toont de eerste 12 tekens)")),
        ],
        summary: LocalizedText(
            en: "The files figures were read from, with their SHA-256 and when they were read",
            nl: "De bestanden waaruit cijfers gelezen zijn, met hun SHA-256 en wanneer ze gelezen zijn"),
        examples: ["sources", "bronnen --format json"]
    ) { session, invocation throws(CommandFailure) in
        try session.show(DataListing.sources(session.workspace.model.store), invocation)
    }

    static let conflicts = CommandSpec(
        name: "conflicts", dutchName: "conflicten",
        options: [EvaluationCommands.formatOption, DisplayCommands.expandedOption, OutputFileOptions.output],
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
        try session.show(DataListing.conflicts(store), invocation)
    }
}

extension ShellSession {
    /// Prints a table in the format the invocation asks for, fitted to the terminal's width on a
    /// terminal and whole in a pipe.
    func show(_ table: DataTable, _ invocation: Invocation, sheet: LocalizedText? = nil) throws(CommandFailure) {
        if let sheet, wantsWorkbook(invocation) { return try writeWorkbook([(table, sheet)]) }
        print(table.render(
            try format(invocation), language: language, width: style.isTerminal ? style.width : nil,
            full: invocation.flag("full"), expanded: expanded(invocation)))
    }

    /// Adds a `data` block for an imported file to a loaded goal file, written in that file's
    /// language and layout, as an undoable, unsaved edit.
    func declareDataFile(_ path: String, options: [DataDeclaration.Option], in goalFile: String) throws(CommandFailure) {
        let (file, result) = try inWorkspace { workspace throws(WorkspaceError) in
            try workspace.requireEditable()
            let file = try workspace.loadedGoalFile(goalFile).path
            let edit = GoalFileEdit.addData(path: Self.relativePath(of: path, from: file), options: options, file: file)
            return (file, try workspace.apply(edit, command: "import", today: today, language: language))
        }
        showProblems(result.diagnostics)
        say(ShellMessages.declaredIn(path, goalFile: file))
    }

    /// A data file's path as a goal file in another directory must write it.
    static func relativePath(of path: String, from goalFile: String) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: goalFile).standardizedFileURL.deletingLastPathComponent().pathComponents
        var shared = 0
        while shared < min(target.count, base.count), target[shared] == base[shared] { shared += 1 }
        let ups = Array(repeating: "..", count: base.count - shared)
        return (ups + target[shared...]).joined(separator: "/")
    }
}

enum ImportCommandMessages {
    /// `commandLine`: the file and options as typed, after the command's name.
    static func declareNotation(_ commandLine: String) -> LocalizedText {
        LocalizedText(
            en: "read it again with its decimal mark: `import \(commandLine) decimal comma` (Dutch: 49.525 is 49525) or `… decimal point` (English)",
            nl: "lees het opnieuw met het decimaalteken: `lees \(commandLine) decimaalteken komma` (Nederlands: 49.525 is 49525) of `… decimaalteken punt` (Engels)")
    }
}

/// What `import` says about a file it read: the counts, and how it read it.
enum ImportSummary {
    static func text(_ report: ImportReport, language: Language) -> String {
        let head = ShellMessages.imported(
            // The report counts missing figures among its figures; a reader counts numbers.
            report.file, rows: report.rowsRead, figures: report.figures - report.missingFigures, missing: report.missingFigures,
            series: report.series.count, conflicts: report.conflicts.count)
        return ([head] + report.mapping.summary).map { $0.text(in: language) }.joined(separator: "\n  ")
    }
}
