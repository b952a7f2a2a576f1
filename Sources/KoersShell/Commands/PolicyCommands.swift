import KoersCore
import KoersRender

/// The policy as a whole: `documents`, and the grouping and filters `status` (and `check`)
/// take: by document, programme or owner.
enum PolicyCommands {
    static let byOption = OptionSpec(
        "by", value: "GROUPING", completion: .fixed(["document", "programme", "owner", "programma", "eigenaar"]),
        help: LocalizedText(
            en: "group the goals by document, programme or owner (Dutch: document, programma, eigenaar)",
            nl: "groepeer de doelen per document, programma of eigenaar (Engels: document, programme, owner)"))
    static let documentOption = OptionSpec(
        "document", value: "ID", completion: .document,
        help: LocalizedText(en: "only the goals of this document (its id or title)", nl: "alleen de doelen uit dit document (id of titel)"))
    static let programmeOption = OptionSpec(
        "programme", value: "ID", completion: .programme,
        help: LocalizedText(en: "only the goals of this programme", nl: "alleen de doelen van dit programma"))
    static let ownerOption = OptionSpec(
        "owner", value: "TEXT", completion: .none,
        help: LocalizedText(
            en: "only the goals whose owner, programme owner or document owner contains this text",
            nl: "alleen de doelen waarvan de eigenaar, die van het programma of die van het document deze tekst bevat"))
    static let filterOptions = [documentOption, programmeOption, ownerOption]

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

enum PolicyShellMessages {
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
        en: "no goal matches --document, --programme and --owner as given.",
        nl: "geen doel past bij --document, --programme en --owner zoals gegeven.")
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

    /// `--document`, `--programme` and `--owner`, each checked against what is loaded.
    func goalFilter(_ invocation: Invocation) throws(CommandFailure) -> GoalFilter {
        let model = workspace.model
        let filter = GoalFilter(document: invocation.option("document"), programme: invocation.option("programme"), owner: invocation.option("owner"))
        if let name = filter.document, PolicyLinks(model: model).document(named: name) == nil {
            throw CommandFailure(PolicyShellMessages.unknownDocument(name, suggestion: Suggestion.closest(to: name, among: model.documents.map(\.id))))
        }
        if let id = filter.programme, model.programme(id) == nil {
            throw CommandFailure(PolicyShellMessages.unknownProgramme(id, suggestion: Suggestion.closest(to: id, among: model.programmes.map(\.id))))
        }
        return filter
    }
}
