import Testing
@testable import KoersShell

@Suite struct LibEditLineReaderTests {
    @Test func colorCodesInThePromptAreMarkedAsTakingNoRoom() {
        // The closing reset moves before the last character: libedit drops a run at the end.
        let marked = LibEditLineReader.markingEscapeSequences("\u{1B}[1;36mkoers> \u{1B}[0m")
        #expect(marked == "\u{1}\u{1B}[1;36m\u{1}koers>\u{1}\u{1B}[0m\u{1} ")
        #expect(LibEditLineReader.markingEscapeSequences("koers (almelo, 9 doelen)> ") == "koers (almelo, 9 doelen)> ")
    }

    @Test func adjacentSequencesShareOneRun() {
        #expect(LibEditLineReader.markingEscapeSequences("\u{1B}[1m\u{1B}[36mk\u{1B}[0m> ") == "\u{1}\u{1B}[1m\u{1B}[36m\u{1}k\u{1}\u{1B}[0m\u{1}> ")
        #expect(LibEditLineReader.markingEscapeSequences("\u{1B}[1m>\u{1B}[0m") == "\u{1}\u{1B}[1m\u{1B}[0m\u{1}>")
    }

    @Test func strayMarkersAndTruncatedSequencesCannotConfuseTheEditor() {
        #expect(LibEditLineReader.markingEscapeSequences("a\u{1}b") == "ab")
        #expect(LibEditLineReader.markingEscapeSequences("x\u{1B}[1;3") == "\u{1}\u{1B}[1;3\u{1}x")
        #expect(LibEditLineReader.markingEscapeSequences("\u{1B}[0m") == "")
        #expect(LibEditLineReader.markingEscapeSequences("") == "")
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

@Suite struct UTF8CharacterDecoderTests {
    private func decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var decoder = UTF8CharacterDecoder()
        return bytes.compactMap { decoder.add($0) }
    }

    @Test func multiByteCharactersArriveWhole() {
        #expect(decode(Array("één 🎯".utf8)) == Array("één 🎯".unicodeScalars))
    }

    @Test func invalidBytesAreDroppedAndTheNextCharacterSurvives() {
        #expect(decode([0xFF, 0x41]) == ["A"])
        #expect(decode([0xC3, 0x41]) == ["A"])
        #expect(decode([0x80, 0xC3, 0xA9]) == ["é"])
        #expect(decode([0xED, 0xA0, 0x80, 0x42]) == ["B"], "an encoded surrogate is no character")
    }
}
