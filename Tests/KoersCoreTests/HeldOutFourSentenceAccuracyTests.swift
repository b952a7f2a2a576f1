import Foundation
import Testing
@testable import KoersCore

/// `draft` measured on the fourth held-out set (Fixtures/goal-sentences/heldout-4.tsv): real goal
/// sentences from municipalities in none of the earlier files, labelled blind (by someone who had
/// not read the reader) and committed before the reader ran on them. Its table rows carry their
/// header (`table_header`), so the set is measured twice: each row alone, as `draft "…"` reads a
/// pasted row, and with its header, as `draft --table` reads it. `KOERS_CORPUS_MISREADS=1` prints
/// the misreads.
@Suite("Fourth held-out goal sentences")
struct HeldOutFourSentenceAccuracyTests {
    typealias Field = GoalSentenceAccuracyTests.Field

    /// Floors from the first measurement with all of this session's rules, 2026-12-07 (rows alone 152/180,
    /// 32/51, 39/39, 4/4, 178/180, F1 0.850, 177/180; with headers 164/180, 36/51, 39/39, 4/4, 154/180, F1
    /// 0.970, 177/180), each rounded down to three decimals. The table reader's number fixes made after
    /// that first sight (notation per column, `1.65M`, header years such as `24 /25`) raised the targets
    /// with headers to 172/180 and 44/51. The fifth round of rules, whose kinds came from this set's
    /// misreads (no blind gain), raised them to 158/180 and 38/51 alone, F1 0.870; with the table reader's
    /// fixes, 178/180 and 50/51 with headers, F1 0.990. The sixth round (a place in a ranking by share,
    /// not blind either) raised them to 159/180 and 39/51 alone, 179/180 and 51/51 with headers. Raise a
    /// floor when the reader improves; never lower one to make a change pass.
    static let alone = GoalSentenceAccuracyTests.Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.883, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 0.764, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 1.0, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 1.0, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 0.988, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 0.869, threshold: 0.90),
        complete: Field(name: "complete goal (all sentences)", floor: 0.983, threshold: 0.90))
    static let withHeaders = GoalSentenceAccuracyTests.Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.994, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 1.0, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 1.0, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 1.0, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 0.855, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 0.990, threshold: 0.90),
        complete: Field(name: "complete goal (all sentences)", floor: 0.983, threshold: 0.90))

    static let sentences = Result { try GoalSentenceCorpus.load("heldout-4") }

    @Test("the fourth held-out set is at least 150 sentences from at least 30 sources, none in the earlier files")
    func setIsApart() throws {
        let set = try Self.sentences.get()
        let earlier = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
            + DevSentenceAccuracyTests.sentences.get() + HeldOutTwoSentenceAccuracyTests.sentences.get()
            + HeldOutThreeSentenceAccuracyTests.sentences.get()
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
                          title: "Fourth held-out goal sentences, " + (usingHeaders ? "table rows with their headers" : "each row alone")))
        if ProcessInfo.processInfo.environment["KOERS_CORPUS_MISREADS"] != nil {
            print(Score.misreads(readings))
        }
        for (field, score) in scores {
            #expect(score >= field.floor, "\(field.name): \(Score.percent(score)) is below the floor \(Score.percent(field.floor))")
        }
    }
}
