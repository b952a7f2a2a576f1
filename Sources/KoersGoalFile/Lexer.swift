import KoersCore

/// Something wrong at a place in a goal file, before it becomes a `Diagnostic` with the file's path
/// and the source line.
struct Problem: Error {
    /// 0-based line index.
    let line: Int
    /// 1-based column in Unicode scalars.
    let column: Int
    let length: Int
    let message: LocalizedText
    let hint: LocalizedText?

    init(line: Int, column: Int, length: Int, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.line = line
        self.column = column
        self.length = length
        self.message = message
        self.hint = hint
    }

    /// A problem with the token itself: the caret underlines it.
    init(at token: GoalFileToken, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.init(line: token.line, column: token.column, length: token.length, message, hint: hint)
    }

    /// Something missing after the token: the caret stands just after it.
    init(after token: GoalFileToken, _ message: LocalizedText, hint: LocalizedText? = nil) {
        self.init(line: token.line, column: token.column + token.length, length: 1, message, hint: hint)
    }
}

/// One line, split into tokens.
struct LexedLine {
    /// Bytes of leading spaces and tabs.
    var indentationLength = 0
    var tokens: [GoalFileToken] = []
    var hasComment = false
    var problems: [Problem] = []
}

/// Splits one line into tokens, byte by byte: no regular expressions, no copies beyond the
/// tokens' own text, linear in the line's length.
enum Lexer {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let hash = UInt8(ascii: "#")
    private static let comma = UInt8(ascii: ",")

    /// Lexes `bytes`, the line's text (no line ending); `index` is the line's 0-based index.
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, line index: Int) -> LexedLine {
        var result = LexedLine()
        // Most lines hold a handful of tokens: one allocation instead of several regrowths.
        result.tokens.reserveCapacity(8)
        var position = 0
        var column = 1
        let count = bytes.count

        /// Moves `position` to `target`, counting the scalars passed: a byte each when they are all ASCII.
        func advance(to target: Int, ascii: Bool = false) {
            if ascii {
                column += target - position
                position = target
                return
            }
            while position < target {
                if bytes[position] & 0xC0 != 0x80 { column += 1 }
                position += 1
            }
        }

        func scalars(in range: Range<Int>) -> Int {
            var n = 0
            for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        func isDigit(_ i: Int) -> Bool { i >= 0 && i < count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

        /// A no-break space (U+00A0) pasted from a word processor separates like a space.
        func whitespaceLength(at i: Int) -> Int {
            let byte = bytes[i]
            if byte == space || byte == tab || (byte == carriageReturn && i + 1 == count) { return 1 }
            if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0xA0 { return 2 }
            return 0
        }

        // A raw control character outside text (in a comment, a word) would reach the terminal
        // through `changes` or an error's excerpt just the same; one is reported per line.
        var reportedControlOutsideText = false
        func refuseControl(at i: Int, inComment: Bool) {
            guard !reportedControlOutsideText, let control = controlCharacter(bytes, at: i) else { return }
            reportedControlOutsideText = true
            result.problems.append(Problem(
                line: index, column: column + scalars(in: position..<i), length: 1,
                GoalFileMessages.controlCharacterOutsideText(control, inComment: inComment), hint: GoalFileMessages.controlCharacterHint))
        }

        while position < count, bytes[position] == space || bytes[position] == tab { position += 1 }
        result.indentationLength = position
        column = 1 + position

        while position < count {
            let whitespace = whitespaceLength(at: position)
            if whitespace > 0 {
                // One scalar: a space, a tab, a closing CR or a no-break space.
                position += whitespace
                column += 1
                continue
            }
            let start = position
            let startColumn = column
            let byte = bytes[position]
            if byte == hash {
                result.hasComment = true
                for i in position + 1..<count where !reportedControlOutsideText { refuseControl(at: i, inComment: true) }
                break
            }
            if byte == quote {
                // Most texts have no escape: their value is made straight from the line's bytes, and a
                // buffer of their own is made only at the first backslash.
                var unescaped: [UInt8]?
                let contentStart = position + 1
                var contentEnd = count
                var i = contentStart
                var closed = false
                // One unknown escape per text is reported: enough to fix it, and no flood of errors.
                var reportedEscape = false
                // A raw control character (an escape sequence) in text would reach the terminal
                // or a report; one is reported per text, with how to write what was meant.
                var reportedControl = false
                // Columns count scalars; a text of ASCII (nearly all) has one a byte.
                var ascii = true
                while i < count {
                    let b = bytes[i]
                    // Nearly every byte of a text is printable ASCII other than a quote or a
                    // backslash: it is passed without the checks below.
                    if b > 0x1F, b < 0x7F, b != quote, b != backslash {
                        unescaped?.append(b)
                        i += 1
                        continue
                    }
                    if b >= 0x80 { ascii = false }
                    if b == quote {
                        closed = true
                        contentEnd = i
                        i += 1
                        break
                    }
                    if !reportedControl, let control = controlCharacter(bytes, at: i) {
                        reportedControl = true
                        result.problems.append(Problem(
                            line: index, column: startColumn + scalars(in: position..<i), length: 1,
                            GoalFileMessages.controlCharacterInText(control), hint: GoalFileMessages.controlCharacterHint))
                    }
                    if b == backslash, i + 1 < count {
                        var content = unescaped.take() ?? Array(bytes[contentStart..<i])
                        defer { unescaped = content }
                        let escaped = bytes[i + 1]
                        switch escaped {
                        case quote, backslash: content.append(escaped)
                        case UInt8(ascii: "n"): content.append(UInt8(ascii: "\n"))
                        case UInt8(ascii: "t"): content.append(tab)
                        case UInt8(ascii: "r"): content.append(carriageReturn)
                        case _ where !reportedEscape:
                            reportedEscape = true
                            let escapeColumn = startColumn + scalars(in: position..<i)
                            result.problems.append(Problem(
                                line: index, column: escapeColumn, length: 2,
                                GoalFileMessages.unknownEscape(text(i..<min(count, i + 2 + continuationBytes(bytes, after: i + 1)))),
                                hint: GoalFileMessages.escapeHint))
                            content.append(backslash)
                            content.append(escaped)
                        default:
                            content.append(backslash)
                            content.append(escaped)
                        }
                        i += 2
                        continue
                    }
                    unescaped?.append(b)
                    i += 1
                }
                if !closed {
                    result.problems.append(Problem(
                        line: index, column: startColumn, length: 1,
                        GoalFileMessages.unterminatedText, hint: GoalFileMessages.unterminatedTextHint))
                }
                advance(to: i, ascii: ascii)
                result.tokens.append(GoalFileToken(
                    kind: .text, value: unescaped.map { String(decoding: $0, as: UTF8.self) } ?? text(contentStart..<contentEnd), line: index,
                    column: startColumn, length: column - startColumn, utf8Range: start..<i))
                continue
            }
            if let symbolLength = symbolLength(bytes, at: position) {
                advance(to: position + symbolLength)
                result.tokens.append(GoalFileToken(
                    kind: .symbol, value: text(start..<position), line: index,
                    column: startColumn, length: symbolLength, utf8Range: start..<position))
                continue
            }
            // A word runs to the next space, quote, comment or symbol; a comma between two digits
            // belongs to a number (`7,2`, `1.234,5`).
            var end = position
            var ascii = true
            while end < count {
                let b = bytes[end]
                // Nearly every byte of a word is printable ASCII that neither ends it nor is a
                // control character: it is passed without the checks below.
                if b > space, b < 0x7F, b != quote, b != hash, b != comma, !isSymbolByte(b) {
                    end += 1
                    continue
                }
                if b == quote || b == hash || whitespaceLength(at: end) > 0 { break }
                if b == comma {
                    if isDigit(end - 1), isDigit(end + 1) {
                        end += 1
                        continue
                    }
                    break
                }
                if end > position, symbolLength(bytes, at: end) != nil { break }
                refuseControl(at: end, inComment: false)
                if b >= 0x80 { ascii = false }
                end += 1
            }
            advance(to: end, ascii: ascii)
            result.tokens.append(GoalFileToken(
                kind: .word, value: text(start..<end), line: index,
                column: startColumn, length: column - startColumn, utf8Range: start..<end))
        }
        return result
    }

    /// The first byte of a symbol (`symbolLength` is not nil).
    private static func isSymbolByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "("), UInt8(ascii: ")"), comma:
            return true
        default:
            return false
        }
    }

    private static func symbolLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        switch bytes[i] {
        case UInt8(ascii: ">"), UInt8(ascii: "<"):
            return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "=") ? 2 : 1
        case UInt8(ascii: "="), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"), comma:
            return 1
        default:
            return nil
        }
    }

    /// The control character starting at `i` in a line: C0 but tab (and but a line's closing CR),
    /// DEL, or C1 (two bytes in UTF-8).
    private static func controlCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        let byte = bytes[i]
        if byte == 0x0D, i + 1 == bytes.count { return nil }
        if (byte < 0x20 && byte != 0x09) || byte == 0x7F { return Unicode.Scalar(byte) }
        if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return Unicode.Scalar(bytes[i + 1]) }
        return nil
    }

    /// The continuation bytes of the UTF-8 sequence starting at `i`, so that an escape shown in a
    /// message is a whole character.
    private static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Int {
        var n = 0
        while i + 1 + n < bytes.count, bytes[i + 1 + n] & 0xC0 == 0x80 { n += 1 }
        return n
    }
}
