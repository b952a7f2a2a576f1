import KoersCore
import KoersRender
import SnapshotTesting
import Testing
@testable import koers

/// The options a command line is expected to give, with everything else at its default.
private func options(_ change: (inout LaunchOptions) -> Void) -> CommandLineRequest {
    var options = LaunchOptions()
    change(&options)
    return .run(options)
}

@Suite("koers's command line: what is accepted")
struct CommandLineAcceptedTests {
    static let cases: [(arguments: [String], expected: CommandLineRequest)] = [
        ([], options { _ in }),
        (["goals/almelo"], options { $0.paths = ["goals/almelo"] }),
        (["a.koers", "b", "c.koers"], options { $0.paths = ["a.koers", "b", "c.koers"] }),
        (["-c", "status"], options { $0.commands = ["status"] }),
        (["-c=status"], options { $0.commands = ["status"] }),
        (["-c", "goals; status", "-c", "check"], options { $0.commands = ["goals; status", "check"] }),
        (["-c", "status", "goals/almelo", "-c", "check"], options { $0.commands = ["status", "check"]; $0.paths = ["goals/almelo"] }),
        (["goals/almelo", "-c", "status"], options { $0.commands = ["status"]; $0.paths = ["goals/almelo"] }),
        (["-c", ""], options { $0.commands = [""] }),
        (["-c", "-"], options { $0.commands = ["-"] }),
        (["-c=-x"], options { $0.commands = ["-x"] }),
        (["-c=a=b"], options { $0.commands = ["a=b"] }),
        (["-f", "script.txt"], options { $0.script = "script.txt" }),
        (["-f", "one", "-f", "two"], options { $0.script = "two" }),
        (["--lang", "nl"], options { $0.language = .nl }),
        (["--lang=NL"], options { $0.language = .nl }),
        (["--lang", "nl", "--lang", "en"], options { $0.language = .en }),
        (["--format", "json"], options { $0.format = .json }),
        (["--format=Markdown"], options { $0.format = .markdown }),
        (["--fail-on", "at-risk"], options { $0.failOn = .atRisk }),
        (["--fail-on=off-track"], options { $0.failOn = .offTrack }),
        (["--fail-on", "MISSED"], options { $0.failOn = .missed }),
        (["--strict", "--keep-going", "--read-only"], options { $0.strict = true; $0.keepGoing = true; $0.readOnly = true }),
        (["--save"], options { $0.save = true }),
        (["--discard", "--discard"], options { $0.discard = true }),
        (["--", "-c", "--help", "x"], options { $0.paths = ["-c", "--help", "x"] }),
        (["a", "--", "--", "b"], options { $0.paths = ["a", "--", "b"] }),
        (["-"], options { $0.paths = ["-"] }),
        ([""], options { $0.paths = [""] }),
        (["help"], options { $0.paths = ["help"] }),
        (
            ["--read-only", "g.koers", "--format", "csv", "-c", "status", "--fail-on", "missed", "--keep-going", "--lang=en"],
            options {
                $0.readOnly = true; $0.paths = ["g.koers"]; $0.format = .csv; $0.commands = ["status"]; $0.failOn = .missed
                $0.keepGoing = true; $0.language = .en
            }
        ),
        (["-h"], .help),
        (["-help"], .help),
        (["--help"], .help),
        (["goals", "-c", "status", "--help"], .help),
        (["--frobnicate", "--help"], .help),
        (["--save", "--discard", "-h"], .help),
        (["--", "--help"], options { $0.paths = ["--help"] }),
        (["--sample", "-c", "status"], options { $0.sample = true; $0.commands = ["status"] }),
        (["--generate", "man", "--lang", "nl"], options { $0.generate = .man; $0.language = .nl }),
        (["--generate=complete-bash"], options { $0.generate = .bashCompletion }),
        (["--version"], .version),
        (["goals", "--lang", "nl", "--version", "--strict"], .version),
        (["--version", "--help"], .help),
        (["--", "--version"], options { $0.paths = ["--version"] }),
    ]

    @Test("Each accepted command line gives its options", arguments: cases)
    func accepted(_ arguments: [String], _ expected: CommandLineRequest) {
        #expect(CommandLineParser.parse(arguments) == expected)
    }

    @Test("The language a command line states, for messages about it")
    func statedLanguage() {
        #expect(CommandLineParser.statedLanguage(in: []) == nil)
        #expect(CommandLineParser.statedLanguage(in: ["--lang", "nl", "--frob"]) == .nl)
        #expect(CommandLineParser.statedLanguage(in: ["--lang=NL", "--lang", "fr"]) == .nl)
        #expect(CommandLineParser.statedLanguage(in: ["--lang=en", "--lang", "nl"]) == .nl)
        #expect(CommandLineParser.statedLanguage(in: ["--", "--lang", "nl"]) == nil)
        #expect(CommandLineParser.statedLanguage(in: ["--lang"]) == nil)
    }
}

@Suite("koers's command line: every error")
struct CommandLineErrorTests {
    static let cases: [(arguments: [String], message: String)] = [
        (["--frobnicate"], "unknown option '--frobnicate'"),
        (["--stirct"], "unknown option '--stirct'. Did you mean '--strict'?"),
        (["--keepgoing"], "unknown option '--keepgoing'. Did you mean '--keep-going'?"),
        (["--fail_on", "missed"], "unknown option '--fail_on'. Did you mean '--fail-on'?"),
        (["--hlep"], "unknown option '--hlep'. Did you mean '--help'?"),
        (["-lang", "nl"], "unknown option '-lang'. Did you mean '--lang'?"),
        (["---save"], "unknown option '---save'. Did you mean '--save'?"),
        (["-cstatus"], "unknown option '-cstatus'. Did you mean '-c status'?"),
        (["-x"], "unknown option '-x'"),
        (["--c", "status"], "unknown option '--c'"),
        (["--=x"], "unknown option '--=x'"),
        (["--stirct=1"], "unknown option '--stirct=1'. Did you mean '--strict'?"),
        (["-\u{1B}[31m"], "unknown option '-\\u{1B}[31m'"),
        (["-c"], "option -c needs a value (-c COMMANDS, or -c=COMMANDS for a value that starts with -)"),
        (["-c", "--strict"], "option -c needs a value (-c COMMANDS, or -c=COMMANDS for a value that starts with -)"),
        (["-c", "-x"], "option -c needs a value (-c COMMANDS, or -c=COMMANDS for a value that starts with -)"),
        (["-c", "--"], "option -c needs a value (-c COMMANDS, or -c=COMMANDS for a value that starts with -)"),
        (["-f"], "option -f needs a value (-f SCRIPT, or -f=SCRIPT for a value that starts with -)"),
        (["--lang"], "option --lang needs a value (--lang LANG, or --lang=LANG for a value that starts with -)"),
        (["--format", "--lang", "nl"], "option --format needs a value (--format FORMAT, or --format=FORMAT for a value that starts with -)"),
        (["--fail-on"], "option --fail-on needs a value (--fail-on STATUS, or --fail-on=STATUS for a value that starts with -)"),
        (["--strict=yes"], "option --strict takes no value"),
        (["--keep-going="], "option --keep-going takes no value"),
        (["--help=x"], "option --help takes no value"),
        (["--lang", "fr", "-c", "goals"], "--lang takes nl or en"),
        (["--lang="], "option --lang needs a value (--lang LANG, or --lang=LANG for a value that starts with -)"),
        (["-c="], "option -c needs a value (-c COMMANDS, or -c=COMMANDS for a value that starts with -)"),
        (["-help=x"], "unknown option '-help=x'. Did you mean '--help'?"),
        (["--format", "xml"], "--format takes table, json, csv or markdown"),
        (["--fail-on", "on-track"], "--fail-on takes at-risk, off-track, overdue or missed"),
        (["--fail-on", "no-data"], "--fail-on takes at-risk, off-track, overdue or missed"),
        (["-c", "status", "-f", "script"], "use either -c or -f, not both"),
        (["--save", "--discard"], "use either --save or --discard, not both"),
        (["--sample", "goals/tutorial"], "--sample opens the sample; give no PATH with it"),
        (["--generate", "html"], "--generate takes man, complete-bash or complete-zsh"),
        (["--generate"], "option --generate needs a value (--generate KIND, or --generate=KIND for a value that starts with -)"),
        (["--version=2"], "option --version takes no value"),
    ]

    @Test("Each wrong command line is refused with its message", arguments: cases)
    func refused(_ arguments: [String], _ message: String) {
        guard case .wrongUsage(let text) = CommandLineParser.parse(arguments) else {
            Issue.record("\(arguments) was accepted")
            return
        }
        #expect(text.en == message)
        #expect(!text.nl.isEmpty && text.nl != text.en)
    }

    @Test("The message on standard error: the error, the usage, where to read more")
    func wrongUsageText() {
        #expect(CommandLineHelp.wrongUsage(LaunchMessages.saveAndDiscard, in: .en) == """
            Error: use either --save or --discard, not both
            Usage: koers [PATH ...] [-c COMMANDS ... | -f SCRIPT] [OPTIONS]
              See 'koers --help' for more information.

            """)
        #expect(CommandLineHelp.wrongUsage(LaunchMessages.saveAndDiscard, in: .nl) == """
            Fout: gebruik --save of --discard, niet allebei
            Gebruik: koers [PAD ...] [-c OPDRACHTEN ... | -f SCRIPT] [OPTIES]
              Zie 'koers --help' voor meer uitleg.

            """)
    }
}

@Suite("koers --help")
struct CommandLineHelpTests {
    @Test("The help text, in both languages", arguments: Language.allCases)
    func snapshot(_ language: Language) {
        assertSnapshot(of: CommandLineHelp.text(in: language), as: .lines, named: language.rawValue, testName: "help")
    }

    @Test("The help fits 80 columns and names every option", arguments: Language.allCases)
    func fitsAndIsComplete(_ language: Language) {
        let help = CommandLineHelp.text(in: language)
        for line in help.split(separator: "\n") {
            #expect(line.count <= CommandLineHelp.width, "\(line)")
        }
        for name in LaunchOption.allCases.flatMap(\.names) {
            #expect(help.contains(name), "\(name) is missing")
        }
    }
}
