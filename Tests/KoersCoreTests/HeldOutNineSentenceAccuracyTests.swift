import Foundation
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
    typealias Field = GoalSentenceAccuracyTests.Field

    /// Floors from the first measurement, 2026-12-08, measured blind after the sixth round of rules and the
    /// table reader, with the same scores as the rules of the session before: rows alone 147/161, 27/40,
    /// 22/38, 3/3, 160/161, F1 0.962, 161/161; with headers 155/161, 35/40, 22/38, 3/3, 145/161, F1 0.962,
    /// 161/161; each rounded down to three decimals. The seventh round of rules, read on it blind as well,
    /// left every field as it was. With headers its deadlines rose to 38/38 when the table reader took the
    /// year from `FY23 Target` (not blind: seen in this set). Raise a floor when the reader improves; never
    /// lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.913, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 0.675, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 0.578, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 1.0, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 0.993, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 0.961, threshold: 0.90),
        complete: Field(name: "complete goal (all sentences)", floor: 1.0, threshold: 0.90))
    static let withHeaders = GoalSentenceAccuracyTests.Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.962, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 0.875, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 1.0, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 1.0, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 0.900, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 0.961, threshold: 0.90),
        complete: Field(name: "complete goal (all sentences)", floor: 1.0, threshold: 0.90))

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-9") }

    @Test("the ninth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let set = try Self.sentences.get()
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get() + HeldOutFourSentenceAccuracyTests.sentences.get() + HeldOutFiveSentenceAccuracyTests.sentences.get() + HeldOutSixSentenceAccuracyTests.sentences.get() + HeldOutSevenSentenceAccuracyTests.sentences.get() + HeldOutEightSentenceAccuracyTests.sentences.get()
        #expect(set.count >= 150)
        #expect(Set(set.map(\.municipality)).count >= 30)
        #expect(Set(set.map(\.id)).count == set.count, "an id is used twice")
        #expect(Set(set.map(\.sentence)).count == set.count, "a sentence is in the set twice")
        #expect(Set(set.map(\.municipality)).isDisjoint(with: earlier.map(\.municipality)))
        #expect(Set(set.map(\.sentence)).isDisjoint(with: earlier.map(\.sentence)))
        #expect(Set(set.map(\.id)).isDisjoint(with: earlier.map(\.id)))
        #expect(set.filter { $0.tableHeader != nil }.count >= 15, "the set's table rows carry their headers")
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
                          title: "Ninth held-out goal sentences, " + (usingHeaders ? "table rows with their headers" : "each row alone")))
        if ProcessInfo.processInfo.environment["KOERS_CORPUS_MISREADS"] != nil {
            print(Score.misreads(readings))
        }
        for (field, score) in scores {
            #expect(score >= field.floor, "\(field.name): \(Score.percent(score)) is below the floor \(Score.percent(field.floor))")
        }
    }
}
