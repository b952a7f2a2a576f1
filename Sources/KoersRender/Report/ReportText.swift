import KoersCore

/// Escaping and number writing shared by the report renderers.
enum ReportText {
    /// Text safe inside HTML and SVG elements and attribute values. Control characters are
    /// written visibly (`\u{1B}`): XML allows none of them, not even as a reference, so an SVG
    /// chart holding one would not open; nor do U+FFFE and U+FFFF.
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
            case "\u{FFFE}", "\u{FFFF}": out += VisibleControls.written(character)
            case _ where VisibleControls.isHidden(character): out += VisibleControls.written(character)
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Text safe inside a Markdown paragraph, heading or table cell: every character Markdown or
    /// inline HTML could read as syntax is backslash-escaped, and line breaks become spaces. The
    /// one Markdown escaping: the report and every `--format markdown` use it.
    /// With `keepingCodeSpans`, koers's own messages keep their code spans (`` `nulmeting PERIODE` ``):
    /// Markdown shows a code span's text as it is and reads no HTML in it, so only a pipe (which
    /// ends a table cell even there) and line breaks are changed inside; an unpaired backtick is
    /// escaped.
    static func markdown(_ text: String, keepingCodeSpans: Bool = false) -> String {
        guard keepingCodeSpans, text.contains("`") else { return markdownOutsideCode(text) }
        var parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        // An odd number of backticks: the last one pairs with nothing and is text.
        let unpaired = parts.count.isMultiple(of: 2) ? parts.removeLast() : nil
        var out = ""
        for (index, part) in parts.enumerated() {
            if index.isMultiple(of: 2) {
                out += markdownOutsideCode(part)
            } else {
                out += "`" + part.replacingAll("|", with: "\\|").replacingAll("\n", with: " ") + "`"
            }
        }
        if let unpaired { out += "\\`" + markdownOutsideCode(unpaired) }
        return out
    }

    private static func markdownOutsideCode(_ text: String) -> String {
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
        NumberWriter.format(value, notation: NumberNotation(language), maxFractionDigits: max(0, fractionDigits))
    }

    /// A count of goals, grouped like any other number: `1.250` in Dutch.
    static func count(_ count: Int, _ language: Language) -> String {
        NumberWriter.format(Double(count), notation: NumberNotation(language), maxFractionDigits: 0)
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

    /// `sha256:9b1f0c3e7a52…`: enough of a content hash to tell files apart in a table; the
    /// appendix lists every hash in full beside its file.
    static func shortHash(_ hash: String) -> String {
        let algorithmEnd = hash.firstIndex(of: ":").map { hash.index(after: $0) } ?? hash.startIndex
        let digest = hash[algorithmEnd...]
        guard digest.count > 12 else { return hash }
        return String(hash[..<algorithmEnd]) + digest.prefix(12) + "…"
    }

    /// Each (file, content hash) pair of the appendix once, in the order the figures name them.
    static func sourceFiles(_ figures: [ReportFigureSource]) -> [(file: String, contentHash: String)] {
        var seen = Set<[String]>()
        var files: [(file: String, contentHash: String)] = []
        for figure in figures where seen.insert([figure.file, figure.contentHash]).inserted {
            files.append((figure.file, figure.contentHash))
        }
        return files
    }
}
