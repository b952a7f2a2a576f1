import KoersTestSupport
import Testing
@testable import KoersRender

/// `check` writes its table through `WrappedLines`; it must break lines exactly where
/// `CheckRenderer.hanging` (and `wrap`) do, counting characters, not bytes.
@Suite("Wrapped lines")
struct WrappedLinesTests {
    static let pieces = [
        "goal", "doelen", "“goed”", "één", "ĲSSEL", "Súdwest-Fryslân", "→", "e\u{301}", "\u{301}x", "👍🏽", "\r\n", "a\r", "\u{600}",
        "cannot", "be", "evaluated:", "no", "target", "value", "waar dit kan en mag", "2026", "10%", "—", "’s-Gravenhage",
        "averyveryverylongwordthatdoesnotfitonanylineatallbecauseitiswaytoolong",
    ]
    static let separators = [" ", " ", " ", "  ", "", "   "]
    static let leads = ["", "  “", "  warning  no-owner  ", "                       → ", "  ✗ ", "\u{301}"]

    static func expected(_ lead: String, _ body: String, width: Int?) -> String {
        CheckRenderer.hanging(lead, body, width: width).map { $0 + "\n" }.joined()
    }

    @Test func breaksWhereHangingBreaks() {
        var random = SeededRandom(seed: 8)
        for _ in 0..<3000 {
            let body = (0..<Int.random(in: 0...25, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)! + Self.separators.randomElement(using: &random)!
            }.joined()
            let lead = Self.leads.randomElement(using: &random)!
            let width: Int? = Bool.random(using: &random) ? nil : Int.random(in: 10...100, using: &random)
            var lines = WrappedLines(reservingCapacity: 0)
            lines.appendHanging(lead, body, width: width)
            #expect(lines.text == Self.expected(lead, body, width: width), "\(lead.debugDescription) \(body.debugDescription) \(String(describing: width))")
        }
    }

    @Test("A word wider than the room is cut after a hyphen or underscore in its second half, else at the width")
    func longWordsAreCut() {
        let lead = String(repeating: " ", count: 36)
        var lines = WrappedLines(reservingCapacity: 0)
        lines.appendHanging(lead, "De indicator ‘waardering_inwoners_digitaal’ heeft geen definitie", width: 60)
        lines.appendHanging("  ", "goals/almelo/programma-dienstverlening-2021-2026.koers:51:6", width: 40)
        lines.appendHanging("", "averyveryverylongwordthatdoesnotfitonanylineatall x", width: 20)
        #expect(lines.text == """
            \(lead)De indicator
            \(lead)‘waardering_inwoners_
            \(lead)digitaal’ heeft geen
            \(lead)definitie
              goals/almelo/programma-
              dienstverlening-2021-2026.koers:51:6
            averyveryverylongwor
            dthatdoesnotfitonany
            lineatall x

            """)
    }

    /// A remembered wrap is copied only for the same lead and text; any other text or lead is
    /// wrapped afresh, so a run of calls writes what the same calls without memory write.
    @Test func rememberedWrapsWriteWhatFreshWrapsWrite() {
        var random = SeededRandom(seed: 21)
        let bodies = (0..<6).map { _ in
            (0..<Int.random(in: 0...20, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)! + Self.separators.randomElement(using: &random)!
            }.joined()
        }
        for _ in 0..<200 {
            let width: Int? = Bool.random(using: &random) ? nil : Int.random(in: 10...100, using: &random)
            var remembered = WrappedLines(reservingCapacity: 0)
            var fresh = WrappedLines(reservingCapacity: 0)
            var memory = WrapMemory()
            for _ in 0..<12 {
                let lead = Self.leads[Int.random(in: 0..<2, using: &random)]
                let body = bodies[Int.random(in: 0..<3, using: &random)]
                remembered.appendHanging(lead, body, width: width, memory: &memory)
                fresh.appendHanging(lead, body, width: width)
            }
            #expect(remembered.text == fresh.text)
        }
    }

    /// `"é" == "e\u{301}"` as strings; the remembered lines of one must not stand in for the other.
    @Test func rememberedWrapsTellComposedFromDecomposed() {
        var lines = WrappedLines(reservingCapacity: 0)
        var memory = WrapMemory()
        lines.appendHanging("  ", "café au lait", width: 80, memory: &memory)
        lines.appendHanging("  ", "cafe\u{301} au lait", width: 80, memory: &memory)
        #expect(Array(lines.text.utf8) == Array("  café au lait\n  cafe\u{301} au lait\n".utf8))
    }

    @Test func writesDecimalsAsStringDoes() {
        var random = SeededRandom(seed: 5)
        let numbers = [0, 1, 9, 10, 99, 100, 1_000_007, Int.max, -1, -42, Int.min] + (0..<500).map { _ in Int.random(in: -1_000_000...100_000_000, using: &random) }
        for number in numbers {
            var lines = WrappedLines(reservingCapacity: 0)
            lines.write("x")
            lines.write(decimal: number)
            lines.endLine()
            #expect(lines.text == "x\(number)\n")
        }
    }

    @Test func countsCharactersNotBytes() {
        #expect(WrappedLines.characterCount("één ĳs") == 6)
        #expect(WrappedLines.characterCount("a\r\nb") == 3)
        #expect(WrappedLines.characterCount("plain ASCII") == 11)
    }
}
