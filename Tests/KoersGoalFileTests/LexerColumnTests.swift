import PropertyBased
import Testing
@testable import KoersGoalFile

/// The lexer counts a column per Unicode scalar; words and texts of ASCII take a shortcut (their
/// length in bytes). Both ways must give every token the column of its first scalar.
@Suite struct LexerColumnTests {
    static let fragments = ["goal", "titel", "é", "ëx", "😀", "\"tekst é\"", "\"a\\\"b\"", "\"ascii\"", " ", " ", "\t", "\u{A0}",
                            ",", "7,2", ">=", "{", "}", "=", "a", "Ω-1", "\"open"]

    @Test func everyTokenStandsAtTheColumnOfItsFirstScalar() async {
        let lines = Gen<String?>.element(of: Self.fragments).map { $0 ?? "" }.array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: 1000, input: lines) { line in
            var text = line
            let bytes = Array(line.utf8)
            let lexed = text.withUTF8 { Lexer.lex($0, line: 0) }
            for token in lexed.tokens {
                let before = String(decoding: bytes[..<token.utf8Range.lowerBound], as: UTF8.self).unicodeScalars.count
                let written = String(decoding: bytes[token.utf8Range], as: UTF8.self).unicodeScalars.count
                #expect(token.column == before + 1, "\(line.debugDescription): \(token.value)")
                #expect(token.length == written, "\(line.debugDescription): \(token.value)")
            }
        }
    }
}
