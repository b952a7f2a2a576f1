import KoersCore
import Testing
@testable import KoersGoalFile

@Suite struct DocumentTests {
    private let text = """
    # Digitale dienstverlening
    getalnotatie nl

    doel meer-online  # uit de begroting
        titel "Gemiddeld 10% meer volume online"
            "dan in 2020"
        # de indicator staat hieronder
        indicator digitale_aanvragen

        streefwaarde >= +10% uiterlijk 2024

    metric m
    \tunit count
    \tvalue 2020 = 5

    """

    @Test func linesKeepTheirTextEndingAndRole() throws {
        let document = try parseCleanly(text)
        #expect(document.lines.map(\.role) == [
            .comment, .directive, .blank, .header, .field, .continuation, .comment, .field, .blank, .field, .blank,
            .header, .field, .field,
        ])
        #expect(document.lines.allSatisfy { $0.ending == .lf })
        #expect(document.lines[3].text == "doel meer-online  # uit de begroting")
    }

    @Test func blocksKnowTheirFieldsAndLineRanges() throws {
        let document = try parseCleanly(text)
        #expect(document.blocks.count == 2)
        let goal = document.blocks[0]
        #expect(goal.kind == .goal)
        #expect(goal.keyword.value == "doel")
        #expect(goal.name.value == "meer-online")
        #expect(goal.lines == 3..<10)
        #expect(goal.headerLine == 3)
        #expect(goal.fields.map(\.kind) == [.title, .metric, .target])
        #expect(goal.fields.map(\.keyword.value) == ["titel", "indicator", "streefwaarde"])
        #expect(goal.fields.map(\.lines) == [4..<6, 7..<8, 9..<10])
        #expect(goal.fields.map(\.indentation) == ["    ", "    ", "    "])
        #expect(goal.fields[0].values.map(\.value) == ["Gemiddeld 10% meer volume online", "dan in 2020"])
        #expect(goal.fields[2].values.map(\.value) == [">=", "+10%", "uiterlijk", "2024"])
        #expect(goal.fields(.target).count == 1)

        let metric = document.blocks[1]
        #expect(metric.lines == 11..<14)
        #expect(metric.fieldIndentation == "\t")
        #expect(document.block(.metric, named: "m")?.lines == 11..<14)
        #expect(document.block(.goal, named: "meer-online")?.name.column == 6)
        #expect(document.block(.goal, named: "m") == nil)
    }

    @Test func tokensKnowWhereTheyStand() throws {
        let document = try parseCleanly("goal g\n    title \"één \\\"x\\\"\" # c\n")
        let token = document.blocks[0].fields[0].values[0]
        #expect(token.kind == .text)
        #expect(token.value == "één \"x\"")
        #expect(token.line == 1)
        #expect(token.column == 11)
        #expect(token.length == 11)
        // Bytes: each é takes two.
        #expect(token.utf8Range == 10..<23)
        #expect(document.location(of: token) == SourceLocation(file: "test.koers", line: 2, column: 11))
    }

    @Test func keywordLanguagePerFieldBlockAndFile() throws {
        let document = try parseCleanly(text)
        #expect(document.blocks[0].fields.map(\.keywordLanguage) == [.nl, .nl, .nl])
        #expect(document.blocks[0].keywordLanguage == .nl)
        #expect(document.blocks[1].keywordLanguage == .en)
        #expect(document.directives[0].keywordLanguage == .nl)
        #expect(document.keywordLanguage == .nl)
        // `deadline` is both languages' word, and import options have none: they decide nothing.
        let neutral = try parseCleanly("gegevens \"x.csv\"\n    vorm breed\ngoal g\n    deadline 2020\n    titel \"T\"\n")
        #expect(neutral.blocks[0].fields[0].keywordLanguage == nil)
        #expect(neutral.blocks[0].keywordLanguage == .nl)
        #expect(neutral.blocks[1].fields.map(\.keywordLanguage) == [nil, .nl])
        // One English and one Dutch keyword: a tie says nothing.
        #expect(neutral.blocks[1].keywordLanguage == nil)
    }

    @Test func theFileStyleIsWhatMostOfItUses() throws {
        let document = try parseCleanly(text)
        #expect(document.notation == .dutch)
        #expect(document.lineEnding == .lf)
        #expect(document.fieldIndentation == "    ")
        let crlf = try parseCleanly("goal g\r\n  title \"T\"\r\n  owner \"O\"\n")
        #expect(crlf.lineEnding == .crlf)
        #expect(crlf.fieldIndentation == "  ")
        #expect(crlf.notation == nil)
        #expect(GoalFileStyle(of: crlf) == GoalFileStyle(keywords: .en, notation: nil, indentation: "  "))
        #expect(GoalFileStyle(of: document) == GoalFileStyle(keywords: .nl, notation: .dutch, indentation: "    "))
    }

    // MARK: - Printing unedited documents

    @Test(arguments: [
        ("LF", "goal g\n    title \"T\"\n"),
        ("CRLF", "goal g\r\n    title \"T\"\r\n"),
        ("mixed line endings", "goal g\r\n    title \"T\"\n\r\n# c\n"),
        ("no final line break", "goal g\n    title \"T\""),
        ("a final blank line without break", "goal g\n    title \"T\"\n    "),
        ("byte order mark", "\u{FEFF}goal g\n    title \"T\"\n"),
        ("byte order mark and CRLF", "\u{FEFF}# kop\r\ngoal g\r\n    title \"T\"\r\n"),
        ("trailing spaces and tabs", "goal g   \n    title \"T\"\t \n  \t\n"),
        ("empty", ""),
        ("only a line break", "\n"),
        ("only blank lines", "\n\n\n"),
        ("only a byte order mark", "\u{FEFF}"),
        ("carriage return inside a line", "goal g\n    title \"T\"\r\r\n"),
        ("comments everywhere", "#a\ngoal g #b\n    title \"#\" # c\n#\n"),
    ])
    func anUneditedDocumentPrintsBackByteForByte(name: String, text: String) throws {
        let document = try parseCleanly(text)
        #expect(Array(GoalFilePrinter.print(document).utf8) == Array(text.utf8), "\(name)")
        #expect(document.text == text)
    }

    @Test func theDutchAndEnglishExamplesPrintBackByteForByte() throws {
        for text in [dutchExample, englishExample, self.text] {
            #expect(GoalFilePrinter.print(try parseCleanly(text)) == text)
        }
    }

    // MARK: - Line edits

    private func changedLines(_ old: String, _ new: String) -> [String] {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        guard before.count == after.count else { return ["line count \(before.count) → \(after.count)"] }
        return zip(before, after).filter { $0 != $1 }.map { String($0.1) }
    }

    @Test func replacingOneFieldChangesOneLine() throws {
        let document = try parseCleanly(dutchExample)
        let block = try #require(document.block(.goal, named: "meer-online"))
        let field = try #require(block.fields(.target).first)
        var goal = document.content.goals[0]
        goal.target = Target(comparator: .atLeast, value: .relativePercent(12.5))
        let style = GoalFileStyle(of: document)
        let edited = document.replacingLines(field.lines, with: GoalFilePrinter.lines(for: .target, of: goal, style: style))
        #expect(changedLines(dutchExample, edited) == ["    streefwaarde >= +12,5% uiterlijk 2024"])
        #expect(try parseCleanly(edited).content.goals[0] == goal)
    }

    @Test func insertingAFieldAddsOneLineInTheFilesStyle() throws {
        let text = "goal g\r\n\ttitle \"T\"\r\n\ttarget >= 5\r\n"
        let document = try parseCleanly(text)
        var goal = document.content.goals[0]
        goal.owner = "Team Dienstverlening"
        let field = try #require(document.blocks[0].fields(.title).first)
        let lines = GoalFilePrinter.lines(for: .owner, of: goal, style: GoalFileStyle(of: document))
        let edited = document.replacingLines(field.lines.upperBound..<field.lines.upperBound, with: lines)
        #expect(edited == "goal g\r\n\ttitle \"T\"\r\n\towner \"Team Dienstverlening\"\r\n\ttarget >= 5\r\n")
        #expect(try parseCleanly(edited).content.goals[0] == goal)
    }

    @Test func deletingAFieldRemovesItsContinuationLinesToo() throws {
        let document = try parseCleanly("goal g\n    title \"T\"\n    note \"een\"\n        \"twee\"\n    owner \"O\"\n")
        let note = try #require(document.blocks[0].fields(.note).first)
        #expect(document.replacingLines(note.lines, with: []) == "goal g\n    title \"T\"\n    owner \"O\"\n")
    }

    @Test func aFileWithoutAFinalLineBreakKeepsLackingOne() throws {
        let document = try parseCleanly("\u{FEFF}goal g\n    title \"T\"")
        #expect(document.replacingLines(2..<2, with: ["    owner \"O\""]) == "\u{FEFF}goal g\n    title \"T\"\n    owner \"O\"")
        #expect(document.replacingLines(1..<2, with: []) == "\u{FEFF}goal g")
        #expect(document.replacingLines(1..<2, with: ["    title \"U\""]) == "\u{FEFF}goal g\n    title \"U\"")
    }

    @Test func editsAtTheEdgesOfTheFile() throws {
        let document = try parseCleanly("goal g\n    title \"T\"\n")
        #expect(document.replacingLines(0..<0, with: ["notation nl", ""]) == "notation nl\n\ngoal g\n    title \"T\"\n")
        #expect(document.replacingLines(2..<2, with: ["    owner \"O\""]) == "goal g\n    title \"T\"\n    owner \"O\"\n")
        #expect(document.replacingLines(0..<2, with: []) == "")
        #expect(try parseCleanly("").replacingLines(0..<0, with: ["goal g"]) == "goal g\n")
        // A range beyond the end is clamped rather than trapping.
        #expect(document.replacingLines(5..<9, with: ["# x"]) == "goal g\n    title \"T\"\n# x\n")
    }
}
