import KoersCore
import KoersRender

/// The policy as a whole: `documents`, and the grouping and filters `status` (and `check`)
/// take: by document, programme or owner.
enum PolicyCommands {
    static let byOption = OptionSpec(
        "by", dutchName: "per", value: "GROUPING", completion: .fixed(["document", "programme", "owner", "programma", "eigenaar"]),
        help: LocalizedText(
            en: "group the goals by document, programme or owner (in Dutch: --per document|programma|eigenaar)",
            nl: "groepeer de doelen per document, programma of eigenaar (in het Engels: --by document|programme|owner)"))
    static let documentOption = OptionSpec(
        "document", value: "ID", completion: .document,
        help: LocalizedText(en: "only the goals of this document (its id or title)", nl: "alleen de doelen uit dit document (id of titel)"))
    static let programmeOption = OptionSpec(
        "programme", dutchName: "programma", value: "ID", completion: .programme,
        help: LocalizedText(en: "only the goals of this programme", nl: "alleen de doelen van dit programma"))
    static let ownerOption = OptionSpec(
        "owner", dutchName: "eigenaar", value: "TEXT", completion: .none,
        help: LocalizedText(
            en: "only the goals whose owner, programme owner or document owner contains this text",
            nl: "alleen de doelen waarvan de eigenaar, die van het programma of die van het document deze tekst bevat"))
    static let metricOption = OptionSpec(
        "metric", dutchName: "indicator", value: "ID", completion: .metric,
        help: LocalizedText(en: "only the goals that read this metric", nl: "alleen de doelen die deze indicator lezen"))
    static let fileOption = OptionSpec(
        "file", dutchName: "bestand", value: "PATH", completion: .goalFile,
        help: LocalizedText(en: "only the goals declared in this goal file", nl: "alleen de doelen uit dit doelenbestand"))
    static let filterOptions = [documentOption, programmeOption, ownerOption, metricOption, fileOption]
    static let sortOption = OptionSpec(
        "sort", dutchName: "sorteer", value: "KEY", completion: .fixed(["deadline", "progress", "status", "id", "voortgang"]),
        help: LocalizedText(
            en: "list the goals by deadline, progress (least first), status or id (in Dutch: --sorteer deadline|voortgang|status|id)",
            nl: "zet de doelen op deadline, voortgang (minste eerst), status of id (in het Engels: --sort deadline|progress|status|id)"))
    /// The words before the options: status words and goal ids or globs (`status off-track digitaal-*`).
    static let goalsOrStatuses = ArgumentSpec("STATUS|GOAL", completion: .goalOrStatus, optional: true, repeating: true)

    static let documents = CommandSpec(
        name: "documents", dutchName: "documenten",
        options: [EvaluationCommands.formatOption, EvaluationCommands.asOfOption],
        summary: LocalizedText(
            en: "The policy documents: kind, what the council did with each, horizon, evaluations, and how their goals stand",
            nl: "De beleidsdocumenten: soort, wat de raad ermee deed, looptijd, evaluaties, en hoe hun doelen ervoor staan"),
        details: LocalizedText(
            en: "A goal belongs to the document its `source` names, by id or title. The goals whose source names no declared document are listed last.",
            nl: "Een doel hoort bij het document dat zijn `bron` noemt, met id of titel. De doelen waarvan de bron geen gedeclareerd document noemt, staan onderaan."),
        examples: ["documents", "documenten --format markdown", "documents --format json"]
    ) { session, invocation throws(CommandFailure) in
        let links = PolicyLinks(model: session.workspace.model)
        let overview = links.overview(try session.evaluations(invocation))
        session.print(DocumentsView.render(overview, language: session.language, style: session.style, format: try session.format(invocation)))
    }
}

extension PolicyCommands {
    static let find = CommandSpec(
        name: "find", dutchName: "zoek",
        arguments: [ArgumentSpec("WORD", completion: .none)],
        options: [OutputFileOptions.formatWithWorkbook, DisplayCommands.expandedOption, OutputFileOptions.output],
        summary: LocalizedText(
            en: "The goals whose id, title, notes or source contain a word (ignoring case and accents), and where",
            nl: "De doelen waarvan id, titel, notities of bron een woord bevatten (hoofdletters en accenten tellen niet), en waar"),
        examples: ["find digital", "zoek dienstverlening", "find rating --format json"]
    ) { session, invocation throws(CommandFailure) in
        let word = invocation.arguments[0]
        let matches = GoalSearch.matches(of: word, in: session.workspace.model.goals)
        guard !matches.isEmpty else { throw CommandFailure(PolicyShellMessages.nothingFound(word)) }
        try session.show(GoalSearchListing.table(matches, language: session.language), invocation, sheet: PolicyShellMessages.findSheet)
    }
}

enum PolicyShellMessages {
    static func nothingFound(_ word: String) -> LocalizedText {
        let word = word.shownSafely
        return LocalizedText(en: "no goal's id, title, notes or source contains '\(word)'.", nl: "geen id, titel, notitie of bron van een doel bevat '\(word)'.")
    }

    static let findSheet = LocalizedText(en: "Found", nl: "Gevonden")

    static func unknownDocument(_ name: String, suggestion: String?) -> LocalizedText {
        let name = name.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'documents' for the list."
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? " Typ 'documenten' voor de lijst."
        return LocalizedText(en: "no document '\(name)'.\(hintEn)", nl: "geen document '\(name)'.\(hintNl)")
    }

    static func unknownProgramme(_ id: String, suggestion: String?) -> LocalizedText {
        let id = id.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? ""
        return LocalizedText(en: "no programme '\(id)'.\(hintEn)", nl: "geen programma '\(id)'.\(hintNl)")
    }

    static let noGoalMatches = LocalizedText(
        en: "no goal matches the statuses, goals, --document, --programme, --owner, --metric and --file as given.",
        nl: "geen doel past bij de statussen, doelen, --document, --programme, --owner, --metric en --file zoals gegeven.")

    static func unknownMetric(_ id: String, suggestion: String?) -> LocalizedText {
        let id = id.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? ""
        return LocalizedText(en: "no metric '\(id)'.\(hintEn)", nl: "geen indicator '\(id)'.\(hintNl)")
    }

    static func noGoalInFile(_ path: String) -> LocalizedText {
        let path = path.shownSafely
        return LocalizedText(en: "no goal is declared in a file '\(path)'.", nl: "geen doel staat in een bestand '\(path)'.")
    }
}

extension ShellSession {
    /// `--by`, in either language; nil without it.
    func grouping(_ invocation: Invocation) throws(CommandFailure) -> GoalGrouping? {
        guard let text = invocation.option("by") else { return nil }
        guard let grouping = PolicyMessages.groupingWords[text.lowercased()] else {
            throw CommandFailure(
                ShellMessages.invalidOptionValue("by", value: text, allowed: ["document", "programme", "owner", "programma", "eigenaar"]),
                exitCode: ExitCode.usage)
        }
        return grouping
    }

    /// `--sort`, in either language; nil without it.
    func goalOrder(_ invocation: Invocation) throws(CommandFailure) -> GoalOrder? {
        guard let text = invocation.option("sort") else { return nil }
        guard let order = PolicyMessages.orderWords[text.lowercased()] else {
            throw CommandFailure(
                ShellMessages.invalidOptionValue("sort", value: text, allowed: ["deadline", "progress", "status", "id", "voortgang"]),
                exitCode: ExitCode.usage)
        }
        return order
    }

    /// The filter of a query: `words` are status words (either language) and goal ids or globs;
    /// `--document`, `--programme`, `--owner`, `--metric` and `--file`, each checked against what
    /// is loaded. A word that is neither a status nor matches a goal fails with a suggestion.
    func goalFilter(_ invocation: Invocation, words: [String] = []) throws(CommandFailure) -> GoalFilter {
        let model = workspace.model
        var filter = GoalFilter(
            document: invocation.option("document"), programme: invocation.option("programme"), owner: invocation.option("owner"),
            metric: invocation.option("metric"), file: invocation.option("file"))
        for word in words {
            if let status = PolicyMessages.statusWords[word.lowercased()] {
                filter.statuses.insert(status)
            } else if model.goals.contains(where: { GoalFilter.id($0.id, matches: word) }) {
                filter.goalPatterns.append(word)
            } else {
                let suggestion = Suggestion.closest(to: word, among: model.goals.map(\.id) + PolicyMessages.statusWords.keys.sorted())
                throw CommandFailure(ShellMessages.unknownGoal(word, suggestion: suggestion))
            }
        }
        if let id = filter.metric, !model.goals.contains(where: { $0.metric?.metric == id || $0.metric?.description == id }) {
            throw CommandFailure(PolicyShellMessages.unknownMetric(id, suggestion: Suggestion.closest(to: id, among: model.metrics.map(\.id))))
        }
        if let path = filter.file, !model.goals.contains(where: { GoalFilter.file($0.location?.file, matches: path) }) {
            throw CommandFailure(PolicyShellMessages.noGoalInFile(path))
        }
        if let name = filter.document, PolicyLinks(model: model).document(named: name) == nil {
            throw CommandFailure(PolicyShellMessages.unknownDocument(name, suggestion: Suggestion.closest(to: name, among: model.documents.map(\.id))))
        }
        if let id = filter.programme, model.programme(id) == nil {
            throw CommandFailure(PolicyShellMessages.unknownProgramme(id, suggestion: Suggestion.closest(to: id, among: model.programmes.map(\.id))))
        }
        return filter
    }
}
