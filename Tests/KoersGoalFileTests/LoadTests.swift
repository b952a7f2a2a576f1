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

/// What must hold between reading a text in two halves and in one: the same diagnostics in the
/// same order and places, the same document and content, for parse and for load alike.
func expectHalvesMatchWhole(_ text: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let whole = GoalFileParser.parse(text: text, path: path, splittingAbove: Int.max)
    let halves = GoalFileParser.parse(text: text, path: path, splittingAbove: 0)
    #expect(halves.diagnostics == whole.diagnostics, sourceLocation: sourceLocation)
    #expect(halves.diagnostics.map { $0.formatted(in: .nl) } == whole.diagnostics.map { $0.formatted(in: .nl) },
            sourceLocation: sourceLocation)
    #expect(halves.document == whole.document, sourceLocation: sourceLocation)
    #expect(halves.document?.content.goals.map(\.location) == whole.document?.content.goals.map(\.location),
            sourceLocation: sourceLocation)
    #expect(halves.inlineValues.map(\.location) == whole.inlineValues.map(\.location), sourceLocation: sourceLocation)
    let loaded = GoalFileParser.load(text: text, path: path, splittingAbove: 0)
    #expect(loaded.diagnostics == whole.diagnostics, sourceLocation: sourceLocation)
    #expect(loaded.file?.content == whole.document?.content, sourceLocation: sourceLocation)
}

@Suite struct LoadTests {
    @Test func generatedFilesReadInHalvesAsInOne() async {
        await propertyCheck(count: 200, input: modelSamples) { sample in
            expectHalvesMatchWhole(sample.description, path: "generated.koers")
        }
    }

    @Test func damagedFilesReadInHalvesAsInOne() async {
        let damage = Gen<Int>.int(in: 0...10_000).array(of: 1...8)
        await propertyCheck(count: 300, input: modelSamples, damage) { sample, cuts in
            var scalars = Array(sample.description.unicodeScalars)
            for (index, cut) in cuts.enumerated() where !scalars.isEmpty {
                let position = cut % scalars.count
                switch index % 3 {
                case 0: scalars.remove(at: position)
                case 1: scalars.insert(contentsOf: fragments[cut % fragments.count].unicodeScalars, at: position)
                default: scalars.insert("\n", at: position)
                }
            }
            expectHalvesMatchWhole(String(String.UnicodeScalarView(scalars)), path: "damaged.koers")
        }
    }

    @Test func soupReadsInHalvesAsInOne() async {
        await propertyCheck(count: 500, input: fragmentSoup) { text in
            expectHalvesMatchWhole(text, path: "soup.koers")
        }
    }

    @Test func theHalvesShareTheNotationDuplicateValuesAndDirectives() throws {
        // The second half repeats an inline value of the first, repeats the notation directive,
        // and holds the only directive: each must be found as when read in one piece.
        let first = "metric m\n    value 2020 = 1.234\n\ngoal g\n    title \"T\"\n    target >= 52.000\n\n"
        let second = "metric n\n    value {a=b} 2020 = 5\n\nmetric m2\n    value 2021 = 1\n\nnotation nl\nnotation en\n"
        let repeated = "metric m\n    value 2020 = 2\n"
        for text in [first + second, first + second + repeated, "notation en\n" + first + second + repeated, "\u{FEFF}" + first + second] {
            expectHalvesMatchWhole(text, path: "halves.koers")
            let halves = GoalFileParser.parse(text: text, path: "halves.koers", splittingAbove: 0)
            #expect(halves.diagnostics.count >= 1)
        }
        let clean = first + "metric n\n    value 2020 = 5\n\nnotation nl\n"
        let document = try #require(GoalFileParser.parse(text: clean, path: "h.koers", splittingAbove: 0).document)
        #expect(document.content.goals.first?.target?.value == .absolute(52_000, percent: false))
        #expect(document.content.inlineValues.map(\.value) == [1234, 5])
        #expect(document.text == clean)
    }

    @Test func aFileFarLargerThanTheSplitSizeReadsInHalvesAsInOne() {
        var text = "# many goals\nnotation nl\n\n"
        for index in 0..<3_000 {
            text += "goal g\(index)\n    title \"Doel \(index) met een titel die lang genoeg is\"\n    target >= \(index).000 by 2026\n\n"
        }
        text += "goal g17\n    title \"Twee keer\"\n"
        #expect(text.utf8.count > 200_000)
        expectHalvesMatchWhole(text, path: "large.koers")
        #expect(Array(text.utf8).withUnsafeBufferPointer { FileReader.splitPoint(in: $0) } != nil)
    }

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
