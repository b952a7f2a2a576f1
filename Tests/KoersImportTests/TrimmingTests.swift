import Foundation
import PropertyBased
import Testing
@testable import KoersImport

/// `trimmingSpaces`, which replaced Foundation's `trimmingCharacters(in: .whitespaces)` in the
/// table interpreter, and the ASCII path of header folding: the same answers as Foundation.
@Suite("Trimming spaces and folding headers without Foundation")
struct TrimmingTests {
    @Test func examples() {
        #expect("  Almelo\t".trimmingSpaces == "Almelo")
        #expect("\u{00A0}49.525\u{202F}".trimmingSpaces == "49.525")
        #expect(" \t ".trimmingSpaces == "")
        #expect("".trimmingSpaces == "")
        #expect("\nrij\n".trimmingSpaces == "\nrij\n")
        #expect(" a b ".trimmingSpaces == "a b")
    }

    @Test func agreesWithFoundation() async {
        let pieces = [" ", "\t", "\u{00A0}", "\u{2003}", "\n", "\r\n", "a", "é", "1", ",", "\u{200B}", "\u{180E}", "\u{3000}", "\u{2028}", "🙂"]
        await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func asciiHeaderFoldingAgreesWithFoundation() async {
        await propertyCheck(input: Gen.int(in: 0...127).array(of: 0...12)) { codes in
            let text = String(decoding: codes.map(UInt8.init), as: UTF8.self)
            #expect(HeaderNames.fold(text) == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
        #expect(HeaderNames.fold("Périoden") == "perioden")
        #expect(HeaderNames.identifier("Regio's naam", column: 2) == "regios_naam")
    }
}
