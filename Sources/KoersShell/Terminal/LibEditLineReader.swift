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
    /// The signal mask while waiting for a key: the caller's, with SIGINT and SIGWINCH let through.
    private var keyWaitMask = sigset_t()

    /// Starts libedit on stdin/stdout/stderr with the history at `historyFile` (nil keeps it
    /// in memory only; see `HistoryStore.defaultPath`). Installs the SIGINT handler and sets
    /// the character type to UTF-8 (falling back to `C.UTF-8`) so non-ASCII input survives.
    /// Does not read `~/.editrc`: a user's libedit settings must not change koers.
    public init(historyFile: String?, completionSource: CompletionSource?) throws(SetupError) {
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
        // koers handles SIGINT and SIGWINCH itself (see readCharacter).
        koers_el_set_signal_handling(editor, 0)
        koers_el_set_read_function(editor, { editor, character in
            guard let editor, let character, let reader = LibEditLineReader.reader(of: editor) else { return -1 }
            return reader.readCharacter(into: character)
        })
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
        ResizeSignal.install()
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
        // SIGINT and SIGWINCH stay blocked while libedit works and are let through only while
        // waiting for a key (readCharacter), so neither can land between a check and a
        // blocking read.
        var editorSignals = sigset_t()
        sigemptyset(&editorSignals)
        sigaddset(&editorSignals, SIGINT)
        sigaddset(&editorSignals, SIGWINCH)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &editorSignals, &previousMask)
        keyWaitMask = previousMask
        sigdelset(&keyWaitMask, SIGINT)
        sigdelset(&keyWaitMask, SIGWINCH)
        // A Ctrl-C pressed while the previous command ran is not meant for this line, and
        // libedit measures the window afresh for every line.
        _ = InterruptSignal.takePending()
        _ = ResizeSignal.takePending()

        errno = 0
        var count: Int32 = 0
        let result = el_gets(editor, &count)
        let readError = errno
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        if result == nil, count < 0, readError == EINTR {
            // libedit clears its line buffer when the next el_gets starts; leave the line the
            // discarded text was typed on.
            write(text: "\n")
            return .interrupted
        }
        guard let result, count > 0 else {
            // Ctrl-D leaves the cursor after the prompt; the shell's next output needs a fresh line.
            write(text: "\n")
            return .endOfInput
        }
        // The text up to its NUL, whatever count says (characters or bytes, by libedit version).
        var line = String(cString: result)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func remember(_ line: String) {
        if history.add(line) { koers_history_enter(editorHistory, line) }
        showNotices()
    }

    // MARK: Reading keys

    /// libedit's read-character function, replaced because SIGINT must end `el_gets`:
    /// libedit's own reader retries or misses a signal that arrives outside its `read`. Here
    /// SIGINT is blocked except inside `pselect`, which then fails with EINTR, and the function
    /// reports that to libedit. A resize (SIGWINCH) interrupts the wait the same way and
    /// redraws the line for the new width. Input is UTF-8 (the reader sets a UTF-8 character type); a
    /// byte that cannot be part of a character is dropped, as libedit does.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var decoder = UTF8CharacterDecoder()
        while true {
            if InterruptSignal.takePending() {
                errno = EINTR
                return -1
            }
            if koers_wait_for_input(STDIN_FILENO, &keyWaitMask) < 0 {
                guard errno == EINTR else { return -1 }
                if ResizeSignal.takePending() {
                    el_resize(editor)
                    koers_el_refresh(editor)
                }
                continue
            }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 0 {
                character.pointee = 0
                return 0
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if let scalar = decoder.add(byte) {
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
        }
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

    /// Wraps the ANSI escape sequences (`ESC [ … final`, or `ESC` and one character) of a prompt
    /// in the literal-escape marker, so libedit does not count color codes as prompt width.
    /// libedit ties each literal run to the visible character after it and drops a run at the
    /// very end, and it cannot take two runs in a row; so adjacent sequences share one run and
    /// a trailing run (`…> ESC[0m`) moves before the last visible character.
    static func markingEscapeSequences(_ prompt: String) -> String {
        let marker = Unicode.Scalar(UInt8(promptEscape))
        let scalars = Array(prompt.unicodeScalars)
        var visible: [[Unicode.Scalar]] = [[]]  // visible text before each literal run, and after the last
        var literals: [[Unicode.Scalar]] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                if scalars[index] != marker { visible[visible.count - 1].append(scalars[index]) }
                index += 1
                continue
            }
            var end = index + 1
            if end < scalars.count, scalars[end] == "[" {
                end += 1
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            }
            end = min(end + 1, scalars.count)
            if let last = visible.last, last.isEmpty, !literals.isEmpty {
                literals[literals.count - 1] += scalars[index..<end]
            } else {
                literals.append(Array(scalars[index..<end]))
                visible.append([])
            }
            index = end
        }
        if visible.last?.isEmpty == true, !literals.isEmpty {
            // A trailing run: hand it the last visible character, or drop it if there is none.
            visible.removeLast()
            let trailing = literals.removeLast()
            if let character = visible[visible.count - 1].popLast() {
                if visible.count > 1, visible[visible.count - 1].isEmpty {
                    literals[literals.count - 1] += trailing
                    visible[visible.count - 1] = [character]
                } else {
                    literals.append(trailing)
                    visible.append([character])
                }
            }
        }
        var result = String.UnicodeScalarView(visible[0])
        for (literal, text) in zip(literals, visible.dropFirst()) {
            result.append(marker)
            result.append(contentsOf: literal)
            result.append(marker)
            result.append(contentsOf: text)
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

    /// Writes through libedit's own output stream, so the text and libedit's redisplay stay in
    /// order; completion candidates come from files, so their control characters are shown.
    private func write(text: String) {
        fputs(VisibleControls.shown(text), koers_stdout())
        fflush(koers_stdout())
    }
}

/// Assembles Unicode scalars from UTF-8 bytes arriving one at a time.
struct UTF8CharacterDecoder {
    private var bytes: [UInt8] = []
    private var expectedLength = 0

    /// Adds a byte; returns the scalar it completes, if any. Invalid bytes are dropped, and an
    /// interrupted sequence gives way to the byte that interrupted it.
    mutating func add(_ byte: UInt8) -> Unicode.Scalar? {
        if !bytes.isEmpty, byte & 0xC0 != 0x80 {
            bytes.removeAll()  // a sequence cut short: start over with this byte
        }
        if bytes.isEmpty {
            expectedLength = Self.length(startingWith: byte)
            guard expectedLength > 0 else { return nil }
        }
        bytes.append(byte)
        guard bytes.count == expectedLength else { return nil }
        defer { bytes.removeAll() }
        var iterator = bytes.makeIterator()
        var utf8 = Unicode.UTF8()
        if case .scalarValue(let scalar) = utf8.decode(&iterator) { return scalar }
        return nil
    }

    /// The length of the sequence a lead byte starts; 0 for a byte that starts none.
    private static func length(startingWith byte: UInt8) -> Int {
        switch byte {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
