import Testing
@testable import KoersCore

@Suite("Check word lists")
struct CheckWordListTests {
    @Test(arguments: Language.allCases)
    func shippedListsParseCleanlyAndCoverEveryCategory(language: Language) {
        let result = WordLists.parse(text: CheckFixtures.wordListText(language), language: language)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.formatted(in: .en) })")
        for category in WordCategory.allCases {
            #expect(!result.lists.entries(in: category).isEmpty, "\(language) \(category)")
        }
    }

    @Test func badLinesAreReportedWithTheirLineAndTheRestIsKept() {
        let text = """
        verbeteren
        # comment
        [effort]
        verbeteren   # trailing comment
        verbeteren
        [vaag]
        meer
        [direction]
        meer @ minder
        * alleen
        hoger
        """
        let result = WordLists.parse(text: text, language: .nl, file: "nl.txt")
        #expect(result.lists.entries.map(\.phrase) == ["verbeteren", "hoger"])
        #expect(result.diagnostics.map { $0.location?.line } == [1, 5, 6, 7, 9, 10])
        #expect(result.diagnostics.first?.formatted(in: .nl).hasPrefix("nl.txt:1:1: waarschuwing:") == true)
    }

    @Test func wildcardMatchesOneWordAndTheLongestEntryWins() {
        let lists = WordLists.parse(text: "[escape]\nwaar * kan\nwaar * kan en mag\n", language: .nl).lists
        let matches = WordMatcher.matches(in: "Alles digitaal, waar dat kan en mag.", lists: [lists])
        #expect(matches.map(\.span) == [TextSpan(start: 16, end: 35, text: "waar dat kan en mag")])
        #expect(WordMatcher.matches(in: "waar het echt kan", lists: [lists]).isEmpty)
    }

    @Test func foldingIgnoresCaseAndDiacritics() {
        #expect(TextFolding.fold("Één CAFÉ, naïef, Ĳsselmeer") == "een cafe, naief, ijsselmeer")
        // A decomposed accent (e + combining acute) folds the same as a precomposed one.
        #expect(TextFolding.fold("cafe\u{301}") == "cafe")
        let lists = WordLists.parse(text: "[effort]\nverbéteren\n", language: .nl).lists
        #expect(WordMatcher.matches(in: "VERBETEREN", lists: [lists]).first?.span.text == "VERBETEREN")
    }

    @Test func wordsMatchWholeWordsOnly() {
        let lists = WordLists.parse(text: "[direction]\nmeer\n", language: .nl).lists
        #expect(WordMatcher.matches(in: "meerwaarde en nog meer", lists: [lists]).map(\.span.start) == [18])
    }

    @Test func languageGuess() {
        #expect(TextLanguage.guess("Minimaal 90% van de producten in 2026 gedigitaliseerd") == .nl)
        #expect(TextLanguage.guess("At least 80% of all adults should have basic digital skills by 2030") == .en)
    }
}
