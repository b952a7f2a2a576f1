import Foundation
import KoersCore
import KoersShell

/// What the executable decides before the shell starts: language, terminal, the sample path, the reader.
enum Launch {
    /// `KOERS_LANG`, then `LC_ALL`, then `LANG`; English when none names Dutch or English.
    static func language(from environment: [String: String]) -> Language {
        for name in ["KOERS_LANG", "LC_ALL", "LANG"] {
            if let value = environment[name], !value.isEmpty, let language = Language(localeIdentifier: value) {
                return language
            }
        }
        return .en
    }

    /// `goals/almelo` in the working directory, or in the package the binary was built in
    /// (so `swift run koers` finds it from anywhere in the checkout).
    static func samplePath() -> String {
        let relative = "goals/almelo"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return relative
    }

    /// Every environment variable koers reads: the language, the terminal's width and colors,
    /// and where the history goes.
    static let environmentVariables = [
        "KOERS_LANG", "LC_ALL", "LANG", "COLUMNS", "NO_COLOR", "TERM", "KOERS_HISTORY", "XDG_STATE_HOME", "HOME",
    ]

    /// The variables of `environmentVariables` that are set, read with `getenv`: building
    /// ProcessInfo's dictionary of the whole environment was a measurable part of every start.
    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in environmentVariables {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }

    /// libedit on a terminal; if it cannot start, plain lines after a note saying why.
    static func terminalReader(session: ShellSession, environment: [String: String]) -> LineReader {
        do {
            let reader = try LibEditLineReader(
                historyFile: HistoryStore.defaultPath(environment: environment),
                completionSource: ShellCompleter(session: session))
            reader.language = session.language
            return reader
        } catch {
            session.errors.write(error.message.text(in: session.language) + "\n")
        }
        return PlainLineReader(fileDescriptor: STDIN_FILENO)
    }

    static func standardInputReader() -> LineReader {
        PlainLineReader(fileDescriptor: STDIN_FILENO)
    }
}

enum LaunchMessages {
    static let banner = LocalizedText(
        en: "koers — are the policy goals on track? Type 'help' for the commands, Ctrl-D to leave.",
        nl: "koers — liggen de beleidsdoelen op koers? Typ 'help' voor de opdrachten, Ctrl-D om te stoppen.")
}
