import PropertyBased
import Testing
@testable import KoersCore

/// The check reads 41,000 titles on Unicode scalars (`TitleReader`); it must find exactly what
/// the reading on grapheme clusters finds (`TitleReading.byCharacters`, which the rule tests pin
/// down): the same entries, spans, quoted text, numbers and kinds of number.
@Suite("Check title reader properties")
struct CheckTitleReaderPropertyTests {
    static let reader = TitleReader(lists: CheckFixtures.wordLists)

    /// Every word and phrase of the shipped lists, as written and shouted, with the wildcard filled.
    static let listPhrases: [String] = CheckFixtures.wordLists.flatMap(\.entries).flatMap { entry -> [String] in
        let phrase = entry.phrase.split(separator: " ").map { $0 == "*" ? "dit" : String($0) }.joined(separator: " ")
        return [phrase, phrase.uppercased()]
    }

    static let fragments: [String] = [
        // Numbers in both notations, signs, units and multipliers.
        "90%", "10 %", "6,4", "6.8", "49.525", "1.200,5", "2026", "2020", "1899", "2101", "+3", "−5%", "-7", "(+2", "3 procentpunt",
        "4 pp", "10 percent points", "5 percentage point", "20 miljoen", "1,5 billion", "7 mln", "€ 500", "€", "%", "procent",
        "percent", "2e", "B1", "12abc", "3.", ",5", "1..2",
        // Dutch and other Latin letters, folded or kept.
        "één", "Café", "ĲSSEL", "ĳs", "Straße", "Ærø", "İstanbul", "Súdwest-Fryslân", "Ðð", "ŉ", "ª", "µ", "½", "²", "×", "÷",
        // Punctuation the fast reading accepts, and text it leaves to the grapheme-cluster reading.
        "’s-Gravenhage", "t.o.v.", "–", "—", "“goed”", "…", "\u{A0}", "\u{AD}", "e\u{301}", "👍🏽", "\r\n", "\r", "\t", "\n",
        "de", "het", "the", "of", "and", "all", "waar", "kan", "en", "mag", "zoveel", "mogelijk",
    ]

    static let separators = [" ", " ", " ", "", ".", ",", "-", "(", ")", "/", "  ", "'"]

    static func verify(_ title: String) {
        let fast = reader.read(title)
        let reference = TitleReading.byCharacters(title, lists: CheckFixtures.wordLists)
        #expect(fast == reference, "\(title.debugDescription)")
    }

    @Test func mixedTitlesReadTheSame() async {
        let pool = Self.listPhrases + Self.fragments
        let pick = zip(Gen.int(in: 0...(pool.count - 1)), Gen.int(in: 0...(Self.separators.count - 1))).array(of: 0...12)
        await propertyCheck(count: 2000, input: pick) { picks in
            Self.verify(picks.map { pool[$0.0] + Self.separators[$0.1] }.joined())
        }
    }

    @Test func arbitraryLatinTextReadsTheSame() async {
        await propertyCheck(count: 1000, input: Gen.latin1.string(of: 0...60)) { text in
            Self.verify(text)
        }
    }

    @Test func plainAndDutchTitlesTakeTheScalarReading() {
        #expect(TitleReader.readsByScalars("Indicator 7 in ’s-Gravenhage 10% hoger dan in 2020"))
        #expect(TitleReader.readsByScalars("Súdwest-Fryslân: één ĳsbaan, € 20 miljoen – ±5%"))
        #expect(!TitleReader.readsByScalars("e\u{301}"), "a combining accent joins the letter before it")
        #expect(!TitleReader.readsByScalars("a\r\nb"), "CR LF is one character")
        #expect(!TitleReader.readsByScalars("goed 👍🏽"))
    }

    @Test func everyKnownTitleShapeReadsTheSame() {
        for title in [
            "Indicator 7 in ’s-Gravenhage 10% hoger dan in 2020", "Indicator 9 in Nuenen, Gerwen en Nederwetten 5% hoger dan in 2020",
            "Waar dit kan en mag zijn alle producten digitaal", "In 2026 is minimaal 90% van onze producten gedigitaliseerd",
            "Klanten beoordelen onze dienstverlening als ‘goed’", "At least 80% of adults have basic digital skills by 2030",
            "", " ", "2026", "−", "€20 miljoen", "10 percent points", "ĲSSELMEER één",
            "to zero %", "TO ZERO %", "zero %", "to zero%", "naar nul %", "tot nul procent",
        ] {
            Self.verify(title)
        }
    }
}
