import Foundation
import Testing
@testable import KoersCore

/// `draft` measured on real policy sentences (Fixtures/goal-sentences). A ratchet: each field
/// must stay at or above the accuracy measured on the date below, and the table says how far
/// the thresholds of issue 16 still are.
/// Set `KOERS_CORPUS_MISREADS=1` to print every misread sentence with its label and the proposal.
@Suite("Goal sentence corpus")
struct GoalSentenceAccuracyTests {
    /// A field's accuracy (or F1): the floor it may not fall below, the threshold to reach.
    struct Field {
        var name: String
        var floor: Double
        var threshold: Double
    }

    /// The fields measured on a set of sentences, each with that set's floor.
    struct Fields {
        var target: Field
        var statedTarget: Field
        var deadline: Field
        var baseline: Field
        var noInventedBaseline: Field
        var measurable: Field
        var complete: Field
    }

    /// The fields every set measures, named once, with the issue's thresholds and a set's own floors.
    static func fields(floors target: Double, _ statedTarget: Double, _ deadline: Double, _ baseline: Double,
                       _ noInventedBaseline: Double, _ measurable: Double, _ complete: Double) -> Fields {
        Fields(
            target: Field(name: "target value and comparator (all sentences)", floor: target, threshold: 0.95),
            statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: statedTarget, threshold: 0.95),
            deadline: Field(name: "deadline (sentences stating one)", floor: deadline, threshold: 0.95),
            baseline: Field(name: "baseline (sentences stating one)", floor: baseline, threshold: 0.90),
            noInventedBaseline: Field(name: "baseline (all sentences)", floor: noInventedBaseline, threshold: 0.90),
            measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: measurable, threshold: 0.90),
            complete: Field(name: "complete goal (all sentences)", floor: complete, threshold: 0.90))
    }

    /// Floors measured on 2026-12-07 with 223 sentences, the document's year given as `--year`
    /// gives it, after benchmark targets, split verbs and years counted from the document
    /// (217/223, 102/107, 75/75, 26/26, 223/223, F1 0.986). Before the sentence reader gave each
    /// number a role: 161/223, 69/106, 55/75, 8/26, 204/223, F1 0.036. Raise a floor when the
    /// reader improves; never lower one to make a change pass.
    ///
    /// The one documented exception: the target floors were 0.973 (217/223) and 0.953 (102/107)
    /// until a bare row of several different numbers ("90% 84,4% 90,1% 91,4%") proposed no target
    /// instead of its first number (docs/check.md, "Table rows"). Three rows here were right only
    /// because their norm happens to come first; across the three sets the first number is the
    /// target in 5 of 40 such rows, so a refusal is the honest answer and costs these three.
    /// A quantifier over a countable set as the goal's subject or scope ("voor alle gemeentelijke
    /// gebouwen", `>= 100%`, the fourth round of rules) raised them to 215/223, 100/107, F1 0.990;
    /// a hedge ("may be 1 to 2%") stating no goal and inflation as a benchmark took the F1 to 1.0.
    static let fields = Fields(
        target: Field(name: "target value and comparator (all sentences)", floor: 0.964, threshold: 0.95),
        statedTarget: Field(name: "target value and comparator (sentences stating one)", floor: 0.934, threshold: 0.95),
        deadline: Field(name: "deadline (sentences stating one)", floor: 1.0, threshold: 0.95),
        baseline: Field(name: "baseline (sentences stating one)", floor: 1.0, threshold: 0.90),
        noInventedBaseline: Field(name: "baseline (all sentences)", floor: 1.0, threshold: 0.90),
        measurable: Field(name: "measurable target F1 (vague = not measurable)", floor: 1.0, threshold: 0.90),
        // `complete` against the label (222/223); issue 16 sets no threshold, so the measurable one.
        complete: Field(name: "complete goal (all sentences)", floor: 0.995, threshold: 0.90))

    /// Before every deadline in the corpus, so `deadline-passed` never decides `vague`: whether a
    /// target is measurable does not depend on the day it is read.
    static let today = Period(year: 2000, granularity: .month, index: 1)!

    static let corpus = Result { try GoalSentenceCorpus.load() }

    struct Reading {
        var label: LabelledSentence
        var proposal: DraftProposal
    }

    static func readings() throws -> [Reading] {
        try readings(of: corpus.get())
    }

    static func readings(of sentences: [LabelledSentence]) -> [Reading] {
        sentences.map { label in
            Reading(label: label, proposal: GoalDraft.propose(label.sentence, wordLists: CheckFixtures.wordLists, today: today,
                                                              documentYear: label.year))
        }
    }

    @Test("the corpus is at least 200 real sentences from at least 25 municipalities, every row readable")
    func corpusSize() throws {
        let sentences = try Self.corpus.get()
        #expect(sentences.count >= 200)
        #expect(Set(sentences.map(\.municipality)).count >= 25)
        #expect(Set(sentences.map(\.sentence)).count == sentences.count, "a sentence is in the corpus twice")
        #expect(Set(sentences.map(\.id)).count == sentences.count, "an id is used twice")
    }

    @Test("a complete goal has a measurable target, a deadline and a baseline (the labelling rule)")
    func completeLabels() throws {
        for sentence in try Self.corpus.get() {
            let expected = sentence.measurable && sentence.deadline != nil && sentence.baseline != nil
            #expect(sentence.complete == expected, "\(sentence.id): complete is \(sentence.complete)")
        }
    }

    @Test("target labels use the goal-file syntax")
    func targetSyntax() {
        #expect(GoalSentenceCorpus.target(">= 90%").map { [$0.comparator == .atLeast, $0.value == .absolute(90, percent: true)] } == [true, true])
        #expect(GoalSentenceCorpus.target("<= -49%")?.value == .relativePercent(-49))
        #expect(GoalSentenceCorpus.target(">= +3 pp")?.value == .percentagePoints(3))
        #expect(GoalSentenceCorpus.target("6.8").map { $0.comparator == nil && $0.value == .absolute(6.8, percent: false) } == true)
        #expect(GoalSentenceCorpus.target("<= 0")?.value == .absolute(0, percent: false))
        #expect(GoalSentenceCorpus.target("+10") == nil)
        #expect(GoalSentenceCorpus.target("veel") == nil)
        #expect(GoalSentenceCorpus.target("<= benchmark")?.value.benchmark?.offset == nil)
        #expect(GoalSentenceCorpus.target(">= benchmark +2")?.value.benchmark?.offset == .amount(2))
        #expect(GoalSentenceCorpus.target("<= benchmark -5%")?.value.benchmark?.offset == .percent(-5))
        #expect(GoalSentenceCorpus.target(">= benchmark 2") == nil)
    }

    @Test("each field stays at or above the accuracy measured when the reader gave numbers roles")
    func ratchet() throws {
        let readings = try Self.readings()
        let scores = Score.measure(readings, fields: Self.fields)
        print(Score.table(scores, readings: readings, title: "Goal sentence corpus (tuning)"))
        if ProcessInfo.processInfo.environment["KOERS_CORPUS_MISREADS"] != nil {
            print(Score.misreads(readings))
        }
        for (field, score) in scores {
            #expect(score >= field.floor, "\(field.name): \(Score.percent(score)) is below the floor \(Score.percent(field.floor))")
        }
    }
}

/// Scoring a proposal against its label, field by field.
enum Score {
    static func targetMatches(_ reading: GoalSentenceAccuracyTests.Reading) -> Bool {
        let proposed = reading.proposal.target
        guard let label = reading.label.target else { return proposed == nil }
        guard let proposed else { return false }
        return proposed.comparator == label.comparator && same(proposed.targetValue, label.value)
    }

    static func deadlineMatches(_ reading: GoalSentenceAccuracyTests.Reading) -> Bool {
        reading.proposal.deadline?.period == reading.label.deadline
    }

    static func baselineMatches(_ reading: GoalSentenceAccuracyTests.Reading) -> Bool {
        let proposed = reading.proposal.baseline
        guard let label = reading.label.baseline else { return proposed == nil }
        guard let proposed else { return false }
        return proposed.period == label.period && same(proposed.value, label.value)
    }

    static func same(_ lhs: Double?, _ rhs: Double?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case let (lhs?, rhs?): abs(lhs - rhs) < 1e-9
        default: false
        }
    }

    static func same(_ lhs: TargetValue, _ rhs: TargetValue) -> Bool {
        switch (lhs, rhs) {
        case let (.absolute(lhs, lhsPercent), .absolute(rhs, rhsPercent)): lhsPercent == rhsPercent && same(lhs, rhs)
        case let (.relativePercent(lhs), .relativePercent(rhs)), let (.percentagePoints(lhs), .percentagePoints(rhs)): same(lhs, rhs)
        case let (.yesNo(lhs), .yesNo(rhs)): lhs == rhs
        // The series is a placeholder the sentence cannot fill: only the offset is read.
        case let (.benchmark(lhs), .benchmark(rhs)): lhs.offset == rhs.offset
        default: false
        }
    }

    static func fraction(_ readings: [GoalSentenceAccuracyTests.Reading], _ correct: (GoalSentenceAccuracyTests.Reading) -> Bool) -> Double {
        readings.isEmpty ? 0 : Double(readings.filter(correct).count) / Double(readings.count)
    }

    /// F1 of "measurable" with `vague == false` as the prediction.
    static func measurableF1(_ readings: [GoalSentenceAccuracyTests.Reading]) -> Double {
        let truePositives = readings.filter { $0.label.measurable && !$0.proposal.vague }.count
        let falsePositives = readings.filter { !$0.label.measurable && !$0.proposal.vague }.count
        let falseNegatives = readings.filter { $0.label.measurable && $0.proposal.vague }.count
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 0 : Double(2 * truePositives) / Double(denominator)
    }

    static func measure(_ readings: [GoalSentenceAccuracyTests.Reading],
                        fields: GoalSentenceAccuracyTests.Fields) -> [(GoalSentenceAccuracyTests.Field, Double)] {
        [
            (fields.target, fraction(readings, targetMatches)),
            (fields.statedTarget, fraction(readings.filter { $0.label.target != nil }, targetMatches)),
            (fields.deadline, fraction(readings.filter { $0.label.deadline != nil }, deadlineMatches)),
            (fields.baseline, fraction(readings.filter { $0.label.baseline != nil }, baselineMatches)),
            (fields.noInventedBaseline, fraction(readings, baselineMatches)),
            (fields.measurable, measurableF1(readings)),
            (fields.complete, fraction(readings) { $0.proposal.complete == $0.label.complete }),
        ]
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    static func table(_ scores: [(GoalSentenceAccuracyTests.Field, Double)], readings: [GoalSentenceAccuracyTests.Reading],
                      title: String) -> String {
        let municipalities = Set(readings.map(\.label.municipality)).count
        var lines = ["\(title): \(readings.count) sentences, \(municipalities) municipalities and provinces",
                     "field | today | floor | threshold | still to gain"]
        for (field, score) in scores {
            let gap = max(0, field.threshold - score)
            lines.append("\(field.name) | \(percent(score)) | \(percent(field.floor)) | \(percent(field.threshold)) | \(percent(gap))")
        }
        let count = { (isStated: (LabelledSentence) -> Bool) in readings.filter { isStated($0.label) }.count }
        lines.append("(stated: target \(count { $0.target != nil }), deadline \(count { $0.deadline != nil }), "
            + "baseline \(count { $0.baseline != nil }); measurable \(count(\.measurable)); "
            + "complete \(count(\.complete)))")
        return lines.joined(separator: "\n")
    }

    static func describe(_ comparator: KoersCore.Comparator?, _ value: TargetValue) -> String {
        "\(comparator?.rawValue ?? "?") \(value)"
    }

    static func describe(_ period: Period?, _ value: Double?) -> String {
        "\(period.map(String.init(describing:)) ?? "-") \(value.map(String.init(describing:)) ?? "-")"
    }

    static func misreads(_ readings: [GoalSentenceAccuracyTests.Reading]) -> String {
        var lines: [String] = []
        for reading in readings {
            let label = reading.label
            let proposal = reading.proposal
            var wrong: [String] = []
            if !targetMatches(reading) {
                let labelled = label.target.map { describe($0.comparator, $0.value) } ?? "none"
                wrong.append("target: label \(labelled), read \(proposal.target.map { describe($0.comparator, $0.targetValue) } ?? "none")")
            }
            if label.deadline != nil, !deadlineMatches(reading) {
                let read = proposal.deadline.map { String(describing: $0.period) } ?? "none"
                wrong.append("deadline: label \(label.deadline.map(String.init(describing:)) ?? "none"), read \(read)")
            }
            if !baselineMatches(reading) {
                let labelled = label.baseline.map { describe($0.period, $0.value) } ?? "none"
                wrong.append("baseline: label \(labelled), read \(proposal.baseline.map { describe($0.period, $0.value) } ?? "none")")
            }
            if label.measurable == proposal.vague {
                wrong.append("measurable: label \(label.measurable ? "yes" : "no"), vague \(proposal.vague)")
            }
            if label.complete != proposal.complete {
                wrong.append("complete: label \(label.complete ? "yes" : "no"), read \(proposal.complete)")
            }
            if !wrong.isEmpty {
                lines.append("\(label.id) \(label.sentence)\n    " + wrong.joined(separator: "\n    "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
