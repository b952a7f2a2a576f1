/// One CSV cell as every `--format csv` writes it. A text cell that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would be run as a formula by a spreadsheet (a goal title or
/// a waiver reason from someone else's file could then fetch a URL or start a program), so it
/// gets a leading `'`, as spreadsheet-safe exporters do (a lone `=` or `-` cannot run and stays). A cell that is a plain number (`-12.5`,
/// `1e-3`) is a number, not a formula, and stays as it is. `--csv-raw` turns the guard off for
/// programs that read the CSV.
public enum SpreadsheetCSV {
    /// Whether cells are written without the formula guard (`--csv-raw`); set around one command.
    @TaskLocal public static var keepsFormulas = false

    /// `text` as a CSV cell: guarded, and quoted when it holds a comma, quote or line break.
    public static func field(_ text: String) -> String {
        let guarded = keepsFormulas || !startsFormula(text) ? text : "'" + text
        guard guarded.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return guarded }
        return "\"" + guarded.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would read `text` as a formula.
    static func startsFormula(_ text: String) -> Bool {
        // One character (`=` as a comparator, `-` for none) is no formula a spreadsheet can run.
        guard text.unicodeScalars.count > 1, let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
        return !isPlainNumber(text)
    }

    /// `-12`, `+3.5`, `1e-3`: an optional sign, digits with at most one point, an optional exponent.
    private static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let mantissa = scalars.prefix { $0 != "e" && $0 != "E" }
        var exponent = scalars.dropFirst(mantissa.count)
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return false }
        guard !exponent.isEmpty else { return true }
        exponent = exponent.dropFirst()
        if let sign = exponent.first, sign == "-" || sign == "+" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(isDigit)
    }
}
