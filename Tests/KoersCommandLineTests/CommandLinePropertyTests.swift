import KoersCore
import KoersRender
import PropertyBased
import Testing
@testable import koers

/// The inverse of `CommandLineParser.parse`, which the round-trip properties read back.
extension LaunchOptions {
    /// A command line that reads back as these options: flags, then options with their
    /// values, then the paths (after `--` when one of them looks like an option).
    var arguments: [String] {
        var result: [String] = []
        for (option, isSet) in [(LaunchOption.strict, strict), (.csvRaw, csvRaw), (.keepGoing, keepGoing), (.readOnly, readOnly), (.save, save), (.discard, discard), (.sample, sample)]
        where isSet {
            result.append(option.spelling)
        }
        for command in commands { result += LaunchOption.commands.written(with: command) }
        if let script { result += LaunchOption.script.written(with: script) }
        if let language { result += LaunchOption.language.written(with: language.rawValue) }
        if let format { result += LaunchOption.format.written(with: format.rawValue) }
        if let failOn { result += LaunchOption.failOn.written(with: failOn.rawValue) }
        if let generate { result += LaunchOption.generate.written(with: generate.rawValue) }
        if let csvDialect { result += LaunchOption.csvDialect.written(with: csvDialect == .dutch ? "nl" : "en") }
        if paths.contains(where: CommandLineParser.looksLikeOption) { result.append(CommandLineParser.endOfOptions) }
        return result + paths
    }
}

extension LaunchOption {
    /// The option with its value as two arguments, or joined with `=` when the value looks
    /// like an option itself (as two arguments it would read as a missing value).
    func written(with value: String) -> [String] {
        CommandLineParser.looksLikeOption(value) ? ["\(spelling)=\(value)"] : [spelling, value]
    }
}

@Suite("koers's command line: properties")
struct CommandLinePropertyTests {
    /// Arguments near the ones koers knows: every option name, misspellings, values valid and
    /// not, joined with `=` or not, `--`, single dashes and empty strings.
    static let words: [String] = LaunchOption.allCases.flatMap(\.names) + [
        "--", "-", "", "=", "-c=", "--lang=", "--lang=nl", "--format=json", "--fail-on=missed", "--strict=1", "-cstatus",
        "--stirct", "-x", "---", "--=", "nl", "EN", "fr", "json", "xml", "at-risk", "on-track", "status", "goals; check",
        "goals/almelo", "a=b", "-lang", "help", "é", "\u{1B}", "man", "complete-zsh",
    ]

    /// A text for a path, a command or a script: random Latin-1, or one of the words above.
    static let text = zip(Gen.element(of: words), Gen.latin1.string(of: 0...6), Gen.bool).map { word, random, useWord in
        useWord ? word ?? "" : random
    }

    @Test("Parsing never traps, and an accepted command line reads back the same from its options")
    func acceptedCommandLinesRoundTrip() async {
        await propertyCheck(count: 3000, input: Self.text.array(of: 0...10)) { arguments in
            guard case .run(let options) = CommandLineParser.parse(arguments) else { return }
            #expect(CommandLineParser.parse(options.arguments) == .run(options), "\(arguments) → \(options.arguments)")
        }
    }

    @Test("Any options koers can run with are written as a command line that reads back as them")
    func optionsRoundTrip() async {
        let flags = Gen.bool.array(of: 7)
        let choices = zip(Gen<Language>.case.optional, Gen<OutputFormat>.case.optional, Gen.element(of: [GoalStatus.atRisk, .offTrack, .missed]).optional)
        await propertyCheck(count: 2000, input: Self.text.array(of: 0...4), Self.text.array(of: 0...3), Self.text.optional, choices, flags) {
            paths, commands, script, choices, flags in
            var options = LaunchOptions()
            options.paths = paths
            options.commands = commands
            options.script = commands.isEmpty ? script : nil
            (options.language, options.format) = (choices.0, choices.1)
            // Gen.element(of:) gives an optional of its own (nil for an empty list).
            options.failOn = choices.2 ?? nil
            options.strict = flags[0]
            options.keepGoing = flags[1]
            options.readOnly = flags[2]
            options.save = flags[3]
            options.discard = flags[4] && !flags[3]
            options.csvRaw = flags[5]
            options.sample = flags[6] && paths.isEmpty
            #expect(CommandLineParser.parse(options.arguments) == .run(options), "\(options.arguments)")
        }
    }
}
