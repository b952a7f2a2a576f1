import Testing
@testable import KoersShell

@Suite struct LibEditLineReaderTests {
    @Test func colorCodesInThePromptAreMarkedAsTakingNoRoom() {
        let marked = LibEditLineReader.markingEscapeSequences("\u{1B}[1;36mkoers> \u{1B}[0m")
        #expect(marked == "\u{1}\u{1B}[1;36m\u{1}koers> \u{1}\u{1B}[0m\u{1}")
        #expect(LibEditLineReader.markingEscapeSequences("koers (almelo, 9 doelen)> ") == "koers (almelo, 9 doelen)> ")
    }

    @Test func strayMarkersAndTruncatedSequencesCannotConfuseTheEditor() {
        #expect(LibEditLineReader.markingEscapeSequences("a\u{1}b") == "ab")
        #expect(LibEditLineReader.markingEscapeSequences("x\u{1B}[1;3") == "x\u{1}\u{1B}[1;3\u{1}")
        #expect(LibEditLineReader.markingEscapeSequences("\u{1B}") == "\u{1}\u{1B}\u{1}")
    }

    @Test func candidatesAreListedInColumnsDownThenAcross() {
        let listing = LibEditLineReader.columns(["goals", "help", "lang", "load", "metrics", "quit", "show"], width: 30)
        #expect(listing == """
            goals    load     show
            help     metrics
            lang     quit

            """)
    }

    @Test func aNarrowTerminalListsOnePerLine() {
        #expect(LibEditLineReader.columns(["digitaal-volume", "digitaal-aanbod"], width: 10) == "digitaal-volume\ndigitaal-aanbod\n")
    }

    @Test func directoriesAndOptionValuesAreNotFinishedWords() {
        #expect(LibEditLineReader.isWholeWord("help"))
        #expect(!LibEditLineReader.isWholeWord("goals/almelo/"))
        #expect(!LibEditLineReader.isWholeWord("--lang="))
    }
}
