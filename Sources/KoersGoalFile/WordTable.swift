/// A fixed table of the language's lowercase words, hashed over a word's bytes: a word already
/// lowercase (nearly all) is neither lowercased nor hashed with `Hasher`. The parser looks up
/// several words on every field line (the keyword, comparator words, units), and a
/// `[String: Value]` lookup of a folded word cost about 400 instructions.
struct WordTable<Value: Sendable>: Sendable {
    /// Open addressing, linear probing, at most a quarter full; an empty word marks a free slot.
    private let words: [String]
    private let values: [Value?]
    private let mask: Int
    /// The words, for suggestions and lists.
    let keys: [String]

    init(_ table: [String: Value]) {
        var capacity = 16
        while capacity < table.count * 4 { capacity *= 2 }
        var words = [String](repeating: "", count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        for (word, value) in table {
            var slot = Self.hash(ofLowercased: word) & (capacity - 1)
            while !words[slot].isEmpty { slot = (slot + 1) & (capacity - 1) }
            words[slot] = word
            values[slot] = value
        }
        self.words = words
        self.values = values
        self.mask = capacity - 1
        self.keys = Array(table.keys)
    }

    /// The value of a word in any case. A word that is not lowercase ASCII (rare) is lowercased
    /// first, by Unicode, as the language's words are matched.
    subscript(word: String) -> Value? {
        if let hash = Self.hash(ifLowercaseASCII: word) { return value(of: word, hash: hash) }
        let lowercased = word.lowercased()
        return value(of: lowercased, hash: Self.hash(ofLowercased: lowercased))
    }

    func contains(_ word: String) -> Bool { self[word] != nil }

    private func value(of word: String, hash: Int) -> Value? {
        var slot = hash & mask
        while !words[slot].isEmpty {
            if words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the word's bytes.
    private static func hash(ofLowercased word: String) -> Int {
        word.withBytes { bytes in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return Int(hash)
        }
    }

    /// The hash of a lowercase ASCII word; nil at a capital or a byte beyond ASCII.
    private static func hash(ifLowercaseASCII word: String) -> Int? {
        word.withBytes { bytes in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                if byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { return nil }
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            return Int(hash)
        }
    }
}

extension WordTable where Value == Bool {
    /// A set of words: each maps to true.
    init(words: [String]) {
        self.init(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }
}
