import KoersCore
/// psql's expanded display (`\x`): each row as a block of its own, one field per line, the
/// field names in a column on the left. It fits any width: a long value wraps at its spaces
/// under itself, and a figure or period, which has no space, is never split.
public enum ExpandedLayout {
    /// `width` nil: values whole on their lines (a pipe or a file).
    public static func render(headers: [String], rows: [[String]], width: Int?) -> String {
        // Visible before wrapping, as in `ColumnLayout`: a written-out control character has its full length.
        let rows = rows.map { $0.map { VisibleControls.shown($0) } }
        let nameWidth = headers.map(\.count).max() ?? 0
        var lines: [String] = []
        for (number, row) in rows.enumerated() {
            if number > 0 { lines.append("") }
            lines.append("[\(number + 1)]")
            for (header, value) in zip(headers, row) {
                lines += field(header, value, nameWidth: nameWidth, width: width)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One field: its name padded to `nameWidth`, then the value, wrapped at words from the
    /// value's column (from a four-space indent when the names leave the value too little room).
    static func field(_ name: String, _ value: String, nameWidth: Int, width: Int?) -> [String] {
        hanging("  " + name.padded(to: nameWidth) + "  ", value, width: width)
    }

    /// `label` then `value`, the value wrapped at words under itself within `width` (under a
    /// four-space indent when the label leaves it less than 20 columns, or too few for its
    /// longest word: a path or reference stays whole where it can).
    public static func hanging(_ label: String, _ value: String, width: Int?) -> [String] {
        guard let width, label.count + value.count > width else { return [trimmedRight(label + value)] }
        let longestWord = value.split(separator: " ").map(\.count).max() ?? 0
        let indent = width - label.count >= max(20, longestWord) ? label.count : 4
        let room = width - indent
        // A word longer than the room (a path) is cut into pieces; figures and periods are shorter.
        let pieces = wrap(value, width: room).flatMap { piece in
            stride(from: 0, to: piece.count, by: room).map { String(piece.dropFirst($0).prefix(room)) }
        }
        guard indent == label.count else { return [trimmedRight(label)] + pieces.map { String(repeating: " ", count: indent) + $0 } }
        return pieces.enumerated().map { index, piece in
            (index == 0 ? label : String(repeating: " ", count: indent)) + piece
        }
    }
}
