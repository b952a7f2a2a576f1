import Foundation
import KoersCore

/// One file's figures, read and checked, not yet in the store.
struct StagedImport: Sendable {
    var figures: [SeriesKey: [Observation]]
    var rowsRead: Int
    var figureCount: Int
    var missingCount: Int
    var mapping: TableMapping
    var warnings: [Diagnostic]

    /// The figures, leaving none here: the caller then holds the only reference to them.
    mutating func takeFigures() -> [SeriesKey: [Observation]] {
        let taken = figures
        figures = [:]
        return taken
    }
}

/// Turns a table (records of fields) into series: finds the header, maps the columns (as
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

    private mutating func error(line: Int?, field: Int?, _ message: LocalizedText, hint: LocalizedText? = nil) {
        guard errors.count < ImportFailure.errorLimit else {
            omittedErrors += 1
            return
        }
        let location = line.map { SourceLocation(file: file, line: $0, column: field ?? 1) }
        errors.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    private func failure() -> ImportFailure { ImportFailure(file: file, errors: errors, omitted: omittedErrors) }

    private func readFailure(_ error: TableReadError) -> ImportFailure {
        let (line, field): (Int?, Int?) = switch error {
        case let .unterminatedQuote(line): (line, nil)
        case let .textAfterClosingQuote(line, field): (line, field)
        case let .tooManyFields(line, _): (line, nil)
        }
        let location = line.map { SourceLocation(file: file, line: $0, column: field ?? 1) }
        return ImportFailure(file: file, errors: errors + [Diagnostic(.error, at: location, Messages.tableReadFailure(error))], omitted: omittedErrors)
    }

    // MARK: Header

    struct SampleRecord {
        var line: Int
        var fields: [String]
        var storedNumbers: [Bool]
    }

    private struct Header {
        var names: [String]
        /// Records before the first data record (titles, pivot rows, the header itself).
        var recordsBefore: Int
        var line: Int
        var skippedLines: [Int]
        var width: Int
        var dataSample: [SampleRecord]
    }

    private mutating func readHeader() throws(ImportFailure) -> Header {
        var sample: [SampleRecord] = []
        do throws(TableReadError) {
            var skipped = 0
            while sample.count < Self.sampleSize + options.skipRows, try cursor.next() {
                if skipped < options.skipRows {
                    skipped += 1
                    sample.append(SampleRecord(line: cursor.line, fields: [], storedNumbers: []))
                    continue
                }
                var fields: [String] = []
                var stored: [Bool] = []
                fields.reserveCapacity(cursor.fieldCount)
                for index in 0..<cursor.fieldCount {
                    // Only the start of a huge field matters for finding headers and column kinds.
                    let field = cursor.field(index)
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: field.prefix(Self.sampleFieldLength)), as: UTF8.self))
                    stored.append(cursor.storedNumber(index) != nil)
                }
                sample.append(SampleRecord(line: cursor.line, fields: fields, storedNumbers: stored))
            }
        } catch {
            throw readFailure(error)
        }
        var position = options.skipRows
        var skippedLines = sample.prefix(options.skipRows).map(\.line)
        func isBlank(_ record: SampleRecord) -> Bool { record.fields.allSatisfy { $0.allSatisfy { $0 == " " } } }
        while position < sample.count, isBlank(sample[position]) {
            skippedLines.append(sample[position].line)
            position += 1
        }
        guard position < sample.count else {
            throw ImportFailure(file: file, errors: [Diagnostic(.error, at: nil, Messages.emptyFile(file))])
        }
        // The width of the table is the most common field count of more than one.
        var counts: [Int: Int] = [:]
        for record in sample[position...] where record.fields.count > 1 { counts[record.fields.count, default: 0] += 1 }
        let width = counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 1
        // Title lines (old StatLine, and the new StatLine's title block) have a single field.
        while width > 1, position < sample.count, sample[position].fields.count < width {
            skippedLines.append(sample[position].line)
            position += 1
        }
        guard position < sample.count else {
            throw ImportFailure(file: file, errors: [Diagnostic(.error, at: nil, Messages.noHeader(file))])
        }
        var names = sample[position].fields
        // Old StatLine: pivoted header rows start with empty cells; the row after them names
        // the row dimensions and the units of the value columns.
        var pivotRows: [[String]] = []
        while width > 1, position + 1 < sample.count, sample[position].fields.count == width,
            sample[position].fields[0].trimmingSpaces.isEmpty,
            sample[position].fields.contains(where: { !$0.trimmingSpaces.isEmpty })
        {
            pivotRows.append(sample[position].fields)
            position += 1
        }
        if !pivotRows.isEmpty, sample[position].fields.count == width {
            let last = sample[position].fields
            let corner = pivotRows[0].firstIndex { !$0.trimmingSpaces.isEmpty } ?? 0
            names = last.indices.map { column in
                let unit = last[column].trimmingSpaces
                guard column > corner else { return unit }
                let path = pivotRows.map { $0[column].trimmingSpaces }.filter { !$0.isEmpty }
                let joined = path.joined(separator: "/")
                return unit.isEmpty ? joined : "\(joined) (\(unit))"
            }
        }
        let headerLine = sample[position].line
        guard names.count == width else {
            throw ImportFailure(file: file, errors: [
                Diagnostic(.error, at: SourceLocation(file: file, line: headerLine, column: 1), Messages.headerWidth(names.count, width))
            ])
        }
        names = names.map { $0.trimmingSpaces }
        let data = sample[(position + 1)...].filter { $0.fields.count == width }
        return Header(
            names: names, recordsBefore: position + 1, line: headerLine, skippedLines: skippedLines, width: width,
            dataSample: Array(data))
    }

    // MARK: Column mapping

    private struct Plan {
        var layout: TableLayout
        var period: Int?
        var value: Int?
        var metric: Int?
        var labels: [(column: Int, name: String)] = []
        var periodColumns: [(column: Int, period: ParsedPeriod)] = []
        var assignments: [ColumnAssignment] = []
    }

    private static let periodNames: Set<String> = [
        "periode", "perioden", "period", "periods", "jaar", "jaren", "year", "years", "jaartal", "maand", "month",
        "kwartaal", "quarter",
    ]
    private static let valueNames: Set<String> = ["waarde", "waarden", "value", "values"]
    private static let metricNames: Set<String> = ["indicator", "indicatoren", "metric", "metrics", "variabele", "variabelen", "variable"]
    private static let ignoredNames: Set<String> = ["id"]

    private mutating func plan(_ header: Header) throws(ImportFailure) -> Plan {
        let normalized = header.names.map(HeaderNames.normalize)
        var declared: [Int: ColumnAssignment.Role] = [:]
        for column in options.columns {
            switch HeaderNames.find(column.header, in: header.names) {
            case let .success(index):
                let role: ColumnAssignment.Role = switch column.role {
                case .period: .period
                case .value: .value
                case .metric: .metric
                case let .label(name): .label(name)
                }
                declared[index] = role
            case let .failure(lookup):
                error(line: header.line, field: nil, lookup.message)
            }
        }
        if !errors.isEmpty { throw failure() }

        var plan = Plan(layout: .long)
        for (index, role) in declared {
            switch role {
            case .period: plan.period = index
            case .value: plan.value = index
            case .metric: plan.metric = index
            case let .label(name): plan.labels.append((index, name))
            default: break
            }
        }
        let explicitLabels = !plan.labels.isEmpty
        let profiles = (0..<header.width).map { column in ColumnProfile(header.dataSample, column: column) }
        func free(_ index: Int) -> Bool { declared[index] == nil }

        if plan.period == nil, options.layout != .wide {
            plan.period = normalized.indices.first { free($0) && Self.periodNames.contains(normalized[$0]) }
            if plan.period == nil {
                let periodLike = normalized.indices.filter { free($0) && profiles[$0].allPeriods }
                plan.period = periodLike.first { profiles[$0].hasPeriodCode } ?? (periodLike.count == 1 ? periodLike[0] : nil)
            }
        }
        let headerPeriods = header.names.indices.compactMap { index -> (Int, ParsedPeriod)? in
            guard free(index), index != plan.period, let period = Period.parse(header.names[index]) else { return nil }
            return (index, period)
        }
        plan.layout = options.layout ?? (plan.period == nil && !headerPeriods.isEmpty ? .wide : .long)
        if plan.metric == nil, options.metric == nil {
            plan.metric = normalized.indices.first { free($0) && $0 != plan.period && Self.metricNames.contains(normalized[$0]) }
        }
        if options.metric != nil, let metricColumn = plan.metric, declared[metricColumn] == .metric {
            error(line: header.line, field: metricColumn + 1, Messages.metricTwice)
        }
        if plan.metric == nil, options.metric == nil {
            error(line: header.line, field: nil, Messages.noMetric)
        }

        switch plan.layout {
        case .wide:
            if let value = plan.value { error(line: header.line, field: value + 1, Messages.valueColumnInWideTable) }
            plan.period = nil
            plan.periodColumns = headerPeriods
            if plan.periodColumns.isEmpty { error(line: header.line, field: nil, Messages.noPeriodHeaders) }
        case .long:
            if plan.period == nil {
                error(line: header.line, field: nil, Messages.noPeriodColumn(header.names))
            }
            if plan.value == nil {
                let taken = Set([plan.period, plan.metric].compactMap { $0 })
                let candidates = normalized.indices.filter {
                    free($0) && !taken.contains($0) && !Self.ignoredNames.contains(normalized[$0]) && profiles[$0].numeric
                }
                if let named = normalized.indices.first(where: { free($0) && !taken.contains($0) && Self.valueNames.contains(normalized[$0]) }) {
                    plan.value = named
                } else if candidates.count == 1 {
                    plan.value = candidates[0]
                } else if candidates.isEmpty {
                    error(line: header.line, field: nil, Messages.noValueColumn)
                } else {
                    error(line: header.line, field: nil, Messages.severalValueColumns(candidates.map { header.names[$0] }))
                }
            }
        }
        if !errors.isEmpty { throw failure() }

        // Everything else: text columns become labels named after their header (unless the
        // declaration lists the labels); numeric columns are ignored.
        var usedNames = Set(plan.labels.map(\.name))
        var assignments: [ColumnAssignment] = []
        let periodColumnSet = Set(plan.periodColumns.map(\.column))
        for index in 0..<header.width {
            let role: ColumnAssignment.Role
            if index == plan.period {
                role = .period
            } else if index == plan.value {
                role = .value
            } else if index == plan.metric {
                role = .metric
            } else if let label = plan.labels.first(where: { $0.column == index }) {
                role = .label(label.name)
            } else if periodColumnSet.contains(index), let period = plan.periodColumns.first(where: { $0.column == index }) {
                role = .periodColumn(period.period.period, provisional: period.period.provisional)
            } else if !explicitLabels, !Self.ignoredNames.contains(normalized[index]),
                plan.layout == .wide || !profiles[index].numeric
            {
                var name = HeaderNames.identifier(header.names[index], column: index + 1)
                if usedNames.contains(name) {
                    var suffix = 2
                    while usedNames.contains("\(name)_\(suffix)") { suffix += 1 }
                    name = "\(name)_\(suffix)"
                }
                usedNames.insert(name)
                plan.labels.append((index, name))
                role = .label(name)
            } else {
                role = .ignored
            }
            assignments.append(ColumnAssignment(column: index + 1, header: header.names[index], role: role, declared: declared[index] != nil))
        }
        plan.labels.sort { $0.column < $1.column }
        plan.assignments = assignments
        return plan
    }

    // MARK: Reading

    /// Below this many bytes a CSV text is read on one core: a thread hand-off and the merge
    /// cost more than they save. Tests lower it to split small files.
    var minimumSplitBytes = 1 << 20

    mutating func run() throws(ImportFailure) -> StagedImport {
        let header = try readHeader()
        let plan = try plan(header)
        cursor.rewind()

        let rules = RecordRules(
            width: header.width, names: header.names, recordsBefore: header.recordsBefore,
            layout: plan.layout, period: plan.period, value: plan.value, metric: plan.metric,
            labels: plan.labels, periodColumns: plan.periodColumns,
            missingTokens: options.missing.map { Array($0.trimmingSpaces.utf8) },
            totalRow: options.totalRow.map { Array($0.trimmingSpaces.lowercased().utf8) },
            fixedMetric: options.metric.map { Array($0.utf8) },
            declaredNotation: options.notation)
        var pass: RecordPass
        do throws(RecordPass.Interrupted) {
            pass = try readRecords(rules)
        } catch {
            for failure in error.errors { self.error(line: failure.line, field: failure.field, failure.message, hint: failure.hint) }
            omittedErrors += error.errorTotal - error.errors.count
            throw readFailure(error.reason)
        }
        var series = pass.series
        let rowsRead = pass.rowsRead
        let evidence = pass.evidence
        let ambiguities = [pass.ambiguities] + pass.laterAmbiguities
        let ambiguityExamples = pass.ambiguityExamples
        let declaredNotation = options.notation
        pass.series = []
        for failure in pass.errors { error(line: failure.line, field: failure.field, failure.message, hint: failure.hint) }
        omittedErrors += pass.errorTotal - pass.errors.count
        let footerLines = pass.pendingSingleFields
        if rowsRead == 0 && errors.isEmpty {
            error(line: header.line, field: nil, Messages.headerOnly(file))
        }

        // The notation: declared, else what the file's own numbers prove.
        let dutchProof = evidence.dutch.count
        let englishProof = evidence.english.count
        var notation = declaredNotation
        if notation == nil {
            if dutchProof > 0, englishProof > 0 {
                let dutchExample = evidence.dutch.examples.first
                let englishExample = evidence.english.examples.first
                error(line: nil, field: nil, Messages.mixedNotations(
                    dutch: dutchExample.map { ($0.line, $0.field, $0.text) }, english: englishExample.map { ($0.line, $0.field, $0.text) }),
                    hint: Messages.decimalHint)
            } else if dutchProof > 0 {
                notation = .dutch
            } else if englishProof > 0 {
                notation = .english
            }
        }
        if let notation, case let contrary = notation == .dutch ? evidence.english : evidence.dutch, contrary.count > 0 {
            for example in contrary.examples {
                error(line: example.line, field: example.field, Messages.wrongNotation(example.text, header: header.names[example.field - 1], expected: notation))
            }
            omittedErrors += contrary.count - contrary.examples.count
        }
        switch notation {
        case .english?:
            for ambiguity in ambiguities.joined() {
                series[Int(ambiguity.series)].observations[Int(ambiguity.index)].value = ambiguity.english
            }
        case .dutch?:
            break
        case nil:
            for (example, dutch, english) in ambiguityExamples {
                error(line: example.line, field: example.field, Messages.ambiguousNumber(example.text, header: header.names[example.field - 1], dutch: dutch, english: english), hint: Messages.decimalHint)
            }
            omittedErrors += pass.ambiguityCount - ambiguityExamples.count
        }

        // Two figures for one series and period in one file (e.g. CBS's `Marges` rows
        // without the column that tells them apart) cannot both be right.
        for index in series.indices {
            series[index].observations.sort { ($0.period, $0.provenance.row) < ($1.period, $1.provenance.row) }
            let observations = series[index].observations
            for i in observations.indices.dropFirst() where observations[i].period == observations[i - 1].period {
                error(line: Int(observations[i].provenance.row), field: Int(observations[i].provenance.column),
                      Messages.duplicateFigure(series[index].key, observations[i].period, otherRow: Int(observations[i - 1].provenance.row)))
            }
        }
        if !errors.isEmpty { throw failure() }

        var figures: [SeriesKey: [Observation]] = [:]
        for entry in series { figures[entry.key] = entry.observations }
        let mapping = TableMapping(
            layout: plan.layout, layoutDeclared: options.layout != nil, columns: plan.assignments, metric: options.metric,
            headerRow: header.line, skippedLines: header.skippedLines + footerLines, separator: format.separator,
            separatorDeclared: format.separatorDeclared, encoding: format.encoding, encodingDetected: format.encodingDetected,
            notation: notation, notationDeclared: declaredNotation != nil, totalRow: options.totalRow,
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
            figures: figures, rowsRead: rowsRead, figureCount: pass.figureCount, missingCount: pass.missingCount, mapping: mapping,
            warnings: warnings)
    }

    // MARK: Byte helpers

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// `.` (CBS: unknown), `-99998` (waarstaatjegemeente.nl) and declared texts.
    static func isMissing(_ text: UnsafeBufferPointer<UInt8>, extra: [[UInt8]]) -> Bool {
        if text.count == 1, text[0] == UInt8(ascii: ".") { return true }
        if Self.equalBytes(text, missingCode) { return true }
        for token in extra where Self.equalBytes(text, token) { return true }
        return false
    }

    /// waarstaatjegemeente.nl's code for a missing figure.
    private static let missingCode: [UInt8] = Array("-99998".utf8)

    /// Byte equality that compares the lengths first and then the bytes with `memcmp`: asked
    /// for every figure and every row, where the generic `elementsEqual` was 1–2 % of a load.
    static func equalBytes(_ text: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        guard text.count == other.count else { return false }
        return other.withUnsafeBufferPointer { bytes in
            guard let start = text.baseAddress, let otherStart = bytes.baseAddress else { return true }
            return memcmp(start, otherStart, bytes.count) == 0
        }
    }

    static func equalsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ lowercased: [UInt8]) -> Bool {
        guard text.count == lowercased.count else { return false }
        for (a, b) in zip(text, lowercased) {
            let folded = (a >= 0x41 && a <= 0x5A) ? a | 0x20 : a
            if folded != b { return false }
        }
        return true
    }
}

// MARK: - Reading the records

extension TableInterpreter {
    /// A staged series: its key, the bytes that identify it, and its figures.
    fileprivate struct Series {
        var key: SeriesKey
        var identity: [UInt8]
        var observations: [Observation]
        /// Whether its figures were already trimmed to fit once, when the rows first moved on
        /// to another series (at most once, so interleaved series are not copied again and again).
        var trimmed = false

        /// Gives back the spare capacity the array grew by: a series of 144 months kept room
        /// for 256, and across 41,040 series that room was 40 MB of the national load's peak.
        mutating func trimToFit() {
            trimmed = true
            guard observations.capacity > observations.count + observations.count / 8 else { return }
            observations = [Observation](unsafeUninitializedCapacity: observations.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: observations)
            }
        }
    }

    struct Example {
        var line: Int
        var field: Int
        var text: String
    }

    /// How many figures prove each notation, with the first few as examples for messages.
    fileprivate struct NotationEvidence {
        var dutch: (count: Int, examples: [Example]) = (0, [])
        var english: (count: Int, examples: [Example]) = (0, [])

        mutating func record(_ notation: NumberNotation, line: Int, field: Int, raw: UnsafeBufferPointer<UInt8>) {
            func add(_ entry: inout (count: Int, examples: [Example])) {
                entry.count += 1
                if entry.examples.count < ImportFailure.errorLimit {
                    entry.examples.append(Example(line: line, field: field, text: String(decoding: raw, as: UTF8.self)))
                }
            }
            if notation == .dutch { add(&dutch) } else { add(&english) }
        }

        /// Adds the evidence of a later part of a split text.
        mutating func append(_ later: NotationEvidence) {
            func add(_ entry: inout (count: Int, examples: [Example]), _ more: (count: Int, examples: [Example])) {
                entry.count += more.count
                for example in more.examples where entry.examples.count < ImportFailure.errorLimit { entry.examples.append(example) }
            }
            add(&dutch, later.dutch)
            add(&english, later.english)
        }

        mutating func moveLines(by offset: Int) {
            for index in dutch.examples.indices { dutch.examples[index].line += offset }
            for index in english.examples.indices { english.examples[index].line += offset }
        }
    }

    fileprivate struct Ambiguity {
        var series: Int32
        var index: Int32
        var english: Double
    }

    /// What every record is read by: the table's shape and the column plan.
    fileprivate struct RecordRules: @unchecked Sendable {
        var width: Int
        var names: [String]
        /// Records at the start of the text before the first data record.
        var recordsBefore: Int
        var layout: TableLayout
        var period: Int?
        var value: Int?
        var metric: Int?
        var labels: [(column: Int, name: String)]
        var periodColumns: [(column: Int, period: ParsedPeriod)]
        var missingTokens: [[UInt8]]
        var totalRow: [UInt8]?
        var fixedMetric: [UInt8]?
        var declaredNotation: NumberNotation?
    }

    /// Reads the records after the header: on two cores when the table is a large CSV text
    /// that splits at a record boundary, else on this one. Both give the same result.
    fileprivate func readRecords(_ rules: RecordRules) throws(RecordPass.Interrupted) -> RecordPass {
        if let reader = cursor as? CSVReader, reader.byteCount >= minimumSplitBytes, let halves = reader.split(),
            let pass = Self.readSplit(halves, rules)
        {
            return pass
        }
        var pass = RecordPass()
        if let reader = cursor as? CSVReader {
            try pass.read(reader, rules, skipping: rules.recordsBefore)
        } else {
            try pass.read(cursor, rules, skipping: rules.recordsBefore)
        }
        return pass
    }

    /// Reads the halves at the same time and joins them; nil when the split cannot be
    /// trusted (the first half ends inside a quoted field, or still in the header) or either
    /// half cannot be read, so that the caller reads the whole text and reports as always.
    private static func readSplit(_ halves: (first: CSVReader, second: CSVReader), _ rules: RecordRules) -> RecordPass? {
        let work = SplitWork(readers: [halves.first, halves.second], rules: rules)
        DispatchQueue.concurrentPerform(iterations: 2) { work.read(part: $0) }
        // Taken out of `work`, each half is held once, so its rows are renumbered in place.
        guard var first = work.passes[0].take(), var second = work.passes[1].take(), first.records >= rules.recordsBefore else {
            return nil
        }
        second.moveLines(by: halves.first.lineAfterLast - 1)
        first.append(&second, width: rules.width)
        return first
    }

    /// The two halves of a split text and what each gave; each thread touches only its own
    /// index.
    private final class SplitWork: @unchecked Sendable {
        let readers: [CSVReader]
        let rules: RecordRules
        var passes: [RecordPass?] = [nil, nil]

        init(readers: [CSVReader], rules: RecordRules) {
            self.readers = readers
            self.rules = rules
        }

        func read(part: Int) {
            var pass = RecordPass()
            do throws(RecordPass.Interrupted) {
                try pass.read(readers[part], rules, skipping: part == 0 ? rules.recordsBefore : 0)
                passes[part] = pass
            } catch {
                passes[part] = nil
            }
        }
    }

    /// What reading records gathers: the series, the counts, the errors and the evidence for
    /// the notation. A later part of a split text counts its lines from 1; `append` moves them
    /// to their place in the file.
    fileprivate struct RecordPass {
        struct Failure {
            var line: Int?
            var field: Int?
            var message: LocalizedText
            var hint: LocalizedText?
        }

        /// A record that could not be read, with the errors found before it.
        struct Interrupted: Error {
            var errors: [Failure]
            var errorTotal: Int
            var reason: TableReadError
        }

        var series: [Series] = []
        private var seriesByHash: [UInt64: Int32] = [:]
        /// The series of the previous row: rows of one series usually follow each other.
        private var lastSeries: Int32 = -1
        var records = 0
        var rowsRead = 0
        var figureCount = 0
        var missingCount = 0
        /// One-field lines not yet followed by data: a footer, unless data follows.
        var pendingSingleFields: [Int] = []
        /// The first `ImportFailure.errorLimit` errors, and how many there were.
        var errors: [Failure] = []
        var errorTotal = 0
        /// How many errors came before the first record of the table's width: where the
        /// one-field lines pending from an earlier part turn into errors.
        var errorsBeforeFirstRow: Int?
        var evidence = NotationEvidence()
        /// Figures read as Dutch that read differently as English, in case the file turns out
        /// English: this pass's, then those of later parts (kept apart, not copied into one).
        /// A file with a figure that proves Dutch never turns out English (it is Dutch, or
        /// mixed and refused), so from the first such figure on they are counted, not kept.
        var ambiguities: [Ambiguity] = []
        var laterAmbiguities: [[Ambiguity]] = []
        var ambiguityCount = 0
        var ambiguityExamples: [(Example, dutch: Double, english: Double)] = []
        /// The line of the last data row when it ends the text without a line break: a file
        /// cut off there may have lost the end of its last figure.
        var unterminatedLastRow: Int?

        private mutating func error(line: Int?, field: Int?, _ message: LocalizedText, hint: LocalizedText? = nil) {
            errorTotal += 1
            if errors.count < ImportFailure.errorLimit { errors.append(Failure(line: line, field: field, message: message, hint: hint)) }
        }

        mutating func read<Cursor: RecordCursor>(
            _ cursor: Cursor, _ rules: RecordRules, skipping recordsBefore: Int
        ) throws(Interrupted) {
            var identity: [UInt8] = []
            identity.reserveCapacity(256)
            do throws(TableReadError) {
                while try cursor.next() {
                    records += 1
                    if records <= recordsBefore { continue }
                    readRecord(cursor, rules, identity: &identity)
                    if cursor.endsWithoutLineBreak, cursor.fieldCount == rules.width { unterminatedLastRow = cursor.line }
                }
            } catch {
                throw Interrupted(errors: errors, errorTotal: errorTotal, reason: error)
            }
        }

        private mutating func readRecord<Cursor: RecordCursor>(_ cursor: Cursor, _ rules: RecordRules, identity: inout [UInt8]) {
            let line = cursor.line
            let fieldCount = cursor.fieldCount
            if fieldCount != rules.width {
                if fieldCount == 1 {
                    let only = TableInterpreter.trimmed(cursor.field(0))
                    if !only.isEmpty { pendingSingleFields.append(line) }
                    return
                }
                error(line: line, field: nil, Messages.wrongFieldCount(found: fieldCount, expected: rules.width))
                return
            }
            if errorsBeforeFirstRow == nil { errorsBeforeFirstRow = errorTotal }
            if !pendingSingleFields.isEmpty {
                // A one-field line followed by data is not a footer.
                for single in pendingSingleFields {
                    error(line: single, field: nil, Messages.wrongFieldCount(found: 1, expected: rules.width))
                }
                pendingSingleFields.removeAll()
            }
            rowsRead += 1

            // The series: metric and labels.
            identity.removeAll(keepingCapacity: true)
            if let fixedMetric = rules.fixedMetric {
                identity.append(contentsOf: fixedMetric)
            } else if let metricColumn = rules.metric {
                let text = TableInterpreter.trimmed(cursor.field(metricColumn))
                if text.isEmpty {
                    error(line: line, field: metricColumn + 1, Messages.emptyMetric(rules.names[metricColumn]))
                    return
                }
                identity.append(contentsOf: text)
            }
            for label in rules.labels {
                identity.append(0x1F)
                let text = TableInterpreter.trimmed(cursor.field(label.column))
                if let totalRow = rules.totalRow, TableInterpreter.equalsIgnoringASCIICase(text, totalRow) {
                    identity.append(0x1E)
                } else {
                    identity.append(contentsOf: text)
                }
            }
            let seriesIndex = intern(identity, labels: rules.labels)

            switch rules.layout {
            case .long:
                guard let periodColumn = rules.period, let valueColumn = rules.value else { return }
                guard let period = Period.parse(bytes: cursor.field(periodColumn)) else {
                    error(line: line, field: periodColumn + 1, Messages.notAPeriod(String(decoding: cursor.field(periodColumn), as: UTF8.self), header: rules.names[periodColumn]))
                    return
                }
                readFigure(cursor, rules, column: valueColumn, period: period, line: line, series: seriesIndex)
            case .wide:
                for periodColumn in rules.periodColumns {
                    readFigure(cursor, rules, column: periodColumn.column, period: periodColumn.period, line: line, series: seriesIndex)
                }
            }
        }

        private mutating func readFigure<Cursor: RecordCursor>(
            _ cursor: Cursor, _ rules: RecordRules, column: Int, period: ParsedPeriod, line: Int, series seriesIndex: Int32
        ) {
            let raw = cursor.field(column)
            let provenance = Provenance(source: 0, row: Int32(clamping: line), column: Int32(clamping: column + 1))
            var value: Double?
            var text = TableInterpreter.trimmed(raw)
            if text.isEmpty || TableInterpreter.isMissing(text, extra: rules.missingTokens) {
                missingCount += 1
            } else {
                if text.last == UInt8(ascii: "%") { text = TableInterpreter.trimmed(UnsafeBufferPointer(rebasing: text.dropLast())) }
                if let stored = cursor.storedNumber(column) {
                    value = stored
                } else {
                    if let proof = NumberReader.notationEvidence(text) {
                        if proof == .dutch, evidence.dutch.count == 0 { ambiguities = [] }
                        evidence.record(proof, line: line, field: column + 1, raw: raw)
                    }
                    switch NumberReader.read(text, notation: rules.declaredNotation) {
                    case let .success(number):
                        value = number
                    case let .failure(.ambiguous(dutch, english)):
                        value = dutch
                        ambiguityCount += 1
                        if evidence.dutch.count == 0 {
                            ambiguities.append(Ambiguity(series: seriesIndex, index: Int32(series[Int(seriesIndex)].observations.count), english: english))
                        }
                        if ambiguityExamples.count < ImportFailure.errorLimit {
                            ambiguityExamples.append((Example(line: line, field: column + 1, text: String(decoding: raw, as: UTF8.self)), dutch, english))
                        }
                    case let .failure(.wrongNotation(expected)):
                        error(line: line, field: column + 1, Messages.wrongNotation(String(decoding: raw, as: UTF8.self), header: rules.names[column], expected: expected))
                        return
                    case .failure(.notANumber):
                        error(line: line, field: column + 1, Messages.notANumber(String(decoding: raw, as: UTF8.self), header: rules.names[column]), hint: Messages.missingHint)
                        return
                    }
                }
            }
            figureCount += 1
            series[Int(seriesIndex)].observations.append(Observation(
                period: period.period, value: value, provisional: period.provisional, provenance: provenance))
        }

        // MARK: Series

        private static func hash(_ identity: [UInt8]) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in identity { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }

        /// The index of the series `identity` names, or nil with the free hash slot for it
        /// (collisions probe on: the stored identity bytes decide).
        private func find(_ identity: [UInt8]) -> (index: Int32?, slot: UInt64) {
            var hash = Self.hash(identity)
            while let index = seriesByHash[hash] {
                if Self.sameIdentity(series[Int(index)].identity, identity) { return (index, hash) }
                hash &+= 1
            }
            return (nil, hash)
        }

        private static func sameIdentity(_ known: [UInt8], _ identity: [UInt8]) -> Bool {
            identity.withUnsafeBufferPointer { TableInterpreter.equalBytes($0, known) }
        }

        private mutating func intern(_ identity: [UInt8], labels: [(column: Int, name: String)]) -> Int32 {
            if lastSeries >= 0 {
                if Self.sameIdentity(series[Int(lastSeries)].identity, identity) { return lastSeries }
                if !series[Int(lastSeries)].trimmed { series[Int(lastSeries)].trimToFit() }
            }
            let found = find(identity)
            if let index = found.index {
                lastSeries = index
                return index
            }
            let parts = identity.split(separator: 0x1F, omittingEmptySubsequences: false)
            let metric = String(decoding: parts[0], as: UTF8.self)
            var keyLabels: [Label] = []
            for (offset, label) in labels.enumerated() where offset + 1 < parts.count {
                let value = parts[offset + 1]
                if value.count == 1, value.first == 0x1E { continue }
                keyLabels.append(Label(name: label.name, value: String(decoding: value, as: UTF8.self)))
            }
            // A copy of exactly its length: the caller's buffer keeps room for 256 bytes, which
            // 41,040 series would otherwise each hold on to (17 MB of the national load's peak).
            let exactIdentity = [UInt8](unsafeUninitializedCapacity: identity.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: identity)
            }
            series.append(Series(key: SeriesKey(metric: metric, labels: keyLabels), identity: exactIdentity, observations: []))
            let index = Int32(series.count - 1)
            seriesByHash[found.slot] = index
            lastSeries = index
            return index
        }

        // MARK: Joining the parts of a split text

        /// Moves every line this pass saw by `offset`: a later part of a split text counts its
        /// lines from 1.
        mutating func moveLines(by offset: Int) {
            for index in series.indices {
                for i in series[index].observations.indices {
                    series[index].observations[i].provenance.row = Int32(clamping: Int(series[index].observations[i].provenance.row) + offset)
                }
            }
            for index in errors.indices { errors[index].line = errors[index].line.map { $0 + offset } }
            for index in pendingSingleFields.indices { pendingSingleFields[index] += offset }
            evidence.moveLines(by: offset)
            for index in ambiguityExamples.indices { ambiguityExamples[index].0.line += offset }
            unterminatedLastRow = unterminatedLastRow.map { $0 + offset }
        }

        /// Adds what the next part of the text gave (its lines already moved), as if one pass
        /// had read on: its series join this pass's series of the same key (its figures after
        /// theirs), and its errors follow this pass's, with this pass's pending one-field lines
        /// turning into errors where the next part's first data row comes.
        mutating func append(_ later: inout RecordPass, width: Int) {
            var seriesMap: [Int32] = []
            var firstObservation: [Int32] = []
            seriesMap.reserveCapacity(later.series.count)
            firstObservation.reserveCapacity(later.series.count)
            for entry in later.series {
                let found = find(entry.identity)
                if let index = found.index {
                    firstObservation.append(Int32(series[Int(index)].observations.count))
                    series[Int(index)].observations.append(contentsOf: entry.observations)
                    seriesMap.append(index)
                } else {
                    series.append(entry)
                    let index = Int32(series.count - 1)
                    seriesByHash[found.slot] = index
                    firstObservation.append(0)
                    seriesMap.append(index)
                }
            }
            lastSeries = -1

            var joined = errors
            var laterErrors = later.errors
            var total = errorTotal + later.errorTotal
            var pending = pendingSingleFields
            if let cut = later.errorsBeforeFirstRow {
                let flushed = pending.map {
                    Failure(line: $0, field: nil, message: Messages.wrongFieldCount(found: 1, expected: width), hint: nil)
                }
                let split = min(cut, laterErrors.count)
                laterErrors.insert(contentsOf: flushed, at: split)
                total += flushed.count
                pending = []
                if errorsBeforeFirstRow == nil { errorsBeforeFirstRow = errorTotal + cut }
            }
            joined.append(contentsOf: laterErrors)
            errors = Array(joined.prefix(ImportFailure.errorLimit))
            errorTotal = total
            pendingSingleFields = pending + later.pendingSingleFields

            // Only the text's last record can end without a line break, and it is the later part's.
            unterminatedLastRow = later.unterminatedLastRow ?? unterminatedLastRow
            records += later.records
            rowsRead += later.rowsRead
            figureCount += later.figureCount
            missingCount += later.missingCount
            evidence.append(later.evidence)
            var moved: [Ambiguity] = []
            swap(&moved, &later.ambiguities)
            for index in moved.indices {
                let part = Int(moved[index].series)
                moved[index].series = seriesMap[part]
                moved[index].index += firstObservation[part]
            }
            laterAmbiguities.append(moved)
            laterAmbiguities.append(contentsOf: later.laterAmbiguities)
            ambiguityCount += later.ambiguityCount
            if evidence.dutch.count > 0 {
                ambiguities = []
                laterAmbiguities = []
            }
            for example in later.ambiguityExamples where ambiguityExamples.count < ImportFailure.errorLimit {
                ambiguityExamples.append(example)
            }
        }
    }
}

/// What the sample rows of a column look like.
struct ColumnProfile {
    /// Every non-missing sample value reads as a number (and none is a code with leading zeros).
    var numeric = true
    /// Every non-missing sample value is a period in 1900–2100 (so `1121` is no year).
    var allPeriods = true
    /// Some value is a CBS or koers period code (not a bare year).
    var hasPeriodCode = false

    init(_ sample: [TableInterpreter.SampleRecord], column: Int) {
        var seen = 0
        for record in sample {
            let raw = record.fields[column]
            var text = raw.trimmingSpaces
            if text.isEmpty || text == "." || text == "-99998" { continue }
            seen += 1
            if let parsed = Period.parse(text) {
                if text.count > 5 { hasPeriodCode = true }
                if !(1900...2100).contains(Int(parsed.period.year)) { allPeriods = false }
            } else {
                allPeriods = false
            }
            if record.storedNumbers[column] { continue }
            if text.hasSuffix("%") { text.removeLast() }
            let bytes = Array(text.utf8)
            if bytes.count > 1, bytes[0] == UInt8(ascii: "0"), bytes[1] >= 0x30, bytes[1] <= 0x39 {
                numeric = false
                continue
            }
            switch NumberReader.read(text, notation: nil) {
            case .success, .failure(.ambiguous): break
            default: numeric = false
            }
        }
        if seen == 0 { allPeriods = false }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs, exactly what Foundation's `.whitespaces`
    /// trims, without the trip through NSString that showed in the profile of every start.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceOrTab }) ?? first
        return String(scalars[first...last])
    }
}

private extension Unicode.Scalar {
    /// Foundation's `.whitespaces`: tab and the space separators, with U+200B (zero width space,
    /// a space separator in older Unicode, and still in Foundation's set).
    var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
