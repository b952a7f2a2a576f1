import KoersCore

/// Where TAB finds candidates for an argument or an option's value.
public enum CompletionKind: Sendable, Equatable {
    case command
    case goal
    case metric
    case series
    case goalOrSeries
    /// A goal id or a status word (`status off-track`).
    case goalOrStatus
    /// A declared policy document's id.
    case document
    case programme
    /// The options of `import`: option names, and after a name its values.
    case importOption
    /// The value of the field named by the word before it (`set GOAL FIELD VALUE`): units
    /// after `unit`, comparators after `target`, metric ids after `metric`, periods after `baseline`.
    case fieldValue
    case path
    /// A goal file of the workspace.
    case goalFile
    case period
    /// A peildatum: a period with figures, or `latest`/`today` in either language.
    case asOf
    case language
    case fixed([String])
    case none
}

/// A positional argument of a command.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var completion: CompletionKind
    public var optional: Bool
    /// Takes every remaining word (e.g. `check GOAL...`).
    public var repeating: Bool

    public init(_ name: String, completion: CompletionKind, optional: Bool = false, repeating: Bool = false) {
        self.name = name
        self.completion = completion
        self.optional = optional
        self.repeating = repeating
    }
}

/// A `--name [VALUE]` option of a command.
public struct OptionSpec: Sendable {
    public var name: String
    /// A one-letter form (`-o` for `--output`).
    public var short: Character?
    /// A Dutch name (`--per` for `--by`), accepted beside the English one.
    public var dutchName: String?
    /// nil for a flag; otherwise what the value is called in help, and how to complete it.
    public var valueName: String?
    public var completion: CompletionKind
    public var help: LocalizedText

    public init(
        _ name: String, short: Character? = nil, dutchName: String? = nil, value valueName: String? = nil, completion: CompletionKind = .none,
        help: LocalizedText
    ) {
        self.name = name
        self.short = short
        self.dutchName = dutchName
        self.valueName = valueName
        self.completion = completion
        self.help = help
    }

    /// `-o, --output FILE`, the value's placeholder in the language.
    public func label(in language: Language) -> String {
        (short.map { "-\($0), " } ?? "") + "--\(name)" + (dutchName.map { ", --\($0)" } ?? "")
            + (valueName.map { " " + (ShellMessages.placeholder($0)?.text(in: language) ?? $0) } ?? "")
    }
}

/// A command as the user invoked it: positional arguments and options, checked against its spec.
public struct Invocation: Sendable, Equatable {
    public var name: String
    public var arguments: [String]
    public var options: [String: String]
    public var flags: Set<String>

    public func option(_ name: String) -> String? { options[name] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// Why a command did not do what was asked. The message is shown on stderr; in scripts the
/// run stops with `exitCode` unless `--keep-going` was given.
public struct CommandFailure: Error, Sendable {
    public var message: LocalizedText
    public var exitCode: Int32
    /// Diagnostics to show (file errors with their places).
    public var diagnostics: [Diagnostic]
    /// The command did its job and its answer is "no" (a check that found problems): the exit code
    /// says so to scripts, but the message is the verdict, not an error.
    public var isVerdict: Bool

    public init(_ message: LocalizedText, exitCode: Int32 = ExitCode.commandFailed, diagnostics: [Diagnostic] = [], isVerdict: Bool = false) {
        self.message = message
        self.exitCode = exitCode
        self.diagnostics = diagnostics
        self.isVerdict = isVerdict
    }
}

/// The process exit codes, documented in docs/shell.md.
public enum ExitCode {
    public static let success: Int32 = 0
    /// A command failed, or a check/--fail-on condition was met.
    public static let commandFailed: Int32 = 1
    /// The command line itself was wrong (unknown option, missing argument).
    public static let usage: Int32 = 2
    /// A goal file or data file could not be loaded.
    public static let loadFailed: Int32 = 3
}

/// A command, defined once: dispatch, `help`, completion and the non-interactive mode all read
/// this one definition.
public struct CommandSpec: Sendable {
    public typealias Handler = @Sendable (ShellSession, Invocation) throws(CommandFailure) -> Void

    /// The English name, used in scripts and documentation.
    public var name: String
    /// The Dutch name (`doelen` for `goals`), shown when the interface is Dutch.
    public var dutchName: String?
    /// Further names (`exit` for `quit`, `?` for `help`).
    public var aliases: [String]
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var summary: LocalizedText
    public var details: LocalizedText?
    /// Example invocations shown by `help COMMAND`.
    public var examples: [String]
    /// Whether the command works on loaded goals. One that does not (`help`, `draft`, `load`)
    /// also runs where there are no goal files, from a script as in the shell.
    public var needsGoals = true
    public var handler: Handler

    public init(
        name: String, dutchName: String? = nil, aliases: [String] = [], arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
        summary: LocalizedText, details: LocalizedText? = nil, examples: [String], handler: @escaping Handler
    ) {
        self.name = name
        self.dutchName = dutchName
        self.aliases = aliases
        self.arguments = arguments
        self.options = options
        self.summary = summary
        self.details = details
        self.examples = examples
        self.handler = handler
    }

    /// The option a word names: `--output` or its short form `-o`.
    public func option(matching word: String) -> OptionSpec? {
        options.first { "--\($0.name)" == word || $0.dutchName.map { "--\($0)" } == word || $0.short.map { "-\($0)" } == word }
    }

    /// The same command, marked as one that runs without goals.
    public var needingNoGoals: CommandSpec {
        var spec = self
        spec.needsGoals = false
        return spec
    }

    public var allNames: [String] { [name] + (dutchName.map { [$0] } ?? []) + aliases }

    /// The name to show a user of this language.
    public func displayName(in language: Language) -> String {
        language == .nl ? dutchName ?? name : name
    }

    /// The usage in a language: the Dutch name, Dutch option names where an option has one, and
    /// Dutch placeholders (`toon DOEL [--format FORMAAT]`).
    public func usage(in language: Language) -> String {
        guard language == .nl else { return usage }
        let translated = usage.split(separator: " ", omittingEmptySubsequences: false).dropFirst().map { word in
            var result = ""
            var token = ""
            func flush() {
                if result.hasSuffix("--") {
                    result += options.first { $0.name == token }?.dutchName ?? token
                } else {
                    result += ShellMessages.placeholder(token)?.nl ?? token
                }
                token = ""
            }
            for character in word {
                if character.isLetter || (character == "-" && !token.isEmpty) {
                    token.append(character)
                } else {
                    flush()
                    result.append(character)
                }
            }
            flush()
            return result
        }
        return ([displayName(in: language)] + translated).joined(separator: " ")
    }

    /// `show GOAL [--format FORMAT]`.
    public var usage: String {
        var parts = [name]
        for argument in arguments {
            var word = argument.name + (argument.repeating ? "..." : "")
            if argument.optional { word = "[\(word)]" }
            parts.append(word)
        }
        for option in options {
            let name = option.short.map { "-\($0)|--\(option.name)" } ?? "--\(option.name)"
            parts.append("[\(name)\(option.valueName.map { " \($0)" } ?? "")]")
        }
        return parts.joined(separator: " ")
    }

    /// Checks words against the spec: known options, values present, argument count.
    public func invocation(from words: [String]) throws(CommandFailure) -> Invocation {
        var arguments: [String] = []
        var options: [String: String] = [:]
        var flags: Set<String> = []
        var index = 0
        var onlyArguments = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !onlyArguments, word == "--" {
                onlyArguments = true
                continue
            }
            let shortOption = word.count == 2 && word.first == "-"
                ? self.options.first { $0.short.map { "-\($0)" } == word } : nil
            if !onlyArguments, (word.hasPrefix("--") && word.count > 2) || shortOption != nil {
                var optionName = shortOption?.name ?? String(word.dropFirst(2))
                var inlineValue: String?
                if let equals = optionName.firstIndex(of: "=") {
                    inlineValue = String(optionName[optionName.index(after: equals)...])
                    optionName = String(optionName[..<equals])
                }
                guard let option = self.options.first(where: { $0.name == optionName || $0.dutchName == optionName }) else {
                    throw CommandFailure(ShellMessages.unknownOption(optionName, command: name, known: self.options.map(\.name)), exitCode: ExitCode.usage)
                }
                // Kept under the English name, which the commands ask for.
                optionName = option.name
                if option.valueName == nil {
                    guard inlineValue == nil else {
                        throw CommandFailure(ShellMessages.optionTakesNoValue(optionName), exitCode: ExitCode.usage)
                    }
                    flags.insert(optionName)
                } else if let inlineValue {
                    options[optionName] = inlineValue
                } else if index < words.count {
                    options[optionName] = words[index]
                    index += 1
                } else {
                    throw CommandFailure(ShellMessages.optionNeedsValue(optionName, valueName: option.valueName ?? ""), exitCode: ExitCode.usage)
                }
                if case let .fixed(allowed) = option.completion, let value = options[optionName], !allowed.contains(value) {
                    throw CommandFailure(ShellMessages.invalidOptionValue(optionName, value: value, allowed: allowed), exitCode: ExitCode.usage)
                }
                continue
            }
            arguments.append(word)
        }
        let required = self.arguments.filter { !$0.optional }.count
        let unlimited = self.arguments.contains { $0.repeating }
        if arguments.count < required {
            throw CommandFailure(ShellMessages.missingArgument(self.arguments[arguments.count].name, usage: usage, dutchUsage: usage(in: .nl)), exitCode: ExitCode.usage)
        }
        if !unlimited, arguments.count > self.arguments.count {
            throw CommandFailure(ShellMessages.tooManyArguments(usage: usage, dutchUsage: usage(in: .nl)), exitCode: ExitCode.usage)
        }
        return Invocation(name: name, arguments: arguments, options: options, flags: flags)
    }
}
