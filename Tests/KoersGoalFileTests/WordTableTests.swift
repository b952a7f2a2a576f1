import KoersCore
import PropertyBased
import Testing
@testable import KoersGoalFile

/// The parser's word tables must answer exactly as a dictionary of the lowercased word did.
@Suite struct WordTableTests {
    static let words = ["goal", "doel", "kind", "titel", "ter", "by", "per-kwartaal", "yes-no", "%", "a", "ab", "ba"]
    static let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) }))
    static let reference = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })

    /// Words made of the table's words' letters in either case, near-misses, non-ASCII (the Kelvin
    /// sign lowercases to `k`, `É` to `é`) and bytes beyond the table's.
    static let pieces = ["g", "o", "a", "l", "G", "O", "A", "L", "d", "e", "D", "E", "T", "i", "r", "n", "k", "K", "-", "%", "b", "B", "y", "Y",
                         "\u{212A}", "É", "é", "ß", " ", "0"]

    @Test func lookingUpAWordInAnyCaseAgreesWithTheLowercasedDictionary() async {
        let generated = Gen<String?>.element(of: Self.pieces + Self.words.map { $0.uppercased() } + Self.words)
            .map { $0 ?? "" }.array(of: 0...4).map { $0.joined() }
        await propertyCheck(count: 2000, input: generated) { word in
            #expect(Self.table[word] == Self.reference[word.lowercased()], "\(word)")
            #expect(Self.table.contains(word) == (Self.reference[word.lowercased()] != nil), "\(word)")
        }
    }

    @Test func everyWordIsFoundAsWrittenAndCapitalised() {
        for (index, word) in Self.words.enumerated() {
            #expect(Self.table[word] == index)
            #expect(Self.table[word.uppercased()] == index)
        }
        #expect(Self.table["\u{212A}IND"] == Self.words.firstIndex(of: "kind"))
        #expect(Set(Self.table.keys) == Set(Self.words))
    }
}
