import Foundation
@testable import KoersCore

/// One sentence of the labelled corpus in `Fixtures/goal-sentences/sentences.tsv`, with the
/// answers written by hand (the README there gives the rules).
struct LabelledSentence: Sendable {
    struct Target: Sendable {
        var comparator: KoersCore.Comparator?
        var value: TargetValue
    }

    struct Baseline: Sendable {
        var period: Period?
        var value: Double?
    }

    var id: String
    var language: Language
    var sentence: String
    /// Nil: the sentence states no target.
    var target: Target?
    var targetKind: String?
    var baseline: Baseline?
    var deadline: Period?
    var measurable: Bool
    var complete: Bool
    var municipality: String
    /// The document's year, which "dit jaar" and "de komende vier jaar" count from; nil when the page does not say.
    var year: Int?
    /// The header cells of the table the sentence is a row of; nil when it is no table row, or
    /// the file has no `table_header` column.
    var tableHeader: [String]? = nil
}

/// A row of the corpus file that does not follow the README's rules.
struct CorpusFormatError: Error, CustomStringConvertible {
    var file = "sentences.tsv"
    var row: Int
    var field: String
    var text: String

    var description: String { "\(file) row \(row), field \(field): cannot read “\(text)”" }
}

/// Reads the corpus file: a header line, then one tab-separated sentence a line; `-` marks an
/// empty label.
enum GoalSentenceCorpus {
    static let columns = ["id", "language", "sentence", "target", "target_kind", "baseline_period", "baseline_value",
                          "deadline", "measurable", "complete", "municipality", "document", "year", "url", "note"]
    /// A file may add this column after the others: the row's table header, its cells joined by ` | `, `-` for no table.
    static let tableHeaderColumn = "table_header"
    static let targetKinds: Set<String> = ["change", "cumulative", "sustained", "benchmark"]

    /// `sentences` is the corpus the reader was tuned on, `heldout` the sentences kept apart to measure it.
    static func load(_ name: String = "sentences") throws -> [LabelledSentence] {
        guard let url = Bundle.module.url(forResource: "Fixtures/goal-sentences/\(name)", withExtension: "tsv") else {
            throw CorpusFormatError(file: "\(name).tsv", row: 0, field: "file", text: "Fixtures/goal-sentences/\(name).tsv")
        }
        do {
            return try parse(String(contentsOf: url, encoding: .utf8))
        } catch var error as CorpusFormatError {
            error.file = "\(name).tsv"
            throw error
        }
    }

    static func parse(_ text: String) throws -> [LabelledSentence] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.isEmpty ? [] : lines.removeFirst().split(separator: "\t").map(String.init)
        guard header == columns || header == columns + [tableHeaderColumn] else {
            throw CorpusFormatError(row: 1, field: "header", text: "expected: \(columns.joined(separator: " ")) [\(tableHeaderColumn)]")
        }
        return try lines.enumerated().map { offset, line in try sentence(line, row: offset + 2, columns: header) }
    }

    private static func sentence(_ line: String, row: Int, columns: [String]) throws -> LabelledSentence {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == columns.count else {
            throw CorpusFormatError(row: row, field: "columns", text: "\(fields.count) fields, \(columns.count) expected")
        }
        let field = Dictionary(uniqueKeysWithValues: zip(columns, fields))
        func value(_ name: String) -> String? { field[name] == "-" ? nil : field[name] }
        func fail(_ name: String) -> CorpusFormatError { CorpusFormatError(row: row, field: name, text: field[name] ?? "") }
        func period(_ name: String) throws -> Period? {
            guard let text = value(name) else { return nil }
            guard let parsed = Period.parse(text), !parsed.provisional else { throw fail(name) }
            return parsed.period
        }
        func yesNo(_ name: String) throws -> Bool {
            switch field[name] {
            case "yes": true
            case "no": false
            default: throw fail(name)
            }
        }
        guard let language = Language(rawValue: field["language"] ?? "") else { throw fail("language") }
        var target: LabelledSentence.Target?
        if let text = value("target") {
            guard let parsed = Self.target(text) else { throw fail("target") }
            target = parsed
        }
        let kind = value("target_kind")
        if let kind, !targetKinds.contains(kind) { throw fail("target_kind") }
        var baselineValue: Double?
        if let text = value("baseline_value") {
            guard let number = Double(text) else { throw fail("baseline_value") }
            baselineValue = number
        }
        let baselinePeriod = try period("baseline_period")
        let baseline = baselinePeriod == nil && baselineValue == nil
            ? nil : LabelledSentence.Baseline(period: baselinePeriod, value: baselineValue)
        return LabelledSentence(
            id: field["id"] ?? "", language: language, sentence: field["sentence"] ?? "", target: target, targetKind: kind,
            baseline: baseline, deadline: try period("deadline"), measurable: try yesNo("measurable"),
            complete: try yesNo("complete"), municipality: field["municipality"] ?? "", year: value("year").flatMap { Int($0) },
            tableHeader: value(tableHeaderColumn).map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } })
    }

    /// `>= 90%`, `<= -49%`, `>= +3 pp`, `6.8`, `<= 0`, `<= benchmark +2`: the goal-file target
    /// syntax with a decimal point and no thousands separators. A benchmark is written without
    /// its series, which no sentence names.
    static func target(_ text: String) -> LabelledSentence.Target? {
        var rest = Substring(text)
        var comparator: KoersCore.Comparator?
        for candidate in [KoersCore.Comparator.atLeast, .atMost, .equals] where rest.hasPrefix(candidate.rawValue + " ") {
            comparator = candidate
            rest = rest.dropFirst(candidate.rawValue.count + 1)
        }
        if rest.hasPrefix("benchmark") {
            let offset = rest.dropFirst("benchmark".count).drop { $0 == " " }
            let series = SeriesKey(metric: "benchmark")
            if offset.isEmpty { return .init(comparator: comparator, value: .benchmark(Benchmark(series: series))) }
            guard offset.first == "+" || offset.first == "-" else { return nil }
            if offset.hasSuffix("%"), let percent = Double(offset.dropLast()) {
                return .init(comparator: comparator, value: .benchmark(Benchmark(series: series, offset: .percent(percent))))
            }
            guard let amount = Double(offset) else { return nil }
            return .init(comparator: comparator, value: .benchmark(Benchmark(series: series, offset: .amount(amount))))
        }
        let signed = rest.first == "+" || rest.first == "-"
        if rest.hasSuffix(" pp"), let points = Double(rest.dropLast(3)) {
            return .init(comparator: comparator, value: .percentagePoints(points))
        }
        if rest.hasSuffix("%"), let number = Double(rest.dropLast()) {
            return .init(comparator: comparator, value: signed ? .relativePercent(number) : .absolute(number, percent: true))
        }
        guard !signed || rest.first == "-", let number = Double(rest) else { return nil }
        return .init(comparator: comparator, value: .absolute(number, percent: false))
    }
}
