import KoersCore
import PropertyBased
import Testing

/// Text from a file, made visible before it reaches a terminal (issue 15): the one scheme is
/// Swift's `\u{1B}`.
@Suite("Visible control characters")
struct VisibleControlsTests {
    /// Random Latin-1 holds C0, DEL and C1; the fragments are the escape sequences of the attack pass.
    static let attacks = ["\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[8m", "\u{9B}2J", "\r", "\u{7F}", "\u{1B}[31m",
                           "\u{202E}51.000", "\u{2067}x\u{2069}", "\u{200F}", "\u{061C}"]
    static let text = zip(Gen.latin1.string(of: 0...20), Gen.element(of: attacks), Gen.latin1.string(of: 0...20)).map { $0 + ($1 ?? "") + $2 }

    /// Whether every byte below 0x20 is a line feed, a tab, a CR before a line feed or at the
    /// end, or the ESC of one of koers's own color codes; and no C1 or bidirectional control is left.
    static func isSafeForTerminal(_ bytes: [UInt8], colorCodes: Bool) -> Bool {
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A, 0x09: continue
            case 0x0D where index + 1 == bytes.count || bytes[index + 1] == 0x0A: continue
            case 0x1B where colorCodes:
                let rest = String(decoding: bytes[(index + 1)...].prefix(6), as: UTF8.self)
                guard ["[0m", "[1m", "[2m", "[31m", "[32m", "[33m", "[35m", "[36m", "[1;36m"].contains(where: rest.hasPrefix) else { return false }
            case 0x00..<0x20, 0x7F: return false
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return false
            default:
                let scalar = String(decoding: bytes[index...].prefix(3), as: UTF8.self).unicodeScalars.first
                if byte >= 0xC0, let scalar, VisibleControls.isHidden(scalar) { return false }
                continue
            }
        }
        return true
    }

    @Test("Shown text has no control character but line feed and tab, and showing it again changes nothing")
    func shownTextIsVisibleAndStable() async {
        await propertyCheck(count: 1000, input: Self.text) { text in
            let shown = VisibleControls.shown(text)
            #expect(!shown.unicodeScalars.contains(where: VisibleControls.isHidden))
            #expect(VisibleControls.shown(shown) == shown)
            #expect(Self.isSafeForTerminal(Array(shown.utf8), colorCodes: false))
        }
    }

    @Test("Terminal output keeps only line breaks, tabs and koers's own color codes")
    func terminalBytesAreSafe() async {
        await propertyCheck(count: 1000, input: Self.text, Gen.bool) { text, colors in
            let painted = colors ? "\u{1B}[32m" + text + "\u{1B}[0m" : text
            let bytes = Array(painted.utf8)
            let shown = VisibleControls.shown(utf8: bytes, keepingColorCodes: colors) ?? bytes
            #expect(Self.isSafeForTerminal(shown, colorCodes: colors), "\(painted.debugDescription)")
        }
    }

    @Test("The attack pass's sequences are written as Swift writes them")
    func attackSequencesAreVisible() {
        #expect(VisibleControls.shown("a\u{1B}]52;c;aGVsbG8=\u{07}b") == #"a\u{1B}]52;c;aGVsbG8=\u{7}b"#)
        #expect(VisibleControls.shown("x\u{9B}2J\r\u{7F}") == #"x\u{9B}2J\u{D}\u{7F}"#)
        #expect(VisibleControls.shown("tab\tand\nline") == "tab\tand\nline")
        #expect(VisibleControls.shown("two\nlines", keepingLineBreaks: false) == #"two\u{A}lines"#)
    }

    @Test("A bidirectional control cannot reorder what is shown; other text outside ASCII is kept")
    func bidirectionalControlsAreVisible() {
        let override = "aanvragen \u{202E}51.000"
        #expect(VisibleControls.shown(override) == #"aanvragen \u{202E}51.000"#)
        #expect(VisibleControls.shown("\u{2066}x\u{2069} \u{200E}\u{200F}\u{061C}") == #"\u{2066}x\u{2069} \u{200E}\u{200F}\u{61C}"#)
        let kept = "€ 1.200 – ‘ruim’ café ‚ 2030‥ ٣ ש"
        #expect(VisibleControls.shown(kept) == kept)
        for text in [override, kept, "\u{202A}\u{202B}\u{202C}\u{202D}\u{2068}"] {
            let bytes = Array(text.utf8)
            let shown = VisibleControls.shown(utf8: bytes, keepingColorCodes: false).map { String(decoding: $0, as: UTF8.self) } ?? text
            #expect(shown == VisibleControls.shown(text), "the byte path and the text path agree on \(text.debugDescription)")
        }
    }

    @Test("Color codes pass only when kept, and only koers's own")
    func colorCodes() {
        let own = Array("\u{1B}[1;36mkoers\u{1B}[0m".utf8)
        #expect(VisibleControls.shown(utf8: own, keepingColorCodes: true) == nil)
        #expect(VisibleControls.shown(utf8: own, keepingColorCodes: false).map { String(decoding: $0, as: UTF8.self) } == #"\u{1B}[1;36mkoers\u{1B}[0m"#)
        let conceal = Array("\u{1B}[8mhidden".utf8)
        #expect(VisibleControls.shown(utf8: conceal, keepingColorCodes: true).map { String(decoding: $0, as: UTF8.self) } == #"\u{1B}[8mhidden"#)
        #expect(VisibleControls.shown(utf8: Array("a,b\r\nc\r\n".utf8), keepingColorCodes: false) == nil, "CSV's line ends stay")
    }
}

@Suite("Error excerpts with control characters")
struct ExcerptControlTests {
    @Test("The quoted line shows control characters visibly and the caret stays under its character")
    func caretFollowsVisibleText() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "f.koers", line: 2, column: 4), LocalizedText(en: "bad", nl: "fout"),
                                    sourceLine: "a\u{1B}b\u{7}c", length: 1)
        let lines = diagnostic.formatted(in: .en).split(separator: "\n").map(String.init)
        #expect(lines == ["f.koers:2:4: error: bad", #"    a\u{1B}b\u{7}c"#, "            ^^^^^"])
    }
}
