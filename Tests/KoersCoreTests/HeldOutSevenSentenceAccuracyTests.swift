import Testing
@testable import KoersCore

/// `draft` measured on the seventh held-out set (Fixtures/goal-sentences/heldout-7.tsv): real goal
/// sentences from municipalities in none of the earlier files, labelled blind (by someone who had
/// not read the reader) and committed before the reader ran on them. Its table rows carry their
/// header (`table_header`), so the set is measured twice: each row alone, as `draft "…"` reads a
/// pasted row, and with its header, as `draft --table` reads it. `KOERS_CORPUS_MISREADS=1` prints
/// the misreads.
@Suite("Seventh held-out goal sentences")
struct HeldOutSevenSentenceAccuracyTests {
    /// Floors from the first measurement, 2026-12-08, measured blind after the sixth round of rules and the
    /// table reader of this session, which did not move its target or deadline from the rules of the
    /// session before: rows alone 147/163, 44/54, 52/52, 5/6, 162/163, F1 0.790, 162/163; with headers
    /// 145/163, 41/54, 51/52, 5/6, 162/163, F1 0.821, 162/163; each rounded down to three decimals. Raised
    /// after the seventh round of rules, written from this set's and the eighth's misreads (not blind):
    /// rows alone 154/163, 48/54, 52/52, 6/6, 163/163, F1 0.848; with headers 152/163, 45/54, 51/52, 6/6,
    /// 163/163, F1 0.885. Raise a floor when the reader improves; never lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.fields(floors: 0.944, 0.888, 1.0, 1.0, 1.0, 0.847, 0.993)
    static let withHeaders = GoalSentenceAccuracyTests.fields(floors: 0.932, 0.833, 0.980, 1.0, 1.0, 0.884, 0.993)

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-7") }

    @Test("the seventh held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get()
            + HeldOutFiveSentenceAccuracyTests.sentences.get() + HeldOutSixSentenceAccuracyTests.sentences.get()
        HeldOutSetChecks.expectApart(try Self.sentences.get(), from: earlier, minimumTableRows: 20)
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        HeldOutSetChecks.expectCompleteLabels(try Self.sentences.get())
    }

    @Test("each field stays at or above its first measurement, rows alone and rows with their headers", arguments: [false, true])
    func ratchet(usingHeaders: Bool) throws {
        HeldOutSetChecks.expectFloors(try Self.sentences.get(), fields: usingHeaders ? Self.withHeaders : Self.alone, usingHeaders: usingHeaders,
                                      title: "Seventh")
    }
}
