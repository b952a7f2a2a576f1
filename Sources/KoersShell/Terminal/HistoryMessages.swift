import KoersCore

/// What the history store tells the user. Shown once, on the line before the next prompt.
public enum HistoryMessages {
    public static func foreignSymbolicLink(path: String) -> LocalizedText {
        LocalizedText(
            en: "note: the history file \(path) is a symbolic link another user made; koers does not write through it, and history is kept for this session only.",
            nl: "let op: het geschiedenisbestand \(path) is een symbolische koppeling die een andere gebruiker maakte; koers schrijft er niet doorheen, en de geschiedenis blijft alleen in deze sessie bewaard."
        )
    }

    public static func notARegularFile(path: String) -> LocalizedText {
        LocalizedText(
            en: "note: the history file \(path) is not a regular file (a pipe, a socket or a device); history is kept for this session only.",
            nl: "let op: het geschiedenisbestand \(path) is geen gewoon bestand (een pipe, een socket of een apparaat); de geschiedenis blijft alleen in deze sessie bewaard."
        )
    }

    public static func foreignFormatBackedUp(path: String, backup: String) -> LocalizedText {
        LocalizedText(
            en: "note: the history file \(path) is not in koers's format; it is kept as \(backup) and a fresh history starts.",
            nl: "let op: het geschiedenisbestand \(path) heeft niet de opmaak van koers; het is bewaard als \(backup) en er begint een nieuwe geschiedenis."
        )
    }

    public static func unreadableBackedUp(path: String, reason: String, backup: String) -> LocalizedText {
        LocalizedText(
            en: "note: the history file \(path) could not be read (\(reason)); it is kept as \(backup) and a fresh history starts.",
            nl: "let op: het geschiedenisbestand \(path) kon niet worden gelezen (\(reason)); het is bewaard als \(backup) en er begint een nieuwe geschiedenis."
        )
    }

    public static func notBackedUp(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "note: the history file \(path) cannot be used and could not be moved aside (\(reason)); this session's history will not be saved, so the file stays untouched.",
            nl: "let op: het geschiedenisbestand \(path) is onbruikbaar en kon niet opzij worden gezet (\(reason)); de geschiedenis van deze sessie wordt niet bewaard, zodat het bestand onaangeroerd blijft."
        )
    }

    public static func notSaved(path: String, reason: String) -> LocalizedText {
        LocalizedText(
            en: "note: the history could not be saved to \(path) (\(reason)).",
            nl: "let op: de geschiedenis kon niet worden bewaard in \(path) (\(reason))."
        )
    }
}
