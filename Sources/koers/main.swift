import ArgumentParser
import Foundation
import KoersCore
import KoersRender
import KoersShell

/// The `koers` command: parses the command line and hands over to the shell.
struct Koers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "koers",
        abstract: "Track public-policy goals against their figures.",
        discussion: """
            With no -c, -f or piped input, koers opens an interactive shell. With no PATH it loads \
            the sample goals in goals/almelo. Exit codes: 0 success; 1 a command failed or a \
            check/--fail-on condition was met; 2 wrong usage; 3 a goal or data file could not be loaded.
            """
    )

    @Argument(help: "Goal files, or directories whose .koers files are loaded.")
    var paths: [String] = []

    @Option(
        name: .customShort("c"),
        help: ArgumentHelp("Run these commands (separated by ';' or newlines) and exit; several -c run in order.", valueName: "commands"))
    var commands: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the commands in this script file and exit.", valueName: "script"))
    var script: String?

    @Option(help: "Interface language: nl or en (default: KOERS_LANG, then LC_ALL/LANG, else en).")
    var lang: String?

    @Option(help: "The format of query output: table, json, csv or markdown (each command's --format overrides it).")
    var format: String?

    @Option(help: "Exit with code 1 when status finds a goal at-risk, off-track or missed (this bad or worse).")
    var failOn: String?

    @Flag(help: "check fails on warnings too, not only on goals that cannot be judged.")
    var strict = false

    @Flag(help: "In -c, -f or piped mode, go on after a failing command (the exit code still reports it).")
    var keepGoing = false

    @Flag(help: "Refuse every editing command (for council members who only query).")
    var readOnly = false

    @Flag(help: "In -c, -f or piped mode, save unsaved edits at the end.")
    var save = false

    @Flag(help: "In -c, -f or piped mode, drop unsaved edits at the end instead of failing.")
    var discard = false

    func validate() throws {
        if !commands.isEmpty && script != nil { throw ValidationError("use either -c or -f, not both") }
        if save && discard { throw ValidationError("use either --save or --discard, not both") }
        if let lang, Language(rawValue: lang.lowercased()) == nil { throw ValidationError("--lang takes nl or en") }
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format takes table, json, csv or markdown")
        }
        if let failOn, GoalStatus(rawValue: failOn.lowercased())?.concernLevel == nil {
            throw ValidationError("--fail-on takes at-risk, off-track or missed")
        }
    }

    func run() throws {
        let environment = Launch.environment()
        let language = lang.flatMap { Language(rawValue: $0.lowercased()) } ?? Launch.language(from: environment)
        let interactive = commands.isEmpty && script == nil && Terminal.isTerminal(0) && Terminal.isTerminal(1)
        let style = RenderStyle(
            colors: interactive && Terminal.colorsEnabled(environment: environment),
            unicode: interactive,
            width: interactive ? Terminal.width(environment: environment) : Terminal.defaultWidth)
        let session = ShellSession(
            language: language, output: FileDescriptorOutput.standardOutput(), errors: FileDescriptorOutput.standardError(),
            style: style)
        session.defaultFormat = format.flatMap { OutputFormat(rawValue: $0.lowercased()) } ?? .table
        session.failOn = failOn.flatMap { GoalStatus(rawValue: $0.lowercased()) }
        session.strictCheck = strict
        session.editing.readOnly = readOnly
        session.editing.readOnlyLocked = readOnly
        HangupRecovery.install()

        let goalPaths = paths.isEmpty ? [Launch.samplePath()] : paths
        if interactive { session.say(LaunchMessages.banner) }
        do {
            try session.load(goalPaths, announce: interactive)
        } catch {
            InteractiveLoop.report(error, session: session, place: nil)
            if !interactive { throw ExitCode(error.exitCode) }
        }
        session.announceRecoveryFiles()

        var status: Int32
        if !commands.isEmpty {
            // Each -c continues the line count of the one before, so an error's place is unique.
            let lines = commands.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
            let reader = ScriptedLineReader(lines: lines)
            status = BatchRunner.run(session, reader: reader, source: "-c", keepGoing: keepGoing)
        } else if let script {
            guard let data = FileManager.default.contents(atPath: script) else {
                InteractiveLoop.report(
                    CommandFailure(
                        FileManager.default.fileExists(atPath: script) ? ShellMessages.notReadable(script) : ShellMessages.noSuchPath(script),
                        exitCode: KoersShell.ExitCode.usage),
                    session: session, place: nil)
                throw ExitCode(KoersShell.ExitCode.usage)
            }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            status = BatchRunner.run(session, reader: ScriptedLineReader(lines: lines), source: script, keepGoing: keepGoing)
        } else if interactive {
            status = InteractiveLoop.run(session, reader: Launch.terminalReader(session: session, environment: environment))
        } else {
            status = BatchRunner.run(session, reader: Launch.standardInputReader(), source: "<stdin>", keepGoing: keepGoing)
        }
        if !interactive { status = session.finishBatch(status: status, saveAtEnd: save, discardAtEnd: discard) }
        if status != 0 { throw ExitCode(status) }
    }
}

// ArgumentParser exits with 64 on a usage error; koers documents 2 for that (docs/shell.md).
do {
    var command = try Koers.parseAsRoot()
    try command.run()
} catch {
    if Koers.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Koers.fullMessage(for: error) + "\n").utf8))
        exit(KoersShell.ExitCode.usage)
    }
    Koers.exit(withError: error)
}
