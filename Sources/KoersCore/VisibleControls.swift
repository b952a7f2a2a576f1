/// Text from a file made safe to show: every control character (C0 but line feed and tab, DEL,
/// C1) is written as `\u{1B}`, the way Swift writes it, so that an escape sequence in a goal
/// file or a spreadsheet cannot drive the terminal (set the window title, write the clipboard,
/// clear the screen) and cannot make an XML file ill-formed. The invisible bidirectional
/// controls (U+202E and the others Unicode lists as Bidi_Control) are written the same way:
/// they would reorder what is shown, so that `51.000` could read `000.15`. The result has no
/// hidden characters, so showing it again changes nothing.
public enum VisibleControls {
    /// Whether `scalar` is written visibly: C0 but line feed and tab, DEL, C1, and the
    /// bidirectional controls.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value) || isBidiControl(value)
    }

    /// Unicode's Bidi_Control characters: ALM, LRM, RLM, the embeddings and overrides
    /// (U+202A–U+202E) and the isolates (U+2066–U+2069).
    private static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `\u{1B}` for ESC.
    public static func written(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// `text` with its control characters (and line breaks too, when `keepingLineBreaks` is
    /// false) written visibly.
    public static func shown(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isHidden($0) || (!keepingLineBreaks && $0 == "\n") }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isHidden(scalar) || (!keepingLineBreaks && scalar == "\n") {
                shown.append(contentsOf: written(scalar).unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// UTF-8 output for a terminal with its control characters written visibly; nil when there
    /// are none (the common case, checked without copying). Kept: line feed, tab, CR directly
    /// before a line feed (CSV's line ends) or at the end, and, when `keepingColorCodes`,
    /// koers's own color codes, which recolor but cannot move the cursor, set a title or write
    /// the clipboard.
    public static func shown(utf8 bytes: [UInt8], keepingColorCodes: Bool) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { shown(utf8: $0, keepingColorCodes: keepingColorCodes) }
    }

    public static func shown(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingColorCodes: Bool) -> [UInt8]? {
        func hidden(at index: Int) -> Int { hiddenLength(bytes, at: index, keepingColorCodes: keepingColorCodes) ?? 0 }
        // Most output has no byte below 0x20 but line feeds, no DEL and no lead byte of C1 or a
        // bidirectional control: one cheap pass.
        var firstHidden: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2, byte != 0x0A else { continue }
            if hidden(at: index) > 0 {
                firstHidden = index
                break
            }
        }
        guard let firstHidden else { return nil }
        var out = Array(bytes[..<firstHidden])
        out.reserveCapacity(bytes.count + 16)
        var index = firstHidden
        while index < bytes.count {
            let length = hidden(at: index)
            guard length > 0 else {
                out.append(bytes[index])
                index += 1
                continue
            }
            out.append(contentsOf: written(scalar(bytes, at: index, length: length)).utf8)
            index += length
        }
        return out
    }

    /// The scalar of the hidden character of `length` bytes at `index` (a well-formed UTF-8
    /// sequence, as `hiddenLength` checked).
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        switch length {
        case 1: return Unicode.Scalar(bytes[index])
        case 2: return Unicode.Scalar(UInt32(bytes[index] & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) ?? "\u{FFFD}"
        default:
            return Unicode.Scalar(UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
                ?? "\u{FFFD}"
        }
    }

    /// The length in bytes of a hidden character at `index` (1 for C0 and DEL, 2 for C1 and ALM,
    /// 3 for the other bidirectional controls), 0 for a kept one, nil for any other byte.
    private static func hiddenLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, keepingColorCodes: Bool) -> Int? {
        let byte = bytes[index]
        switch byte {
        case 0x0A, 0x09: return 0
        // At the end of a write, the line feed comes in the next (`print` adds it), so CR stays.
        case 0x0D: return index + 1 == bytes.count || bytes[index + 1] == 0x0A ? 0 : 1
        case 0x1B: return keepingColorCodes && isColorCode(bytes, at: index) ? 0 : 1
        case 0x00..<0x20, 0x7F: return 1
        case 0xC2: return index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]) ? 2 : nil
        case 0xD8: return index + 1 < bytes.count && bytes[index + 1] == 0x9C ? 2 : nil
        case 0xE2:
            guard index + 2 < bytes.count else { return nil }
            let second = bytes[index + 1], third = bytes[index + 2]
            let bidi = (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
                || (second == 0x81 && (0xA6...0xA9).contains(third))
            return bidi ? 3 : nil
        default: return nil
        }
    }

    /// Whether an `ESC[` at `index` starts one of koers's own color codes: `ESC[` and one or more
    /// of reset, bold, dim, red, green, yellow, magenta and cyan, separated by `;`, then `m`.
    private static func isColorCode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else { return false }
        var cursor = index + 2
        var parameter = ""
        while cursor < bytes.count, cursor - index < 16 {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "m") || byte == UInt8(ascii: ";") {
                guard colorParameters.contains(parameter) else { return false }
                if byte == UInt8(ascii: "m") { return true }
                parameter = ""
            } else {
                parameter.unicodeScalars.append(Unicode.Scalar(byte))
            }
            cursor += 1
        }
        return false
    }

    private static let colorParameters: Set<String> = ["0", "1", "2", "31", "32", "33", "35", "36"]
}
