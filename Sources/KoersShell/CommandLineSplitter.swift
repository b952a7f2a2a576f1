/// One word of a command line, with where it starts (a character offset) so completion can
/// replace it.
public struct CommandWord: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Whether any part of the word was quoted (a quoted word is never an option).
    public var quoted: Bool
}

/// Splits what a user typed into statements (separated by `;`) of words, with shell-like
/// quoting: `"…"` and `'…'` group words, `\` escapes the next character.
public enum CommandLineSplitter {
    public enum Result: Sendable, Equatable {
        case complete([[CommandWord]])
        /// An open quote or a trailing backslash: the command goes on on the next line.
        case incomplete
    }

    public static func split(_ line: String) -> Result {
        var statements: [[CommandWord]] = []
        var words: [CommandWord] = []
        var current = ""
        var wordStart: Int?
        var quoted = false
        var quote: Character?
        var escaping = false
        var inComment = false

        func finishWord(at end: Int) {
            if let start = wordStart {
                words.append(CommandWord(text: current, start: start, end: end, quoted: quoted))
            }
            current = ""
            wordStart = nil
            quoted = false
        }

        var offset = 0
        for character in line {
            defer { offset += 1 }
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if escaping {
                current.append(character)
                escaping = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaping = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\\":
                if wordStart == nil { wordStart = offset }
                escaping = true
            case "\"", "'":
                if wordStart == nil { wordStart = offset }
                quote = character
                quoted = true
            case "#" where wordStart == nil:
                // A comment, as in scripts: from a `#` that starts a word to the end of the line.
                inComment = true
            case ";":
                finishWord(at: offset)
                if !words.isEmpty { statements.append(words) }
                words = []
            case " ", "\t", "\r", "\n":
                finishWord(at: offset)
            default:
                if wordStart == nil { wordStart = offset }
                current.append(character)
            }
        }
        if quote != nil || escaping { return .incomplete }
        finishWord(at: offset)
        if !words.isEmpty { statements.append(words) }
        return .complete(statements)
    }

    /// The words of the statement the cursor is in, up to the cursor, and the (possibly
    /// empty) word being typed at the cursor: what completion works on.
    public static func wordsBeforeCursor(_ line: String, cursor: Int) -> (previous: [CommandWord], current: CommandWord) {
        let head = String(line.prefix(cursor))
        // An unterminated quote is normal while typing: close it to split what is there.
        let closed: String
        if case .incomplete = split(head) {
            closed = head + (head.filter { $0 == "\"" }.count % 2 == 1 ? "\"" : "'")
        } else {
            closed = head
        }
        guard case let .complete(statements) = split(closed) else {
            return ([], CommandWord(text: "", start: cursor, end: cursor, quoted: false))
        }
        let lastSeparator = head.lastIndex(of: ";").map { head.distance(from: head.startIndex, to: $0) } ?? -1
        var words = statements.last.map { $0.filter { $0.start > lastSeparator } } ?? []
        let endsInSpace = head.last.map { $0 == " " || $0 == "\t" } ?? true
        if endsInSpace || words.isEmpty || head.last == ";" {
            return (words, CommandWord(text: "", start: cursor, end: cursor, quoted: false))
        }
        let current = words.removeLast()
        return (words, current)
    }
}
