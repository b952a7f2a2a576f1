import KoersCore

/// The messages the workspace puts in its diagnostics, in English and Dutch.
public enum WorkspaceMessages {
    public static func notReadable(_ path: String) -> LocalizedText {
        LocalizedText(en: "cannot read '\(path)': no permission, or not a file.", nl: "kan '\(path)' niet lezen: geen toegang, of geen bestand.")
    }

    public static let notUTF8 = LocalizedText(
        en: "the file is not UTF-8 text here; save it as UTF-8 (most editors offer it under 'Save as').",
        nl: "het bestand is hier geen UTF-8-tekst; sla het op als UTF-8 (de meeste editors bieden dat bij 'Opslaan als').")

    public static func wordListMissing(_ name: String) -> LocalizedText {
        LocalizedText(en: "the word list '\(name).txt' is missing from this installation.", nl: "de woordenlijst '\(name).txt' ontbreekt in deze installatie.")
    }
}
