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
            out += "\n    \(sourceLine)\n    "
            out += String(repeating: " ", count: max(0, location.column - 1))
            out += String(repeating: "^", count: length)
        }
        if let hint { out += "\n    " + hint.text(in: language) }
        return out
    }
}
