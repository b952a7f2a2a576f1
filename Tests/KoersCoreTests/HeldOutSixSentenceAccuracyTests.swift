import Foundation
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
    typealias Field = GoalSentenceAccuracyTests.Field

    /// Floors from the first measurement, 2026-12-07, made after every rule of this session (the fifth
    /// round of rules and the table reader's fixes included) and before any change for these sentences,
    /// each rounded down to three decimals: rows alone 126/152, 39/64, 32/56, 10/11, 151/152, F1 0.968,
    /// 150/152; with headers 130/152, 43/64, 30/56, 9/11, 131/152, F1 0.968, 149/152. Most missed deadlines
    /// are table rows whose year is only in the header, which this set's labels give and the earlier sets'
    /// do not. The seventh round's `te`-infinitive of a cut (`40% CO2 te besparen`) raised the target to
    /// 127/152 and 40/64 alone, 131/152 and 44/64 with headers. Raise a floor when the reader improves;
    /// never lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.835, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 0.625, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 0.571, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 0.909, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 0.993, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 0.968, threshold: 0.90),
        complete: Field(name: "complete goal (all sentences)", floor: 0.986, threshold: 0.90))
    static let withHeaders = GoalSentenceAccuracyTests.Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.861, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 0.687, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 0.535, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 0.818, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 0.861, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 0.968, threshold: 0.90),
        complete: Field(name: "complete goal (all sentences)", floor: 0.980, threshold: 0.90))

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-6") }

    @Test("the sixth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let set = try Self.sentences.get()
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get() + HeldOutFiveSentenceAccuracyTests.sentences.get()
        #expect(set.count >= 150)
        #expect(Set(set.map(\.municipality)).count >= 30)
        #expect(Set(set.map(\.id)).count == set.count, "an id is used twice")
        #expect(Set(set.map(\.sentence)).count == set.count, "a sentence is in the set twice")
        #expect(Set(set.map(\.municipality)).isDisjoint(with: earlier.map(\.municipality)))
        #expect(Set(set.map(\.sentence)).isDisjoint(with: earlier.map(\.sentence)))
        #expect(Set(set.map(\.id)).isDisjoint(with: earlier.map(\.id)))
        #expect(set.filter { $0.tableHeader != nil }.count >= 25, "the set's table rows carry their headers")
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        for sentence in try Self.sentences.get() {
            let expected = sentence.measurable && sentence.deadline != nil && sentence.baseline != nil
            #expect(sentence.complete == expected, "\(sentence.id): complete is \(sentence.complete)")
        }
    }

    @Test("each field stays at or above its first measurement, rows alone and rows with their headers", arguments: [false, true])
    func ratchet(usingHeaders: Bool) throws {
        let readings = GoalSentenceAccuracyTests.readings(of: try Self.sentences.get(), usingHeaders: usingHeaders)
        let fields = usingHeaders ? Self.withHeaders : Self.alone
        let scores = Score.measure(readings, fields: fields)
        print(Score.table(scores, readings: readings,
                          title: "Sixth held-out goal sentences, " + (usingHeaders ? "table rows with their headers" : "each row alone")))
        if ProcessInfo.processInfo.environment["KOERS_CORPUS_MISREADS"] != nil {
            print(Score.misreads(readings))
        }
        for (field, score) in scores {
            #expect(score >= field.floor, "\(field.name): \(Score.percent(score)) is below the floor \(Score.percent(field.floor))")
        }
    }
}
