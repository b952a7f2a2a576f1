import KoersCore

/// What parsing one goal file gives: the document when the file has no errors, and every
/// diagnostic found. A file with errors gives no document, so nothing of it is loaded.
public struct GoalFileParseResult: Sendable {
    public let path: String
    public let document: GoalFileDocument?
    /// Sorted by line and column.
    public let diagnostics: [Diagnostic]

    /// The figures written in the file itself; empty when the file has errors.
    public var inlineValues: [InlineValue] { document?.content.inlineValues ?? [] }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What loading one goal file gives: the file (its text and what it declares, without its
/// document) when it has no errors, and every diagnostic found, exactly as `parse` finds them.
public struct GoalFileLoadResult: Sendable {
    public let path: String
    public let file: LoadedGoalFile?
    /// Sorted by line and column.
    public let diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads goal files: text in, document and diagnostics out. No file I/O: the caller reads the
/// file and passes its text and path (the path is used in locations only).
public enum GoalFileParser {
    public static func parse(text: String, path: String) -> GoalFileParseResult {
        var text = text
        let (parsed, parts) = text.withUTF8 { bytes in
            var parser = LineParser(path: path, bytes: bytes, keepsDocument: true)
            parser.read()
            let parsed = parser.finish()
            return (parsed, parsed.diagnostics.isEmpty ? parser.documentParts : nil)
        }
        let document = parts.map { GoalFileDocument($0, text: text, content: parsed.content) }
        return GoalFileParseResult(path: path, document: document, diagnostics: parsed.diagnostics)
    }

    /// Reads a goal file for loading: the same checks and diagnostics as `parse`, but each block
    /// is dropped as soon as its meaning is taken, and no document (lines, tokens, blocks) is
    /// kept. The file keeps its text, from which the document is built when an edit needs it.
    /// `declared` is told of each data declaration as soon as its block is read, before the rest
    /// of the file, so that a caller can start reading a large data file meanwhile; the
    /// declaration may still belong to a file with errors.
    public static func load(text: String, path: String, declared: ((DataDeclaration) -> Void)? = nil) -> GoalFileLoadResult {
        var text = text
        let parsed = text.withUTF8 { bytes in
            var parser = LineParser(path: path, bytes: bytes, keepsDocument: false, declared: declared)
            parser.read()
            return parser.finish()
        }
        let file = parsed.diagnostics.isEmpty ? LoadedGoalFile(path: path, text: text, content: parsed.content) : nil
        return GoalFileLoadResult(path: path, file: file, diagnostics: parsed.diagnostics)
    }

    /// The document of a text that `load` read without errors.
    static func document(text: String, path: String) -> GoalFileDocument {
        var text = text
        let (parsed, parts) = text.withUTF8 { bytes in
            var parser = LineParser(path: path, bytes: bytes, keepsDocument: true)
            parser.read()
            let parsed = parser.finish()
            return (parsed, parser.documentParts)
        }
        return GoalFileDocument(parts, text: text, content: parsed.content)
    }
}

/// What a parser that keeps the document read, besides the text and the content.
struct DocumentParts {
    let path: String
    let hasByteOrderMark: Bool
    let lineSpans: [LineSpan]
    let blocks: [GoalFileBlock]
    let directives: [NotationDirective]
}

extension GoalFileDocument {
    init(_ parts: DocumentParts, text: String, content: GoalFileContent) {
        self.init(path: parts.path, hasByteOrderMark: parts.hasByteOrderMark, text: text, lineSpans: parts.lineSpans,
                  blocks: parts.blocks, directives: parts.directives, content: content)
    }
}

/// A field while its lines are being read.
struct FieldDraft {
    let keyword: GoalFileToken
    var kind: FieldKind?
    var values: [GoalFileToken]
    let firstLine: Int
    /// Where the field's first line starts in the file's bytes.
    let firstLineStart: Int
    var lastLine: Int
    let indentation: String
    /// A syntax error was reported for this field: lowering skips it, so one mistake gives one error.
    var broken: Bool

    var field: GoalFileField {
        GoalFileField(keyword: keyword, kind: kind, values: values, lines: firstLine..<lastLine + 1, indentation: indentation)
    }
}

/// A block while its lines are being read.
struct BlockDraft {
    let kind: BlockKind
    let keyword: GoalFileToken
    /// nil when the header has no usable id or path (an error was reported).
    let name: GoalFileToken?
    let headerLine: Int
    var lastLine: Int
    var fields: [FieldDraft] = []
    /// The indentation of the block's first field, which every field must repeat.
    var fieldIndentation: Indentation?
}

/// The spaces and tabs before a block's fields: where they stand in the file, and as written.
struct Indentation {
    let bytes: Range<Int>
    let text: String
}

/// The first phase: splits the text into lines, lexes each, and sorts the lines into
/// directives, block headers, fields, continuation lines and trivia. Each block is handed to
/// `Lowering` for its meaning as soon as it ends (once the file's notation is known).
struct LineParser {
    let path: String
    /// The file's text; valid while the parser is used.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the blocks (with their tokens) are kept for a document; a load keeps only the meaning.
    let keepsDocument: Bool
    /// Where each line stands in `bytes`, and what it is.
    private var lineSpans: [LineSpan] = []
    private var hasByteOrderMark = false
    /// The block being read, if its header was understood.
    private var current: BlockDraft?
    /// Within a block whose header was not understood: its lines are passed over.
    private var skipping = false
    /// The blocks read, for the document: each made when its draft ends, so that the drafts (and
    /// their fields' copies of the tokens) go one by one rather than all at the end.
    private var blocks: [GoalFileBlock] = []
    /// Blocks read before the notation was known: lowered once it is (or at the end, without one).
    private var waitingForNotation: [BlockDraft] = []
    /// Set once the notation is final: at the first valid directive, or at the end of the file.
    private var lowering: Lowering?
    private var directives: [NotationDirective] = []
    private var problems: [Problem] = []
    /// One error for a run of indented lines outside any block, not one per line.
    private var reportedOutsideBlock = false

    /// Told of each data declaration as it is lowered.
    private let declared: ((DataDeclaration) -> Void)?

    init(path: String, bytes: UnsafeBufferPointer<UInt8>, keepsDocument: Bool, declared: ((DataDeclaration) -> Void)? = nil) {
        self.path = path
        self.bytes = bytes
        self.keepsDocument = keepsDocument
        self.declared = declared
    }

    mutating func read() {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            hasByteOrderMark = true
            start = 3
        }
        let newline = UInt8(ascii: "\n")
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            let ending: LineEnding
            var contentEnd = end
            if end == bytes.count {
                ending = .none
            } else if end > start, bytes[end - 1] == UInt8(ascii: "\r") {
                ending = .crlf
                contentEnd = end - 1
            } else {
                ending = .lf
            }
            let content = UnsafeBufferPointer(rebasing: bytes[start..<contentEnd])
            let index = lineSpans.count
            let lexed = Lexer.lex(content, line: index)
            let role = classify(lexed, line: index, lineStart: start)
            lineSpans.append(LineSpan(start: start, length: UInt32(clamping: contentEnd - start), ending: ending, role: role))
            start = end + 1
        }
    }

    /// Ends the file: what it declares, and every diagnostic, sorted by place.
    mutating func finish() -> (content: GoalFileContent, diagnostics: [Diagnostic]) {
        closeBlock()
        if lowering == nil { startLowering(notation: nil) }
        let diagnostics = (problems + (lowering?.problems ?? []))
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            .map(diagnostic)
        var content = lowering?.content ?? GoalFileContent()
        content.goals = content.goals.trimmedToFit()
        content.metrics = content.metrics.trimmedToFit()
        content.inlineValues = content.inlineValues.trimmedToFit()
        return (content, diagnostics)
    }

    /// The lines, blocks and directives read; only a parser that keeps the document has blocks.
    var documentParts: DocumentParts {
        DocumentParts(
            path: path, hasByteOrderMark: hasByteOrderMark, lineSpans: lineSpans, blocks: blocks, directives: directives)
    }

    private mutating func startLowering(notation: NumberNotation?) {
        var started = Lowering(path: path, notation: notation, bytes: bytes, declared: declared)
        for block in waitingForNotation { started.lower(block) }
        waitingForNotation = []
        lowering = started
    }

    /// The text of a line, without its line ending.
    private func lineText(_ index: Int) -> String {
        guard lineSpans.indices.contains(index) else { return "" }
        let span = lineSpans[index]
        let start = min(span.start, bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(start + Int(span.length), bytes.count)]), as: UTF8.self)
    }

    private func diagnostic(_ problem: Problem) -> Diagnostic {
        let text = lineText(problem.line)
        return Diagnostic(
            .error, at: SourceLocation(file: path, line: problem.line + 1, column: problem.column), problem.message,
            sourceLine: Self.displayed(text), length: problem.length, hint: problem.hint)
    }

    /// The line as shown under an error: tabs become single spaces, so that the caret, which
    /// counts one column per character, stands under the right place.
    static func displayed(_ line: String) -> String {
        line.contains("\t") ? String(line.map { $0 == "\t" ? " " : $0 }) : line
    }

    // MARK: - Sorting lines

    private mutating func classify(_ lexed: LexedLine, line index: Int, lineStart: Int) -> GoalFileLine.Role {
        let lexedCleanly = lexed.problems.isEmpty
        if !lexedCleanly { problems.append(contentsOf: lexed.problems) }
        guard let first = lexed.tokens.first else { return lexed.hasComment ? .comment : .blank }
        // Indentation is spaces and tabs, a byte each: it is compared by its bytes, and made a
        // string only for a block's first field or a field indented otherwise.
        let indentation = lineStart..<lineStart + lexed.indentationLength
        if indentation.isEmpty {
            closeBlock()
            reportedOutsideBlock = false
            return header(lexed.tokens, first: first, line: index)
        }
        guard current != nil else {
            if !skipping, !reportedOutsideBlock {
                problems.append(Problem(at: first, GoalFileMessages.indentedOutsideBlock, hint: GoalFileMessages.indentedOutsideBlockHint))
                reportedOutsideBlock = true
            }
            return .field
        }
        current?.lastLine = index
        // The block is read through `current?` only, never copied out: a copy would share its
        // fields array, and every append would then copy it whole.
        if let fieldIndentation = current?.fieldIndentation, current?.fields.isEmpty == false,
           indentation.count > fieldIndentation.bytes.count, begins(indentation, with: fieldIndentation.bytes) {
            continuation(lexed.tokens, line: index, lexedCleanly: lexedCleanly)
            return .continuation
        }
        var broken = !lexedCleanly
        let indentationText: String
        if let fieldIndentation = current?.fieldIndentation {
            if indentation.count == fieldIndentation.bytes.count, begins(indentation, with: fieldIndentation.bytes) {
                indentationText = fieldIndentation.text
            } else {
                indentationText = text(indentation)
                let firstFieldLine = current?.fields.first?.firstLine ?? index
                problems.append(Problem(
                    line: index, column: 1, length: indentation.count,
                    GoalFileMessages.inconsistentIndentation(firstFieldLine: firstFieldLine + 1),
                    hint: GoalFileMessages.inconsistentIndentationHint))
                broken = true
            }
        } else {
            indentationText = text(indentation)
            current?.fieldIndentation = Indentation(bytes: indentation, text: indentationText)
        }
        if let kind = current?.kind {
            let draft = field(lexed.tokens, in: kind, line: index, lineStart: lineStart, indentation: indentationText, broken: broken)
            // Room for a typical block's fields at once, rather than growing one, two, four, eight.
            if current?.fields.isEmpty == true { current?.fields.reserveCapacity(8) }
            current?.fields.append(draft)
        }
        return .field
    }

    /// Whether the file's bytes at `range` begin with those at `prefix`.
    private func begins(_ range: Range<Int>, with prefix: Range<Int>) -> Bool {
        guard range.count >= prefix.count else { return false }
        for offset in 0..<prefix.count where bytes[range.lowerBound + offset] != bytes[prefix.lowerBound + offset] { return false }
        return true
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private mutating func header(_ tokens: [GoalFileToken], first: GoalFileToken, line index: Int) -> GoalFileLine.Role {
        guard first.kind == .word, let keyword = GoalFileVocabulary.headerLookup[first.value] else {
            reportUnknownHeader(first)
            skipping = true
            return .header
        }
        switch keyword {
        case .notation:
            directive(tokens, keyword: first)
            return .directive
        case let .block(kind):
            var name: GoalFileToken?
            if tokens.count < 2 {
                problems.append(Problem(after: first, GoalFileMessages.expected(kind == .data ? .path : .id, found: nil),
                                        hint: kind == .data ? GoalFileMessages.pathHint : GoalFileMessages.idHint))
            } else if kind == .data {
                if tokens[1].kind == .text {
                    name = tokens[1]
                } else {
                    problems.append(Problem(at: tokens[1], GoalFileMessages.expected(.path, found: tokens[1]), hint: GoalFileMessages.pathHint))
                }
            } else if tokens[1].kind == .word, Identifier.isValid(tokens[1].value) {
                name = tokens[1]
            } else {
                problems.append(Problem(at: tokens[1], GoalFileMessages.expected(.id, found: tokens[1]), hint: GoalFileMessages.idHint))
            }
            if name != nil, tokens.count > 2 {
                problems.append(Problem(at: tokens[2], GoalFileMessages.unexpected(tokens[2], expected: .endOfLine)))
            }
            current = BlockDraft(kind: kind, keyword: first, name: name, headerLine: index, lastLine: index)
            return .header
        }
    }

    private mutating func reportUnknownHeader(_ first: GoalFileToken) {
        guard first.kind == .word else {
            problems.append(Problem(at: first, GoalFileMessages.expected(.blockHeader, found: first)))
            return
        }
        let word = GoalFileVocabulary.folded(first.value)
        if let field = GoalFileVocabulary.fieldLookup[word] {
            problems.append(Problem(at: first, GoalFileMessages.fieldAtMargin(first.value, field: field)))
            return
        }
        let candidates = GoalFileVocabulary.headerKeywords(in: nil)
        problems.append(Problem(at: first, GoalFileMessages.unknownHeader(first.value),
                                hint: Suggestion.closest(to: word, among: candidates).map(GoalFileMessages.didYouMean)))
    }

    private mutating func directive(_ tokens: [GoalFileToken], keyword: GoalFileToken) {
        guard tokens.count >= 2 else {
            problems.append(Problem(after: keyword, GoalFileMessages.expected(.notationValue, found: nil)))
            return
        }
        let value = tokens[1]
        guard value.kind == .word, let notation = GoalFileVocabulary.notationValues[value.value] else {
            problems.append(Problem(at: value, GoalFileMessages.expected(.notationValue, found: value)))
            return
        }
        if tokens.count > 2 {
            problems.append(Problem(at: tokens[2], GoalFileMessages.unexpected(tokens[2], expected: .endOfLine)))
            return
        }
        if let earlier = directives.first {
            problems.append(Problem(at: keyword, GoalFileMessages.duplicateNotation(firstLine: earlier.line + 1)))
            return
        }
        directives.append(NotationDirective(keyword: keyword, value: value, notation: notation))
        startLowering(notation: notation)
    }

    private mutating func field(
        _ tokens: [GoalFileToken], in block: BlockKind, line index: Int, lineStart: Int, indentation: String, broken: Bool
    ) -> FieldDraft {
        let (keyword, values) = Self.keywordAndValues(tokens, in: block)
        var draft = FieldDraft(keyword: keyword, kind: nil, values: values, firstLine: index,
                               firstLineStart: lineStart, lastLine: index, indentation: indentation, broken: broken)
        guard keyword.kind == .word else {
            problems.append(Problem(at: keyword, GoalFileMessages.expected(.fieldKeyword, found: keyword),
                                    hint: keyword.kind == .text ? GoalFileMessages.continuationHint : nil))
            draft.broken = true
            return draft
        }
        guard block != .data else { return draft }
        let kind: FieldKind
        do throws(Problem) {
            kind = try Self.fieldKind(of: keyword, in: block)
        } catch {
            problems.append(error)
            draft.broken = true
            return draft
        }
        draft.kind = kind
        // By index: `first(where:)` would copy every earlier field of the block.
        if !GoalFileVocabulary.isRepeatable(kind), let earlier = current?.fields.firstIndex(where: { $0.kind == kind }),
           let firstLine = current?.fields[earlier].firstLine {
            problems.append(Problem(at: keyword, GoalFileMessages.duplicateField(keyword.value, block: block, firstLine: firstLine + 1)))
            draft.broken = true
        }
        return draft
    }

    /// The field keyword and the value tokens of a field line. A keyword of several words
    /// (`ter kennisname`) becomes one token spanning them; a data block's keys are single words.
    static func keywordAndValues(_ tokens: [GoalFileToken], in block: BlockKind) -> (keyword: GoalFileToken, values: [GoalFileToken]) {
        let length = block == .data ? 1 : GoalFileVocabulary.keywordLength(tokens)
        let first = tokens[0], last = tokens[length - 1]
        let keyword = length == 1 ? first : GoalFileToken(
            kind: .word, value: tokens[..<length].map(\.value).joined(separator: " "), line: first.line, column: first.column,
            length: last.column + last.length - first.column, utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound)
        // An array of exactly the values, as a document keeps it. Reserved and appended to, which
        // the compiler specializes: `Array(tokens[length...])` and `Array(unsafeUninitializedCapacity:)`
        // take generic paths of 400 to 600 instructions.
        var values: [GoalFileToken] = []
        values.reserveCapacity(tokens.count - length)
        for index in length..<tokens.count { values.append(tokens[index]) }
        return (keyword, values)
    }

    /// What a keyword means in a goal or metric block, or the problem with it: unknown (with a
    /// suggestion), or a field of the other kind of block.
    static func fieldKind(of keyword: GoalFileToken, in block: BlockKind) throws(Problem) -> FieldKind {
        guard keyword.kind == .word else { throw Problem(at: keyword, GoalFileMessages.expected(.fieldKeyword, found: keyword)) }
        guard let kind = GoalFileVocabulary.fieldLookup[keyword.value] else {
            let word = GoalFileVocabulary.folded(keyword.value)
            let candidates = GoalFileVocabulary.fieldKeywords(of: block, in: nil)
            throw Problem(at: keyword, GoalFileMessages.unknownField(keyword.value, block: block),
                          hint: Suggestion.closest(to: word, among: candidates).map(GoalFileMessages.didYouMean)
                              ?? GoalFileMessages.fieldList(block))
        }
        guard GoalFileVocabulary.takes(block, kind) else {
            throw Problem(at: keyword, GoalFileMessages.fieldInWrongBlock(keyword.value, field: kind, block: block))
        }
        return kind
    }

    /// Adds a continuation line's tokens to the block's last field.
    private mutating func continuation(_ tokens: [GoalFileToken], line index: Int, lexedCleanly: Bool) {
        guard let last = current?.fields.indices.last else { return }
        current?.fields[last].lastLine = index
        current?.fields[last].values.append(contentsOf: tokens)
        if !lexedCleanly { current?.fields[last].broken = true }
        if let offending = tokens.first(where: { $0.kind != .text && !$0.isSymbol(",") }) {
            problems.append(Problem(at: offending, GoalFileMessages.continuationNotText, hint: GoalFileMessages.continuationNotTextHint))
            current?.fields[last].broken = true
        }
    }

    private mutating func closeBlock() {
        if let current {
            if keepsDocument, let name = current.name {
                blocks.append(GoalFileBlock(kind: current.kind, keyword: current.keyword, name: name, fields: current.fields.map(\.field),
                                            lines: current.headerLine..<current.lastLine + 1))
            }
            if lowering == nil {
                waitingForNotation.append(current)
            } else {
                lowering?.lower(current)
            }
        }
        current = nil
        skipping = false
    }
}

/// Ids of goals, metrics, labels and waiver rules: letters, digits, `_` and `-`, starting with a letter.
enum Identifier {
    static func isValid(_ word: String) -> Bool {
        // Nearly every id is ASCII: check its bytes before asking Unicode about letters.
        let asciiVerdict: Bool? = word.withBytes { bytes in
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                guard letter || (offset > 0 && (digit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-"))) else { return false }
            }
            return !bytes.isEmpty
        }
        if let asciiVerdict { return asciiVerdict }
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isAlphabetic else { return false }
        while let scalar = scalars.next() {
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" else { return false }
        }
        return true
    }
}
