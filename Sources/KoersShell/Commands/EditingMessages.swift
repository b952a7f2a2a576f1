import Foundation
import KoersCore

/// The messages of the editing, saving and leaving commands, in English and Dutch.
public enum EditingShellMessages {
    private static func names(_ paths: [String]) -> String {
        paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
    }

    public static let readOnly = LocalizedText(
        en: "koers is read-only: goals cannot be changed in this session ('readonly off' allows edits unless koers was started with --read-only).",
        nl: "koers is alleen-lezen: doelen kunnen in deze sessie niet worden gewijzigd ('alleenlezen uit' staat wijzigen toe, tenzij koers met --read-only is gestart).")
    public static let readOnlyLocked = LocalizedText(
        en: "koers was started with --read-only; editing stays off.",
        nl: "koers is gestart met --read-only; wijzigen blijft uit.")
    public static func readOnlySet(_ on: Bool) -> LocalizedText {
        on ? LocalizedText(en: "Read-only: on. Editing commands are refused.", nl: "Alleen-lezen: aan. Wijzigopdrachten worden geweigerd.")
            : LocalizedText(en: "Read-only: off. Goals can be edited.", nl: "Alleen-lezen: uit. Doelen kunnen worden gewijzigd.")
    }

    /// In the prompt while edits are not saved: `koers (almelo, 23 goals, unsaved)> `.
    public static let promptUnsaved = LocalizedText(en: "unsaved", nl: "niet opgeslagen")
    public static let notSavedYet = LocalizedText(
        en: "Not saved yet: 'changes' shows the edits, 'save' writes them, 'undo' takes the last one back.",
        nl: "Nog niet opgeslagen: 'wijzigingen' toont ze, 'opslaan' schrijft ze weg, 'ongedaan' maakt de laatste ongedaan.")
    public static func moreChangedLines(_ count: Int) -> LocalizedText {
        LocalizedText(en: "… and \(count) more changed lines ('changes' shows all).", nl: "… en nog \(count) gewijzigde regels ('wijzigingen' toont alles).")
    }
    public static let nothingToUndo = LocalizedText(en: "nothing to undo.", nl: "er is niets om ongedaan te maken.")
    public static let nothingToRedo = LocalizedText(en: "nothing to redo.", nl: "er is niets om opnieuw te doen.")
    public static func undone(_ command: String) -> LocalizedText {
        LocalizedText(en: "Undone: \(command)", nl: "Ongedaan gemaakt: \(command)")
    }
    public static func redone(_ command: String) -> LocalizedText {
        LocalizedText(en: "Redone: \(command)", nl: "Opnieuw gedaan: \(command)")
    }
    public static let noChanges = LocalizedText(en: "No unsaved changes.", nl: "Geen wijzigingen die nog niet zijn opgeslagen.")
    public static let nothingToSave = LocalizedText(en: "Nothing to save.", nl: "Niets op te slaan.")
    public static func saved(_ path: String) -> LocalizedText {
        LocalizedText(en: "Saved \(path).", nl: "\(path) opgeslagen.")
    }
    public static func cannotSave(_ path: String, reason: String) -> LocalizedText {
        LocalizedText(en: "could not save \(path): \(reason). The file on disk is unchanged.",
                      nl: "kon \(path) niet opslaan: \(reason). Het bestand op schijf is ongewijzigd.")
    }
    public static func lockedByAnotherSession(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "another koers session is saving \(path) right now (it holds the file's lock); nothing was saved. Try 'save' again in a moment.",
            nl: "een andere koers-sessie slaat \(path) op dit moment op (die heeft het bestand vergrendeld); er is niets opgeslagen. Probeer 'opslaan' zo dadelijk opnieuw.")
    }
    public static func writeProtected(_ paths: [String]) -> LocalizedText {
        LocalizedText(
            en: "\(names(paths)) is marked read-only; nothing was saved. 'save --force' writes it anyway (it stays read-only).",
            nl: "\(names(paths)) is alleen-lezen gemaakt; er is niets opgeslagen. 'opslaan --force' schrijft het toch (het blijft alleen-lezen).")
    }
    public static func recoveryOlderThanGoalFile(_ paths: [String]) -> LocalizedText {
        LocalizedText(
            en: "the recovery file of \(names(paths)) is older than the goal file, which changed after that session ended (a colleague, a git pull?); recovering would undo those changes. The difference is shown above; 'recover --force' takes the recovery file anyway.",
            nl: "het herstelbestand van \(names(paths)) is ouder dan het doelbestand, dat na het einde van die sessie is gewijzigd (een collega, een git pull?); herstellen zou die wijzigingen terugdraaien. Het verschil staat hierboven; 'herstel --force' neemt het herstelbestand toch over.")
    }
    public static func changedOnDisk(_ paths: [String]) -> LocalizedText {
        LocalizedText(
            en: "\(names(paths)) changed on disk since koers read it (another user, a git pull?); nothing was saved. 'reload --force' reads the disk version (your edits are dropped), 'save --force' overwrites it with yours.",
            nl: "\(names(paths)) is op schijf gewijzigd sinds koers het las (een collega, een git pull?); er is niets opgeslagen. 'herlaad --force' leest de versie op schijf (uw wijzigingen vervallen), 'opslaan --force' overschrijft die met de uwe.")
    }
    public static func reloadWouldDiscard(_ paths: [String]) -> LocalizedText {
        LocalizedText(
            en: "\(names(paths)) has unsaved edits; 'save' them first, or 'reload --force' to drop them.",
            nl: "\(names(paths)) heeft wijzigingen die niet zijn opgeslagen; sla ze eerst op ('opslaan'), of gooi ze weg met 'herlaad --force'.")
    }
    public static func leaveQuestion(_ paths: [String]) -> LocalizedText {
        LocalizedText(
            en: "Unsaved changes in \(names(paths)). Save before leaving? [y]es, [n]o (discard), [c]ancel: ",
            nl: "Niet opgeslagen wijzigingen in \(names(paths)). Opslaan voor u stopt? [j]a, [n]ee (weggooien), [a]nnuleren: ")
    }
    public static func unsavedAtEnd(_ paths: [String]) -> LocalizedText {
        LocalizedText(
            en: "unsaved edits to \(names(paths)) at the end of the run; add 'save' to the commands, or run koers with --save or --discard.",
            nl: "niet opgeslagen wijzigingen in \(names(paths)) aan het einde; voeg 'opslaan' toe aan de opdrachten, of start koers met --save of --discard.")
    }
    public static func keptInRecovery(_ path: String) -> LocalizedText {
        LocalizedText(en: "the unsaved edits were kept in \(path).", nl: "de niet opgeslagen wijzigingen zijn bewaard in \(path).")
    }
    public static func recoveryFound(_ goalFile: String, recovery: String) -> LocalizedText {
        LocalizedText(
            en: "note: an earlier session ended with unsaved edits to \(goalFile); they are in \(recovery). 'recover' takes them into this session (compare first with: diff \(goalFile) \(recovery)).",
            nl: "let op: een eerdere sessie eindigde met niet opgeslagen wijzigingen in \(goalFile); ze staan in \(recovery). 'herstel' neemt ze over in deze sessie (vergelijk eerst met: diff \(goalFile) \(recovery)).")
    }
    public static let noRecoveryFiles = LocalizedText(
        en: "there are no recovery files beside the loaded goal files.",
        nl: "er staan geen herstelbestanden naast de geladen doelbestanden.")
    public static func unknownRule(_ code: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            en: "no check rule '\(code)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " 'explain' lists the rules."),
            nl: "geen controleregel '\(code)'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? " 'uitleg' toont de regels."))
    }
    public static let noFileToAddTo = LocalizedText(
        en: "no goal file is loaded: name the file to add to with --file PATH.",
        nl: "er is geen doelbestand geladen: geef met --bestand PAD het bestand om aan toe te voegen.")
    public static func fileNotLoaded(_ path: String) -> LocalizedText {
        LocalizedText(en: "\(path) exists but is not loaded; 'load' it first.", nl: "\(path) bestaat maar is niet geladen; laad het eerst ('laad').")
    }
    public static func unknownBlockKind(_ word: String) -> LocalizedText {
        LocalizedText(en: "'\(word)' is not 'goal', 'metric', 'document' or 'programme'.",
                      nl: "'\(word)' is geen 'doel', 'indicator', 'document' of 'programma'.")
    }
}
