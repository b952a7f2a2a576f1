import KoersCore

/// The messages the workspace puts in its diagnostics, in English and Dutch.
public enum WorkspaceMessages {
    public static func notReadable(_ path: String, _ problem: ReadProblem) -> LocalizedText {
        let reason = switch problem {
        case .missing: LocalizedText(en: "no such file", nl: "bestand bestaat niet")
        case .noPermission: LocalizedText(en: "no permission to read it", nl: "geen toegang om het te lezen")
        case .notARegularFile(.directory): LocalizedText(en: "it is a folder", nl: "het is een map")
        case .notARegularFile:
            LocalizedText(
                en: "it is not a regular file (a pipe, a socket or a device); koers reads only regular files",
                nl: "het is geen gewoon bestand (een pipe, een socket of een apparaat); koers leest alleen gewone bestanden")
        case let .system(text): LocalizedText(en: text, nl: text)
        }
        return LocalizedText(en: "cannot read '\(path)': \(reason.en).", nl: "kan '\(path)' niet lezen: \(reason.nl).")
    }

    public static let notUTF8 = LocalizedText(
        en: "the file is not UTF-8 text here; save it as UTF-8 (most editors offer it under 'Save as').",
        nl: "het bestand is hier geen UTF-8-tekst; sla het op als UTF-8 (de meeste editors bieden dat bij 'Opslaan als').")

    public static func wordListMissing(_ path: String) -> LocalizedText {
        LocalizedText(en: "the word list '\(path)' is missing from this installation.", nl: "de woordenlijst '\(path)' ontbreekt in deze installatie.")
    }

    public static func wordListsNotFound(lookedIn folders: [String]) -> LocalizedText {
        let places = folders.isEmpty ? "-" : folders.joined(separator: ", ")
        return LocalizedText(
            en: "koers's word lists are not installed beside it; looked in: \(places).",
            nl: "de woordenlijsten van koers staan niet bij de installatie; gezocht in: \(places).")
    }

    public static func keptInStateDirectory(_ goalFile: String, recovery: String) -> LocalizedText {
        LocalizedText(
            en: "the folder of \(goalFile) cannot be written; its unsaved edits were kept in \(recovery).",
            nl: "de map van \(goalFile) is niet beschrijfbaar; de niet opgeslagen wijzigingen zijn bewaard in \(recovery).")
    }
}
