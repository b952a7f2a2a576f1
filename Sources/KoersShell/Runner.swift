import KoersCore

/// Reads lines until they make whole statements: an open quote or a trailing backslash
/// continues a statement on the next line. The one reading loop of the interactive shell and
/// of scripts.
struct StatementReader {
    let reader: LineReader
    /// The lines read so far that do not yet make a whole statement.
    private var pending = ""
    private var lineNumber = 0
    /// The number of the line where the statements last read began (1 for the first line).
    private(set) var startLine = 0

    init(_ reader: LineReader) { self.reader = reader }

    enum Next {
        /// Whole statements, and the text they were read from (one line, or several joined).
        case statements([[CommandWord]], text: String)
        /// Ctrl-C, or the end of the input; an unfinished statement is kept (`isUnfinished`).
        case interrupted
        case endOfInput
        /// A line too long to be a command; nothing after it is read.
        case tooLong
    }

    /// Whether lines were read that do not make a whole statement yet.
    var isUnfinished: Bool { !pending.isEmpty }

    /// Forgets the lines of an unfinished statement.
    mutating func discardUnfinished() { pending = "" }

    /// Reads until whole statements, an interrupt or the end; `prompt` is told whether a
    /// statement is being continued.
    mutating func next(prompt: (_ continuing: Bool) -> String) -> Next {
        while true {
            switch reader.readLine(prompt: prompt(isUnfinished)) {
            case .interrupted: return .interrupted
            case .endOfInput: return .endOfInput
            case .tooLong:
                lineNumber += 1
                startLine = lineNumber
                pending = ""
                return .tooLong
            case let .line(line):
                lineNumber += 1
                if pending.isEmpty { startLine = lineNumber }
                let text = pending.isEmpty ? line : pending + "\n" + line
                guard case let .complete(statements) = CommandLineSplitter.split(text) else {
                    pending = text
                    continue
                }
                pending = ""
                return .statements(statements, text: text)
            }
        }
    }
}

extension ShellSession {
    /// Runs statements in order until `quit`. A failing statement goes to `failed`, which says
    /// whether to run the rest.
    func run(_ statements: [[CommandWord]], failed: (CommandFailure) -> Bool) {
        for statement in statements where !quitRequested {
            do {
                try run(statement.map(\.text))
            } catch {
                guard failed(error) else { return }
            }
        }
    }
}

/// Runs the shell interactively: prompt, read, run, repeat, until `quit` or Ctrl-D.
public enum InteractiveLoop {
    public static func run(_ session: ShellSession, reader: LineReader) -> Int32 {
        var statements = StatementReader(reader)
        while true {
            if session.quitRequested {
                // Unsaved edits: ask first; cancelling goes back to the prompt.
                if session.confirmLeaving(reader: reader) { return ExitCode.success }
                session.quitRequested = false
            }
            switch statements.next(prompt: { $0 ? session.continuationPrompt : session.prompt }) {
            case .interrupted:
                statements.discardUnfinished()
            case .tooLong:
                report(CommandFailure(ShellMessages.lineTooLong, exitCode: ExitCode.usage), session: session, place: nil)
                session.quitRequested = true
            case .endOfInput:
                // Ctrl-D inside an unfinished statement drops it; on an empty prompt it leaves.
                if statements.isUnfinished {
                    statements.discardUnfinished()
                } else {
                    session.quitRequested = true
                }
            case let .statements(parsed, text):
                if !text.allSatisfy(\.isWhitespace) { reader.remember(text) }
                // The window may have been resized (SIGWINCH) since the last command.
                if let width = session.measureWidth?() { session.style.width = max(60, width) }
                session.run(parsed) { error in
                    report(error, session: session, place: nil)
                    return false
                }
            }
        }
    }

    public static func report(_ failure: CommandFailure, session: ShellSession, place: String?) {
        for diagnostic in failure.diagnostics {
            session.errors.write(diagnostic.formatted(in: session.language) + "\n")
        }
        let word = session.language == .nl ? "fout: " : "error: "
        let prefix = place.map { "\($0): " } ?? ""
        session.errors.write("\(prefix)\(failure.isVerdict ? "" : word)\(failure.message.text(in: session.language))\n")
    }
}

/// Runs commands without a person at the keyboard: `-c`, a script file, or piped stdin.
/// The first failing command stops the run with its exit code unless `keepGoing` is set.
public enum BatchRunner {
    /// `source` names the input in error messages (`-c`, the script's path, `<stdin>`).
    public static func run(_ session: ShellSession, reader: LineReader, source: String, keepGoing: Bool) -> Int32 {
        var exitCode = ExitCode.success
        var statements = StatementReader(reader)
        while !session.quitRequested {
            let next = statements.next(prompt: { _ in "" })
            if case .tooLong = next {
                InteractiveLoop.report(
                    CommandFailure(ShellMessages.lineTooLong, exitCode: ExitCode.usage), session: session,
                    place: "\(source):\(statements.startLine)")
                return ExitCode.usage
            }
            guard case let .statements(parsed, _) = next else { break }
            var stopped = false
            session.run(parsed) { error in
                InteractiveLoop.report(error, session: session, place: "\(source):\(statements.startLine)")
                exitCode = exitCode == ExitCode.success ? error.exitCode : exitCode
                stopped = !keepGoing
                return keepGoing
            }
            if stopped { break }
        }
        if statements.isUnfinished {
            InteractiveLoop.report(
                CommandFailure(ShellMessages.unterminatedQuote, exitCode: ExitCode.usage), session: session,
                place: "\(source):\(statements.startLine)")
            return ExitCode.usage
        }
        return exitCode
    }
}

/// Feeds a fixed list of lines, for `-c` and for tests.
public final class ScriptedLineReader: LineReader {
    private let lines: [LineInput]
    /// The next line to give: an index, since taking the first of an array moves all the rest
    /// (a script of n lines took n²/2 moves: 320,000 lines ran for 12 seconds).
    private var nextLine = 0
    public let isInteractive: Bool
    public private(set) var remembered: [String] = []
    public private(set) var prompts: [String] = []

    public init(_ lines: [LineInput], interactive: Bool = false) {
        self.lines = lines
        self.isInteractive = interactive
    }

    public convenience init(lines: [String], interactive: Bool = false) {
        self.init(lines.map(LineInput.line), interactive: interactive)
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        guard nextLine < lines.count else { return .endOfInput }
        defer { nextLine += 1 }
        return lines[nextLine]
    }

    public func remember(_ line: String) { remembered.append(line) }
}
