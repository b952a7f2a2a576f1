import CLibEdit
import Glibc
import KoersCore

/// The line editor on a terminal, on libedit's native API: emacs-style editing, history
/// persisted by a `HistoryStore`, TAB completion from a `CompletionSource`, Ctrl-C discarding
/// the line, Ctrl-D leaving. Use it only when stdin and stdout are both terminals (libedit
/// turns editing off otherwise); `PlainLineReader` covers the rest.
///
/// Not thread-safe: create and use it on the thread that runs the shell. libedit calls back
/// into it (prompt, completion) from inside `el_gets`, finding it through `EL_CLIENTDATA`.
public final class LibEditLineReader: LineReader {
    /// Why the editor could not start; the caller falls back to a `PlainLineReader`.
    public struct SetupError: Error {
        public let message: LocalizedText
    }

    public let isInteractive = true
    /// Asked for candidates when TAB is pressed; without one TAB just beeps.
    public var completionSource: CompletionSource?
    /// The language of the notices this reader prints (a history file moved aside…).
    public var language: Language = .en
    /// The persisted history; `remember` adds to it and saves.
    public let history: HistoryStore

    private let editor: OpaquePointer
    private let editorHistory: OpaquePointer
    /// The prompt as libedit reads it, kept alive here because libedit only gets a pointer.
    private var promptText: UnsafeMutablePointer<CChar>

    /// libedit's literal-escape marker: prompt text between two of them (color codes) is
    /// printed but takes no room, so the cursor stays right.
    static let promptEscape: CChar = 1
    private static let completionFunctionName = "koers-complete"

    /// Starts libedit on stdin/stdout/stderr with the history at `historyFile` (nil keeps it
    /// in memory only; see `HistoryStore.defaultPath`). Installs the SIGINT handler and sets
    /// the character type to UTF-8 (falling back to `C.UTF-8`) so non-ASCII input survives.
    /// Does not read `~/.editrc`: a user's libedit settings must not change koers.
    public init(historyFile: String?, completionSource: CompletionSource?) throws {
        guard koers_use_utf8_character_type() == 1 else {
            throw SetupError(message: TerminalMessages.noUTF8Locale)
        }
        guard let editor = el_init("koers", koers_stdin(), koers_stdout(), koers_stderr()) else {
            throw SetupError(message: TerminalMessages.editorUnavailable)
        }
        guard let editorHistory = history_init() else {
            el_end(editor)
            throw SetupError(message: TerminalMessages.editorUnavailable)
        }
        self.editor = editor
        self.editorHistory = editorHistory
        self.completionSource = completionSource
        self.history = HistoryStore(path: historyFile)
        self.promptText = Self.copyToC("")

        koers_history_set_size(editorHistory, Int32(history.maximumEntries))
        koers_history_set_unique(editorHistory, 1)
        for entry in history.entries { koers_history_enter(editorHistory, entry) }

        koers_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        koers_el_set_editor(editor, "emacs")
        // libedit restores the terminal before passing SIGINT on to our handler, and follows
        // window resizes while a line is being edited.
        koers_el_set_signal_handling(editor, 1)
        koers_el_set_history(editor, editorHistory)
        koers_el_set_prompt(editor, { editor in
            guard let editor, let reader = LibEditLineReader.reader(of: editor) else { return nil }
            return reader.promptText
        }, Self.promptEscape)
        koers_el_add_function(editor, Self.completionFunctionName, "Complete the word under the cursor", { editor, _ in
            guard let editor, let reader = LibEditLineReader.reader(of: editor) else { return UInt8(CC_ERROR) }
            return reader.completeWordUnderCursor()
        })
        koers_el_bind(editor, "^I", Self.completionFunctionName)
        InterruptSignal.install()
    }

    deinit {
        el_end(editor)
        history_end(editorHistory)
        free(promptText)
    }

    public func readLine(prompt: String) -> LineInput {
        showNotices()
        free(promptText)
        promptText = Self.copyToC(Self.markingEscapeSequences(prompt))
        _ = InterruptSignal.takePending()

        var count: Int32 = 0
        let result = el_gets(editor, &count)
        let readError = errno
        guard let result, count > 0 else {
            if count < 0, readError == EINTR || InterruptSignal.takePending() {
                // Drop what was typed, and leave the line it was typed on.
                el_reset(editor)
                write(text: "\n")
                return .interrupted
            }
            // Ctrl-D leaves the cursor after the prompt; the shell's next output needs a fresh line.
            write(text: "\n")
            return .endOfInput
        }
        var line = String(decoding: UnsafeRawBufferPointer(start: result, count: Int(count)), as: UTF8.self)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func remember(_ line: String) {
        if history.add(line) { koers_history_enter(editorHistory, line) }
        showNotices()
    }

    // MARK: Completion

    /// TAB: one candidate replaces the word under the cursor (with a space after a whole word);
    /// several extend it to their common prefix and are listed below the line in columns.
    private func completeWordUnderCursor() -> UInt8 {
        guard let source = completionSource, let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        let line = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.lastchar - info.buffer), as: UTF8.self)
        let beforeCursor = Array(String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer), as: UTF8.self))
        let completion = source.complete(line: line, cursor: beforeCursor.count)
        guard (0...beforeCursor.count).contains(completion.start), !completion.candidates.isEmpty else {
            return UInt8(CC_ERROR)
        }
        let typed = String(beforeCursor[completion.start...])

        if completion.candidates.count == 1, let candidate = completion.candidates.first {
            replace(typed, with: candidate + (Self.isWholeWord(candidate) ? " " : ""))
            return UInt8(CC_REFRESH)
        }
        let common = completion.commonPrefix
        if common.count > typed.count { replace(typed, with: common) }
        write(text: "\n" + Self.columns(completion.candidates, width: Terminal.width(of: STDOUT_FILENO)))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ typed: String, with replacement: String) {
        // libedit counts wide characters, that is Unicode scalars on Linux.
        el_deletestr(editor, Int32(typed.unicodeScalars.count))
        el_insertstr(editor, replacement)
    }

    /// A directory (`goals/`) or an option awaiting its value (`--lang=`) is still being typed.
    static func isWholeWord(_ candidate: String) -> Bool {
        !(candidate.hasSuffix("/") || candidate.hasSuffix("="))
    }

    /// The candidates in columns, top to bottom then left to right, as `ls` lists files;
    /// every row ends with a newline.
    static func columns(_ candidates: [String], width: Int) -> String {
        let cellWidth = (candidates.map(\.count).max() ?? 0) + 2
        let columnCount = max(1, min(candidates.count, width / max(1, cellWidth)))
        let rowCount = (candidates.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                let isLast = column == columnCount - 1 || index + rowCount >= candidates.count
                let candidate = candidates[index]
                line += isLast ? candidate : candidate + String(repeating: " ", count: cellWidth - candidate.count)
            }
            text += line + "\n"
        }
        return text
    }

    // MARK: Prompt

    /// Wraps every ANSI escape sequence (`ESC [ … final`, or `ESC` and one character) in the
    /// literal-escape marker, so libedit does not count color codes as prompt width.
    static func markingEscapeSequences(_ prompt: String) -> String {
        let marker = Unicode.Scalar(UInt8(promptEscape))
        let scalars = Array(prompt.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                if scalars[index] != marker { result.append(scalars[index]) }
                index += 1
                continue
            }
            var end = index + 1
            if end < scalars.count, scalars[end] == "[" {
                end += 1
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            }
            end = min(end + 1, scalars.count)
            result.append(marker)
            result.append(contentsOf: scalars[index..<end])
            result.append(marker)
            index = end
        }
        return String(result)
    }

    // MARK: Plumbing

    private static func reader(of editor: OpaquePointer) -> LibEditLineReader? {
        guard let data = koers_el_get_client_data(editor) else { return nil }
        return Unmanaged<LibEditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    private static func copyToC(_ text: String) -> UnsafeMutablePointer<CChar> {
        // strdup only fails when memory is exhausted, where nothing else would work either.
        text.withCString { strdup($0) }!
    }

    private func showNotices() {
        for notice in history.takeNotices() {
            fputs(notice.text(in: language) + "\n", koers_stderr())
        }
    }

    /// Writes through libedit's own output stream, so the text and libedit's redisplay stay in order.
    private func write(text: String) {
        fputs(text, koers_stdout())
        fflush(koers_stdout())
    }
}
