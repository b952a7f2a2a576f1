import Glibc

/// Reads lines from a file descriptor (a pipe, a redirected file, a script) without prompts,
/// history or editing. Tolerates what real files contain: CRLF line ends, a last line without
/// a newline, invalid UTF-8 (decoded with U+FFFD, never a crash), a byte order mark before the
/// first line (an editor that saves UTF-8 "with BOM", as goal files may start) and long lines up
/// to `maximumLineLength`.
public final class PlainLineReader: LineReader {
    public let isInteractive = false
    private let fileDescriptor: Int32
    private let closesOnDeinit: Bool
    /// Bytes read but not yet returned; `buffer[consumed...]` is the unread part.
    private var buffer: [UInt8] = []
    private var consumed = 0
    /// Where to resume looking for a newline, so a long line is scanned once, not per read.
    private var searchFrom = 0
    private var reachedEnd = false
    /// Whether the next line is the input's first, which may start with a byte order mark.
    private var atFirstLine = true
    private static let chunkSize = 65536
    /// No command is this long; a line that reaches it is not a command (16 MiB).
    static let maximumLineLength = 16 << 20

    /// Reads from `fileDescriptor`; with `closesOnDeinit` the reader owns and closes it.
    public init(fileDescriptor: Int32, closesOnDeinit: Bool = false) {
        self.fileDescriptor = fileDescriptor
        self.closesOnDeinit = closesOnDeinit
    }

    deinit {
        if closesOnDeinit { close(fileDescriptor) }
    }

    /// The next line without its `\n` or `\r\n`; `.endOfInput` at the end of the input or on a
    /// read error; `.interrupted` when Ctrl-C interrupted the read (nothing read is lost).
    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                return .line(takeLine(endingBefore: newline, skipping: 1))
            }
            searchFrom = buffer.count
            if buffer.count - consumed > Self.maximumLineLength {
                reachedEnd = true
                buffer = []
                consumed = 0
                searchFrom = 0
                return .tooLong
            }
            if reachedEnd {
                guard consumed < buffer.count else { return .endOfInput }
                return .line(takeLine(endingBefore: buffer.count, skipping: 0))
            }
            switch fill() {
            case .readSome: continue
            case .interrupted: return .interrupted
            }
        }
    }

    public func remember(_ line: String) {}

    private enum FillResult { case readSome, interrupted }

    private func fill() -> FillResult {
        if consumed > 0 {
            buffer.removeFirst(consumed)
            searchFrom -= consumed
            consumed = 0
        }
        let start = buffer.count
        buffer += repeatElement(0, count: Self.chunkSize)
        let count = buffer[start...].withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
        let readError = errno
        buffer.removeLast(Self.chunkSize - max(0, count))
        if count < 0, readError == EINTR { return .interrupted }
        if count <= 0 { reachedEnd = true }
        return .readSome
    }

    private func takeLine(endingBefore end: Int, skipping separatorLength: Int) -> String {
        var lineEnd = end
        if lineEnd > consumed, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        var lineStart = consumed
        if atFirstLine, lineEnd - lineStart >= 3, buffer[lineStart..<lineStart + 3].elementsEqual([0xEF, 0xBB, 0xBF]) { lineStart += 3 }
        atFirstLine = false
        let line = String(decoding: buffer[lineStart..<lineEnd], as: UTF8.self)
        consumed = end + separatorLength
        searchFrom = consumed
        return line
    }
}
