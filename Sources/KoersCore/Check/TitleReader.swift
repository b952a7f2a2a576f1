/// What the check reads from a goal's title: the word-list entries in it and the numbers it states.
struct TitleReading: Sendable, Hashable {
    var matches: [WordMatch]
    var statedNumbers: [StatedNumber]

    /// The reading on grapheme clusters (`WordMatcher`, `TextLanguage`, `SentenceTokenizer`):
    /// right for any text, and the yardstick of `TitleReader`.
    static func byCharacters(_ title: String, lists: [WordLists]) -> TitleReading {
        let characters = Array(title)
        let words = TextFolding.words(of: characters)
        return TitleReading(
            matches: WordMatcher.matches(in: characters, words: words, lists: lists),
            statedNumbers: SentenceTokenizer.statedNumbers(in: characters, notation: NumberNotation(TextLanguage.guess(words: words))))
    }
}

/// Reads titles against fixed word lists fast enough for 41,000 goals per `check`.
///
/// It gives exactly `TitleReading.byCharacters`, but works on Unicode scalars, and looks every
/// word up once, as folded UTF-8 bytes, in one table of the words the lists, the language guess
/// and the number reading care about; phrases are then matched on word numbers. That is only
/// the same as the grapheme-cluster reading when every scalar is a character of its own: titles
/// of ASCII (without carriage returns), Latin letters (`é`, `ë`, `ĳ`, `ß` …) and common
/// punctuation (`’`, `–`, `€`, `−`). Any other title (a combining accent, an emoji) is read on
/// grapheme clusters.
struct TitleReader: Sendable {
    private let lists: [WordLists]
    private let vocabulary: FoldedVocabulary
    /// Per list, per word number: the entries starting with that word, in list order.
    private let entriesByFirstWord: [[[Int]]]
    /// Per list, per entry: its words as word numbers, `wildcard` for `*`.
    private let patterns: [[[Int32]]]
    private let dutchMarker: [Bool]
    private let englishMarker: [Bool]
    private let percentWord: [Bool]
    private let pointWord: [Bool]
    private let multiplier: [Double?]
    private let percentID: Int32
    private let pointsID: Int32
    private let pointID: Int32
    private let percentageID: Int32

    private static let wildcard: Int32 = -2
    private static let unknown: Int32 = -1

    init(lists: [WordLists]) {
        // Numbered by `String` equality, as the grapheme-cluster reading compares words; every
        // distinct byte spelling of a word is in the table.
        var numbers: [String: Int32] = [:]
        var spellings: [[UInt8]: Int32] = [:]
        func number(_ word: String) -> Int32 {
            let known = numbers[word] ?? Int32(numbers.count)
            numbers[word] = known
            spellings[Array(word.utf8)] = known
            return known
        }
        // Only the categories the check matches; the reader's own are for `draft`.
        let checkedLists = lists.map { list in WordLists(language: list.language, entries: list.entries.filter { WordCategory.checked.contains($0.category) }) }
        self.lists = checkedLists
        patterns = checkedLists.map { list in
            list.entries.map { entry in entry.words.map { $0 == "*" ? Self.wildcard : number($0) } }
        }
        let dutch = TextLanguage.dutchMarkers.map(number)
        let english = TextLanguage.englishMarkers.map(number)
        let percent = SentenceTokenizer.percentWords.map(number)
        let points = SentenceTokenizer.pointWords.map(number)
        let multipliers = SentenceTokenizer.multipliers.map { (number($0.key), $0.value) }
        percentID = number("percent")
        pointsID = number("points")
        pointID = number("point")
        percentageID = number("percentage")

        let count = numbers.count
        func flags(_ ids: [Int32]) -> [Bool] {
            var flags = [Bool](repeating: false, count: count)
            for id in ids { flags[Int(id)] = true }
            return flags
        }
        dutchMarker = flags(dutch)
        englishMarker = flags(english)
        percentWord = flags(percent)
        pointWord = flags(points)
        var factors = [Double?](repeating: nil, count: count)
        for (id, factor) in multipliers { factors[Int(id)] = factor }
        multiplier = factors
        entriesByFirstWord = patterns.map { listPatterns in
            var byFirst = [[Int]](repeating: [], count: count)
            for (position, pattern) in listPatterns.enumerated() {
                if let first = pattern.first, first >= 0 { byFirst[Int(first)].append(position) }
            }
            return byFirst
        }
        vocabulary = FoldedVocabulary(spellings: spellings.map { ($0.key, $0.value) })
    }

    /// Whether `read` takes the scalar reading for `title` (the rest go by grapheme clusters).
    static func readsByScalars(_ title: String) -> Bool { ScalarText(title) != nil }

    func read(_ title: String) -> TitleReading {
        guard let text = ScalarText(title) else { return TitleReading.byCharacters(title, lists: lists) }
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let words = self.words(of: text, scratch: &scratch)
        var dutch = 0
        var english = 0
        for word in words where word.id >= 0 {
            if dutchMarker[Int(word.id)] { dutch += 1 }
            if englishMarker[Int(word.id)] { english += 1 }
        }
        let notation = NumberNotation(english > dutch ? .en : .nl)
        return TitleReading(matches: matches(in: text, words: words),
                            statedNumbers: statedNumbers(in: text, notation: notation, scratch: &scratch))
    }

    // MARK: Words and phrases

    private struct Word {
        var start: Int
        var end: Int
        var id: Int32
    }

    /// `TextFolding.words`, each word as its number in the vocabulary (or `unknown`).
    private func words(of text: ScalarText, scratch: inout [UInt8]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(16)
        var index = 0
        let count = text.scalars.count
        while index < count {
            guard text.isWordCharacter(index) else {
                index += 1
                continue
            }
            let end = text.wordEnd(from: index)
            words.append(Word(start: index, end: end, id: id(of: text, index..<end, scratch: &scratch)))
            index = end
        }
        return words
    }

    private func id(of text: ScalarText, _ range: Range<Int>, scratch: inout [UInt8]) -> Int32 {
        if text.isASCII {
            // Folding ASCII is lowercasing: hash and compare the title's own bytes.
            let scalars = text.scalars
            var hash = FoldedVocabulary.emptyHash
            for index in range { hash = FoldedVocabulary.hash(hash, ScalarText.lowercased(scalars[index])) }
            return vocabulary.id(hash: hash, count: range.count) { spelling in
                var offset = 0
                for index in range {
                    guard spelling[offset] == ScalarText.lowercased(scalars[index]) else { return false }
                    offset += 1
                }
                return true
            } ?? Self.unknown
        }
        scratch.removeAll(keepingCapacity: true)
        for index in range { text.appendFolded(index, to: &scratch) }
        return vocabulary.id(of: scratch) ?? Self.unknown
    }

    /// `WordMatcher.matches`, step for step, on word numbers.
    private func matches(in text: ScalarText, words: [Word]) -> [WordMatch] {
        var candidates: [(list: Int, entry: Int, first: Int, last: Int)] = []
        for (listIndex, listPatterns) in patterns.enumerated() {
            let byFirst = entriesByFirstWord[listIndex]
            for (first, word) in words.enumerated() where word.id >= 0 {
                for position in byFirst[Int(word.id)] {
                    let pattern = listPatterns[position]
                    guard first + pattern.count <= words.count else { continue }
                    var fits = true
                    for (offset, wanted) in pattern.enumerated() where wanted != Self.wildcard && wanted != words[first + offset].id {
                        fits = false
                        break
                    }
                    if fits { candidates.append((listIndex, position, first, first + pattern.count - 1)) }
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        candidates.sort { lhs, rhs in
            let (lengthL, lengthR) = (lhs.last - lhs.first, rhs.last - rhs.first)
            return lengthL != lengthR ? lengthL > lengthR : lhs.first < rhs.first
        }
        var taken = [Bool](repeating: false, count: words.count)
        var accepted: [WordMatch] = []
        for candidate in candidates {
            guard !taken[candidate.first...candidate.last].contains(true) else { continue }
            for index in candidate.first...candidate.last { taken[index] = true }
            let span = text.span(words[candidate.first].start..<words[candidate.last].end)
            accepted.append(WordMatch(entry: lists[candidate.list].entries[candidate.entry], span: span))
        }
        return accepted.sorted { $0.span.start < $1.span.start }
    }

    // MARK: Numbers

    private enum TokenKind {
        case word(Int32)
        case number(Double, plainInteger: Bool)
        case percentSign
        case euroSign
    }

    private struct Token {
        var kind: TokenKind
        var range: Range<Int>

        var wordID: Int32 {
            if case let .word(id) = kind { return id }
            return TitleReader.unknown
        }

        var isPercentSign: Bool {
            if case .percentSign = kind { return true }
            return false
        }
    }

    /// `SentenceTokenizer.tokens`, step for step, on scalars.
    private func tokens(of text: ScalarText, notation: NumberNotation, scratch: inout [UInt8]) -> [Token] {
        let scalars = text.scalars
        let count = scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        var index = 0
        while index < count {
            let scalar = scalars[index]
            let signed = (scalar == 0x2B || scalar == 0x2D || scalar == 0x2212)
                && index + 1 < count && Self.isDigit(scalars[index + 1])
                && (index == 0 || scalars[index - 1] == 0x20 || scalars[index - 1] == 0x28)
            if Self.isDigit(scalar) || signed {
                var end = index + 1
                while end < count {
                    if Self.isDigit(scalars[end]) {
                        end += 1
                    } else if scalars[end] == 0x2E || scalars[end] == 0x2C, end + 1 < count, Self.isDigit(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                // A number glued to letters ("B1", "2e") is a word, not a figure.
                if end < count, text.isLetter(end) {
                    let wordEnd = text.wordEnd(from: end)
                    let start = signed ? index + 1 : index
                    tokens.append(Token(kind: .word(id(of: text, start..<wordEnd, scratch: &scratch)), range: start..<wordEnd))
                    index = wordEnd
                    continue
                }
                // Digits, `.`, `,` and a sign: ASCII once `−` is written `-`.
                scratch.removeAll(keepingCapacity: true)
                for position in index..<end { scratch.append(scalars[position] == 0x2212 ? 0x2D : UInt8(scalars[position])) }
                let plain = !signed && scratch.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                if case let .success(value) = scratch.withUnsafeBufferPointer({ NumberReader.read($0, notation: notation) }) {
                    // `20 miljoen`, `1,5 billion`: the word is part of the number.
                    var wordStart = end
                    while wordStart < count, scalars[wordStart] == 0x20 { wordStart += 1 }
                    if wordStart == count { wordStart = end }
                    let wordEnd = text.wordEnd(from: wordStart)
                    if wordStart > end {
                        let wordID = id(of: text, wordStart..<wordEnd, scratch: &scratch)
                        if wordID >= 0, let factor = multiplier[Int(wordID)] {
                            tokens.append(Token(kind: .number(value * factor, plainInteger: false), range: index..<wordEnd))
                            index = wordEnd
                            continue
                        }
                    }
                    tokens.append(Token(kind: .number(value, plainInteger: plain), range: index..<end))
                }
                index = end
            } else if text.isWordCharacter(index) {
                let end = text.wordEnd(from: index)
                tokens.append(Token(kind: .word(id(of: text, index..<end, scratch: &scratch)), range: index..<end))
                index = end
            } else {
                if scalar == 0x25 { tokens.append(Token(kind: .percentSign, range: index..<index + 1)) }
                if scalar == 0x20AC { tokens.append(Token(kind: .euroSign, range: index..<index + 1)) }
                index += 1
            }
        }
        return tokens
    }

    private func isPercentWord(_ id: Int32) -> Bool { id >= 0 && percentWord[Int(id)] }
    private func isPointWord(_ id: Int32) -> Bool { id >= 0 && pointWord[Int(id)] }

    /// `SentenceTokenizer.statedNumbers`, step for step, on tokens with word numbers.
    private func statedNumbers(in text: ScalarText, notation: NumberNotation, scratch: inout [UInt8]) -> [StatedNumber] {
        let tokens = tokens(of: text, notation: notation, scratch: &scratch)
        var numbers: [StatedNumber] = []
        for (index, token) in tokens.enumerated() {
            guard case let .number(value, plainInteger) = token.kind else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
            let afterNextIsPoints = afterNext.map { $0.wordID == pointsID || $0.wordID == pointID } ?? false
            var kind: StatedNumber.Kind = plainInteger && value >= 1900 && value <= 2100 ? .year : .plain
            var end = token.range.upperBound
            if let next, next.isPercentSign || isPercentWord(next.wordID) {
                kind = .percent
                end = next.range.upperBound
                if next.wordID == percentID || next.isPercentSign, afterNextIsPoints {
                    kind = .points
                    end = afterNext?.range.upperBound ?? end
                }
            } else if let next, isPointWord(next.wordID) {
                kind = .points
                end = next.range.upperBound
            } else if next?.wordID == percentageID, afterNextIsPoints {
                kind = .points
                end = afterNext?.range.upperBound ?? end
            }
            numbers.append(StatedNumber(value: value, kind: kind, span: text.span(token.range.lowerBound..<end)))
        }
        return numbers
    }

    private static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }
}

/// A title as Unicode scalars when each scalar is a character of its own (see `TitleReader`),
/// with what the word splitting needs to know of each.
private struct ScalarText {
    let title: String
    let scalars: [UInt32]
    /// Per scalar: `letter`, `digit` (a word character that is not a letter) or `other`.
    let classes: [UInt8]
    let isASCII: Bool

    static let other: UInt8 = 0
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2

    /// Nil when some scalar is not known to be a character of its own.
    init?(_ title: String) {
        var scalars: [UInt32] = []
        var classes: [UInt8] = []
        scalars.reserveCapacity(title.utf8.count)
        classes.reserveCapacity(title.utf8.count)
        var isASCII = true
        let ascii = ScalarClasses.ascii
        for scalar in title.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // CR LF is one character.
                guard value != 0x0D else { return nil }
                classes.append(ascii[Int(value)])
            } else {
                guard let known = ScalarClasses.other(value) else { return nil }
                classes.append(known.class)
                isASCII = false
            }
            scalars.append(value)
        }
        self.title = title
        self.scalars = scalars
        self.classes = classes
        self.isASCII = isASCII
    }

    func isWordCharacter(_ index: Int) -> Bool { classes[index] != Self.other }
    func isLetter(_ index: Int) -> Bool { classes[index] == Self.letter }

    /// The first index from `start` on that is not a word character.
    func wordEnd(from start: Int) -> Int {
        var end = start
        while end < classes.count, classes[end] != Self.other { end += 1 }
        return end
    }

    /// `TextFolding.fold` of an ASCII scalar.
    static func lowercased(_ value: UInt32) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: value)
        return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// `TextFolding.fold` of one scalar, as UTF-8.
    func appendFolded(_ index: Int, to bytes: inout [UInt8]) {
        let value = scalars[index]
        if value < 0x80 {
            bytes.append(Self.lowercased(value))
        } else if let known = ScalarClasses.other(value) {
            bytes += known.folded
        }
    }

    func span(_ range: Range<Int>) -> TextSpan {
        let text: String
        if isASCII {
            let utf8 = title.utf8
            text = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)], as: UTF8.self)
        } else {
            var built = ""
            for value in scalars[range] {
                if let scalar = Unicode.Scalar(value) { built.unicodeScalars.append(scalar) }
            }
            text = built
        }
        return TextSpan(start: range.lowerBound, end: range.upperBound, text: text)
    }
}

/// What `TextFolding` says of the scalars `ScalarText` accepts, worked out once by asking
/// `TextFolding` itself, so the two cannot disagree.
private enum ScalarClasses {
    struct Known {
        var `class`: UInt8
        var folded: [UInt8]
    }

    static let ascii: [UInt8] = (0..<128).map { value in
        classify(Character(Unicode.Scalar(UInt8(value))))
    }

    /// U+00A0–U+017F: Latin-1 letters and signs, Latin Extended-A.
    private static let latin: [Known] = (0xA0...0x17F).map { known(UInt32($0)) }
    /// Dashes, quotes, bullets and the ellipsis (U+2010–U+2027), `€`, `−`.
    private static let punctuation: [Known] = (0x2010...0x2027).map { known(UInt32($0)) }
    private static let euro = known(0x20AC)
    private static let minus = known(0x2212)

    static func other(_ value: UInt32) -> Known? {
        switch value {
        case 0xA0...0x17F: latin[Int(value - 0xA0)]
        case 0x2010...0x2027: punctuation[Int(value - 0x2010)]
        case 0x20AC: euro
        case 0x2212: minus
        default: nil
        }
    }

    private static func known(_ value: UInt32) -> Known {
        // Every value passed here is a valid scalar.
        let character = Character(Unicode.Scalar(value) ?? " ")
        return Known(class: classify(character), folded: Array(TextFolding.fold(character).utf8))
    }

    private static func classify(_ character: Character) -> UInt8 {
        if TextFolding.isLetter(character) { return ScalarText.letter }
        return TextFolding.isWordCharacter(character) ? ScalarText.digit : ScalarText.other
    }
}

/// Words as folded UTF-8 bytes to their numbers: an open-addressing table with FNV-1a hashes,
/// so a title's word is looked up without making a `String` of it.
private struct FoldedVocabulary: Sendable {
    private var slots: [Int32]
    private var spellings: [[UInt8]]
    private var numbers: [Int32]
    private let mask: Int

    init(spellings entries: [([UInt8], Int32)]) {
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        mask = size - 1
        slots = [Int32](repeating: -1, count: size)
        spellings = []
        numbers = []
        for (bytes, number) in entries {
            var slot = Self.slot(Self.hash(bytes)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(spellings.count)
            spellings.append(bytes)
            numbers.append(number)
        }
    }

    func id(of bytes: [UInt8]) -> Int32? {
        id(hash: Self.hash(bytes), count: bytes.count) { $0 == bytes }
    }

    /// The number of the spelling with this hash and length that `matches` accepts.
    func id(hash: UInt64, count: Int, matches: ([UInt8]) -> Bool) -> Int32? {
        var slot = Self.slot(hash) & mask
        while true {
            let entry = slots[slot]
            guard entry >= 0 else { return nil }
            let spelling = spellings[Int(entry)]
            if spelling.count == count, matches(spelling) { return numbers[Int(entry)] }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a, fed one byte at a time.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(emptyHash, hash)
    }

    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
