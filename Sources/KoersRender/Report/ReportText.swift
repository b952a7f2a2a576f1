import KoersCore

/// Escaping and number writing shared by the report renderers.
enum ReportText {
    /// Text safe inside HTML and SVG elements and attribute values.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Text safe inside a Markdown paragraph or table cell: every character Markdown or inline
    /// HTML could read as syntax is backslash-escaped, and line breaks become spaces.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~":
                out += "\\"
                out.unicodeScalars.append(character)
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A value as the reader writes it: `49.525` and `7,2` in Dutch.
    static func number(_ value: Double, _ language: Language, fractionDigits: Int = 2) -> String {
        NumberWriter.format(value, notation: NumberNotation(language), maxFractionDigits: fractionDigits)
    }

    /// An SVG coordinate with one decimal, written the same on every machine.
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (min(max(value, -1.0e9), 1.0e9) * 10).rounded()
        let whole = Int(tenths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        let fraction = magnitude % 10
        return sign + String(magnitude / 10) + (fraction == 0 ? "" : "." + String(fraction))
    }

    /// An id usable in HTML, SVG and file names: letters, digits, `-` and `_`; anything else becomes `-`.
    static func identifier(_ text: String) -> String {
        let mapped = text.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": Character(scalar)
            default: "-"
            }
        }
        let result = String(mapped)
        return result.isEmpty ? "x" : result
    }
}
