import Testing
@testable import KoersCore

/// `draft` measured on the eighth held-out set (Fixtures/goal-sentences/heldout-8.tsv): real goal
/// sentences from municipalities in none of the earlier files, labelled blind (by someone who had
/// not read the reader) and committed before the reader ran on them. Its table rows carry their
/// header (`table_header`), so the set is measured twice: each row alone, as `draft "…"` reads a
/// pasted row, and with its header, as `draft --table` reads it. `KOERS_CORPUS_MISREADS=1` prints
/// the misreads.
@Suite("Eighth held-out goal sentences")
struct HeldOutEightSentenceAccuracyTests {
    /// Floors from the first measurement, 2026-12-08, measured blind after the sixth round of rules and the
    /// table reader of this session, which moved only its baselines alone (5 to 6 of 13): rows alone
    /// 133/151, 22/36, 36/39, 6/13, 143/151, F1 0.800, 149/151; with headers 132/151, 23/36, 37/39, 10/13,
    /// 141/151, F1 0.765, 149/151; each rounded down to three decimals. Raised after the seventh round of
    /// rules, written from this set's and the seventh's misreads (not blind): rows alone 149/151, 34/36,
    /// 36/39, 13/13, 150/151, F1 0.919, 150/151; with headers 141/151, 31/36, 37/39, 10/13, 141/151, F1
    /// 0.857, 150/151. Raise a floor when the reader improves; never lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.fields(floors: 0.986, 0.944, 0.923, 1.0, 0.993, 0.918, 0.993)
    static let withHeaders = GoalSentenceAccuracyTests.fields(floors: 0.933, 0.861, 0.948, 0.769, 0.933, 0.856, 0.993)

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-8") }

    @Test("the eighth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get()
            + HeldOutFiveSentenceAccuracyTests.sentences.get() + HeldOutSixSentenceAccuracyTests.sentences.get()
        HeldOutSetChecks.expectApart(try Self.sentences.get(), from: earlier, minimumTableRows: 14)
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        HeldOutSetChecks.expectCompleteLabels(try Self.sentences.get())
    }

    @Test("each field stays at or above its first measurement, rows alone and rows with their headers", arguments: [false, true])
    func ratchet(usingHeaders: Bool) throws {
        HeldOutSetChecks.expectFloors(try Self.sentences.get(), fields: usingHeaders ? Self.withHeaders : Self.alone, usingHeaders: usingHeaders,
                                      title: "Eighth")
    }
}
