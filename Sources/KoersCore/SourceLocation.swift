/// A place in a text file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// Something wrong, or worth knowing, about an input: where it is and what to do about it.
public struct Diagnostic: Sendable, Hashable, Error {
    public enum Severity: String, Sendable, Hashable, Comparable, Codable {
        case error, warning, info

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .info: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: LocalizedText
    /// The text of the offending line, shown with a caret under `location.column`.
    public var sourceLine: String?
    /// How many columns the caret underlines (at least one).
    public var length: Int
    public var hint: LocalizedText?

    public init(
        _ severity: Severity,
        at location: SourceLocation?,
        _ message: LocalizedText,
        sourceLine: String? = nil,
        length: Int = 1,
        hint: LocalizedText? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
        self.length = max(1, length)
        self.hint = hint
    }

    /// `FILE:LINE:COL: error: message`, then the line with a caret, then the hint:
    /// the form compilers use, so editors and CI logs can jump to the place.
    public func formatted(in language: Language) -> String {
        let severityWord: String
        switch (severity, language) {
        case (.error, .en): severityWord = "error"
        case (.error, .nl): severityWord = "fout"
        case (.warning, .en): severityWord = "warning"
        case (.warning, .nl): severityWord = "waarschuwing"
        case (.info, _): severityWord = "info"
        }
        var out = ""
        if let location { out += "\(location): " }
        out += "\(severityWord): \(message.text(in: language))"
        if let sourceLine, let location {
            let excerpt = Self.excerpt(of: sourceLine, around: location.column, length: length)
            // A control character in the line is shown as `\u{1B}`; the caret moves with it.
            let characters = Array(excerpt.text)
            let caretStart = min(characters.count, excerpt.caretColumn - 1)
            let before = VisibleControls.shown(String(characters[..<caretStart]), keepingLineBreaks: false)
            let marked = VisibleControls.shown(String(characters[caretStart..<min(characters.count, caretStart + excerpt.caretLength)]), keepingLineBreaks: false)
            out += "\n    \(VisibleControls.shown(excerpt.text, keepingLineBreaks: false))\n    "
            out += String(repeating: " ", count: before.count)
            out += String(repeating: "^", count: max(excerpt.caretLength, marked.count))
        }
        if let hint { out += "\n    " + hint.text(in: language) }
        return out
    }

    /// The widest line shown under a message: longer lines are cut to a window around the place.
    static let maximumExcerpt = 120

    /// The part of `line` to show, with the caret's column and length within it: a window of
    /// at most `maximumExcerpt` characters around `column`, cut ends marked with `…`.
    static func excerpt(of line: String, around column: Int, length: Int) -> (text: String, caretColumn: Int, caretLength: Int) {
        let characters = Array(line)
        guard characters.count > maximumExcerpt else {
            return (line, max(1, column), length)
        }
        let caret = min(max(0, column - 1), characters.count)
        let start = max(0, min(caret - maximumExcerpt / 3, characters.count - maximumExcerpt))
        let end = min(characters.count, start + maximumExcerpt)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let text = prefix + String(characters[start..<end]) + suffix
        return (text, caret - start + prefix.count + 1, max(1, min(length, end - caret)))
    }
}
