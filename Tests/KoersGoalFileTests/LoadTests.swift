import KoersCore
import PropertyBased
import Testing
@testable import KoersGoalFile

/// What must hold between loading and parsing the same text: the same diagnostics in the same
/// order and places, the same content (locations included), and, without errors, a loaded file
/// whose text is the input and whose document is the parsed one.
func expectLoadMatchesParse(_ text: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let parsed = GoalFileParser.parse(text: text, path: path)
    let loaded = GoalFileParser.load(text: text, path: path)
    #expect(loaded.diagnostics == parsed.diagnostics, sourceLocation: sourceLocation)
    #expect(loaded.diagnostics.map { $0.formatted(in: .en) } == parsed.diagnostics.map { $0.formatted(in: .en) },
            sourceLocation: sourceLocation)
    guard let document = parsed.document else {
        #expect(loaded.file == nil, sourceLocation: sourceLocation)
        return
    }
    guard let file = loaded.file else {
        Issue.record("parsed without errors but did not load", sourceLocation: sourceLocation)
        return
    }
    #expect(!file.hasDocument, sourceLocation: sourceLocation)
    #expect(file.content == document.content, sourceLocation: sourceLocation)
    #expect(file.content.goals.map(\.location) == document.content.goals.map(\.location), sourceLocation: sourceLocation)
    #expect(file.content.metrics.map(\.location) == document.content.metrics.map(\.location), sourceLocation: sourceLocation)
    #expect(file.content.inlineValues.map(\.location) == document.content.inlineValues.map(\.location), sourceLocation: sourceLocation)
    #expect(file.content.dataDeclarations.map(\.location) == document.content.dataDeclarations.map(\.location),
            sourceLocation: sourceLocation)
    #expect(Array(file.text.utf8) == Array(text.utf8), sourceLocation: sourceLocation)
    #expect(file.document == document, sourceLocation: sourceLocation)
    #expect(Array(file.document.text.utf8) == Array(text.utf8), sourceLocation: sourceLocation)
}

@Suite struct LoadTests {
    @Test func generatedFilesLoadAsTheyParse() async {
        await propertyCheck(count: 200, input: modelSamples) { sample in
            expectLoadMatchesParse(sample.description, path: "generated.koers")
        }
    }

    @Test func aNotationAfterTheBlocksAppliesToThemOnLoad() throws {
        let text = "goal g\n    title \"T\"\n    target >= 52.000\n\nmetric m\n    value 2020 = 1.234\n\nnotation nl\n"
        expectLoadMatchesParse(text, path: "late.koers")
        let file = try #require(GoalFileParser.load(text: text, path: "late.koers").file)
        #expect(file.content.goals.first?.target?.value == .absolute(52_000, percent: false))
        #expect(file.content.inlineValues.first?.value == 1234)
    }

    @Test func errorsLoadInTheSameOrderAndPlaces() {
        let texts = [
            "goal g\n    titel \"T\"\n    target >= 52.000\n    target >= 1\n\nnotation nl\nnotation en\n",
            "metric m\n    value 2020 = 1\n    value 2020 = 2\n\ngoal 9\n    title \"x\n  stray\n",
            "\u{FEFF}goal g\r\n    title \"T\\q\"\r\n    deadline 2020\r\n    baseline 2021\r\n",
            "data \"x.csv\"\n    metric m\n    delimiter\n\ndata x\n    \t bad indent\n",
        ]
        for text in texts {
            #expect(GoalFileParser.parse(text: text, path: "e.koers").hasErrors)
            expectLoadMatchesParse(text, path: "e.koers")
        }
    }

    /// A file's goals, metrics and inline values are kept without the spare room their arrays
    /// grew by while the file was read (for the national monitor's 41,040 goals, 5.7 MB).
    @Test func aLoadedFileKeepsNoSpareRoomInItsArrays() throws {
        let goals = (1...1_100).map { "goal g\($0)\n    title \"Doel \($0)\"\n" }.joined(separator: "\n")
        let metrics = (1...300).map { "metric m\($0)\n    value 2020 = \($0)\n    value 2021 = \($0)\n" }.joined(separator: "\n")
        let file = try #require(GoalFileParser.load(text: goals + "\n" + metrics, path: "many.koers").file)
        #expect(file.content.goals.count == 1_100)
        #expect(file.content.goals.capacity <= 1_100 + 1_100 / 8)
        #expect(file.content.metrics.capacity <= 300 + 300 / 8)
        #expect(file.content.inlineValues.count == 600)
        #expect(file.content.inlineValues.capacity <= 600 + 600 / 8)
    }

    @Test func dataOptionsWrittenAsWordsLoadAsWritten() throws {
        let text = "\u{FEFF}gegevens \"cijfers.csv\"\r\n    scheidingsteken ;\r\n    kolom  waarde  x\r\n    metric \"a\" \"b\"\r\n"
        expectLoadMatchesParse(text, path: "data.koers")
        let file = try #require(GoalFileParser.load(text: text, path: "data.koers").file)
        let options = try #require(file.content.dataDeclarations.first).options
        #expect(options.map(\.value) == [";", "waarde  x", "a b"])
    }

    @Test func assemblingLoadedFilesReportsWhatAssemblingDocumentsDoes() throws {
        let sets: [[(String, String)]] = [
            [("a.koers", "metric m\n    unit yes-no\n\ngoal g\n    title \"T\"\n    metric m\n    target >= 5\n"),
             ("b.koers", "goal g\n    title \"again\"\n")],
            [("c.koers", "metric a\n    formula ratio(b, b)\n\nmetric b\n    formula ratio(a, a)\n")],
            [("d.koers", "metric m\n    unit count\n\ngoal h\n    title \"T\"\n    metric m\n    milestone 2024 = yes\n    target = yes\n")],
        ]
        for files in sets {
            let documents = try files.map { try parseCleanly($0.1, path: $0.0) }
            let loaded = try files.map { try #require(GoalFileParser.load(text: $0.1, path: $0.0).file) }
            let fromDocuments = GoalFileAssembler.assemble(documents)
            let fromLoaded = GoalFileAssembler.assemble(loaded)
            #expect(!fromDocuments.diagnostics.isEmpty)
            #expect(fromLoaded.diagnostics == fromDocuments.diagnostics)
            #expect(fromLoaded.rejectedPaths == fromDocuments.rejectedPaths)
            #expect(fromLoaded.model == fromDocuments.model)
        }
    }
}
