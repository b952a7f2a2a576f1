import KoersCore

/// How a line ends in the file. Kept per line, so that a file prints back byte for byte.
public enum LineEnding: String, Sendable, Hashable, CaseIterable {
    case lf = "\n"
    case crlf = "\r\n"
    /// The last line of a file that does not end in a line break.
    case none = ""
}

/// One line of a goal file, without its line ending, and what it is.
public struct GoalFileLine: Sendable, Hashable {
    public enum Role: UInt8, Sendable, Hashable {
        /// Empty or only spaces and tabs.
        case blank
        /// Only a comment (after optional indentation).
        case comment
        /// `notation nl` / `getalnotatie nl`.
        case directive
        /// `goal ID`, `metric ID`, `data "PATH"`, `document ID`, `programme ID`.
        case header
        /// The first line of a field.
        case field
        /// A further line of a field's text.
        case continuation
    }

    /// The text of the line, without the line ending (and, on the first line, without a byte order mark).
    public var text: String
    public var ending: LineEnding
    public var role: Role

    init(text: String, ending: LineEnding, role: Role) {
        self.text = text
        self.ending = ending
        self.role = role
    }
}

/// Where a line stands in a document's text, and what it is: the line's text is made from the
/// document's text when asked for, so that a file of 300,000 lines keeps no string per line.
struct LineSpan: Sendable, Hashable {
    /// The UTF-8 offset of the line's first byte in the text.
    let start: Int
    /// The line's length in UTF-8 bytes, without the line ending.
    let length: UInt32
    let ending: LineEnding
    let role: GoalFileLine.Role
}

/// The lines of a document, each made from the document's text when read.
public struct GoalFileLines: RandomAccessCollection, Sendable, Hashable {
    let text: String
    let spans: [LineSpan]

    public var startIndex: Int { 0 }
    public var endIndex: Int { spans.count }

    public subscript(position: Int) -> GoalFileLine {
        let span = spans[position]
        return GoalFileLine(text: Self.text(of: span, in: text), ending: span.ending, role: span.role)
    }

    /// The text of a line, without its ending.
    static func text(of span: LineSpan, in text: String) -> String {
        let utf8 = text.utf8
        let count = utf8.count
        let start = utf8.index(utf8.startIndex, offsetBy: Swift.min(span.start, count))
        let end = utf8.index(utf8.startIndex, offsetBy: Swift.min(span.start + Int(span.length), count))
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

/// A token: a word, a quoted text or a symbol, with where it stands.
///
/// Positions are kept in 32 bits so that a file of tens of thousands of goals stays small in memory.
public struct GoalFileToken: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        /// A run of characters other than spaces and the symbols: `goal`, `49.525`, `+10%`, `2021-Q3`.
        case word
        /// A quoted text; `value` holds it with its escapes resolved.
        case text
        /// One of `>=`, `<=`, `=`, `>`, `<`, `{`, `}`, `(`, `)`, `,`.
        case symbol
    }

    /// The word or symbol as written; for a quoted text, its content with escapes resolved.
    public let value: String
    private let lineIndex: Int32
    private let startColumn: Int32
    private let scalarLength: Int32
    private let utf8Start: Int32
    private let utf8End: Int32
    // Last, so that it fills the space after the 32-bit fields: 40 bytes a token instead of 48.
    public let kind: Kind

    init(kind: Kind, value: String, line: Int, column: Int, length: Int, utf8Range: Range<Int>) {
        self.kind = kind
        self.value = value
        self.lineIndex = Int32(truncatingIfNeeded: line)
        self.startColumn = Int32(truncatingIfNeeded: column)
        self.scalarLength = Int32(truncatingIfNeeded: length)
        self.utf8Start = Int32(truncatingIfNeeded: utf8Range.lowerBound)
        self.utf8End = Int32(truncatingIfNeeded: utf8Range.upperBound)
    }

    /// 0-based index of the line in `GoalFileDocument.lines`.
    public var line: Int { Int(lineIndex) }
    /// 1-based column, counted in Unicode scalars.
    public var column: Int { Int(startColumn) }
    /// Length in Unicode scalars, as written (quotes and escapes included).
    public var length: Int { Int(scalarLength) }
    /// Where the token stands within its line's UTF-8 bytes.
    public var utf8Range: Range<Int> { Int(utf8Start)..<Int(utf8End) }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && value == symbol }
}

/// A field of a block: its keyword as written and its value tokens. A field spans its own line
/// and any continuation lines below it.
public struct GoalFileField: Sendable, Hashable {
    /// The keyword token as written (`titel`, `Title`, an import option's key).
    public let keyword: GoalFileToken
    /// What the keyword means; nil for the import options of a data block, whose keys are free.
    public let kind: FieldKind?
    /// The tokens after the keyword, on the field's line and its continuation lines; comments excluded.
    public let values: [GoalFileToken]
    /// 0-based indices into `GoalFileDocument.lines`: the field's line and its continuation lines.
    public let lines: Range<Int>
    /// The spaces and tabs before the keyword, exactly as written.
    public let indentation: String

    /// The language particular to the keyword's spelling; nil when both write it so, or for import options.
    public var keywordLanguage: Language? {
        kind.flatMap { GoalFileVocabulary.spelling($0).language(of: keyword.value) }
    }
}

/// `notation nl` / `getalnotatie en`: how ambiguous numbers in the file are read.
public struct NotationDirective: Sendable, Hashable {
    public let keyword: GoalFileToken
    public let value: GoalFileToken
    public let notation: NumberNotation

    public var line: Int { keyword.line }
    public var keywordLanguage: Language? { GoalFileVocabulary.notation.language(of: keyword.value) }
}

/// A block: a header line (`goal ID`, `metric ID`, `data "PATH"`) and its fields.
public struct GoalFileBlock: Sendable, Hashable {
    public let kind: BlockKind
    /// The header keyword as written (`goal`, `doel`, …).
    public let keyword: GoalFileToken
    /// The id (goal, metric) or the quoted path (data) on the header line.
    public let name: GoalFileToken
    public let fields: [GoalFileField]
    /// 0-based indices into `GoalFileDocument.lines`, from the header to the block's last field
    /// line. Comments and blank lines after the last field are not part of the block.
    public let lines: Range<Int>

    public var headerLine: Int { lines.lowerBound }

    /// The fields of one kind, in file order.
    public func fields(_ kind: FieldKind) -> [GoalFileField] { fields.filter { $0.kind == kind } }

    /// The language the block's keywords are written in: the majority of its header and field
    /// keywords that are particular to a language; nil when none is (`data "x"` with free options).
    public var keywordLanguage: Language? {
        var votes = (en: 0, nl: 0)
        let languages = [GoalFileVocabulary.spelling(kind).language(of: keyword.value)] + fields.map(\.keywordLanguage)
        for language in languages {
            switch language {
            case .en?: votes.en += 1
            case .nl?: votes.nl += 1
            case nil: break
            }
        }
        if votes.en == votes.nl { return nil }
        return votes.nl > votes.en ? .nl : .en
    }

    /// The indentation its fields are written with; nil when it has none.
    public var fieldIndentation: String? { fields.first?.indentation }
}

/// A goal file as written: every line with its ending, the blocks and their fields with their
/// places, and what the file means (`content`). Printing an unedited document gives back the
/// original text byte for byte.
///
/// A document exists only for a file without errors, so its content is always complete and valid
/// on its own (checks that need every file, such as duplicate ids, are the assembler's).
public struct GoalFileDocument: Sendable, Hashable {
    public let path: String
    /// Whether the text began with U+FEFF. The mark is not part of the first line's text;
    /// the printer writes it back.
    public let hasByteOrderMark: Bool
    /// The text the document was read from, byte order mark included: kept once, and every
    /// line is a place in it.
    public let text: String
    let lineSpans: [LineSpan]
    public let blocks: [GoalFileBlock]
    public let directives: [NotationDirective]
    /// The metrics, goals, data declarations and inline values the file declares.
    public let content: GoalFileContent

    /// Every line with its ending and role, each made from `text` when read.
    public var lines: GoalFileLines { GoalFileLines(text: text, spans: lineSpans) }

    /// The file's `notation` directive, nil when it has none.
    public var notation: NumberNotation? { directives.first?.notation }

    public func location(of token: GoalFileToken) -> SourceLocation {
        SourceLocation(file: path, line: token.line + 1, column: token.column)
    }

    /// The block declaring a goal, metric or data file (by id, or by path for data).
    public func block(_ kind: BlockKind, named name: String) -> GoalFileBlock? {
        blocks.first { $0.kind == kind && $0.name.value == name }
    }

    /// The keyword language most of the file is written in; English when no keyword says.
    public var keywordLanguage: Language {
        var votes = (en: 0, nl: 0)
        for language in blocks.map(\.keywordLanguage) + directives.map(\.keywordLanguage) {
            switch language {
            case .en?: votes.en += 1
            case .nl?: votes.nl += 1
            case nil: break
            }
        }
        return votes.nl > votes.en ? .nl : .en
    }

    /// The line ending most lines use, so that inserted lines match; LF for a one-line file.
    public var lineEnding: LineEnding {
        var crlf = 0, lf = 0
        for line in lineSpans {
            if line.ending == .crlf { crlf += 1 } else if line.ending == .lf { lf += 1 }
        }
        return crlf > lf ? .crlf : .lf
    }

    /// The indentation most fields use; four spaces when the file has no fields.
    public var fieldIndentation: String {
        var counts: [String: Int] = [:]
        for block in blocks {
            for field in block.fields { counts[field.indentation, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "    "
    }

    /// The text with the lines in `range` replaced by `replacement` (texts without line endings):
    /// the building block of a format-preserving edit. Every other line keeps its bytes; new
    /// lines take the file's usual line ending, and a file without a final line break keeps lacking one.
    /// Parse the result to get the edited document.
    public func replacingLines(_ range: Range<Int>, with replacement: [String]) -> String {
        let range = range.clamped(to: lines.indices)
        var edited = Array(lines[..<range.lowerBound])
        let usual = lineEnding
        let endsAtFileEnd = range.upperBound == lines.count
        let lastEnding = range.isEmpty ? usual : lines[range.upperBound - 1].ending
        for (offset, text) in replacement.enumerated() {
            let isLast = offset == replacement.count - 1
            edited.append(GoalFileLine(text: text, ending: isLast ? lastEnding : usual, role: .field))
        }
        edited.append(contentsOf: lines[range.upperBound...])
        if endsAtFileEnd, let final = lines.last?.ending, !edited.isEmpty {
            // Appending after, or deleting, a last line without a line break: the new last line lacks it,
            // and the lines before it need one.
            for index in edited.indices.dropLast() where edited[index].ending == .none {
                edited[index].ending = usual
            }
            edited[edited.count - 1].ending = final
        }
        return GoalFilePrinter.print(lines: edited, byteOrderMark: hasByteOrderMark)
    }
}

/// A figure written in a goal file itself: `value {productgroep=Burgerzaken} 2020 = 13.657`.
/// The shell registers a goal file's inline values as a data source.
public struct InlineValue: Sendable, Hashable {
    public var series: SeriesKey
    public var period: Period
    public var value: Double
    /// The period was written with a trailing `*`.
    public var provisional: Bool
    /// Where the number stands.
    @IgnoredInEquality public var location: SourceLocation?

    public init(series: SeriesKey, period: Period, value: Double, provisional: Bool = false, location: SourceLocation? = nil) {
        self.series = series
        self.period = period
        self.value = value
        self.provisional = provisional
        self.location = location
    }
}

/// What one goal file declares, each entity with its location.
public struct GoalFileContent: Sendable, Hashable {
    public var metrics: [Metric]
    public var goals: [Goal]
    public var documents: [PolicyDocument]
    public var programmes: [Programme]
    public var dataDeclarations: [DataDeclaration]
    public var inlineValues: [InlineValue]

    public init(
        metrics: [Metric] = [], goals: [Goal] = [], documents: [PolicyDocument] = [], programmes: [Programme] = [],
        dataDeclarations: [DataDeclaration] = [], inlineValues: [InlineValue] = []
    ) {
        self.metrics = metrics
        self.goals = goals
        self.documents = documents
        self.programmes = programmes
        self.dataDeclarations = dataDeclarations
        self.inlineValues = inlineValues
    }
}
