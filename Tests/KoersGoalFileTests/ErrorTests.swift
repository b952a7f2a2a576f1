import KoersCore
import Testing
@testable import KoersGoalFile

@Suite struct ErrorTests {
    @Test(arguments: errorCases)
    func everyErrorNamesItsPlaceShowsTheLineAndSaysWhatWasExpected(_ error: ErrorCase) {
        let result = GoalFileParser.parse(text: error.text, path: "f.koers")
        #expect(result.diagnostics.map { $0.formatted(in: .en) }.joined(separator: "\n") == error.shown)
        #expect(result.document == nil)
        #expect(result.inlineValues.isEmpty)
        #expect(result.hasErrors)
    }

    @Test(arguments: errorCases)
    func everyErrorHasADutchTextToo(_ error: ErrorCase) throws {
        for diagnostic in GoalFileParser.parse(text: error.text, path: "f.koers").diagnostics {
            #expect(diagnostic.message.nl != diagnostic.message.en || diagnostic.message.en.hasPrefix("`"))
            #expect(!diagnostic.message.nl.isEmpty)
            if let hint = diagnostic.hint { #expect(!hint.nl.isEmpty) }
            #expect(diagnostic.formatted(in: .nl).contains(": fout: "))
        }
    }

    @Test func dutchMessages() {
        #expect(errors("goal g\n    title \"T\"\n    target >= 1.234\n", path: "f.koers", in: .nl) == [
            """
            f.koers:3:15: fout: `1.234` is dubbelzinnig: in Nederlandse notatie is het 1234 (`.` scheidt duizendtallen), in Engelse notatie 1,234 (`.` is het decimaalteken)
                    target >= 1.234
                              ^^^^^
                zet `getalnotatie nl` of `getalnotatie en` bovenaan het bestand om te zeggen hoe het getallen schrijft, of schrijf `1234` voor het hele getal
            """,
        ])
        #expect(errors("doel g\n    titel \"T\"\n    eigenaar \"x\"\n    eigenaar \"y\"\n", path: "f.koers", in: .nl) == [
            """
            f.koers:4:5: fout: `eigenaar` staat twee keer in dit doel (eerst op regel 3); houd er één
                    eigenaar "y"
                    ^^^^^^^^
            """,
        ])
        #expect(errors("doel g\n    titel \"T\"\n    streefwaard >= 5\n", path: "f.koers", in: .nl) == [
            """
            f.koers:3:5: fout: `streefwaard` is geen veld van een doel
                    streefwaard >= 5
                    ^^^^^^^^^^^
                bedoelt u `streefwaarde`?
            """,
        ])
        #expect(errors("indicator m\n    eenheid procnt\n", path: "f.koers", in: .nl) == [
            """
            f.koers:2:13: fout: verwacht een eenheid: aantal, procent, rapportcijfer, euro, dagen of ja-nee, gevonden: `procnt`
                    eenheid procnt
                            ^^^^^^
                bedoelt u `procent`?
            """,
        ])
        #expect(errors("getalnotatie nl\ndoel g\n    titel \"T\"\n    streefwaarde >= 1,234.5\n", path: "f.koers", in: .nl) == [
            """
            f.koers:4:21: fout: `1,234.5` staat niet in de Nederlandse notatie die dit bestand opgeeft; schrijf `1.234,5`
                    streefwaarde >= 1,234.5
                                    ^^^^^^^
            """,
        ])
    }

    @Test func aMisspelledDutchHeaderGetsADutchSuggestion() {
        #expect(errors("doell g\n").first?.hasSuffix("did you mean `doel`?") == true)
        #expect(errors("indicatr m\n").first?.hasSuffix("did you mean `indicator`?") == true)
        #expect(errors("getalnotatei nl\n").first?.hasSuffix("did you mean `getalnotatie`?") == true)
    }

    @Test func theAmbiguousCommaNamesBothReadings() {
        #expect(errors("goal g\n    title \"T\"\n    target >= 1,234\n").first?.contains(
            "`1,234` is ambiguous: in Dutch notation it is 1.234 (`,` is the decimal mark), in English notation 1234 (`,` groups thousands)") == true)
    }

    @Test func everyErrorInAFileIsReportedInOrder() {
        let text = """
        notation nl

        gaol eerste
            title "overgeslagen, want het blok is onbekend"
            unit nonsense

        goal tweede
            title "Tweede"
            target >= 1,234.5
            baseline 2020-Q9
            unit count
            ownr "x"

        metric m
            unit cuont
            value 2020 = 1
            value 2020 = 2
            formula ratio(a,
        """
        let result = GoalFileParser.parse(text: text, path: "f.koers")
        #expect(result.document == nil)
        #expect(result.diagnostics.map { "\($0.location!.line):\($0.location!.column)" }
            == ["3:1", "9:15", "10:14", "11:5", "12:5", "15:10", "17:18", "18:21"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.location?.file == "f.koers" && $0.sourceLine != nil })
    }

    @Test func oneMistakeInAFieldGivesOneError() {
        // The broken id does not also cost a "no title" error; the unknown field's continuation line is not judged again.
        #expect(errors("goal 9x\n").count == 1)
        #expect(errors("goal g\n    title \"T\"\n    titl \"b\"\n        \"c\"\n").count == 1)
        #expect(errors("goal g\n    title \"T\"\n    target >= \"a\" >= \"b\" >= \"c\"\n").count == 1)
    }

    @Test func aRunOfIndentedLinesOutsideABlockIsOneError() {
        #expect(errors("    a\n    b\n    c\n").count == 1)
        #expect(errors("notation nl\n    a\n    b\n").count == 1)
    }

    @Test func linesUnderAnUnknownHeaderAreNotJudged() {
        #expect(errors("foo x\n    whatever 1.234\n    \"text\"\n").count == 1)
    }

    @Test func aFileWithErrorsGivesNoDocumentAndNoInlineValues() {
        let result = GoalFileParser.parse(text: "metric m\n    value 2020 = 5\ngoal g\n", path: "f.koers")
        #expect(result.document == nil)
        #expect(result.inlineValues.isEmpty)
        #expect(result.diagnostics.count == 1)
    }

    @Test func diagnosticsCarryTheLineForTheCaret() throws {
        let diagnostic = try #require(GoalFileParser.parse(text: "goal g\n    title \"T\"\n    target >= 1.234 # let op\n", path: "a/b.koers").diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: "a/b.koers", line: 3, column: 15))
        #expect(diagnostic.sourceLine == "    target >= 1.234 # let op")
        #expect(diagnostic.length == 5)
    }

    @Test func theFirstLineIsShownWithoutTheByteOrderMark() throws {
        let diagnostic = try #require(GoalFileParser.parse(text: "\u{FEFF}gaol x\r\n", path: "f.koers").diagnostics.first)
        #expect(diagnostic.location?.column == 1)
        #expect(diagnostic.sourceLine == "gaol x")
    }
}
