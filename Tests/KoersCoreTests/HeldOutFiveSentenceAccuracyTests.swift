import Testing
@testable import KoersCore

/// `draft` measured on the fifth held-out set (Fixtures/goal-sentences/heldout-5.tsv): real goal
/// sentences from municipalities in none of the earlier files, labelled blind (by someone who had
/// not read the reader) and committed before the reader ran on them. Its table rows carry their
/// header (`table_header`), so the set is measured twice: each row alone, as `draft "…"` reads a
/// pasted row, and with its header, as `draft --table` reads it. `KOERS_CORPUS_MISREADS=1` prints
/// the misreads.
@Suite("Fifth held-out goal sentences")
struct HeldOutFiveSentenceAccuracyTests {
    /// Floors from the first measurement with all of this session's rules, 2026-12-07 (rows alone 144/179,
    /// 35/64, 34/37, 8/8, 179/179, F1 0.901, 179/179; with headers 150/179, 39/64, 34/37, 8/8, 159/179, F1
    /// 0.912, 179/179), each rounded down to three decimals. The table reader's number fixes made after
    /// that first sight (notation per column, `1.65M`, header years such as `24 /25`) raised the targets
    /// with headers to 153/179 and 42/64. The fifth round of rules, whose kinds came from this set's
    /// misreads (no blind gain), raised them to 147/179, 38/64 and 36/37 deadlines alone, F1 0.909; with
    /// the table reader's fixes, 156/179, 45/64 and 36/37 with headers, F1 0.921. The sixth round (income
    /// norms and distances as conditions, quantifiers over villages; not blind either) raised them to
    /// 150/179, 39/64, F1 0.931 alone and 159/179, 46/64, F1 0.944 with headers, then (two coordinated
    /// actions) 151/179, 40/64 alone; with the corpus's row splitter keeping a figure's year before a colon
    /// with it (`2018: 172` in a Nederland column, which had shifted the cells), 162/179 and 49/64 with
    /// headers. Raise a floor when the reader improves; never lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.fields(floors: 0.843, 0.625, 0.972, 1.0, 1.0, 0.931, 1.0)
    static let withHeaders = GoalSentenceAccuracyTests.fields(floors: 0.905, 0.765, 0.972, 1.0, 0.888, 0.944, 1.0)

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-5") }

    @Test("the fifth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get()
        HeldOutSetChecks.expectApart(try Self.sentences.get(), from: earlier, minimumTableRows: 25)
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        HeldOutSetChecks.expectCompleteLabels(try Self.sentences.get())
    }

    @Test("each field stays at or above its first measurement, rows alone and rows with their headers", arguments: [false, true])
    func ratchet(usingHeaders: Bool) throws {
        HeldOutSetChecks.expectFloors(try Self.sentences.get(), fields: usingHeaders ? Self.withHeaders : Self.alone, usingHeaders: usingHeaders,
                                      title: "Fifth")
    }
}
