import Foundation
import KoersCore
import KoersRender
import KoersShell
import KoersWorkspace

/// What the executable decides before the shell starts: language, terminal, the sample path, the reader.
enum Launch {
    /// Runs koers as the command line asked and returns the process's exit code.
    static func run(_ options: LaunchOptions, environment: [String: String]) -> Int32 {
        let language = options.language ?? Launch.language(from: environment)
        let today: CalendarDate
        switch Launch.today(options, environment: environment) {
        case let .success(date): today = date
        case let .failure(problem):
            FileDescriptorOutput.standardError().write(CommandLineHelp.wrongUsage(problem.message, in: language))
            return ExitCode.usage
        }
        let interactive = options.commands.isEmpty && options.script == nil && Terminal.isTerminal(0) && Terminal.isTerminal(1)
        // Output to a terminal is fitted and colored there, from `-c` and scripts too; a pipe or a
        // file gets plain text, whole.
        let toTerminal = Terminal.isTerminal(STDOUT_FILENO)
        let style = RenderStyle(
            colors: toTerminal && Terminal.colorsEnabled(environment: environment),
            unicode: toTerminal,
            width: toTerminal ? Terminal.width(environment: environment) : Terminal.defaultWidth)
        let session = ShellSession(
            language: language, output: FileDescriptorOutput.standardOutput(), errors: FileDescriptorOutput.standardError(),
            style: style, today: today)
        session.defaultFormat = options.format ?? .table
        session.failOn = options.failOn
        session.strictCheck = options.strict
        session.csvKeepsFormulas = options.csvRaw
        session.csvDialect = options.csvDialect
        session.editing.readOnly = options.readOnly
        session.editing.readOnlyLocked = options.readOnly
        session.editing.recoveryFallbackDirectory = EditingState.recoveryFallbackDirectory(environment: environment)
        session.editing.language = language
        session.outputIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
        session.showsProgress = Terminal.isTerminal(STDERR_FILENO)
        if Terminal.isTerminal(STDERR_FILENO) { session.errorsWidth = { Terminal.width(of: STDERR_FILENO, environment: environment) } }
        if interactive { session.measureWidth = { Terminal.width(environment: environment) } }
        HangupSignal.install()

        if interactive { session.say(LaunchMessages.banner) }
        switch goalPaths(options, environment: environment) {
        case let .success(paths):
            do {
                try session.load(paths, announce: interactive)
            } catch {
                InteractiveLoop.report(error, session: session, place: nil)
                if !interactive { return error.exitCode }
            }
        case let .failure(nothingToLoad):
            // In the shell, `load` can still start the work. A script runs its commands that
            // need no goals (`draft`, `help`); the first that does fails with this message.
            guard interactive else {
                session.missingGoals = nothingToLoad
                break
            }
            // Said as a sentence of its own, not as an error.
            let message = nothingToLoad.message
            session.say(LocalizedText(en: message.en.prefix(1).uppercased() + message.en.dropFirst(), nl: message.nl.prefix(1).uppercased() + message.nl.dropFirst()))
        }
        session.announceRecoveryFiles()

        var status: Int32
        if !options.commands.isEmpty {
            // Each -c continues the line count of the one before, so an error's place is unique.
            let lines = options.commands.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
            session.tableInput = standardInputReader()
            status = BatchRunner.run(session, reader: ScriptedLineReader(lines: lines), source: "-c", keepGoing: options.keepGoing)
        } else if let script = options.script {
            // Read as it runs, a line at a time: a script may come from a pipe (`-f <(…)`), the
            // user's own choice, unlike a data path named in a goal file from elsewhere.
            let descriptor = open(script, O_RDONLY | O_CLOEXEC)
            var scriptStatus = stat()
            guard descriptor >= 0, fstat(descriptor, &scriptStatus) == 0, scriptStatus.st_mode & S_IFMT != S_IFDIR else {
                if descriptor >= 0 { close(descriptor) }
                let problem = ReadProblem.of(script)
                InteractiveLoop.report(
                    CommandFailure(problem == .missing ? ShellMessages.noSuchPath(script) : WorkspaceMessages.notReadable(script, problem), exitCode: ExitCode.usage),
                    session: session, place: nil)
                return ExitCode.usage
            }
            let reader = PlainLineReader(fileDescriptor: descriptor, closesOnDeinit: true)
            session.tableInput = standardInputReader()
            status = BatchRunner.run(session, reader: reader, source: script, keepGoing: options.keepGoing)
        } else if interactive {
            status = InteractiveLoop.run(session, reader: terminalReader(session: session, environment: environment))
        } else {
            status = BatchRunner.run(session, reader: standardInputReader(), source: "<stdin>", keepGoing: options.keepGoing)
        }
        if !interactive { status = session.finishBatch(status: status, saveAtEnd: options.save, discardAtEnd: options.discard) }
        return status
    }

    /// `KOERS_LANG`, then `LC_ALL`, then `LANG`; English when none names Dutch or English.
    static func language(from environment: [String: String]) -> Language {
        for name in [EnvironmentVariable.language, .localeAll, .locale].map(\.rawValue) {
            if let value = environment[name], !value.isEmpty, let language = Language(localeIdentifier: value) {
                return language
            }
        }
        return .en
    }

    /// A `KOERS_TODAY` that is not a date.
    struct InvalidToday: Error {
        let message: LocalizedText
    }

    /// "Today": `--today`, else `KOERS_TODAY`, else the clock.
    static func today(_ options: LaunchOptions, environment: [String: String]) -> Result<CalendarDate, InvalidToday> {
        if let stated = options.today { return .success(stated) }
        guard let variable = environment["KOERS_TODAY"], !variable.isEmpty else { return .success(SystemClock.currentDate()) }
        guard let date = CalendarDate(parsing: variable) else { return .failure(InvalidToday(message: LaunchMessages.invalidTodayVariable(variable))) }
        return .success(date)
    }

    /// What to load: the paths given; with `--sample` the Almelo sample shipped with koers;
    /// with neither, `KOERS_GOALS`, else the `.koers` files of the current directory (not of
    /// its subfolders: `koers` typed in a home folder must not read every goal file below it).
    static func goalPaths(_ options: LaunchOptions, environment: [String: String]) -> Result<[String], CommandFailure> {
        if options.sample {
            let folders = InstalledFiles.sampleFolders()
            guard let sample = InstalledFiles.firstExisting(folders) else {
                return .failure(CommandFailure(LaunchMessages.sampleNotFound(lookedIn: folders), exitCode: ExitCode.loadFailed))
            }
            return .success([sample])
        }
        if !options.paths.isEmpty { return .success(options.paths) }
        if let stated = environment[EnvironmentVariable.goals.rawValue], !stated.isEmpty { return .success([stated]) }
        let here = Workspace.goalFiles(directlyIn: ".")
        guard !here.isEmpty else {
            let directory = FileManager.default.currentDirectoryPath
            return .failure(CommandFailure(LaunchMessages.noGoalFilesHere(directory), exitCode: ExitCode.loadFailed))
        }
        return .success(here)
    }

    /// The variables of `EnvironmentVariable` that are set, read with `getenv`: building
    /// ProcessInfo's dictionary of the whole environment was a measurable part of every start.
    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in EnvironmentVariable.allCases.map(\.rawValue) {
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
