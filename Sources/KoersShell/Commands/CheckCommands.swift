import Foundation
import KoersCore
import KoersImport
import KoersRender
import KoersWorkspace

/// The vague-goal commands: check, explain, draft.
enum CheckCommands {
    static let check = CommandSpec(
        name: "check", dutchName: "controleer",
        arguments: [ArgumentSpec("GOAL", completion: .goal, optional: true, repeating: true)],
        options: [
            OptionSpec("rule", value: "CODE", completion: .fixed(CheckRule.allCases.map(\.code)),
                       help: LocalizedText(en: "only this rule's findings", nl: "alleen de bevindingen van deze regel")),
            OptionSpec("strict", help: LocalizedText(en: "warnings fail the check too", nl: "waarschuwingen laten de controle ook falen")),
            EvaluationCommands.asOfOption, OutputFileOptions.formatWithWorkbook, OutputFileOptions.output,
        ] + PolicyCommands.filterOptions,
        summary: LocalizedText(
            en: "Name every goal that cannot be judged, and why; exit code 1 when one cannot",
            nl: "Noem elk doel dat niet te beoordelen is, en waarom; exitcode 1 als er een is"),
        examples: ["check", "check meer-volume-online", "check --rule vague-scope", "check --strict --format json"]
    ) { session, invocation throws(CommandFailure) in
        var rule: CheckRule?
        if let code = invocation.option("rule") {
            guard let known = CheckRule(code: code) else {
                throw CommandFailure(ShellMessages.unknownRule(code, suggestion: Suggestion.closest(to: code, among: CheckRule.allCases.map(\.code))), exitCode: ExitCode.usage)
            }
            rule = known
        }
        // The same peildatum as `status --asof`, so that both give one verdict per goal.
        let asOf = try session.requestedAsOf(invocation)
        var goalIDs = invocation.arguments
        // Plain ids keep check's own report of unknown goals; statuses, globs and options filter.
        let filtering = goalIDs.contains { PolicyMessages.statusWords[$0.lowercased()] != nil || $0.contains("*") || $0.contains("?") }
        let filter = try session.goalFilter(invocation, words: filtering ? goalIDs : [])
        if !filter.isEmpty {
            let links = PolicyLinks(model: session.workspace.model)
            let evaluations = session.evaluations(asOf: asOf)
            let kept = evaluations.evaluations.filter {
                links.matches($0, filter) && (filtering || goalIDs.isEmpty || goalIDs.contains($0.goal.id))
            }.map(\.goal)
            guard !kept.isEmpty else { throw CommandFailure(PolicyShellMessages.noGoalMatches) }
            goalIDs = kept.map(\.id)
        }
        let report = VagueGoalCheck.report(
            for: session.workspace.model, goalIDs: goalIDs, rule: rule, options: try session.checkOptions(asOf: asOf),
            evaluations: session.workspace.evaluationsIfMade(asOf: asOf))
        if session.wantsWorkbook(invocation) {
            try session.writeWorkbook([(WorkbookTables.check(report, language: session.language), WorkbookMessages.checkSheet)])
        } else {
            let format = try session.format(invocation)
            session.print { emit in
                CheckRenderer.write(report, format: format, language: session.language, symbols: session.checkSymbols, width: session.style.width, to: emit)
            }
        }
        if !report.unknownGoalIDs.isEmpty {
            let id = report.unknownGoalIDs[0]
            throw CommandFailure(ShellMessages.unknownGoal(id, suggestion: Suggestion.closest(to: id, among: session.workspace.model.goals.map(\.id))))
        }
        if report.fails(strict: false) {
            throw CommandFailure(ShellMessages.checkFailed, exitCode: ExitCode.commandFailed, isVerdict: true)
        }
        // Warnings fail only a strict check, and may be about the policy as a whole, not a goal.
        if report.fails(strict: invocation.flag("strict") || session.strictCheck) {
            throw CommandFailure(ShellMessages.strictCheckFailed, exitCode: ExitCode.commandFailed, isVerdict: true)
        }
    }

    static let explain = CommandSpec(
        name: "explain", dutchName: "uitleg",
        arguments: [ArgumentSpec("RULE", completion: .fixed(CheckRule.allCases.map(\.code)), optional: true)],
        options: [EvaluationCommands.formatOption, OutputFileOptions.output],
        summary: LocalizedText(
            en: "What a check rule means, why it matters, with a good and a bad example",
            nl: "Wat een controleregel betekent en waarom, met een goed en een slecht voorbeeld"),
        examples: ["explain", "explain qualitative-target", "uitleg vague-scope"]
    ) { session, invocation throws(CommandFailure) in
        let format = try session.format(invocation)
        guard let code = invocation.arguments.first else {
            session.print(CheckRenderer.renderRuleList(format: format, language: session.language))
            return
        }
        guard let rule = CheckRule(code: code) else {
            throw CommandFailure(ShellMessages.unknownRule(code, suggestion: Suggestion.closest(to: code, among: CheckRule.allCases.map(\.code))))
        }
        session.print(CheckRenderer.renderExplanation(
            RuleCatalog.explanation(rule), format: format, language: session.language, width: session.style.width))
    }

    static let draft = CommandSpec(
        name: "draft", dutchName: "opstellen",
        arguments: [ArgumentSpec("\"SENTENCE\"", completion: .none, optional: true, repeating: true)],
        options: [
            OptionSpec("table", dutchName: "tabel", value: "FILE", completion: .path, help: LocalizedText(
                en: "propose a goal for each row of an indicator table: an .xlsx workbook, or text with tabs, | or ; between the cells, the header first; - reads standard input",
                nl: "stel een doel voor per rij van een indicatorentabel: een .xlsx-werkmap, of tekst met tabs, | of ; tussen de cellen, de kopregel eerst; - leest standaardinvoer")),
            OptionSpec("sheet", dutchName: "blad", value: "NAME", help: LocalizedText(
                en: "with --table WORKBOOK.xlsx: the sheet that holds the table (default: the only sheet with one)",
                nl: "met --tabel WERKMAP.xlsx: het blad met de tabel (standaard: het enige blad met een tabel)")),
            OptionSpec("target-year", dutchName: "streefjaar", value: "YYYY", help: LocalizedText(
                en: "with --table: the year whose target column is the goal's, where a table has several (default: the latest)",
                nl: "met --tabel: het jaar waarvan de streefwaardekolom die van het doel is, als een tabel er meer heeft (standaard: de laatste)")),
            OptionSpec("id", value: "ID", help: LocalizedText(en: "the id to give the proposed goal", nl: "het id van het voorgestelde doel")),
            OptionSpec("college-period", value: "YEAR-YEAR", help: LocalizedText(
                en: "the college period that “in deze collegeperiode” means", nl: "de collegeperiode die ‘in deze collegeperiode’ bedoelt")),
            OptionSpec("year", value: "YYYY", help: LocalizedText(
                en: "the year of the sentence's document, for “dit jaar”, “volgend jaar”, “de komende vier jaar”",
                nl: "het jaar van het document van de zin, voor ‘dit jaar’, ‘volgend jaar’, ‘de komende vier jaar’")),
            OptionSpec("jaar", value: "JJJJ", help: LocalizedText(en: "the same as --year", nl: "hetzelfde als --year")),
            EvaluationCommands.formatOption, OutputFileOptions.output,
        ],
        summary: LocalizedText(
            en: "Propose a goal from a policy sentence, and name what it lacks",
            nl: "Stel een doel voor uit een beleidszin, en noem wat eraan ontbreekt"),
        examples: [
            #"draft "In 2026 is minimaal 90% van onze producten gedigitaliseerd.""#,
            #"draft "At least 80% of adults have basic digital skills by 2030." --format json"#,
            #"draft "Dit jaar handelen we 92% van de aanvragen binnen 8 weken af." --jaar 2026"#,
            "draft --table indicatoren.txt --format json",
        ]
    ) { session, invocation throws(CommandFailure) in
        let sentence = invocation.arguments.joined(separator: " ")
        let options = try session.checkOptions
        if let path = invocation.option("table") {
            guard sentence.isEmpty else { throw CommandFailure(TableShellMessages.sentenceAndTable, exitCode: ExitCode.usage) }
            let (table, file) = try session.table(at: path, sheet: invocation.option("sheet"))
            var targetYear: Int?
            if let text = invocation.option("target-year") {
                guard let year = Int(text), Period.year(year) != nil else {
                    throw CommandFailure(TableShellMessages.badTargetYear(text), exitCode: ExitCode.usage)
                }
                targetYear = year
            }
            let reading = TableDraft.read(table, file: file, wordLists: options.wordLists, today: options.today, targetYear: targetYear)
            guard reading.problems.isEmpty else {
                throw CommandFailure(TableShellMessages.unreadable(file), exitCode: ExitCode.usage, diagnostics: reading.problems)
            }
            session.print(CheckRenderer.renderTableDraft(
                reading, goalID: invocation.option("id") ?? "nieuw-doel", format: try session.format(invocation),
                language: session.language, symbols: session.checkSymbols, width: session.style.width))
            return
        }
        guard !sentence.isEmpty else { throw CommandFailure(TableShellMessages.sentenceOrTable, exitCode: ExitCode.usage) }
        guard invocation.option("target-year") == nil else { throw CommandFailure(TableShellMessages.targetYearWithoutTable, exitCode: ExitCode.usage) }
        guard invocation.option("sheet") == nil else { throw CommandFailure(TableShellMessages.sheetWithoutWorkbook, exitCode: ExitCode.usage) }
        var collegePeriod: ClosedRange<Int>?
        if let text = invocation.option("college-period") {
            let years = text.split(separator: "-").compactMap { Int($0) }
            guard years.count == 2, years[0] <= years[1] else {
                throw CommandFailure(LocalizedText(en: "--college-period wants two years, such as 2022-2026, not “\(text)”",
                                                   nl: "--college-period wil twee jaartallen, zoals 2022-2026, niet ‘\(text)’"),
                                     exitCode: ExitCode.usage)
            }
            collegePeriod = years[0]...years[1]
        }
        var documentYear: Int?
        if let text = invocation.option("year") ?? invocation.option("jaar") {
            guard let year = Int(text), Period.year(year) != nil else {
                throw CommandFailure(LocalizedText(en: "--year wants a year, such as 2026, not “\(text)”",
                                                   nl: "--jaar wil een jaartal, zoals 2026, niet ‘\(text)’"),
                                     exitCode: ExitCode.usage)
            }
            documentYear = year
        }
        let proposal = GoalDraft.propose(sentence, wordLists: options.wordLists, today: options.today, collegePeriod: collegePeriod,
                                         documentYear: documentYear)
        session.print(CheckRenderer.renderDraft(
            proposal, goalID: invocation.option("id") ?? "nieuw-doel", format: try session.format(invocation),
            language: session.language, symbols: session.checkSymbols, width: session.style.width))
    }
}

extension ShellSession {
    /// The check's inputs: the shipped and local word lists, this month as "today", and the
    /// peildatum. Fails, naming the missing files, when the word lists koers ships with are not installed.
    public var checkOptions: CheckOptions {
        get throws(CommandFailure) { try checkOptions(asOf: peildatum) }
    }

    /// The check's inputs as of `asOf` (a query's `--asof`, else the session's peildatum).
    func checkOptions(asOf: AsOf) throws(CommandFailure) -> CheckOptions {
        try inWorkspace { workspace throws(WorkspaceError) in try workspace.checkOptions(today: today, asOf: asOf) }
    }

    var checkSymbols: CheckSymbols { style.unicode ? .unicode : .ascii }

    /// The table of `draft --table PATH` and the name its errors give it: a workbook's sheet
    /// (`sheet`, else the only one with a table), a text file relative to the working directory,
    /// or `-` for the lines of `tableInput` up to its end.
    func table(at path: String, sheet: String?) throws(CommandFailure) -> (table: PastedTable, file: String) {
        let text: String
        let file: String
        if path == "-" {
            guard let input = tableInput else { throw CommandFailure(TableShellMessages.noTableInput, exitCode: ExitCode.usage) }
            var lines: [String] = []
            while case let .line(line) = input.readLine(prompt: "") { lines.append(line) }
            (text, file) = (lines.joined(separator: "\n"), "<stdin>")
        } else {
            let bytes = try tableFile(path)
            // A zip archive is a workbook: its sheet's cells, numbers as stored.
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                let sheets: [WorkbookSheet]
                do throws(XLSXFailure) {
                    sheets = try WorkbookSheets.read(bytes)
                } catch {
                    throw CommandFailure(TableShellMessages.unreadable(path), exitCode: ExitCode.usage,
                                         diagnostics: [Diagnostic(.error, at: nil, WorkbookSheets.message(error, file: path))])
                }
                switch SheetTable.pick(sheets, named: sheet, file: path) {
                case let .success(table): return (table, path)
                case let .failure(problem): throw CommandFailure(TableShellMessages.unreadable(path), exitCode: ExitCode.usage, diagnostics: [problem])
                }
            }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            guard let decoded = String(validating: body, as: UTF8.self) else { throw CommandFailure(TableShellMessages.notUTF8(path), exitCode: ExitCode.usage) }
            (text, file) = (decoded, path)
        }
        guard sheet == nil else { throw CommandFailure(TableShellMessages.sheetWithoutWorkbook, exitCode: ExitCode.usage) }
        switch TableText.split(text, file: file) {
        case let .success(table): return (table, file)
        case let .failure(diagnostic): throw CommandFailure(TableShellMessages.unreadable(file), exitCode: ExitCode.usage, diagnostics: [diagnostic])
        }
    }

    private func tableFile(_ path: String) throws(CommandFailure) -> [UInt8] {
        switch AtomicFile.readRegularFile(path) {
        case let .success(bytes): return bytes
        case .failure(.missing): throw CommandFailure(ShellMessages.noSuchPath(path), exitCode: ExitCode.usage)
        case let .failure(problem): throw CommandFailure(WorkspaceMessages.notReadable(path, problem), exitCode: ExitCode.usage)
        }
    }
}

/// The messages of `draft --table`, in English and Dutch.
enum TableShellMessages {
    static let sentenceAndTable = LocalizedText(en: "draft takes a sentence or --table FILE, not both",
                                                nl: "opstellen neemt een zin of --tabel BESTAND, niet allebei")
    static let sentenceOrTable = LocalizedText(en: "draft needs a sentence in quotes, or --table FILE",
                                               nl: "opstellen wil een zin tussen aanhalingstekens, of --tabel BESTAND")
    static let noTableInput = LocalizedText(
        en: "--table - reads standard input, which here holds the commands or is the terminal; give the table as a file, or pipe it: koers -c 'draft --table -' < tabel.txt",
        nl: "--tabel - leest standaardinvoer, die hier de opdrachten bevat of de terminal is; geef de tabel als bestand, of via een pijp: koers -c 'opstellen --tabel -' < tabel.txt")

    static let targetYearWithoutTable = LocalizedText(en: "--target-year picks a column of a table: use it with --table FILE",
                                                      nl: "--streefjaar kiest een kolom van een tabel: gebruik het met --tabel BESTAND")

    static func badTargetYear(_ text: String) -> LocalizedText {
        LocalizedText(en: "--target-year wants a year, such as 2026, not “\(text)”", nl: "--streefjaar wil een jaartal, zoals 2026, niet ‘\(text)’")
    }

    static let sheetWithoutWorkbook = LocalizedText(en: "--sheet picks a sheet of a workbook: use it with --table FILE.xlsx",
                                                    nl: "--blad kiest een blad van een werkmap: gebruik het met --tabel BESTAND.xlsx")

    static func unreadable(_ file: String) -> LocalizedText {
        LocalizedText(en: "cannot read the table in \(file)", nl: "kan de tabel in \(file) niet lezen")
    }

    static func notUTF8(_ file: String) -> LocalizedText {
        LocalizedText(en: "\(file) is not UTF-8 text; save it as UTF-8", nl: "\(file) is geen UTF-8-tekst; sla het op als UTF-8")
    }
}
