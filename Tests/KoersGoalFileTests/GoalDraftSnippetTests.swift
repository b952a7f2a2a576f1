import KoersCore
import KoersTestSupport
import PropertyBased
import Testing
@testable import KoersGoalFile

/// `draft`'s goal in goal-file syntax: the proposal's goal through the printer, with comments
/// where the sentence leaves a field open, and a text that parses back to that goal.
@Suite("Draft snippets")
struct GoalDraftSnippetTests {
    static let today = Period(year: 2026, granularity: .month, index: 11)!

    func propose(_ sentence: String, year: Int? = nil) -> DraftProposal {
        GoalDraft.propose(sentence, wordLists: RepositoryFiles.shippedWordLists, today: Self.today, documentYear: year)
    }

    @Test func snippetWritesOnlyWhatTheSentenceStates() {
        let proposal = propose("bij diensten waar dat kan en wenselijk is er gemiddeld 10% meer volume online wordt afgenomen dan in 2020")
        let snippet = proposal.goalFileSnippet(id: "meer-online", language: .nl)
        #expect(snippet == """
        doel meer-online
            titel "bij diensten waar dat kan en wenselijk is er gemiddeld 10% meer volume online wordt afgenomen dan in 2020"
            nulmeting 2020
            streefwaarde >= +10%
            # nog in te vullen: indicator, eigenaar, bron (en afbakening waar de tekst die openlaat)
            # no-deadline: Geen einddatum: niet te zeggen of het doel op schema ligt.
            # vague-scope: ‘waar dat kan en wenselijk is’ laat open welke gevallen meetellen, dus geen cijfer kan laten zien of het doel gehaald is.

        """)
        let english = propose("From 6.4 in 2019 to \"6.8\" by 2024").goalFileSnippet(id: "grade", language: .en)
        #expect(english.contains("    title \"From 6.4 in 2019 to \\\"6.8\\\" by 2024\"\n    baseline 2019 = 6.4\n    target >= 6.8 by 2024\n"))
    }

    @Test func snippetLeavesAnOpenComparatorAsAComment() {
        let snippet = propose("15% van de producten online in 2027").goalFileSnippet(id: "vijftien", language: .nl)
        #expect(snippet.contains("    # streefwaarde 15%: de zin zegt niet of het een ondergrens (>=) of bovengrens (<=) is\n    uiterlijk 2027\n"))
    }

    /// The fields the snippet writes, as the printer writes them: what parsing it gives back.
    static func printedFields(_ goal: Goal) -> [String] {
        let style = GoalFileStyle(wrapWidth: .max)
        return [FieldKind.title, .baseline, .target, .deadline].flatMap { GoalFilePrinter.lines(for: $0, of: goal, style: style) }
    }

    @Test func aBenchmarkTargetWritesItsPlaceholderAndSaysSo() throws {
        let proposal = propose("De werkloosheid is in 2024 ten hoogste het landelijk gemiddelde.")
        let snippet = proposal.goalFileSnippet(id: "werk", language: .nl)
        #expect(snippet.contains("    streefwaarde <= benchmark landelijk_gemiddelde uiterlijk 2024\n"
            + "    # benchmark landelijk_gemiddelde: een plaatshouder; de zin noemt een benchmark maar niet de reeks"), "\(snippet)")
        let parsed = try parseCleanly(snippet)
        #expect(parsed.content.goals.first?.target?.value.benchmark?.series == SeriesKey(metric: "landelijk_gemiddelde"))
        let english = propose("Sickness absence is 5% below the national average by 2026.").goalFileSnippet(id: "absence", language: .en)
        #expect(english.contains("    target <= benchmark national_average -5% by 2026\n    # benchmark national_average: a placeholder;"), "\(english)")
        _ = try parseCleanly(english)
    }

    @Test func aDeadlineNotAfterTheBaselineStaysAComment() throws {
        let proposal = propose("In 2026 10% meer aanvragen online dan in 2026")
        let snippet = proposal.goalFileSnippet(id: "g", language: .nl)
        #expect(snippet.contains("    # einddatum 2026: de zin noemt die, maar die ligt niet na de nulmeting 2026\n"), "\(snippet)")
        _ = try parseCleanly(snippet)
    }

    @Test func everySnippetParsesBackToTheProposedGoal() async throws {
        let fragments = Gen.int(in: 0...(DraftSentences.fragments.count - 1)).array(of: 1...14)
        await propertyCheck(count: 300, input: fragments, Gen.bool, Gen.bool) { picks, dutch, dated in
            let proposal = propose(picks.map { DraftSentences.fragments[$0] }.joined(separator: " "), year: dated ? 2024 : nil)
            let snippet = proposal.goalFileSnippet(id: "g", language: dutch ? .nl : .en)
            let result = GoalFileParser.parse(text: snippet, path: "draft.koers")
            #expect(!result.hasErrors, "\(snippet)\n\(result.diagnostics.map { $0.formatted(in: .en) })")
            guard let parsed = result.document?.content.goals.first else {
                Issue.record("no goal in \(snippet)")
                return
            }
            // What the sentence leaves open stays a comment: a baseline value without a period,
            // a target without a comparator, a deadline not after the baseline.
            var expected = proposal.goal(id: "g")
            if expected.baseline?.period == nil { expected.baseline = nil }
            if expected.target?.comparator == nil { expected.target = nil }
            if let deadline = expected.deadline, let start = expected.baseline?.period, deadline.end <= start.end {
                expected.deadline = nil
                #expect(snippet.contains("# " + SnippetMessages.deadlineNotAfterBaseline(deadline.description, baseline: start.description).text(in: dutch ? .nl : .en)))
            }
            #expect(parsed.id == "g")
            #expect(Self.printedFields(parsed) == Self.printedFields(expected), "\(snippet)")
        }
    }
}
