import PropertyBased
import Testing
@testable import KoersCore

/// `draft` proposes; it never invents: whatever it reads, the values come from the sentence and
/// the spans point at the text they quote.
@Suite("Check draft properties")
struct CheckDraftPropertyTests {
    static let fragments = [
        "minimaal", "ten minste", "maximaal", "at least", "at most", "90%", "10%", "6,4", "6.8", "49.525", "1.200", "in", "2026",
        "2020", "1990", "dan", "than", "van", "from", "naar", "to", "uiterlijk", "eind", "by", "meer", "minder", "more", "t.o.v.",
        "compared with", "procent", "procentpunt", "percentage points", "waar dit kan en mag", "goed", "verhogen", "met", "reduce",
        "20 miljoen", "7,5", "of hoger", "−5%", "+3", "(", ")", "“", "”", "dagen", "days", "€", "€ 500", "-", "2021-2026", "producten",
        "de", "het", "of", "the", "zo snel mogelijk",
    ]

    static func verify(_ sentence: String) {
        let proposal = GoalDraft.propose(sentence, wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
        let characters = Array(sentence)
        let tokens = SentenceTokenizer.tokens(of: characters, notation: NumberNotation(proposal.language))
        // Magnitudes: the sign of a relative target comes from its words ("5% minder"), the size from its number.
        let stated = Set(tokens.compactMap(\.number).map(abs))
        let spans = [proposal.target?.span, proposal.deadline?.span, proposal.baseline?.span].compactMap { $0 } + proposal.findings.compactMap(\.span)
        for span in spans {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= characters.count, "\(sentence)")
            #expect(String(characters[span.start..<span.end]) == span.text, "\(sentence)")
        }
        if let target = proposal.target { #expect(stated.contains(abs(target.value)), "\(sentence)") }
        if let value = proposal.baseline?.value { #expect(stated.contains(abs(value)), "\(sentence)") }
        for period in [proposal.deadline?.period, proposal.baseline?.period].compactMap({ $0 }) {
            #expect(tokens.contains { $0.year == Int(period.year) }, "\(sentence)")
        }
        #expect(proposal.vague == proposal.findings.contains { $0.severity == .error })
    }

    @Test func valuesComeFromTheSentence() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(Self.fragments.count - 1)).array(of: 1...14)) { picks in
            Self.verify(picks.map { Self.fragments[$0] }.joined(separator: " "))
        }
    }

    @Test func arbitraryTextNeverBreaksTheReader() async {
        await propertyCheck(count: 300, input: Gen.latin1.string(of: 0...80)) { text in
            Self.verify(text)
        }
    }
}
