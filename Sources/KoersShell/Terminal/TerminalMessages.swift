import KoersCore

/// What the terminal line editor tells the user when it cannot start.
public enum TerminalMessages {
    public static let editorUnavailable = LocalizedText(
        en: "note: line editing is not available on this terminal; lines are read without editing, completion or history.",
        nl: "let op: regels bewerken kan niet op deze terminal; regels worden gelezen zonder bewerken, aanvullen of geschiedenis.")

    public static let noUTF8Locale = LocalizedText(
        en: "note: no UTF-8 locale is installed (not even C.UTF-8), so line editing would drop accented letters; lines are read without editing, completion or history.",
        nl: "let op: er is geen UTF-8-locale geïnstalleerd (ook geen C.UTF-8), dus regels bewerken zou letters met accenten weglaten; regels worden gelezen zonder bewerken, aanvullen of geschiedenis.")
}
