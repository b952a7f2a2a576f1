import Foundation
import Testing
@testable import KoersCore

/// `draft` measured on the development sentences (Fixtures/goal-sentences/dev.tsv): real goal
/// sentences from sources neither the tuning corpus nor the held-out set contains, labelled and
/// committed before the reader was run on them. Its floors are its own; `KOERS_CORPUS_MISREADS=1`
/// prints its misreads as for the corpus.
@Suite("Development goal sentences")
struct DevSentenceAccuracyTests {
    /// The first time the reader saw these 101 sentences, before any change was made for them,
    /// it read 57/101 targets, 23/57 stated targets, 31/35 deadlines, 9/15 baselines, invented
    /// none in 95/101, F1 0.919 and 96/101 complete: the second unseen figure after the held-out
    /// set's, kept in docs/check.md. The floors below are the figures after the rules made for
    /// their misreads (72/101, 34/57, 35/35, 14/15, 100/101, F1 0.933, 99/101), then after the rules
    /// made for the second held-out set (75/101, 35/57, F1 0.958), then after an indicator row's
    /// unit column ("% 45.5 49.3") marked its figures as measured, not a target (77/101, F1 0.982). Raise a floor when
    /// the reader improves; never lower one to make a change pass. The one documented exception:
    /// a bare row of several different numbers proposes no target (docs/check.md, "Table rows"),
    /// which cost one row here right by chance ("7,04 (2015) 7,04 7,22").
    static let fields = GoalSentenceAccuracyTests.fields(floors: 0.762, 0.614, 1.0, 0.933, 0.990, 0.982, 0.980)

    static let sentences = Result { try GoalSentenceCorpus.load("dev") }

    @Test("the development set is at least 100 sentences from at least 20 sources in neither other set")
    func devIsApart() throws {
        let dev = try Self.sentences.get()
        let seen = try GoalSentenceAccuracyTests.corpus.get() + HeldOutSentenceAccuracyTests.sentences.get()
        #expect(dev.count >= 100)
        #expect(Set(dev.map(\.municipality)).count >= 20)
        #expect(Set(dev.map(\.id)).count == dev.count, "an id is used twice")
        #expect(Set(dev.map(\.municipality)).isDisjoint(with: seen.map(\.municipality)))
        #expect(Set(dev.map(\.sentence)).isDisjoint(with: seen.map(\.sentence)))
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        for sentence in try Self.sentences.get() {
            let expected = sentence.measurable && sentence.deadline != nil && sentence.baseline != nil
            #expect(sentence.complete == expected, "\(sentence.id): complete is \(sentence.complete)")
        }
    }

    @Test("each field stays at or above the accuracy measured on the development sentences")
    func ratchet() throws {
        let readings = GoalSentenceAccuracyTests.readings(of: try Self.sentences.get())
        let scores = Score.measure(readings, fields: Self.fields)
        print(Score.table(scores, readings: readings, title: "Development goal sentences"))
        if ProcessInfo.processInfo.environment["KOERS_CORPUS_MISREADS"] != nil {
            print(Score.misreads(readings))
        }
        for (field, score) in scores {
            #expect(score >= field.floor, "\(field.name): \(Score.percent(score)) is below the floor \(Score.percent(field.floor))")
        }
    }
}
