/// Text written between quotes the way the goal-file language reads it back: the one quoter
/// for the printer, the draft snippets of `check` and the import options of the shell.
public enum GoalFileQuoting {
    /// Text in quotes, with `\`, `"`, line breaks and tabs escaped.
    public static func quoted(_ text: String) -> String {
        let needsEscapes = text.utf8.contains { byte in
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
        }
        guard needsEscapes else { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A word as it is, when it reads back as one word; else quoted (empty, or with white
    /// space, a quote or a backslash).
    public static func quotedIfNeeded(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { !$0.isWhitespace && $0 != "\"" && $0 != "\\" }
        return plain ? word : quoted(word)
    }
}
