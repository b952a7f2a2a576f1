import KoersCore
import KoersRender
import KoersShell

/// What a command line asks koers to do, once it has been read.
struct LaunchOptions: Equatable, Sendable {
    /// Goal files or directories; none means the `.koers` files of the current directory
    /// (or `KOERS_GOALS`).
    var paths: [String] = []
    /// `--sample`: the Almelo sample shipped with koers, instead of any path.
    var sample = false
    /// The values of every `-c`, in order.
    var commands: [String] = []
    var script: String?
    var language: Language?
    var format: OutputFormat?
    var failOn: GoalStatus?
    /// `--today`: the date koers judges as of by default, instead of the clock's.
    var today: CalendarDate?
    var strict = false
    var csvRaw = false
    /// `--csv-dialect`: the CSV separator and decimal mark, when not the language's.
    var csvDialect: CSVDialect?
    var keepGoing = false
    var readOnly = false
    var save = false
    var discard = false
    /// `--generate`: write this file for the installation instead of running.
    var generate: GeneratedFile?
}

/// The options of koers's command line, in the order `--help` lists them.
enum LaunchOption: CaseIterable, Sendable {
    case commands, script, language, format, failOn, today, strict, csvRaw, csvDialect, keepGoing, readOnly, save, discard, sample,
        generate, version, help

    /// The name the option is written with (the long one where it has two).
    var spelling: String {
        switch self {
        case .commands: "-c"
        case .script: "-f"
        case .language: "--lang"
        case .format: "--format"
        case .failOn: "--fail-on"
        case .today: "--today"
        case .strict: "--strict"
        case .csvRaw: "--csv-raw"
        case .csvDialect: "--csv-dialect"
        case .keepGoing: "--keep-going"
        case .readOnly: "--read-only"
        case .save: "--save"
        case .discard: "--discard"
        case .sample: "--sample"
        case .generate: "--generate"
        case .version: "--version"
        case .help: "--help"
        }
    }

    /// Every name the option answers to.
    var names: [String] { self == .help ? ["-h", spelling] : [spelling] }

    /// What the value stands for in the help and in messages; nil for an option that takes none.
    var valueName: LocalizedText? {
        switch self {
        case .commands: LaunchMessages.commandsValue
        case .script: LaunchMessages.scriptValue
        case .language: LaunchMessages.languageValue
        case .format: LaunchMessages.formatValue
        case .failOn: LaunchMessages.statusValue
        case .today: LaunchMessages.todayValue
        case .generate: LaunchMessages.generateValue
        case .csvDialect: LaunchMessages.languageValue
        case .strict, .csvRaw, .keepGoing, .readOnly, .save, .discard, .sample, .version, .help: nil
        }
    }

    /// What the value may be, for the completion scripts: a word from a fixed list, a file, or
    /// anything (a date, commands).
    var values: OptionValues {
        switch self {
        case .script: .file
        case .language, .csvDialect: .choices(Language.allCases.map(\.rawValue))
        case .format: .choices(OutputFormat.allCases.map(\.rawValue))
        case .failOn: .choices(GoalStatus.allCases.filter { $0.concernLevel != nil }.map(\.rawValue))
        case .generate: .choices(GeneratedFile.allCases.map(\.rawValue))
        case .commands, .today: .free
        case .strict, .csvRaw, .keepGoing, .readOnly, .save, .discard, .sample, .version, .help: .none
        }
    }

    var help: LocalizedText {
        switch self {
        case .commands: LaunchMessages.commandsHelp
        case .script: LaunchMessages.scriptHelp
        case .language: LaunchMessages.languageHelp
        case .format: LaunchMessages.formatHelp
        case .failOn: LaunchMessages.failOnHelp
        case .today: LaunchMessages.todayHelp
        case .strict: LaunchMessages.strictHelp
        case .csvRaw: LaunchMessages.csvRawHelp
        case .csvDialect: LaunchMessages.csvDialectHelp
        case .keepGoing: LaunchMessages.keepGoingHelp
        case .readOnly: LaunchMessages.readOnlyHelp
        case .save: LaunchMessages.saveHelp
        case .discard: LaunchMessages.discardHelp
        case .sample: LaunchMessages.sampleHelp
        case .generate: LaunchMessages.generateHelp
        case .version: LaunchMessages.versionHelp
        case .help: LaunchMessages.helpHelp
        }
    }

    static func named(_ name: String) -> LaunchOption? { allCases.first { $0.names.contains(name) } }
}

/// The values an option of koers's command line takes.
enum OptionValues: Equatable, Sendable {
    /// A flag: no value.
    case none
    case choices([String])
    case file
    /// Any text.
    case free
}

/// What `--generate` writes: the man page (in the `--lang` language) and the completion scripts,
/// made from the option list and the command table so that they cannot drift from them.
enum GeneratedFile: String, CaseIterable, Sendable {
    case man
    case bashCompletion = "complete-bash"
    case zshCompletion = "complete-zsh"
}

/// What to do after reading the command line.
enum CommandLineRequest: Equatable, Sendable {
    case run(LaunchOptions)
    /// `-h` or `--help`, anywhere before `--`: print the help and exit 0, whatever else is there.
    case help
    /// `--version`, anywhere before `--` (and no help asked): print the version and exit 0.
    case version
    /// The command line is wrong (exit code 2); the message names the argument at fault.
    case wrongUsage(LocalizedText)
}

/// koers's own reading of its command line. swift-argument-parser did this before, but it parsed
/// every command line three times (twice more for its completion-script check), with reflection
/// over property wrappers, a large share of a short `koers -c` process (docs/performance.md).
///
/// An option's value follows it (`--lang nl`) or is joined with `=` (`--lang=nl`, `-c=status`);
/// a value that starts with `-` must be joined. `--` ends the options: every later argument is a
/// path. A repeated `-c` adds its commands; any other repeated option keeps its last value.
enum CommandLineParser {
    static let endOfOptions = "--"

    /// An argument that is read as an option (or `--`) rather than as a path or a value.
    static func looksLikeOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }

    static func parse(_ arguments: [String]) -> CommandLineRequest {
        let beforeEnd = arguments.prefix { $0 != endOfOptions }
        // `-help` too, as swift-argument-parser read it (as `-h -e -l -p`).
        if beforeEnd.contains(where: { LaunchOption.help.names.contains($0) || $0 == "-help" }) { return .help }
        if beforeEnd.contains(LaunchOption.version.spelling) { return .version }
        var parsed = LaunchOptions()
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == endOfOptions {
                parsed.paths += arguments[index...]
                break
            }
            guard looksLikeOption(argument) else {
                parsed.paths.append(argument)
                continue
            }
            let name: String
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                name = argument
            }
            guard let option = LaunchOption.named(name) else { return .wrongUsage(unknownOption(argument, named: name)) }
            guard let valueName = option.valueName else {
                if value != nil { return .wrongUsage(LaunchMessages.takesNoValue(option.spelling)) }
                set(option, in: &parsed)
                continue
            }
            if value == nil, index < arguments.endIndex, !looksLikeOption(arguments[index]) {
                value = arguments[index]
                index += 1
            }
            // `--lang=` names no value, as swift-argument-parser read it; `-c ""` is an empty command.
            guard let value, !value.isEmpty || !argument.hasSuffix("=") else { return .wrongUsage(LaunchMessages.needsValue(option.spelling, valueName: valueName)) }
            if let problem = set(option, to: value, in: &parsed) { return .wrongUsage(problem) }
        }
        if let problem = conflict(in: parsed) { return .wrongUsage(problem) }
        return .run(parsed)
    }

    /// The language a valid `--lang` on the command line names (the last one), for messages
    /// about a command line that could not be read as a whole.
    static func statedLanguage(in arguments: [String]) -> Language? {
        var stated: Language?
        let beforeEnd = Array(arguments.prefix { $0 != endOfOptions })
        for (index, argument) in beforeEnd.enumerated() {
            let spelling = LaunchOption.language.spelling
            var value: String?
            if argument.hasPrefix(spelling + "=") {
                value = String(argument.dropFirst(spelling.count + 1))
            } else if argument == spelling, index + 1 < beforeEnd.count {
                value = beforeEnd[index + 1]
            }
            if let value, let language = Language(rawValue: value.lowercased()) { stated = language }
        }
        return stated
    }

    private static func set(_ flag: LaunchOption, in options: inout LaunchOptions) {
        switch flag {
        case .strict: options.strict = true
        case .csvRaw: options.csvRaw = true
        case .keepGoing: options.keepGoing = true
        case .readOnly: options.readOnly = true
        case .save: options.save = true
        case .discard: options.discard = true
        case .sample: options.sample = true
        case .commands, .script, .language, .format, .failOn, .today, .csvDialect, .generate, .version, .help: break
        }
    }

    /// Stores an option's value, or says why the value is not one the option takes.
    private static func set(_ option: LaunchOption, to value: String, in options: inout LaunchOptions) -> LocalizedText? {
        switch option {
        case .commands:
            options.commands.append(value)
        case .script:
            options.script = value
        case .language:
            guard let language = Language(rawValue: value.lowercased()) else { return LaunchMessages.invalidLanguage }
            options.language = language
        case .format:
            guard let format = OutputFormat(rawValue: value.lowercased()) else { return LaunchMessages.invalidFormat }
            options.format = format
        case .failOn:
            guard let status = GoalStatus(rawValue: value.lowercased()), status.concernLevel != nil else {
                return LaunchMessages.invalidFailOn
            }
            options.failOn = status
        case .today:
            guard let date = CalendarDate(parsing: value) else { return LaunchMessages.invalidToday(value) }
            options.today = date
        case .generate:
            guard let file = GeneratedFile(rawValue: value.lowercased()) else { return LaunchMessages.invalidGenerate }
            options.generate = file
        case .csvDialect:
            guard let language = Language(rawValue: value.lowercased()) else { return LaunchMessages.invalidCSVDialect }
            options.csvDialect = CSVDialect(language)
        case .strict, .csvRaw, .keepGoing, .readOnly, .save, .discard, .sample, .version, .help:
            break
        }
        return nil
    }

    private static func conflict(in options: LaunchOptions) -> LocalizedText? {
        if !options.commands.isEmpty && options.script != nil { return LaunchMessages.commandsAndScript }
        if options.save && options.discard { return LaunchMessages.saveAndDiscard }
        if options.sample && !options.paths.isEmpty { return LaunchMessages.sampleAndPaths }
        return nil
    }

    /// The message for an option koers does not have, with the one probably meant: a near
    /// spelling (`--stirct`), a long name typed with one dash (`-lang`), or a value typed
    /// against a short option (`-cstatus`).
    private static func unknownOption(_ argument: String, named name: String) -> LocalizedText {
        let known = LaunchOption.allCases.flatMap(\.names)
        var suggestion: String?
        if let dashes = name.firstIndex(where: { $0 != "-" }) {
            let bare = String(name[dashes...])
            if known.contains("--" + bare) {
                suggestion = "--" + bare
            } else if name.distance(from: name.startIndex, to: dashes) == 1,
                let short = known.first(where: { $0.count == 2 && bare.hasPrefix($0.dropFirst()) && LaunchOption.named($0)?.valueName != nil })
            {
                suggestion = "\(short) \(bare.dropFirst())"
            } else {
                suggestion = Suggestion.closest(to: name, among: known.filter { $0.count > 2 })
            }
        }
        return LaunchMessages.unknownOption(argument, suggestion: suggestion)
    }
}

/// `koers --help` and the usage lines under an error, laid out for an 80-column terminal.
enum CommandLineHelp {
    static let width = 80
    /// Where the descriptions of the arguments and options start.
    static let descriptionColumn = 22

    static func text(in language: Language) -> String {
        var lines = [LaunchMessages.abstract.text(in: language), "", LaunchMessages.usage.text(in: language), ""]
        lines += wrap(LaunchMessages.discussion.text(in: language), indent: 0)
        lines += ["", LaunchMessages.argumentsLabel.text(in: language)]
        lines += item(LaunchMessages.pathValue.text(in: language), LaunchMessages.pathsHelp.text(in: language))
        lines += ["", LaunchMessages.optionsLabel.text(in: language)]
        for option in LaunchOption.allCases {
            var label = option.names.joined(separator: ", ")
            if let valueName = option.valueName { label += " " + valueName.text(in: language) }
            lines += item(label, option.help.text(in: language))
        }
        lines.append("")
        lines += wrap(LaunchMessages.syntax.text(in: language), indent: 0)
        lines.append("")
        lines += wrap(LaunchMessages.exitCodes.text(in: language), indent: 0)
        return lines.joined(separator: "\n") + "\n"
    }

    /// What goes to standard error for a wrong command line.
    static func wrongUsage(_ message: LocalizedText, in language: Language) -> String {
        (LaunchMessages.errorLabel + message).text(in: language) + "\n" + LaunchMessages.usage.text(in: language) + "\n  "
            + LaunchMessages.seeHelp.text(in: language) + "\n"
    }

    /// A label at the left, its description wrapped in the column beside it (on the next line
    /// when the label reaches into that column).
    private static func item(_ label: String, _ description: String) -> [String] {
        let labelled = "  " + label
        var lines = wrap(description, indent: descriptionColumn)
        if labelled.count + 2 <= descriptionColumn, let first = lines.first {
            lines[0] = labelled + first.dropFirst(labelled.count)
        } else {
            lines.insert(labelled, at: 0)
        }
        return lines
    }

    /// Words filled into lines of at most `width` columns, each line indented by `indent`.
    private static func wrap(_ text: String, indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, margin.count + line.count + 1 + word.count > width {
                lines.append(margin + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(margin + line)
        return lines
    }
}
