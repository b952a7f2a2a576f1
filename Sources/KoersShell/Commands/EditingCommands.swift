import Foundation
import KoersCore
import KoersGoalFile
import KoersWorkspace

/// The commands that change goals, and those that save, reload and undo. Field values are typed
/// in the goal-file language itself: `set meer-volume-online target >= +10% by 2024`.
public enum EditingCommands {
    public static let all: [CommandSpec] = [set, clear, add, rename, remove, waive, undo, redo, changes, save, reload, readOnly, recover]

    /// Every field keyword of goals and metrics, in both languages.
    static let fieldWords = Array(Set(GoalFileVocabulary.fieldKeywords(of: .goal, in: nil) + GoalFileVocabulary.fieldKeywords(of: .metric, in: nil))).sorted()

    /// The blocks `add`, `rename` and `remove` work on, as the goal-file language spells them.
    static let editableBlocks: [BlockKind] = [.goal, .metric, .document, .programme]

    /// Their keywords in both languages (`goal`, `metric`, `doel`, `indicator`).
    static let blockWords = Language.allCases.flatMap { language in
        editableBlocks.flatMap { GoalFileVocabulary.spelling($0).spellings(in: language) }
    }

    /// The fields whose value is free text.
    static let textFields: Set<FieldKind> = [.title, .owner, .scope, .note, .definition, .source]

    static let set = CommandSpec(
        name: "set", dutchName: "zet",
        arguments: [
            ArgumentSpec("ID", completion: .goalOrSeries), ArgumentSpec("FIELD", completion: .fixed(fieldWords)),
            ArgumentSpec("VALUE", completion: .fieldValue, repeating: true),
        ],
        options: [OptionSpec("metric", dutchName: "indicator", help: LocalizedText(en: "Edit the metric with this id (when a goal has the same id)", nl: "Wijzig de indicator met dit id (als een doel hetzelfde id heeft)"))],
        summary: LocalizedText(en: "Set a field of a goal or metric, written as in the goal file", nl: "Zet een veld van een doel of indicator, geschreven als in het doelbestand"),
        details: LocalizedText(
            en: "The field is written exactly as in a goal file, in English or Dutch: `target >= 90% by 2026`, `streefwaarde minimaal 7,5 uiterlijk 2026`, `deadline 2026`, `owner \"Team Dienstverlening\"`, `unit percent`. A text may be typed without quotes. A milestone, waiver or value for the same period or rule replaces the old one; a note is added. The edit is checked as the file would be; an invalid edit changes nothing.",
            nl: "Het veld schrijft u precies zoals in een doelbestand, in het Nederlands of Engels: `streefwaarde >= 90% uiterlijk 2026`, `target at least 7.5 by 2026`, `uiterlijk 2026`, `eigenaar \"Team Dienstverlening\"`, `eenheid procent`. Tekst mag zonder aanhalingstekens. Een mijlpaal, ontheffing of waarde voor dezelfde periode of regel vervangt de oude; een notitie komt erbij. De wijziging wordt gecontroleerd zoals het bestand; een ongeldige wijziging verandert niets."),
        examples: ["set meer-volume-online target >= +10% by 2024", "zet klanten-waarderen-goed streefwaarde >= 7,5 uiterlijk 2026", "set meer-volume-online owner \"Team Dienstverlening\"", "set --metric waardering_digitale_klanten unit grade"]
    ) { session, invocation throws(CommandFailure) in
        let id = invocation.arguments[0]
        var words = Array(invocation.arguments.dropFirst())
        if let source = try documentSource(session, goal: id, words: words) { words = source }
        let kind = session.workspace.blockKind(of: id, field: words[0], metric: invocation.flag("metric"))
        // Typed without quotes, `title Ja, dat klopt` reads best as one text: tried when the words as typed do not read.
        let asOneText = words[0] + " " + GoalFileQuoting.quoted(words.dropFirst().joined(separator: " "))
        do throws(CommandFailure) {
            try session.applyEdit(.setField(kind, id: id, field: fieldText(words)), command: commandText(invocation))
        } catch {
            let field = FieldKind.allCases.first { GoalFileVocabulary.spelling($0).all.contains(words[0].lowercased()) }
            guard words.count > 1, let field, textFields.contains(field), (try? session.applyEdit(.setField(kind, id: id, field: asOneText), command: commandText(invocation))) != nil else {
                throw error
            }
        }
    }

    static let clear = CommandSpec(
        name: "clear", dutchName: "wis",
        arguments: [
            ArgumentSpec("ID", completion: .goalOrSeries), ArgumentSpec("FIELD", completion: .fixed(fieldWords)),
            ArgumentSpec("WHICH", completion: .none, optional: true, repeating: true),
        ],
        options: [OptionSpec("metric", dutchName: "indicator", help: LocalizedText(en: "Edit the metric with this id (when a goal has the same id)", nl: "Wijzig de indicator met dit id (als een doel hetzelfde id heeft)"))],
        summary: LocalizedText(en: "Remove a field of a goal or metric", nl: "Verwijder een veld van een doel of indicator"),
        details: LocalizedText(
            en: "WHICH picks one entry of a repeated field: the period of a milestone, the rule of a waiver, the number of a note (1 for the first), `[{LABELS}] PERIOD` of a value; without it every entry goes. Clearing a target keeps its deadline.",
            nl: "WELKE kiest één regel van een herhaald veld: de periode van een mijlpaal, de regel van een ontheffing, het nummer van een notitie (1 voor de eerste), `[{LABELS}] PERIODE` van een waarde; zonder verdwijnen ze allemaal. Een streefwaarde wissen laat de deadline staan."),
        examples: ["clear meer-volume-online owner", "wis meer-volume-online mijlpaal 2022", "clear meer-volume-online waiver vague-scope"]
    ) { session, invocation throws(CommandFailure) in
        let id = invocation.arguments[0]
        let field = invocation.arguments[1]
        let which = invocation.arguments.dropFirst(2).joined(separator: " ")
        let kind = session.workspace.blockKind(of: id, field: field, metric: invocation.flag("metric"))
        try session.applyEdit(.clearField(kind, id: id, field: field, selector: which.isEmpty ? nil : which), command: commandText(invocation))
    }

    static let add = CommandSpec(
        name: "add", dutchName: "voegtoe",
        arguments: [
            ArgumentSpec("goal|metric|document|programme", completion: .fixed(blockWords)), ArgumentSpec("ID", completion: .none),
            ArgumentSpec("TITLE", completion: .none, optional: true, repeating: true),
        ],
        options: [OptionSpec("file", dutchName: "bestand", value: "PATH", completion: .path, help: LocalizedText(en: "The goal file to add it to (a new file is created on save)", nl: "Het doelbestand waaraan het wordt toegevoegd (een nieuw bestand ontstaat bij opslaan)"))],
        summary: LocalizedText(en: "Add a goal (with its title), a metric, a document or a programme", nl: "Voeg een doel (met titel), indicator, document of programma toe"),
        details: LocalizedText(
            en: "The block is added at the end of the file that holds the last block of its kind, or of the file --file names, in that file's language. Set a document's fields with `set ID FIELD VALUE` (`set begroting-2021 kind budget`, `zet begroting-2021 vastgesteld door de raad 2020-11-12`).",
            nl: "Het blok komt aan het einde van het bestand met het laatste blok van die soort, of van het bestand dat --bestand noemt, in de taal van dat bestand. De velden van een document zet u met `zet ID VELD WAARDE` (`zet begroting-2021 soort begroting`, `zet begroting-2021 vastgesteld door de raad 2020-11-12`)."),
        examples: ["add goal minder-wachten \"Binnen 5 werkdagen antwoord op 90% van de vragen\"", "voegtoe indicator wachttijd \"Wachttijd in werkdagen\"",
                   "add document begroting-2022 \"Programmabegroting 2022\"", "voegtoe programma dienstverlening \"Programma 1: Dienstverlening\""]
    ) { session, invocation throws(CommandFailure) in
        let kind = try blockKind(invocation.arguments[0])
        let id = invocation.arguments[1]
        let title = invocation.arguments.dropFirst(2).joined(separator: " ")
        let file = try worded { () throws(WorkspaceError) in try session.workspace.fileToAddTo(kind, named: invocation.option("file")) }
        let edit: GoalFileEdit = switch kind {
        case .metric: .addMetric(id: id, title: title.isEmpty ? nil : title, file: file)
        case .document: .addDocument(id: id, title: title.isEmpty ? nil : title, file: file)
        case .programme: .addProgramme(id: id, title: title.isEmpty ? nil : title, file: file)
        default: .addGoal(id: id, title: title, file: file)
        }
        try session.applyEdit(edit, command: commandText(invocation))
    }

    static let rename = CommandSpec(
        name: "rename", dutchName: "hernoem",
        arguments: [
            ArgumentSpec("goal|metric|document|programme", completion: .fixed(blockWords)), ArgumentSpec("OLD", completion: .goalOrSeries),
            ArgumentSpec("NEW", completion: .none),
        ],
        summary: LocalizedText(en: "Rename a goal, metric, document or programme; references to it follow", nl: "Hernoem een doel, indicator, document of programma; verwijzingen ernaar gaan mee"),
        examples: ["rename goal meer-volume-online online-plus", "hernoem indicator digitale_aanvragen aanvragen_online"]
    ) { session, invocation throws(CommandFailure) in
        let kind = try blockKind(invocation.arguments[0])
        try session.applyEdit(.rename(kind, from: invocation.arguments[1], to: invocation.arguments[2]), command: commandText(invocation))
    }

    static let remove = CommandSpec(
        name: "remove", dutchName: "verwijder",
        arguments: [ArgumentSpec("goal|metric|document|programme", completion: .fixed(blockWords)), ArgumentSpec("ID", completion: .goalOrSeries)],
        summary: LocalizedText(en: "Remove a goal, metric, document or programme", nl: "Verwijder een doel, indicator, document of programma"),
        examples: ["remove goal meer-volume-online", "verwijder doel meer-volume-online"]
    ) { session, invocation throws(CommandFailure) in
        let kind = try blockKind(invocation.arguments[0])
        try session.applyEdit(.remove(kind, id: invocation.arguments[1]), command: commandText(invocation))
    }

    static let waive = CommandSpec(
        name: "waive", dutchName: "onthef",
        arguments: [
            ArgumentSpec("GOAL", completion: .goal), ArgumentSpec("RULE", completion: .fixed(CheckRule.allCases.map(\.rawValue))),
            ArgumentSpec("REASON", completion: .none, repeating: true),
        ],
        summary: LocalizedText(en: "Waive a check rule for a goal, with the reason", nl: "Ontheft een doel van een controleregel, met de reden"),
        examples: ["waive klanten-waarderen-goed vague-scope \"De raad koos bewust voor alle dienstverlening\""]
    ) { session, invocation throws(CommandFailure) in
        let rule = invocation.arguments[1]
        guard CheckRule(rawValue: rule) != nil else {
            throw CommandFailure(EditingShellMessages.unknownRule(rule, suggestion: Suggestion.closest(to: rule, among: CheckRule.allCases.map(\.rawValue))))
        }
        let reason = invocation.arguments.dropFirst(2).joined(separator: " ")
        let field = GoalFileVocabulary.spelling(FieldKind.waiver).canonical(in: .en) + " " + rule + " " + GoalFileQuoting.quoted(reason)
        try session.applyEdit(.setField(.goal, id: invocation.arguments[0], field: field), command: commandText(invocation))
    }

    static let undo = CommandSpec(
        name: "undo", dutchName: "ongedaan",
        summary: LocalizedText(en: "Take back the last edit", nl: "Maak de laatste wijziging ongedaan"),
        examples: ["undo"]
    ) { session, _ throws(CommandFailure) in
        try session.undoEdit()
    }

    static let redo = CommandSpec(
        name: "redo", dutchName: "opnieuw",
        summary: LocalizedText(en: "Do the last undone edit again", nl: "Voer de laatst ongedaan gemaakte wijziging opnieuw uit"),
        examples: ["redo"]
    ) { session, _ throws(CommandFailure) in
        try session.redoEdit()
    }

    static let changes = CommandSpec(
        name: "changes", dutchName: "wijzigingen",
        summary: LocalizedText(en: "Show the unsaved edits as a diff of each goal file", nl: "Toon de niet opgeslagen wijzigingen als diff per doelbestand"),
        examples: ["changes"]
    ) { session, _ throws(CommandFailure) in
        let changes = session.unsavedChanges
        guard !changes.isEmpty else {
            session.say(EditingShellMessages.noChanges)
            return
        }
        for change in changes {
            session.print(UnifiedDiff.make(old: change.disk ?? "", new: change.current,
                                           oldName: change.disk == nil ? "/dev/null" : diffName("a", change.path), newName: diffName("b", change.path)))
        }
    }

    static let save = CommandSpec(
        name: "save", dutchName: "opslaan", aliases: ["bewaar"],
        options: [OptionSpec("force", help: LocalizedText(en: "Save even when the file changed on disk since it was read, or is marked read-only", nl: "Sla op, ook als het bestand op schijf is gewijzigd sinds het is gelezen, of alleen-lezen is"))],
        summary: LocalizedText(en: "Write the edited goal files (atomically, keeping their format)", nl: "Schrijf de gewijzigde doelbestanden weg (in één keer, opmaak behouden)"),
        examples: ["save", "save --force"]
    ) { session, invocation throws(CommandFailure) in
        try session.saveAll(force: invocation.flag("force"))
    }

    static let reload = CommandSpec(
        name: "reload", dutchName: "herlaad",
        options: [OptionSpec("force", help: LocalizedText(en: "Reload even if that drops unsaved edits", nl: "Herlaad, ook als niet opgeslagen wijzigingen daardoor vervallen"))],
        summary: LocalizedText(en: "Read the goal files again from disk", nl: "Lees de doelbestanden opnieuw van schijf"),
        examples: ["reload", "reload --force"]
    ) { session, invocation throws(CommandFailure) in
        try session.reload(force: invocation.flag("force"))
    }

    static let readOnly = CommandSpec(
        name: "readonly", dutchName: "alleenlezen",
        arguments: [ArgumentSpec("on|off", completion: .fixed(["on", "off", "aan", "uit"]), optional: true)],
        summary: LocalizedText(en: "Switch editing off (on) or on again (off); shows the setting without argument", nl: "Zet wijzigen uit (aan) of weer aan (uit); zonder argument: de stand"),
        examples: ["readonly on", "alleenlezen uit"]
    ) { session, invocation throws(CommandFailure) in
        if let word = invocation.arguments.first?.lowercased() {
            guard ["on", "off", "aan", "uit"].contains(word) else {
                throw CommandFailure(ShellMessages.invalidOptionValue("readonly", value: word, allowed: ["on", "off", "aan", "uit"]), exitCode: ExitCode.usage)
            }
            let on = word == "on" || word == "aan"
            try session.inWorkspace { workspace throws(WorkspaceError) in try workspace.setReadOnly(on) }
        }
        session.say(EditingShellMessages.readOnlySet(session.editing.readOnly))
    }

    static let recover = CommandSpec(
        name: "recover", dutchName: "herstel",
        options: [OptionSpec("force", help: LocalizedText(en: "Recover even from a recovery file older than its goal file", nl: "Herstel ook uit een herstelbestand dat ouder is dan het doelbestand"))],
        summary: LocalizedText(en: "Take the unsaved edits an ended session left in recovery files back into this one", nl: "Neem de niet opgeslagen wijzigingen die een beëindigde sessie in herstelbestanden achterliet over in deze sessie"),
        examples: ["recover", "recover --force"]
    ) { session, invocation throws(CommandFailure) in
        try session.recover(force: invocation.flag("force"))
    }

    // MARK: - Helpers

    /// `a/goals/x.koers`, as git names the sides of a diff.
    static func diffName(_ side: String, _ path: String) -> String {
        side + "/" + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// The typed words as one field line: a word with spaces was quoted at the prompt, so it is
    /// quoted again (`"Team Dienstverlening"`), and a word before a comma is a document, quoted
    /// with the comma outside (`source "Begroting 2021", "Programma 1"`).
    static func fieldText(_ words: [String]) -> String {
        words.map { word in
            if word.count > 1, word.hasSuffix(",") { return GoalFileQuoting.quoted(String(word.dropLast())) + "," }
            return word.contains(where: \.isWhitespace) || word.isEmpty ? GoalFileQuoting.quoted(word) : word
        }.joined(separator: " ")
    }

    /// `set GOAL document ID`: the goal's source becomes the document's title (its id when it has
    /// none), keeping the section the source named. nil for any other field.
    static func documentSource(_ session: ShellSession, goal id: String, words: [String]) throws(CommandFailure) -> [String]? {
        let model = session.workspace.model
        guard words.count >= 2, GoalFileVocabulary.spelling(BlockKind.document).all.contains(words[0].lowercased()),
              let goal = model.goal(id) else { return nil }
        let name = words.dropFirst().joined(separator: " ")
        guard let document = PolicyLinks(model: model).document(named: name) else {
            throw CommandFailure(PolicyShellMessages.unknownDocument(name, suggestion: Suggestion.closest(to: name, among: model.documents.map(\.id))))
        }
        let title = document.title ?? document.id
        let source = GoalFileVocabulary.spelling(FieldKind.source).canonical(in: .en)
        guard let section = goal.source?.section else { return [source, title] }
        return [source, title + ",", section]
    }

    /// The command as typed, for undo's and redo's messages.
    static func commandText(_ invocation: Invocation) -> String {
        ([invocation.name] + invocation.flags.sorted().map { "--" + $0 } + invocation.arguments.map { word in
            word.contains(where: \.isWhitespace) ? GoalFileQuoting.quoted(word) : word
        }).joined(separator: " ")
    }

    static func blockKind(_ word: String) throws(CommandFailure) -> BlockKind {
        let folded = word.lowercased()
        guard let kind = editableBlocks.first(where: { GoalFileVocabulary.spelling($0).all.contains(folded) }) else {
            throw CommandFailure(EditingShellMessages.unknownBlockKind(word), exitCode: ExitCode.usage)
        }
        return kind
    }
}
