import Testing
@testable import KoersCore

/// `draft` measured on the sixth held-out set (Fixtures/goal-sentences/heldout-6.tsv): real goal
/// sentences from municipalities in none of the earlier files, labelled blind (by someone who had
/// not read the reader) and committed before the reader ran on them. Its table rows carry their
/// header (`table_header`), so the set is measured twice: each row alone, as `draft "…"` reads a
/// pasted row, and with its header, as `draft --table` reads it. `KOERS_CORPUS_MISREADS=1` prints
/// the misreads.
@Suite("Sixth held-out goal sentences")
struct HeldOutSixSentenceAccuracyTests {
    /// Floors from the first measurement, 2026-12-07, made after every rule of this session (the fifth
    /// round of rules and the table reader's fixes included) and before any change for these sentences,
    /// each rounded down to three decimals: rows alone 126/152, 39/64, 32/56, 10/11, 151/152, F1 0.968,
    /// 150/152; with headers 130/152, 43/64, 30/56, 9/11, 131/152, F1 0.968, 149/152. Most missed deadlines
    /// are table rows whose year is only in the header, which this set's labels give and the earlier sets'
    /// do not. Raised after the sixth round of rules (not blind: its constructions were chosen from this
    /// set's prose misreads): rows alone 131/152, 43/64, 35/56, F1 0.984, 151/152. With headers, that round
    /// and the table reader's reading of a target cell said in words beside a share (`Increase 70% by
    /// 2024` next to `55% (2021)`) and of a figure over a bracketed span of years, with the corpus's row
    /// splitter keeping such cells whole: 137/152, 49/64, 35/56, 11/11, 133/152, F1 0.992, 151/152.
    /// Raise a floor when the reader improves; never lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.fields(floors: 0.861, 0.671, 0.625, 0.909, 0.993, 0.984, 0.993)
    static let withHeaders = GoalSentenceAccuracyTests.fields(floors: 0.901, 0.765, 0.625, 1.0, 0.875, 0.991, 0.993)

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-6") }

    @Test("the sixth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get()
            + HeldOutFiveSentenceAccuracyTests.sentences.get()
        HeldOutSetChecks.expectApart(try Self.sentences.get(), from: earlier, minimumTableRows: 25)
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        HeldOutSetChecks.expectCompleteLabels(try Self.sentences.get())
    }

    @Test("each field stays at or above its first measurement, rows alone and rows with their headers", arguments: [false, true])
    func ratchet(usingHeaders: Bool) throws {
        HeldOutSetChecks.expectFloors(try Self.sentences.get(), fields: usingHeaders ? Self.withHeaders : Self.alone, usingHeaders: usingHeaders,
                                      title: "Sixth")
    }
}
