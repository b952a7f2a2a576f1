// Padding and wrapping plain text to a width in columns (characters).

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// Breaks `text` into lines of at most `width` columns at spaces.
func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        if !line.isEmpty, line.count + 1 + word.count > width - indent.count {
            lines.append(indent + line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(indent + line) }
    return lines
}

/// `wrap`, with a word wider than `width` (a long id or path) cut into pieces that fit.
func wrapCuttingLongWords(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let pieces = piecesFitting(word, width: width)
        for piece in pieces.dropLast() {
            if !line.isEmpty { lines.append(line) }
            line = String(piece)
        }
        if let last = pieces.last {
            if !line.isEmpty, line.count + 1 + last.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + last
        }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}

/// A word in pieces of at most `width` characters, each broken after a hyphen, underscore or
/// slash where one falls in its second half (`digitaal-90-` / `procent-2026`), else at `width`.
func piecesFitting(_ word: Substring, width: Int) -> [Substring] {
    var pieces: [Substring] = []
    var rest = word
    while rest.count > width {
        let window = rest.prefix(width)
        let breakAt = window.indices.dropFirst(width / 2).last { "-_/".contains(window[$0]) }
        let end = breakAt.map { window.index(after: $0) } ?? window.endIndex
        pieces.append(rest[..<end])
        rest = rest[end...]
    }
    pieces.append(rest)
    return pieces
}

/// Lines of plain text fitted to a terminal.
public enum TerminalLines {
    /// `line` within `width` columns: wrapped at spaces with its further lines under its own
    /// indent, a word wider than the room cut (`CheckRenderer.hanging`).
    public static func fitted(_ line: String, width: Int) -> [String] {
        let indent = String(line.prefix { $0 == " " })
        return CheckRenderer.hanging(indent, String(line.dropFirst(indent.count)), width: width)
    }
}
