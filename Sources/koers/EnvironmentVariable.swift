import KoersCore

/// Every environment variable koers reads, with what it does: `Launch.environment()` reads
/// exactly these, and the man page's ENVIRONMENT section lists them.
enum EnvironmentVariable: String, CaseIterable, Sendable {
    case language = "KOERS_LANG"
    case today = "KOERS_TODAY"
    case goals = "KOERS_GOALS"
    case history = "KOERS_HISTORY"
    case localeAll = "LC_ALL"
    case locale = "LANG"
    case columns = "COLUMNS"
    case noColor = "NO_COLOR"
    case terminal = "TERM"
    case stateHome = "XDG_STATE_HOME"
    case home = "HOME"
    case temporaryDirectory = "TMPDIR"

    var help: LocalizedText {
        switch self {
        case .language:
            LocalizedText(
                en: "The interface language, nl or en (a locale such as nl_NL.UTF-8 also says Dutch); --lang goes first.",
                nl: "De taal van koers, nl of en (een locale als nl_NL.UTF-8 zegt ook Nederlands); --lang gaat voor.")
        case .today:
            LocalizedText(
                en: "The date koers judges as of, written as 2026-12-07, instead of the clock's; --today goes first.",
                nl: "De datum waarop koers beoordeelt, geschreven als 2026-12-07, in plaats van die van de klok; --today gaat voor.")
        case .goals:
            LocalizedText(
                en: "The goal file or folder to load when no PATH is given, instead of the .koers files of the current directory.",
                nl: "Het doelbestand of de map die wordt geladen als er geen PAD is gegeven, in plaats van de .koers-bestanden van de huidige map.")
        case .history:
            LocalizedText(
                en: "The history file of the interactive shell; /dev/null keeps the history in memory only.",
                nl: "Het geschiedenisbestand van de interactieve shell; /dev/null houdt de geschiedenis alleen in het geheugen.")
        case .localeAll, .locale:
            LocalizedText(
                en: "Read for the interface language when KOERS_LANG is not set.",
                nl: "Gelezen voor de taal als KOERS_LANG niet gezet is.")
        case .columns:
            LocalizedText(
                en: "The width of the terminal, when the terminal does not say.",
                nl: "De breedte van de terminal, als de terminal die niet doorgeeft.")
        case .noColor:
            LocalizedText(en: "Any value turns colors off.", nl: "Elke waarde zet de kleuren uit.")
        case .terminal:
            LocalizedText(en: "dumb turns colors off.", nl: "dumb zet de kleuren uit.")
        case .stateHome:
            LocalizedText(
                en: "An absolute path: the history and the recovery files go under XDG_STATE_HOME/koers.",
                nl: "Een absoluut pad: de geschiedenis en de herstelbestanden komen onder XDG_STATE_HOME/koers.")
        case .home:
            LocalizedText(
                en: "Without XDG_STATE_HOME, the history and the recovery files go under ~/.local/state/koers.",
                nl: "Zonder XDG_STATE_HOME komen de geschiedenis en de herstelbestanden onder ~/.local/state/koers.")
        case .temporaryDirectory:
            LocalizedText(
                en: "Where an xlsx workbook for standard output is written before it is sent (default /tmp).",
                nl: "Waar een xlsx-werkmap voor de standaarduitvoer wordt geschreven voordat hij verstuurd wordt (standaard /tmp).")
        }
    }
}
