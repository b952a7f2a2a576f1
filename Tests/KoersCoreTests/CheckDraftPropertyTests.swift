import KoersTestSupport
import PropertyBased
import Testing
@testable import KoersCore

/// `draft` proposes; it never invents: whatever it reads, the values come from the sentence and
/// the spans point at the text they quote.
@Suite("Check draft properties")
struct CheckDraftPropertyTests {
    static func verify(_ sentence: String) {
        let proposal = GoalDraft.propose(sentence, wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
        let characters = Array(sentence)
        // As the draft reads the sentence: a lead glued to its number ("than1.5", and "DÀñ0", which folds to "dan0") is split.
        let tokens = SentenceTokenizer.tokens(of: characters, notation: NumberNotation(proposal.language), forDraft: true)
        // Magnitudes: the sign of a relative target comes from its words ("5% minder"), the size from its number.
        let stated = Set(tokens.compactMap(\.number).map(abs))
        let spans = [proposal.target?.span, proposal.deadline?.span, proposal.baseline?.span].compactMap { $0 } + proposal.findings.compactMap(\.span)
        for span in spans {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= characters.count, "\(sentence)")
            #expect(String(characters[span.start..<span.end]) == span.text, "\(sentence)")
        }
        if let target = proposal.target, !target.spelledOut { #expect(stated.contains(abs(target.value)), "\(sentence)") }
        for number in proposal.numbers {
            #expect(String(characters[number.span.start..<number.span.end]) == number.span.text, "\(sentence)")
        }
        #expect(proposal.numbers.filter { $0.role == .target }.count == (proposal.target == nil ? 0 : 1), "\(sentence)")
        if let value = proposal.baseline?.value { #expect(stated.contains(abs(value)), "\(sentence)") }
        for period in [proposal.deadline?.period, proposal.baseline?.period].compactMap({ $0 }) {
            // The year as written; "before 2023" is 2022; a financial year "24/25" ends in 2025.
            let year = Int(period.year)
            #expect(tokens.contains { $0.year == year || $0.year == year + 1 || $0.number == Double(year % 100) }, "\(sentence)")
        }
        // A row of several numbers with none named the target is ambiguous, not vague; a number on no
        // named measure is vague though it is kept.
        #expect(proposal.vague == ((proposal.target == nil && !proposal.targetAmbiguous) || proposal.measureUnnamed))
        if proposal.targetAmbiguous { #expect(proposal.target == nil) }
        if proposal.measureUnnamed { #expect(proposal.target != nil) }
        #expect(proposal.complete == (proposal.target != nil && !proposal.measureUnnamed && !proposal.findings.contains { $0.severity == .error }))
    }

    @Test func valuesComeFromTheSentence() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(DraftSentences.fragments.count - 1)).array(of: 1...14)) { picks in
            Self.verify(picks.map { DraftSentences.fragments[$0] }.joined(separator: " "))
        }
    }

    @Test func gluedLeadIsReadAsTheDraftReadsIt() {
        Self.verify("DÀñ0")
        Self.verify("less than1.5 degrees by2030")
    }

    @Test func arbitraryTextNeverBreaksTheReader() async {
        await propertyCheck(count: 300, input: Gen.latin1.string(of: 0...80)) { text in
            Self.verify(text)
        }
    }
}
