/// A policy sentence cut into words, numbers and the symbols that matter for goals (`%`, `€`),
/// each with its character offsets, so every extracted value can point at where it came from.
struct SentenceToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A word, folded (lowercase, no accents).
        case word(String)
        /// A number as written, read in the sentence's notation. `plainInteger` when it has no
        /// marks or sign: only such a number can be a year.
        case number(Double, plainInteger: Bool)
        /// `%`, `€`, `<`, `>`, `≤` or `≥`.
        case symbol(Character)
    }

    var kind: Kind
    var range: Range<Int>

    var word: String? {
        if case let .word(word) = kind { return word }
        return nil
    }

    var number: Double? {
        if case let .number(value, _) = kind { return value }
        return nil
    }

    /// A year: a plain integer from 1900 to 2100.
    var year: Int? {
        guard case let .number(value, true) = kind, value >= 1900, value <= 2100 else { return nil }
        return Int(value)
    }

    func isSymbol(_ symbol: Character) -> Bool {
        if case let .symbol(found) = kind { return found == symbol }
        return false
    }
}

enum SentenceTokenizer {
    static let multipliers: [String: Double] = [
        "duizend": 1e3, "thousand": 1e3, "miljoen": 1e6, "million": 1e6, "mln": 1e6, "miljard": 1e9, "billion": 1e9,
    ]

    /// The signs that matter for goals: `%`, `€`, and the comparisons of a table (`< 28`).
    static let symbols: Set<Character> = ["%", "€", "<", ">", "≤", "≥"]

    /// `forDraft`: the draft's reader splits a lead glued to its number ("than1.5") and reads a
    /// percentage said in words ("six per cent"); the check's title reading (`statedNumbers`, which
    /// `TitleReader` must match on every title) reads the digits as written.
    static func tokens(of characters: [Character], notation: NumberNotation, forDraft: Bool = false) -> [SentenceToken] {
        var tokens: [SentenceToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let signed = (character == "+" || character == "-" || character == "−")
                && index + 1 < characters.count && characters[index + 1].isASCIIDigit
                && (index == 0 || characters[index - 1] == " " || characters[index - 1] == "(")
            if character.isASCIIDigit || signed {
                var end = index + 1
                while end < characters.count {
                    if characters[end].isASCIIDigit {
                        end += 1
                    } else if characters[end] == "." || characters[end] == ",", end + 1 < characters.count, characters[end + 1].isASCIIDigit {
                        end += 2
                    } else {
                        break
                    }
                }
                // A number glued to letters ("B1", "2e") is a word, not a figure.
                if end < characters.count, TextFolding.isLetter(characters[end]) {
                    let wordEnd = characters[end...].firstIndex { !TextFolding.isWordCharacter($0) } ?? characters.count
                    let start = signed ? index + 1 : index
                    tokens.append(SentenceToken(kind: .word(TextFolding.fold(String(characters[start..<wordEnd]))), range: start..<wordEnd))
                    index = wordEnd
                    continue
                }
                var raw = String(characters[index..<end])
                if raw.hasPrefix("−") { raw = "-" + raw.dropFirst() }
                if case let .success(value) = NumberReader.read(raw, notation: notation) {
                    // `20 miljoen`, `1,5 billion`: the word is part of the number.
                    let wordStart = characters[end...].firstIndex { $0 != " " } ?? end
                    let wordEnd = characters[wordStart...].firstIndex { !TextFolding.isWordCharacter($0) } ?? characters.count
                    if wordStart > end, let factor = multipliers[TextFolding.fold(String(characters[wordStart..<wordEnd]))] {
                        tokens.append(SentenceToken(kind: .number(value * factor, plainInteger: false), range: index..<wordEnd))
                        index = wordEnd
                        continue
                    }
                    let plain = raw.allSatisfy(\.isASCIIDigit)
                    tokens.append(SentenceToken(kind: .number(value, plainInteger: plain), range: index..<end))
                }
                index = end
            } else if TextFolding.isWordCharacter(character) {
                let end = characters[index...].firstIndex { !TextFolding.isWordCharacter($0) } ?? characters.count
                // "less than1.5", "by2030": a word that leads a number, glued to it where a PDF lost the space.
                if forDraft, let digit = characters[index..<end].firstIndex(where: \.isASCIIDigit), digit > index,
                   characters[digit..<end].allSatisfy(\.isASCIIDigit),
                   gluedLeads.contains(TextFolding.fold(String(characters[index..<digit]))) {
                    tokens.append(SentenceToken(kind: .word(TextFolding.fold(String(characters[index..<digit]))), range: index..<digit))
                    index = digit
                    continue
                }
                tokens.append(SentenceToken(kind: .word(TextFolding.fold(String(characters[index..<end]))), range: index..<end))
                index = end
            } else {
                if Self.symbols.contains(character) {
                    tokens.append(SentenceToken(kind: .symbol(character), range: index..<index + 1))
                }
                index += 1
            }
        }
        return forDraft ? spellingOutPercentages(tokens) : tokens
    }

    /// Words that lead a number ("than", "by", "minimaal") and so may be split from digits glued to
    /// them; a name with digits ("CO2", "PM10", "N2000", "m2") is none of these and stays one word.
    static let gluedLeads: Set<String> = [
        "than", "by", "to", "from", "in", "before", "until", "least", "most", "over", "under", "below", "above", "about",
        "approximately", "around", "dan", "tot", "naar", "van", "voor", "tegen", "uiterlijk", "minimaal", "maximaal",
        "minstens", "hooguit", "ruim", "circa", "ongeveer", "met",
    ]

    /// Whole numbers said in words, read only before a word of percent: "six per cent", "vijf procent".
    /// "een"/"a" are left out: before "procent" they are as often an article as a number.
    static let cardinalWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "nul": 0, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
        "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "vijftien": 15, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    ]

    /// "zero per cent", "six percent", "vijf procent": the word is the number of the percentage.
    static func spellingOutPercentages(_ tokens: [SentenceToken]) -> [SentenceToken] {
        var found = tokens
        for index in found.indices.dropLast() {
            guard let word = found[index].word, let value = cardinalWords[word] else { continue }
            let next = found[index + 1]
            let percent = next.isSymbol("%") || percentWords.contains(next.word ?? "")
                || (next.word == "per" && found.indices.contains(index + 2) && found[index + 2].word == "cent")
            if percent { found[index].kind = .number(value, plainInteger: false) }
        }
        return found
    }
}

/// A number stated in a text, with what kind of number it reads as.
struct StatedNumber: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case year, percent, points, plain }
    var value: Double
    var kind: Kind
    var span: TextSpan
}

extension SentenceTokenizer {
    static let percentWords: Set<String> = ["procent", "percent"]
    static let pointWords: Set<String> = ["procentpunt", "procentpunten", "pp", "procentpoint", "procentpoints"]

    /// Every number in a text, classified: `90%`, `10 procent` → percent; `3 procentpunt`,
    /// `3 percentage points` → points; `2026` → year; anything else plain.
    static func statedNumbers(in text: String, notation: NumberNotation) -> [StatedNumber] {
        statedNumbers(in: Array(text), notation: notation)
    }

    static func statedNumbers(in characters: [Character], notation: NumberNotation) -> [StatedNumber] {
        // Only `%` and `€` count here: the comparison signs are for `draft`.
        let tokens = tokens(of: characters, notation: notation).filter { !$0.isSymbol("<") && !$0.isSymbol(">") && !$0.isSymbol("≤") && !$0.isSymbol("≥") }
        var numbers: [StatedNumber] = []
        for (index, token) in tokens.enumerated() {
            guard let value = token.number else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
            var kind: StatedNumber.Kind = token.year != nil ? .year : .plain
            var end = token.range.upperBound
            if let next, next.isSymbol("%") || percentWords.contains(next.word ?? "") {
                kind = .percent
                end = next.range.upperBound
                if next.word == "percent" || next.isSymbol("%"), afterNext?.word == "points" || afterNext?.word == "point" {
                    kind = .points
                    end = afterNext?.range.upperBound ?? end
                }
            } else if let next, pointWords.contains(next.word ?? "") {
                kind = .points
                end = next.range.upperBound
            } else if next?.word == "percentage", afterNext?.word == "points" || afterNext?.word == "point" {
                kind = .points
                end = afterNext?.range.upperBound ?? end
            } else if next?.word == "per", afterNext?.word == "cent" {
                kind = .percent
                end = afterNext?.range.upperBound ?? end
            }
            numbers.append(StatedNumber(value: value, kind: kind, span: TextSpan(token.range.lowerBound..<end, in: characters)))
        }
        return numbers
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
