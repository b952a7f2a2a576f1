import Testing
@testable import KoersCore

/// `draft` measured on the ninth held-out set (Fixtures/goal-sentences/heldout-9.tsv): real goal
/// sentences from municipalities in none of the earlier files, labelled blind (by someone who had
/// not read the reader) and committed before the reader ran on them. Its table rows carry their
/// header (`table_header`), so the set is measured twice: each row alone, as `draft "…"` reads a
/// pasted row, and with its header, as `draft --table` reads it. `KOERS_CORPUS_MISREADS=1` prints
/// the misreads.
@Suite("Ninth held-out goal sentences")
struct HeldOutNineSentenceAccuracyTests {
    /// Floors from the first measurement, 2026-12-08, measured blind after the sixth round of rules and the
    /// table reader, with the same scores as the rules of the session before: rows alone 147/161, 27/40,
    /// 22/38, 3/3, 160/161, F1 0.962, 161/161; with headers 155/161, 35/40, 22/38, 3/3, 145/161, F1 0.962,
    /// 161/161; each rounded down to three decimals. The seventh round of rules, read on it blind as well,
    /// left every field as it was. With headers its deadlines rose to 38/38 when the table reader took the
    /// year from `FY23 Target` (not blind: seen in this set). Raise a floor when the reader improves; never
    /// lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.fields(floors: 0.913, 0.675, 0.578, 1.0, 0.993, 0.961, 1.0)
    static let withHeaders = GoalSentenceAccuracyTests.fields(floors: 0.962, 0.875, 1.0, 1.0, 0.900, 0.961, 1.0)

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-9") }

    @Test("the ninth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get()
            + HeldOutFiveSentenceAccuracyTests.sentences.get() + HeldOutSixSentenceAccuracyTests.sentences.get()
            + HeldOutSevenSentenceAccuracyTests.sentences.get()
            + HeldOutEightSentenceAccuracyTests.sentences.get()
        HeldOutSetChecks.expectApart(try Self.sentences.get(), from: earlier, minimumTableRows: 15)
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        HeldOutSetChecks.expectCompleteLabels(try Self.sentences.get())
    }

    @Test("each field stays at or above its first measurement, rows alone and rows with their headers", arguments: [false, true])
    func ratchet(usingHeaders: Bool) throws {
        HeldOutSetChecks.expectFloors(try Self.sentences.get(), fields: usingHeaders ? Self.withHeaders : Self.alone, usingHeaders: usingHeaders,
                                      title: "Ninth")
    }
}
