import Foundation
import Testing
@testable import KoersCore

/// What every held-out set whose table rows carry their header (the fourth on) checks, written
/// once: the set stands apart from the files before it, its `complete` labels follow the labelling
/// rule, and each field stays at or above the floors of its first measurement, the rows read alone
/// (as `draft "…"` reads a pasted row) and with their header (as `draft --table` reads it).
/// `KOERS_CORPUS_MISREADS=1` prints the misreads.
enum HeldOutSetChecks {
    static func expectApart(_ set: [LabelledSentence], from earlier: [LabelledSentence], minimumTableRows: Int) {
        #expect(set.count >= 150)
        #expect(Set(set.map(\.municipality)).count >= 30)
        #expect(Set(set.map(\.id)).count == set.count, "an id is used twice")
        #expect(Set(set.map(\.sentence)).count == set.count, "a sentence is in the set twice")
        #expect(Set(set.map(\.municipality)).isDisjoint(with: earlier.map(\.municipality)))
        #expect(Set(set.map(\.sentence)).isDisjoint(with: earlier.map(\.sentence)))
        #expect(Set(set.map(\.id)).isDisjoint(with: earlier.map(\.id)))
        #expect(set.filter { $0.tableHeader != nil }.count >= minimumTableRows, "the set's table rows carry their headers")
    }

    /// The labelling rule: a complete goal has a measurable target, a deadline and a baseline.
    static func expectCompleteLabels(_ set: [LabelledSentence]) {
        for sentence in set {
            let expected = sentence.measurable && sentence.deadline != nil && sentence.baseline != nil
            #expect(sentence.complete == expected, "\(sentence.id): complete is \(sentence.complete)")
        }
    }

    static func expectFloors(_ set: [LabelledSentence], fields: GoalSentenceAccuracyTests.Fields, usingHeaders: Bool, title: String) {
        let readings = GoalSentenceAccuracyTests.readings(of: set, usingHeaders: usingHeaders)
        let scores = Score.measure(readings, fields: fields)
        print(Score.table(scores, readings: readings,
                          title: title + " held-out goal sentences, " + (usingHeaders ? "table rows with their headers" : "each row alone")))
        if ProcessInfo.processInfo.environment["KOERS_CORPUS_MISREADS"] != nil {
            print(Score.misreads(readings))
        }
        for (field, score) in scores {
            #expect(score >= field.floor, "\(field.name): \(Score.percent(score)) is below the floor \(Score.percent(field.floor))")
        }
    }
}
