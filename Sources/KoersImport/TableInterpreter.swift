import Foundation
import KoersCore

/// One file's figures, read and checked, not yet in the store.
struct StagedImport: Sendable {
    var figures: [SeriesKey: SeriesFigures]
    var rowsRead: Int
    var figureCount: Int
    var missingCount: Int
    var mapping: TableMapping
    var warnings: [Diagnostic]

    /// The figures, leaving none here: the caller then holds the only reference to them.
    mutating func takeFigures() -> [SeriesKey: SeriesFigures] {
        let taken = figures
        figures = [:]
        return taken
    }
}

/// Turns a table (records of fields) into series, in stages: the header and column profiles
/// (`TableHeader.swift`), the column plan (`ColumnPlan.swift`), the record pass with its hash
/// table (`RecordPass.swift`, on two cores by `SplitReading.swift`), the notation decision
/// (`NotationDecision.swift`) and the duplicate-figure rule (`DuplicateFigures.swift`).
/// It finds the header, maps the columns (as
/// declared, else inferred), reads every row, and decides the number notation from the file
/// as a whole. Collects every error instead of stopping at the first.
struct TableInterpreter {
    let cursor: any RecordCursor
    let file: String
    let options: ImportOptions
    let format: TableFormat

    /// How many records are read to find the header and infer the columns.
    static let sampleSize = 300
    /// How many bytes of a field the sample keeps.
    static let sampleFieldLength = 4096

    init(cursor: any RecordCursor, file: String, options: ImportOptions, format: TableFormat) {
        self.cursor = cursor
        self.file = file
        self.options = options
        self.format = format
    }

    // MARK: Errors

    private var errors: [Diagnostic] = []
    private var omittedErrors = 0
    private var warnings: [Diagnostic] = []

    mutating func error(line: Int?, field: Int?, _ message: LocalizedText, hint: LocalizedText? = nil) {
        guard errors.count < ImportFailure.errorLimit else {
            omittedErrors += 1
            return
        }
        let location = line.map { SourceLocation(file: file, line: $0, column: field ?? 1) }
        errors.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    var hasErrors: Bool { !errors.isEmpty }

    func failure() -> ImportFailure { ImportFailure(file: file, errors: errors, omitted: omittedErrors) }

    func readFailure(_ error: TableReadError) -> ImportFailure {
        let (line, field): (Int?, Int?) = switch error {
        case let .unterminatedQuote(line): (line, nil)
        case let .textAfterClosingQuote(line, field): (line, field)
        case let .tooManyFields(line, _): (line, nil)
        }
        let location = line.map { SourceLocation(file: file, line: $0, column: field ?? 1) }
        return ImportFailure(file: file, errors: errors + [Diagnostic(.error, at: location, Messages.tableReadFailure(error))], omitted: omittedErrors)
    }

    // MARK: The stages

    /// Below this many bytes a CSV text is read on one core: a thread hand-off and the merge
    /// cost more than they save. Tests lower it to split small files.
    var minimumSplitBytes = 1 << 20

    mutating func run() throws(ImportFailure) -> StagedImport {
        let header = try readHeader()
        let plan = try columnPlan(for: header)
        cursor.rewind()

        let rules = RecordRules(
            width: header.width, names: header.names, recordsBefore: header.recordsBefore,
            layout: plan.layout, period: plan.period, value: plan.value, metric: plan.metric,
            labels: plan.labels, periodColumns: plan.periodColumns,
            missingTokens: options.missing.map { Array($0.trimmingSpaces.utf8) },
            totalRow: options.totalRow.map { Array($0.trimmingSpaces.lowercased().utf8) },
            fixedMetric: options.metric.map { Array($0.utf8) },
            declaredNotation: options.notation, dateGranularity: options.dateGranularity,
            yesNoMetrics: Set(options.yesNoMetrics.map { Array($0.utf8) }))
        var pass: RecordPass
        do throws(RecordPass.Interrupted) {
            pass = try readRecords(rules)
        } catch {
            for failure in error.errors { self.error(line: failure.line, field: failure.field, failure.message, hint: failure.hint) }
            omittedErrors += error.errorTotal - error.errors.count
            throw readFailure(error.reason)
        }
        var series = pass.series
        pass.series = []
        for failure in pass.errors { error(line: failure.line, field: failure.field, failure.message, hint: failure.hint) }
        omittedErrors += pass.errorTotal - pass.errors.count
        if pass.rowsRead == 0 && errors.isEmpty {
            error(line: header.line, field: nil, Messages.headerOnly(file))
        }

        let notation = decideNotation(pass, names: header.names, series: &series)
        for index in series.indices {
            DuplicateFigures.order(&series[index].observations)
            for (duplicate, earlier) in DuplicateFigures.repeats(in: series[index].observations) {
                // Dates read as a coarser period may be what made the two figures meet.
                let datesMayMeet = options.dateGranularity != .month && duplicate.period.granularity == options.dateGranularity
                error(line: Int(duplicate.provenance.row), field: Int(duplicate.provenance.column),
                      Messages.duplicateFigure(series[index].key, duplicate.period, otherRow: Int(earlier.provenance.row)),
                      hint: datesMayMeet ? Messages.datesInOnePeriodHint(options.dateGranularity) : nil)
            }
        }
        if !errors.isEmpty { throw failure() }

        var figures: [SeriesKey: SeriesFigures] = [:]
        for entry in series { figures[entry.key] = entry.observations }
        let mapping = TableMapping(
            layout: plan.layout, layoutDeclared: options.layout != nil, columns: plan.assignments, metric: options.metric,
            headerRow: header.line, skippedLines: header.skippedLines + pass.pendingSingleFields, separator: format.separator,
            separatorDeclared: format.separatorDeclared, encoding: format.encoding, encodingDetected: format.encodingDetected,
            notation: notation, notationDeclared: options.notation != nil, totalRow: options.totalRow,
            repairedDoubledQuotes: format.repairedDoubledQuotes, sheet: format.sheet)
        if format.repairedDoubledQuotes {
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: file, line: 1, column: 1), Messages.repairedDoubledQuotes))
        }
        if let row = pass.unterminatedLastRow {
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: file, line: row, column: 1), Messages.lastLineUnterminated))
        }
        if format.encodingDetected, format.encoding == .windows1252 {
            warnings.append(Diagnostic(.info, at: nil, Messages.detectedWindows1252(file)))
        }
        return StagedImport(
            figures: figures, rowsRead: pass.rowsRead, figureCount: pass.figureCount, missingCount: pass.missingCount, mapping: mapping,
            warnings: warnings)
    }

    /// Applies the notation decision to what the pass read: reports mixed notations, the
    /// figures that contradict the decided notation and, undecided, the ambiguous figures;
    /// an English file's ambiguous figures get their English value. The notation read in.
    private mutating func decideNotation(_ pass: RecordPass, names: [String], series: inout [Series]) -> NumberNotation? {
        let evidence = pass.evidence
        let decision = NotationDecision(declared: options.notation, dutchProofs: evidence.dutch.count, englishProofs: evidence.english.count)
        if decision == .mixed {
            error(line: nil, field: nil, Messages.mixedNotations(
                dutch: evidence.dutch.examples.first.map { ($0.line, $0.field, $0.text) },
                english: evidence.english.examples.first.map { ($0.line, $0.field, $0.text) }),
                hint: Messages.decimalHint)
        }
        if let notation = decision.notation, let contraryNotation = decision.contrary,
            case let contrary = evidence.proofs(of: contraryNotation), contrary.count > 0
        {
            for example in contrary.examples {
                error(line: example.line, field: example.field, Messages.wrongNotation(example.text, header: names[example.field - 1], expected: notation))
            }
            omittedErrors += contrary.count - contrary.examples.count
        }
        if decision.ambiguousFiguresAreErrors {
            // One cause, one error: Dutch figures read without `decimal comma` are named once,
            // with their columns, their count and the first places, not once per cell.
            if let first = pass.ambiguityExamples.first {
                let columns = pass.ambiguityCountByField.indices.filter { pass.ambiguityCountByField[$0] > 0 }.map { names[$0] }
                error(line: first.0.line, field: first.0.field, Messages.ambiguousFigures(
                    columns: columns, count: pass.ambiguityCount, places: pass.ambiguityExamples.prefix(3).map { ($0.0.text, $0.0.line, names[$0.0.field - 1]) },
                    dutch: first.dutch, english: first.english), hint: Messages.decimalHint)
            }
        } else if decision.notation == .english {
            let ambiguities = ([pass.ambiguities] + pass.laterAmbiguities).joined()
            for ambiguity in ambiguities {
                series[Int(ambiguity.series)].observations.setValue(ambiguity.english, at: Int(ambiguity.index))
            }
            if options.notation == nil, let proof = evidence.english.examples.first {
                refuseInferredJumps(ambiguities, proof: proof, series: series)
            }
        }
        return decision.notation
    }

    /// An English notation inferred from one figure (`51,000.5`) reads `49.525` as forty-nine and
    /// a half. When that makes more ten-fold jumps from the neighbouring figures of its series
    /// than the Dutch reading (49525) would, the guess is more likely wrong than the data: the file
    /// is refused, naming both figures, until the notation is declared.
    private mutating func refuseInferredJumps(
        _ ambiguities: some Sequence<Ambiguity>, proof: Example, series: [Series]
    ) {
        var refused = 0
        for ambiguity in ambiguities {
            let observations = series[Int(ambiguity.series)].observations
            let index = Int(ambiguity.index)
            let dutch = ambiguity.english * 1000
            let before: Double? = observations[..<index].last { $0.value != nil }?.value
            let after: Double? = observations[(index + 1)...].first { $0.value != nil }?.value
            let neighbours: [Double] = [before, after].compactMap { $0 }
            let englishJumps = neighbours.filter { Self.isTenFold(ambiguity.english, $0) }.count
            let dutchJumps = neighbours.filter { Self.isTenFold(dutch, $0) }.count
            guard englishJumps > dutchJumps else { continue }
            refused += 1
            guard refused <= ImportFailure.errorLimit else { continue }
            let provenance = observations[index].provenance
            error(line: Int(provenance.row), field: Int(provenance.column),
                  Messages.inferredNotationJump(
                      figure: ambiguity.english, dutch: dutch, place: (Int(provenance.row), Int(provenance.column)),
                      proof: (proof.line, proof.field, proof.text)),
                  hint: Messages.decimalHint)
        }
        omittedErrors += max(0, refused - ImportFailure.errorLimit)
    }

    /// Whether one of two figures is more than ten times the other.
    private static func isTenFold(_ first: Double, _ second: Double) -> Bool {
        let (small, large) = (min(abs(first), abs(second)), max(abs(first), abs(second)))
        return small > 0 && large / small > 10
    }
}
