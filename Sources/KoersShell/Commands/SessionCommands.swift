import KoersCore

/// The commands about the session itself: lang, quit.
enum SessionCommands {
    static let language = CommandSpec(
        name: "lang", dutchName: "taal",
        arguments: [ArgumentSpec("nl|en", completion: .language)],
        summary: LocalizedText(en: "Switch the interface language (nl or en)", nl: "Wissel de taal (nl of en)"),
        examples: ["lang nl", "taal en"]
    ) { session, invocation throws(CommandFailure) in
        guard let language = Language(rawValue: invocation.arguments[0].lowercased()) else {
            throw CommandFailure(ShellMessages.unknownLanguage(invocation.arguments[0]), exitCode: ExitCode.usage)
        }
        session.language = language
        session.say(ShellMessages.languageSet(language))
    }

    /// `exit`, and psql's `\q` (which the line splitter reads as `q`, its backslash escaping it) and `q`.
    static let quit = CommandSpec(
        name: "quit", dutchName: "stop", aliases: ["exit", "q"],
        summary: LocalizedText(en: "Leave koers (Ctrl-D does the same)", nl: "Verlaat koers (Ctrl-D doet hetzelfde)"),
        examples: ["quit", "\\q", "exit"]
    ) { session, _ throws(CommandFailure) in
        session.quitRequested = true
    }
}
