/// What reading one line produced.
public enum LineInput: Sendable, Equatable {
    /// A line, without its trailing newline.
    case line(String)
    /// Ctrl-C: the line being typed was discarded; the shell prompts again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// A line longer than any command, with no end in sight (a device such as /dev/zero, a
    /// binary file given as a script): reading stops rather than fill the memory.
    case tooLong
}

/// Candidates for the word under the cursor. `start` is the index (in characters of the line)
/// where the word being completed begins; each candidate replaces `line[start..<cursor]`.
public struct Completion: Sendable, Equatable {
    public var start: Int
    public var candidates: [String]

    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }

    /// The longest prefix all candidates share: what TAB inserts when there are several.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// Supplies completions for a line being edited. The shell's command table implements it.
/// The line reader asks on the thread that reads lines, so a source need not be `Sendable`.
public protocol CompletionSource: AnyObject {
    /// Completions for `line` with the cursor at character offset `cursor`.
    func complete(line: String, cursor: Int) -> Completion
}

/// Where the shell's input comes from: libedit on a terminal, plain lines from a pipe or a
/// script, or a scripted fake in tests. Keeping the editor behind this protocol lets most of
/// the shell be tested without a terminal.
public protocol LineReader: AnyObject {
    /// Reads one line after showing `prompt` (readers without a terminal show nothing).
    func readLine(prompt: String) -> LineInput
    /// Records an entered line in the history (readers without history ignore it).
    func remember(_ line: String)
    /// Whether the reader talks to a person at a terminal (prompts, colors, confirmations).
    var isInteractive: Bool { get }
}
