import KoersCore

/// One CSV cell as every `--format csv` writes it. A text cell that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would be run as a formula by a spreadsheet (a goal title or
/// a waiver reason from someone else's file could then fetch a URL or start a program), so it
/// gets a leading `'`, as spreadsheet-safe exporters do (a lone `=` or `-` cannot run and stays). A cell that is a plain number (`-12.5`,
/// `1e-3`) is a number, not a formula, and stays as it is. `--csv-raw` turns the guard off for
/// programs that read the CSV.
public enum SpreadsheetCSV {
    /// Whether cells are written without the formula guard (`--csv-raw`); set around one command.
    @TaskLocal public static var keepsFormulas = false
    /// The separator and decimal mark of the command running (`--csv-dialect`, else the language).
    @TaskLocal public static var dialect = CSVDialect.english

    /// `text` as a CSV cell: guarded, and quoted when it holds the separator, a quote or a line break.
    public static func field(_ text: String) -> String {
        let guarded = keepsFormulas || !startsFormula(text) ? text : "'" + text
        let separator = dialect.separator
        guard guarded.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return guarded }
        return "\"" + guarded.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One record: the fields, each made a cell, between separators.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(dialect.separator))
    }

    /// A whole file of records, each ended by CR LF (RFC 4180).
    public static func document(_ rows: [[String]]) -> String {
        rows.map(line).joined(separator: "\r\n") + "\r\n"
    }

    /// A figure in full: the shortest decimals that read back as the same number (rounded to 12
    /// significant digits, as in JSON, so that arithmetic noise does not show), never with an
    /// exponent (`0.00004`, not `4e-05`), with the dialect's decimal mark.
    public static func number(_ value: Double) -> String {
        let text = DecimalText.plain(JSON.roundedToSignificantDigits(value))
        return dialect.decimalMark == "." ? text : text.replacingAll(".", with: String(dialect.decimalMark))
    }

    /// Whether a spreadsheet would read `text` as a formula.
    static func startsFormula(_ text: String) -> Bool {
        // One character (`=` as a comparator, `-` for none) is no formula a spreadsheet can run.
        guard text.unicodeScalars.count > 1, let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
        return !isPlainNumber(text)
    }

    /// `-12`, `+3.5`, `1e-3` (`-3,5` in the Dutch dialect): an optional sign, digits with at most
    /// one decimal mark, an optional exponent.
    private static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let mantissa = scalars.prefix { $0 != "e" && $0 != "E" }
        var exponent = scalars.dropFirst(mantissa.count)
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let parts = mantissa.split(separator: Unicode.Scalar(String(dialect.decimalMark))!, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return false }
        guard !exponent.isEmpty else { return true }
        exponent = exponent.dropFirst()
        if let sign = exponent.first, sign == "-" || sign == "+" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(isDigit)
    }
}

/// How CSV is written for a spreadsheet: English Excel reads `,` and `1.5`; Dutch Excel reads
/// `;` and `1,5`, and would put a whole English file in one column.
public struct CSVDialect: Sendable, Hashable {
    public var separator: Character
    public var decimalMark: Character

    public static let english = CSVDialect(separator: ",", decimalMark: ".")
    public static let dutch = CSVDialect(separator: ";", decimalMark: ",")

    /// The dialect of an interface language.
    public init(_ language: Language) {
        self = language == .nl ? .dutch : .english
    }

    private init(separator: Character, decimalMark: Character) {
        self.separator = separator
        self.decimalMark = decimalMark
    }
}

/// Decimal text of a double without an exponent.
enum DecimalText {
    /// Swift's shortest round-trip digits, with an exponent moved into the digits:
    /// `4e-05` → `0.00004`, `1.5e+20` → `150000000000000000000`.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = String(value)
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(shortest[shortest.index(after: e)...]) else {
            return shortest
        }
        var mantissa = String(shortest[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let point = mantissa.firstIndex(of: ".")
        let integerDigits = point.map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }
        let pointAt = integerDigits + exponent
        var text: String
        if pointAt <= 0 {
            text = "0." + String(repeating: "0", count: -pointAt) + digits
        } else if pointAt >= digits.count {
            text = digits + String(repeating: "0", count: pointAt - digits.count)
        } else {
            digits.insert(".", at: digits.index(digits.startIndex, offsetBy: pointAt))
            text = digits
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (negative ? "-" : "") + text
    }
}
