import Foundation
import KoersCore

// The record pass: reads every record after the header, byte by byte, into staged series
// found through a hash table of their identity bytes. This file and `SplitReading.swift` hold
// the import's unsafe code; the stages around them work on text and counts.

extension TableInterpreter {
    /// A staged series: its key, the bytes that identify it, and its figures.
    struct Series {
        var key: SeriesKey
        var identity: [UInt8]
        var observations: SeriesFigures
        /// Whether its figures were already trimmed to fit once, when the rows first moved on
        /// to another series (at most once, so interleaved series are not copied again and again).
        var trimmed = false

        /// Gives back the spare capacity the array grew by doubling, which every series would
        /// otherwise keep until the load ends (docs/performance.md, "The figures behind the comments").
        mutating func trimToFit() {
            trimmed = true
            observations.trimToFit()
        }
    }

    /// A figure quoted in a message: where it is and its text.
    struct Example {
        var line: Int
        var field: Int
        var text: String
    }

    /// A figure read as Dutch that reads differently as English, and its English value.
    struct Ambiguity {
        var series: Int32
        var index: Int32
        var english: Double
    }

    /// What every record is read by: the table's shape and the column plan.
    struct RecordRules: @unchecked Sendable {
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
        /// The period a date stands for: the declared metric's frequency, else its month.
        var dateGranularity: Granularity
        /// The ids of the yes/no metrics, whose figures may be written `ja`/`nee`, `yes`/`no`.
        var yesNoMetrics: Set<[UInt8]>
    }


    /// What reading records gathers: the series, the counts, the errors and the evidence for
    /// the notation. A later part of a split text counts its lines from 1; `append` moves them
    /// to their place in the file.
    struct RecordPass {
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
        var seriesByHash: [UInt64: Int32] = [:]
        /// The series of the previous row: rows of one series usually follow each other.
        var lastSeries: Int32 = -1
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
        /// How many ambiguous figures each field (0-based) holds: the error names the count per column.
        var ambiguityCountByField: [Int] = []
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
            let yesNo = !rules.yesNoMetrics.isEmpty && rules.yesNoMetrics.contains(identity)
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
                // koers's and CBS's codes are read from the bytes, fast; other spellings once as text.
                guard let period = Period.parse(bytes: cursor.field(periodColumn))
                    ?? PeriodSpelling.parse(String(decoding: cursor.field(periodColumn), as: UTF8.self), dates: rules.dateGranularity) else {
                    error(line: line, field: periodColumn + 1, Messages.notAPeriod(String(decoding: cursor.field(periodColumn), as: UTF8.self), header: rules.names[periodColumn]))
                    return
                }
                readFigure(cursor, rules, column: valueColumn, period: period, line: line, series: seriesIndex, yesNo: yesNo)
            case .wide:
                for periodColumn in rules.periodColumns {
                    readFigure(cursor, rules, column: periodColumn.column, period: periodColumn.period, line: line, series: seriesIndex, yesNo: yesNo)
                }
            }
        }

        private mutating func readFigure<Cursor: RecordCursor>(
            _ cursor: Cursor, _ rules: RecordRules, column: Int, period: ParsedPeriod, line: Int, series seriesIndex: Int32, yesNo: Bool
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
                    let reading = NumberReader.read(text, notation: rules.declaredNotation)
                    // A figure against the declared notation is reported here; as evidence it
                    // would be reported a second time by the notation decision. Text that is no
                    // number (`1,2,3`) proves no notation: it is reported as no number.
                    if let proof = NumberReader.notationEvidence(text), !reading.contradictsDeclaredNotation, !reading.isNotANumber {
                        if proof == .dutch, evidence.dutch.count == 0 { ambiguities = [] }
                        evidence.record(proof, line: line, field: column + 1, raw: raw)
                    }
                    switch reading {
                    case let .success(number) where !number.isFinite:
                        error(line: line, field: column + 1, Messages.numberOutOfRange(String(decoding: raw, as: UTF8.self), header: rules.names[column]))
                        return
                    case let .success(number):
                        value = number
                    case let .failure(.ambiguous(dutch, english)):
                        value = dutch
                        ambiguityCount += 1
                        if ambiguityCountByField.count <= column { ambiguityCountByField += Array(repeating: 0, count: column + 1 - ambiguityCountByField.count) }
                        ambiguityCountByField[column] += 1
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
                        let word = TableInterpreter.yesNoWord(text)
                        if yesNo, let word {
                            value = word ? 1 : 0
                        } else {
                            error(line: line, field: column + 1, Messages.notANumber(String(decoding: raw, as: UTF8.self), header: rules.names[column]),
                                  hint: word == nil ? Messages.missingHint : Messages.yesNoHint)
                            return
                        }
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
        func find(_ identity: [UInt8]) -> (index: Int32?, slot: UInt64) {
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
            // every series would otherwise hold on to.
            let exactIdentity = [UInt8](unsafeUninitializedCapacity: identity.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: identity)
            }
            series.append(Series(key: SeriesKey(metric: metric, labels: keyLabels), identity: exactIdentity, observations: []))
            let index = Int32(series.count - 1)
            seriesByHash[found.slot] = index
            lastSeries = index
            return index
        }
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
    /// for every figure and every row, where the generic `elementsEqual` showed in profiles.
    static func equalBytes(_ text: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        guard text.count == other.count else { return false }
        return other.withUnsafeBufferPointer { bytes in
            guard let start = text.baseAddress, let otherStart = bytes.baseAddress else { return true }
            return memcmp(start, otherStart, bytes.count) == 0
        }
    }

    /// `ja`/`yes`/`true`/`waar` as true, `nee`/`no`/`false`/`onwaar` as false, in any case; nil otherwise.
    static func yesNoWord(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        if yesWords.contains(where: { equalsIgnoringASCIICase(text, $0) }) { return true }
        if noWords.contains(where: { equalsIgnoringASCIICase(text, $0) }) { return false }
        return nil
    }

    private static let yesWords = ["ja", "yes", "true", "waar"].map { Array($0.utf8) }
    private static let noWords = ["nee", "no", "false", "onwaar"].map { Array($0.utf8) }

    static func equalsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ lowercased: [UInt8]) -> Bool {
        guard text.count == lowercased.count else { return false }
        for (a, b) in zip(text, lowercased) {
            let folded = (a >= 0x41 && a <= 0x5A) ? a | 0x20 : a
            if folded != b { return false }
        }
        return true
    }
}

extension RecordCursor {
    /// The current record as text for the header stage, each field cut to `keptBytes` (only
    /// the start of a huge field matters for finding headers and column kinds).
    func sampleRecord(keptBytes: Int) -> TableInterpreter.SampleRecord {
        var fields: [String] = []
        var stored: [Bool] = []
        fields.reserveCapacity(fieldCount)
        for index in 0..<fieldCount {
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: field(index).prefix(keptBytes)), as: UTF8.self))
            stored.append(storedNumber(index) != nil)
        }
        return TableInterpreter.SampleRecord(line: line, fields: fields, storedNumbers: stored)
    }
}

extension TableInterpreter.NotationEvidence {
    mutating func record(_ notation: NumberNotation, line: Int, field: Int, raw: UnsafeBufferPointer<UInt8>) {
        func add(_ entry: inout (count: Int, examples: [TableInterpreter.Example])) {
            entry.count += 1
            if entry.examples.count < ImportFailure.errorLimit {
                entry.examples.append(TableInterpreter.Example(line: line, field: field, text: String(decoding: raw, as: UTF8.self)))
            }
        }
        if notation == .dutch { add(&dutch) } else { add(&english) }
    }
}

extension Result<Double, NumberReadError> {
    /// Whether the figure was refused for not fitting the declared notation.
    var contradictsDeclaredNotation: Bool {
        if case .failure(.wrongNotation) = self { true } else { false }
    }

    /// Whether the text is no number in either notation.
    var isNotANumber: Bool {
        if case .failure(.notANumber) = self { true } else { false }
    }
}
