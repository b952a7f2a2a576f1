import KoersCore
import KoersTestSupport
import Testing
@testable import KoersGoalFile

/// A table row of realised figures (`TableRowReading.swift`): the snippet says its figures are
/// realised, not that the sentence states no number, and still parses to a goal without a target.
@Suite("Draft snippets of rows without a target")
struct RowWithoutTargetSnippetTests {
    static let today = Period(year: 2026, granularity: .month, index: 11)!

    @Test(arguments: [("Achterstandsleerlingen % 2020 8 11 CBS", Language.nl), ("Library visits per head 2023 4.1 3.6", Language.en)])
    func theSnippetSaysTheFiguresAreRealised(_ row: String, _ language: Language) throws {
        let proposal = GoalDraft.propose(row, wordLists: RepositoryFiles.shippedWordLists, today: Self.today)
        let snippet = proposal.goalFileSnippet(id: "rij", language: language)
        #expect(snippet.contains(language == .nl ? "# streefwaarde: de cijfers in de rij zijn gerealiseerd; geen ervan is een streefwaarde"
                                                 : "# target: the row's figures are realised ones; none is a target"))
        #expect(!snippet.contains(language == .nl ? "de zin noemt geen getal" : "the sentence states no number"))
        let result = GoalFileParser.parse(text: snippet, path: "rij.koers")
        #expect(!result.hasErrors)
        let goal = try #require(result.document?.content.goals.first)
        #expect(goal.target == nil)
    }
}
