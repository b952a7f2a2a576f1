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

    /// A small linear congruential generator: the same cases on every run.
    struct Cases: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static func expected(_ lead: String, _ body: String, width: Int?) -> String {
        CheckRenderer.hanging(lead, body, width: width).map { $0 + "\n" }.joined()
    }

    @Test func breaksWhereHangingBreaks() {
        var random = Cases(state: 8)
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

    @Test func countsCharactersNotBytes() {
        #expect(WrappedLines.characterCount("één ĳs") == 6)
        #expect(WrappedLines.characterCount("a\r\nb") == 3)
        #expect(WrappedLines.characterCount("plain ASCII") == 11)
    }
}
