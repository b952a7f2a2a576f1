import KoersCore

/// Runs the shell interactively: prompt, read, run, repeat, until `quit` or Ctrl-D.
public enum InteractiveLoop {
    public static func run(_ session: ShellSession, reader: LineReader) -> Int32 {
        var pending = ""
        while true {
            if session.quitRequested {
                // Unsaved edits: ask first; cancelling goes back to the prompt.
                if session.confirmLeaving(reader: reader) { return ExitCode.success }
                session.quitRequested = false
            }
            let prompt = pending.isEmpty ? session.prompt : session.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                pending = ""
            case .endOfInput:
                if !pending.isEmpty {
                    pending = ""
                    continue
                }
                session.quitRequested = true
            case let .line(line):
                let text = pending.isEmpty ? line : pending + "\n" + line
                switch CommandLineSplitter.split(text) {
                case .incomplete:
                    pending = text
                case let .complete(statements):
                    pending = ""
                    if !text.allSatisfy(\.isWhitespace) { reader.remember(text) }
                    for statement in statements where !session.quitRequested {
                        do {
                            try session.run(statement.map(\.text))
                        } catch {
                            report(error, session: session, place: nil)
                            break
                        }
                    }
                }
            }
        }
    }

    public static func report(_ failure: CommandFailure, session: ShellSession, place: String?) {
        for diagnostic in failure.diagnostics {
            session.errors.write(diagnostic.formatted(in: session.language) + "\n")
        }
        let word = session.language == .nl ? "fout" : "error"
        let prefix = place.map { "\($0): " } ?? ""
        session.errors.write("\(prefix)\(word): \(failure.message.text(in: session.language))\n")
    }
}

/// Runs commands without a person at the keyboard: `-c`, a script file, or piped stdin.
/// The first failing command stops the run with its exit code unless `keepGoing` is set.
public enum BatchRunner {
    /// `source` names the input in error messages (`-c`, the script's path, `<stdin>`).
    public static func run(_ session: ShellSession, reader: LineReader, source: String, keepGoing: Bool) -> Int32 {
        var exitCode = ExitCode.success
        var pending = ""
        var lineNumber = 0
        var pendingStart = 0
        while !session.quitRequested {
            guard case let .line(line) = reader.readLine(prompt: "") else { break }
            lineNumber += 1
            if pending.isEmpty { pendingStart = lineNumber }
            let text = pending.isEmpty ? line : pending + "\n" + line
            guard case let .complete(statements) = CommandLineSplitter.split(text) else {
                pending = text
                continue
            }
            pending = ""
            for statement in statements where !session.quitRequested {
                do {
                    try session.run(statement.map(\.text))
                } catch {
                    InteractiveLoop.report(error, session: session, place: "\(source):\(pendingStart)")
                    exitCode = exitCode == ExitCode.success ? error.exitCode : exitCode
                    if !keepGoing { return exitCode }
                }
            }
        }
        if !pending.isEmpty {
            InteractiveLoop.report(
                CommandFailure(ShellMessages.unterminatedQuote, exitCode: ExitCode.usage), session: session,
                place: "\(source):\(pendingStart)")
            return ExitCode.usage
        }
        return exitCode
    }
}

/// Feeds a fixed list of lines, for `-c` and for tests.
public final class ScriptedLineReader: LineReader {
    private var lines: [LineInput]
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
        return lines.isEmpty ? .endOfInput : lines.removeFirst()
    }

    public func remember(_ line: String) { remembered.append(line) }
}
