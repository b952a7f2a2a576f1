/// What a cell holds.
enum CellReading: Sendable, Hashable {
    case figure(CellFigure)
    /// `-`, `nnb`, `n.v.t.`, an empty cell: no figure, and it says so.
    case noFigure
    /// Words, or several numbers: nothing a goal can take.
    case notANumber
    /// A figure such as `1,234` that the two notations read differently, where nothing says which applies.
    case notationUnknown
}

/// A figure read from a cell: `≥ 90%`, `Minimaal 400`, `ca. 3`, `2020: 20`, `17.900`.
struct CellFigure: Sendable, Hashable {
    var value: Double
    var percent: Bool
    var comparator: Comparator?
    var period: Period?
    /// Written with `+` or `-`: a change, not a level.
    var signed: Bool
}

enum CellReader {
    struct NumberToken {
        var text: String
        var start: Int
        var end: Int
    }

    /// Runs of digits with single `.` or `,` between digits: `17.900`, `84,4`, `2017`, `18`.
    static func numberTokens(in characters: [Character]) -> [NumberToken] {
        var tokens: [NumberToken] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count {
                if characters[index].isASCII, characters[index].isNumber {
                    index += 1
                } else if ".,".contains(characters[index]), index + 1 < characters.count, characters[index + 1].isASCII,
                          characters[index + 1].isNumber, index > start {
                    index += 1
                } else {
                    break
                }
            }
            tokens.append(NumberToken(text: String(characters[start..<index]), start: start, end: index))
        }
        return tokens
    }

    static let placeholders: Set<String> = ["", "-", "–", "—", "nnb", "n.n.b.", "n.v.t.", "nvt", "n.b.", "nb", "n/a", "na", "x", "pm",
                                            "p.m.", "?", "..", "…", "*", "new", "nieuw", "tbc", "tbd", "onbekend", "nog niet bekend",
                                            "niet beschikbaar", "not available", "geen"]
    static let atLeastWords: Set<String> = ["minimaal", "min", "minimum", "minstens", "ten minste", "tenminste", "at least", "more than", "meer dan",
                                                    "greater than", "groter dan", "hoger dan", "higher than", "above", "boven"]
    static let atMostWords: Set<String> = ["maximaal", "max", "maximum", "hooguit", "ten hoogste", "at most", "no more than", "less than",
                                                   "minder dan", "niet meer dan", "up to",
                                                   "lower than", "lager dan", "below", "onder", "fewer than", "kleiner dan"]
    static let orHigherWords: Set<String> = ["of hoger", "of meer", "or higher", "or more", "or above", "en hoger", "en meer", "of beter", "or better"]
    static let orLowerWords: Set<String> = ["of lager", "of minder", "or lower", "or less", "or below", "en lager", "en minder"]
    /// After a signed figure, the change it is: `+2% increase`, `-10% reductie`.
    static let increaseWords: Set<String> = ["increase", "rise", "growth", "stijging", "toename", "groei"]
    static let decreaseWords: Set<String> = ["decrease", "reduction", "fall", "daling", "afname", "reductie", "vermindering"]
    /// Before a figure, words that leave it the figure: a hedge (`ca. 3`) or a level kept (`Maintain 9% or above`).
    static let hedgeWords: Set<String> = ["ca", "circa", "ongeveer", "approx", "approximately", "about", "around", "c",
                                                  "maintain", "handhaven", "behouden", "minimaal gelijk", "blijft"]
    /// The words that may stand before a cell's figure, and after it, as the cell reader reads them.
    static let leadWords = atLeastWords.union(atMostWords).union(hedgeWords)
    static let tailWords = orHigherWords.union(orLowerWords).union(increaseWords).union(decreaseWords)
    /// Words that may follow a figure as its unit without changing it: `400 woningen`, `12 dagen`, `€ 3,5 mln`.
    private static let currencySigns: Set<Character> = ["€", "£", "$"]

    /// `9.79M`, `15K`, `£150m`, `€ 2,5 mln`, `1,2 miljoen`, `3 mld`: the figure's multiplier and the text after its word.
    /// A single letter counts only against the figure (`150m`), not after a space (`15 m` is metres).
    static func magnitude(at tail: String, attached: Bool) -> (Double, String)? {
        let letters = tail.prefix { $0.isLetter }
        let rest = tail.dropFirst(letters.count).drop { $0 == "." }
        guard rest.first.map({ !$0.isLetter }) ?? true else { return nil }
        let word = letters.lowercased()
        let factor: Double? = if letters.count == 1 {
            attached ? ["k": 1e3, "m": 1e6, "b": 1e9][word] : nil
        } else {
            magnitudeWords[word]
        }
        return factor.map { ($0, String(rest).trimmingSpaces()) }
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }

    static let magnitudeWords: [String: Double] = [
        "duizend": 1e3, "thousand": 1e3, "mln": 1e6, "miljoen": 1e6, "miljoenen": 1e6, "million": 1e6, "millions": 1e6, "mn": 1e6,
        "mio": 1e6, "mld": 1e9, "mrd": 1e9, "miljard": 1e9, "billion": 1e9, "bn": 1e9, "bln": 1e9,
    ]

    /// A cell: the number a workbook stored as it is (its text never read for a notation), else its text.
    static func read(_ cell: TableCell, notation: NumberNotation) -> CellReading {
        guard let stored = cell.stored else { return read(cell.text, notation: notation) }
        return .figure(CellFigure(value: stored.value, percent: stored.percent, comparator: nil, period: nil, signed: false))
    }

    static func read(_ text: String, notation: NumberNotation) -> CellReading {
        let trimmed = text.trimmingSpaces()
        if placeholders.contains(trimmed.lowercased()) { return .noFigure }
        let characters = Array(trimmed)
        var tokens = numberTokens(in: characters)
        guard !tokens.isEmpty else { return .notANumber }
        var period: Period?
        // `10% (2018-2021)`: a figure over a span of years, which is no one period: it is left open.
        var bracketedSpan = false
        func isYear(_ token: NumberToken) -> Bool { token.text.count == 4 && Int(token.text).map { (1900...2100).contains($0) } == true }
        // `2020: 20` and `20 (2019)`: a year that says when the figure holds.
        if tokens.count >= 2, isYear(tokens[0]), let year = Int(tokens[0].text),
           characters[tokens[0].end...].drop(while: { $0 == " " }).first == ":" {
            period = .year(year)
            tokens.removeFirst()
        } else if tokens.count >= 2, let last = tokens.last, isYear(last), let year = Int(last.text),
                  last.start > 0, characters[..<last.start].last == "(" {
            period = .year(year)
            tokens.removeLast()
        } else if tokens.count >= 3, isYear(tokens[tokens.count - 2]), isYear(tokens[tokens.count - 1]),
                  characters[..<tokens[tokens.count - 2].start].last(where: { $0 != " " }) == "(",
                  characters[tokens[tokens.count - 2].end..<tokens[tokens.count - 1].start].filter({ $0 != " " }).allSatisfy({ $0 == "-" || $0 == "–" }),
                  characters[tokens[tokens.count - 1].end...].drop(while: { $0 == " " }).first == ")" {
            bracketedSpan = true
            tokens.removeLast(2)
        }
        guard tokens.count == 1, let token = tokens.first else { return .notANumber }
        var before = String(characters[..<token.start])
        if period != nil, let colon = before.lastIndex(of: ":") { before = String(before[before.index(after: colon)...]) }
        var after = String(characters[token.end...])
        if period != nil || bracketedSpan, let open = after.lastIndex(of: "(") { after = String(after[..<open]) }

        var comparator: Comparator?
        var signed = false
        var negative = false
        var lead = before.trimmingSpaces()
        for (symbols, stated) in [(["≥", ">=", "=>", ">"], Comparator.atLeast), (["≤", "<=", "=<", "<"], .atMost)] {
            if let symbol = symbols.first(where: { lead.hasPrefix($0) }) {
                comparator = stated
                lead = String(lead.dropFirst(symbol.count)).trimmingSpaces()
            }
        }
        if let last = lead.last, last == "+" || last == "-" || last == "−" {
            signed = true
            negative = last != "+"
            lead = String(lead.dropLast()).trimmingSpaces()
        }
        lead = String(lead.filter { !currencySigns.contains($0) && $0 != "±" && $0 != "~" })
        let leadWords = TextFolding.words(of: Array(lead)).map(\.folded).joined(separator: " ")
        if !leadWords.isEmpty {
            if atLeastWords.contains(leadWords), comparator == nil {
                comparator = .atLeast
            } else if atMostWords.contains(leadWords), comparator == nil {
                comparator = .atMost
            } else if !hedgeWords.contains(leadWords) {
                return .notANumber
            }
        }
        var tail = after.trimmingSpaces()
        var percent = false
        if tail.hasPrefix("%") {
            percent = true
            tail = String(tail.dropFirst()).trimmingSpaces()
        }
        var factor = 1.0
        if !percent, let (multiplier, rest) = magnitude(at: tail, attached: after.first?.isLetter == true) {
            factor = multiplier
            tail = rest
        }
        if tail.hasPrefix("*") { tail = String(tail.drop { $0 == "*" }).trimmingSpaces() }
        let tailWords = TextFolding.words(of: Array(tail)).map(\.folded).joined(separator: " ")
        if orHigherWords.contains(tailWords) || (signed && !negative && increaseWords.contains(tailWords)), comparator == nil {
            comparator = .atLeast
        } else if orLowerWords.contains(tailWords) || (signed && decreaseWords.contains(tailWords)), comparator == nil {
            comparator = .atMost
        } else if tail.contains(where: { $0.isNumber }) {
            return .notANumber
        }
        guard case let .success(written) = NumberReader.read(token.text, notation: notation) else { return .notANumber }
        // Scaled through the written digits so that `1.65M` is 1650000, not the binary product 1650000.0000000002.
        let decimals = token.text.split(separator: Character(UnicodeScalar(notation.decimalMark)), omittingEmptySubsequences: false)
            .dropFirst().first?.count ?? 0
        let digits = (written * pow10(decimals)).rounded()
        let magnitude = factor == 1 ? written : factor >= pow10(decimals) ? digits * (factor / pow10(decimals)) : digits * factor / pow10(decimals)
        return .figure(CellFigure(value: negative ? -magnitude : magnitude, percent: percent, comparator: comparator, period: period,
                                  signed: signed))
    }
}
