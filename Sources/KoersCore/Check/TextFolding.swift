/// A stretch of a goal's title or a drafted sentence, in character offsets (grapheme clusters,
/// as a terminal shows them), with the text it covers so that messages can quote it.
public struct TextSpan: Sendable, Hashable {
    /// Offset of the first character, from 0.
    public var start: Int
    /// Offset just past the last character.
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// The span of `characters[range]`.
    init(_ range: Range<Int>, in characters: [Character]) {
        let clamped = range.clamped(to: 0..<characters.count)
        self.init(start: clamped.lowerBound, end: clamped.upperBound, text: String(characters[clamped]))
    }
}

/// One word of a text: a run of letters and digits, with its place and its folded spelling.
struct FoldedWord: Sendable, Hashable {
    /// Character offsets into the original text.
    var range: Range<Int>
    /// Lowercase, without diacritics: what word lists are matched against.
    var folded: String
}

/// Case and accent folding done by hand, so the core needs no Foundation: lowercase every
/// scalar, drop combining marks, and map the precomposed Latin letters Dutch and English text
/// use to their base letters ("één" → "een", "Café" → "cafe").
enum TextFolding {
    static func fold(_ text: some StringProtocol) -> String {
        var out = ""
        for character in text { out += fold(character) }
        return out
    }

    static func fold(_ character: Character) -> String {
        // Most text is ASCII: lowercase it without the Unicode tables.
        if let ascii = character.asciiValue {
            let lowered = ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii
            return String(UnicodeScalar(lowered))
        }
        var out = ""
        for scalar in character.unicodeScalars {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                if lowered.properties.generalCategory == .nonspacingMark { continue }
                if let base = baseLetters[lowered] {
                    out += base
                } else {
                    out.unicodeScalars.append(lowered)
                }
            }
        }
        return out
    }

    /// Whether a character belongs inside a word.
    static func isWordCharacter(_ character: Character) -> Bool {
        // ASCII without the Unicode property tables (the check asks this of every character).
        if let ascii = character.asciiValue { return isASCIIDigit(ascii) || isASCIILetter(ascii) }
        return character.isLetter || character.isNumber
    }

    /// `Character.isLetter`, with ASCII answered without the Unicode tables.
    static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isASCIILetter(ascii) }
        return character.isLetter
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The words of a text in order. Everything that is not a letter or digit separates words,
    /// so "t.o.v." is the three words "t o v" in a text and in a word list alike.
    static func words(of characters: [Character]) -> [FoldedWord] {
        var words: [FoldedWord] = []
        var start: Int?
        var folded = ""
        for index in 0...characters.count {
            let inWord = index < characters.count && isWordCharacter(characters[index])
            if inWord {
                if start == nil { start = index }
                folded += fold(characters[index])
            } else if let begin = start {
                words.append(FoldedWord(range: begin..<index, folded: folded))
                start = nil
                folded = ""
            }
        }
        return words
    }

    private static let baseLetters: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćč", "c"), ("ďđ", "d"), ("èéêëēėęě", "e"), ("ìíîïīį", "i"),
            ("ñńň", "n"), ("òóôõöøōő", "o"), ("ŕř", "r"), ("śšş", "s"), ("ťţ", "t"),
            ("ùúûüūůű", "u"), ("ýÿ", "y"), ("źżž", "z"), ("ł", "l"),
        ]
        var table: [Unicode.Scalar: String] = ["ĳ": "ij", "ß": "ss", "æ": "ae", "œ": "oe"]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}

/// Guesses whether a policy sentence is Dutch or English from its function words, because the
/// notation of its numbers (`49.525`, `6,4`) depends on it. Ties go to Dutch: koers serves
/// Dutch municipalities.
public enum TextLanguage {
    public static func guess(_ text: String) -> Language {
        guess(words: TextFolding.words(of: Array(text)))
    }

    /// The same for a text already split into words.
    static func guess(words: [FoldedWord]) -> Language {
        var dutch = 0
        var english = 0
        for word in words {
            if dutchMarkers.contains(word.folded) { dutch += 1 }
            if englishMarkers.contains(word.folded) { english += 1 }
        }
        return english > dutch ? .en : .nl
    }

    static let dutchMarkers: Set<String> = [
        "de", "het", "een", "van", "en", "op", "met", "voor", "zijn", "dat", "die", "wordt", "worden",
        "naar", "dan", "ten", "onze", "wij", "alle", "waar", "minimaal", "uiterlijk", "maximaal", "meer",
        "minder", "bij", "ons", "jaar", "eind", "gemeente", "inwoners", "procent", "jaarlijks", "binnen", "verhogen",
        "verlagen", "woningen", "tussen",
    ]
    static let englishMarkers: Set<String> = [
        "the", "of", "and", "to", "by", "for", "with", "are", "our", "all", "at", "least", "than",
        "most", "be", "will", "more", "less", "from", "per", "cent", "percent", "year", "end", "residents", "through",
        "annually", "each", "every", "within", "reduce", "increase", "deliver", "homes", "people",
    ]
}
