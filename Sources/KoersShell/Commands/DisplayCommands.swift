import KoersCore
import KoersRender

/// How query results are laid out on the screen: psql's `\x`.
enum DisplayCommands {
    static let expandedOption = OptionSpec(
        "expanded", short: "x",
        help: LocalizedText(en: "one field per line per row (for narrow terminals and long titles)", nl: "één veld per regel per rij (voor smalle vensters en lange titels)"))

    static let expanded = CommandSpec(
        name: "expanded", dutchName: "uitgevouwen",
        arguments: [ArgumentSpec("on|off|auto", completion: .fixed(["on", "off", "auto", "aan", "uit"]), optional: true)],
        summary: LocalizedText(
            en: "Show query results one field per line (on), as columns (off), or as columns when they fit (auto)",
            nl: "Toon resultaten met één veld per regel (aan), in kolommen (uit), of in kolommen als die passen (auto)"),
        examples: ["expanded on", "uitgevouwen auto", "expanded"]
    ) { session, invocation throws(CommandFailure) in
        if let word = invocation.arguments.first {
            switch word.lowercased() {
            case "on", "aan": session.expandedDisplay = true
            case "off", "uit": session.expandedDisplay = false
            case "auto": session.expandedDisplay = nil
            default: throw CommandFailure(DisplayMessages.unknownSetting(word), exitCode: ExitCode.usage)
            }
        }
        session.say(DisplayMessages.expandedIs(session.expandedDisplay))
    }
}

extension ShellSession {
    /// The layout a query asked for: `--expanded`, else the session's setting.
    func expanded(_ invocation: Invocation) -> Bool? {
        invocation.flag("expanded") ? true : expandedDisplay
    }
}

enum DisplayMessages {
    static func unknownSetting(_ word: String) -> LocalizedText {
        LocalizedText(
            en: "'\(word.shownSafely)' is not a setting; use on, off or auto",
            nl: "'\(word.shownSafely)' is geen instelling; gebruik aan, uit of auto")
    }

    static func expandedIs(_ setting: Bool?) -> LocalizedText {
        switch setting {
        case true?: LocalizedText(en: "Expanded display is on.", nl: "Uitgevouwen weergave staat aan.")
        case false?: LocalizedText(en: "Expanded display is off.", nl: "Uitgevouwen weergave staat uit.")
        case nil: LocalizedText(en: "Expanded display is used automatically when the columns do not fit.", nl: "Uitgevouwen weergave wordt vanzelf gebruikt als de kolommen niet passen.")
        }
    }
}
