import Foundation
import KoersCore

/// Matching header texts the way staff type them: case, accents, punctuation and spacing do
/// not matter, and a StatLine path (`Bevolking/…/Totale bevolking (aantal)`) may be named by
/// its last part, with or without the unit.
enum HeaderNames {
    struct LookupError: Error {
        var message: LocalizedText
    }

    /// Lowercase, accents removed, every run of other characters than letters and digits one
    /// space; apostrophes vanish (`Regio's` → `regios`).
    static func normalize(_ text: String) -> String {
        let folded = fold(text)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "’" { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// Case and accents folded away. ASCII, what almost every header is, is lowercased in Swift:
    /// Foundation's folding showed in the profile of every start (docs/performance.md).
    static func fold(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// A label name for a header: its normalised form with `_` for spaces (`Regio's` → `regios`).
    static func identifier(_ header: String, column: Int) -> String {
        let name = String(normalize(header).map { $0 == " " ? "_" : $0 })
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else {
            return name.isEmpty ? "column_\(column)" : "c_\(name)"
        }
        return name
    }

    /// The last part of a StatLine path without a trailing `(unit)`.
    private static func shortForms(_ header: String) -> [String] {
        let last = header.split(separator: "/").last.map(String.init) ?? header
        var forms = [normalize(last)]
        if let open = last.lastIndex(of: "("), last.hasSuffix(")") {
            forms.append(normalize(String(last[..<open])))
        }
        return forms
    }

    /// The index of the header a declaration names: an exact (normalised) match first, then
    /// a unique match on the last part of a path.
    static func find(_ wanted: String, in headers: [String]) -> Result<Int, LookupError> {
        let key = normalize(wanted)
        let exact = headers.indices.filter { normalize(headers[$0]) == key }
        if exact.count == 1 { return .success(exact[0]) }
        if exact.count > 1 { return .failure(LookupError(message: Messages.ambiguousHeader(wanted, matches: exact.map { headers[$0] }))) }
        let short = headers.indices.filter { shortForms(headers[$0]).contains(key) }
        if short.count == 1 { return .success(short[0]) }
        if short.count > 1 { return .failure(LookupError(message: Messages.ambiguousHeader(wanted, matches: short.map { headers[$0] }))) }
        return .failure(LookupError(message: Messages.unknownHeader(wanted, headers: headers)))
    }
}
