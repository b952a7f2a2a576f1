/// How a table writes the marks in its numbers, decided per column from all its cells together,
/// as an importer decides a file's: one cell (`8,165`) cannot say whether its comma groups
/// thousands, the column (`82,583 | 100,000 | 8,165`) can.
enum TableNotation {
    /// What a column's numbers prove.
    struct Evidence: Equatable {
        /// Figures only Dutch writes: `84,4`, `1.234.567`, `1.234,5`.
        var dutch = 0
        /// Figures only English writes: `0.3559`, `1,234,567`, `1,234.5`.
        var english = 0
        /// One comma before three digits (`82,583`): thousands, unless another cell says otherwise.
        var commaThousands = 0
        /// One point before three digits (`17.900`): either notation's.
        var pointThousands = 0

        mutating func add(_ token: String) {
            let commas = token.filter { $0 == "," }.count
            let points = token.filter { $0 == "." }.count
            let digitsAfterLastMark = token.reversed().prefix { $0.isNumber }.count
            switch (commas, points) {
            case (0, 0): break
            case (_, 0) where commas > 1: english += 1
            case (0, _) where points > 1: dutch += 1
            case (1, 0): if digitsAfterLastMark == 3 { commaThousands += 1 } else { dutch += 1 }
            case (0, 1): if digitsAfterLastMark == 3 { pointThousands += 1 } else { english += 1 }
            default: if token.last(where: { $0 == "." || $0 == "," }) == "," { dutch += 1 } else { english += 1 }
            }
        }

        /// Proof of one notation and none of the other decides; a comma before three digits in
        /// every cell that has a comma is a thousands separator; the rest is the language's
        /// (nil: unsure, and an ambiguous figure is then read as no number).
        func notation(language: Language?) -> NumberNotation? {
            if dutch > 0, english == 0 { return .dutch }
            if english > 0, dutch == 0 { return .english }
            if dutch == 0, english == 0, commaThousands > 0, pointThousands == 0 { return .english }
            return language.map(NumberNotation.init)
        }
    }

    /// The evidence of a column's cells; a code such as `1.5.1` proves nothing.
    static func evidence(of texts: [String]) -> Evidence {
        var evidence = Evidence()
        for text in texts {
            for token in CellReader.numberTokens(in: Array(text)) where isGrouped(token.text) { evidence.add(token.text) }
        }
        return evidence
    }

    /// `17.900`, `1.234.567`, `1.234,5`, `84,4`: marks as a notation writes them; not a code such as `1.5.1`.
    static func isGrouped(_ token: String) -> Bool {
        let groups = token.split(whereSeparator: { $0 == "." || $0 == "," })
        guard groups.count > 2 else { return true }
        // Several marks: three digits between them; the last group may be a decimal part after the other mark.
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 }
            && (groups.last?.count == 3 || Set(token.filter { $0 == "." || $0 == "," }).count == 2)
    }

    /// The table's language as its header words say (`Streefwaarde`, `Realisatie` Dutch;
    /// `Target`, `Actual` English), else as its text's words say; nil when nothing tells.
    static func language(header: [String], text: [String]) -> Language? {
        var dutch = 0
        var english = 0
        for word in header.flatMap({ TextFolding.words(of: Array($0)).map(\.folded) }) {
            if dutchHeaderWords.contains(word) || word.hasPrefix("streef") || word.hasPrefix("realisatie") || word.hasPrefix("begroting") { dutch += 1 }
            if englishHeaderWords.contains(word) { english += 1 }
        }
        if dutch != english { return dutch > english ? .nl : .en }
        for word in text.flatMap({ TextFolding.words(of: Array($0)).map(\.folded) }) {
            if TextLanguage.dutchMarkers.contains(word) { dutch += 1 }
            if TextLanguage.englishMarkers.contains(word) { english += 1 }
        }
        return dutch == english ? nil : dutch > english ? .nl : .en
    }

    private static let dutchHeaderWords: Set<String> = [
        "gerealiseerd", "begroot", "raming", "prognose", "doel", "doelstelling", "nulmeting", "eenheid", "meeteenheid", "omschrijving",
        "bron", "jaarrekening", "rekening", "gewenste", "landelijk", "nederland", "stand", "meting", "waarde", "behaald", "jaar",
        "uitgangswaarde", "beoogd", "ambitie", "verwacht", "peildatum",
    ]
    private static let englishHeaderWords: Set<String> = [
        "target", "targets", "actual", "actuals", "budget", "baseline", "measure", "unit", "units", "source", "estimate", "forecast",
        "outturn", "result", "value", "goal", "adopted", "planned", "description", "national", "polarity", "good", "year", "performance",
        "expected", "projected", "quarter",
    ]
}
