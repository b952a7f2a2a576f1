import Foundation
import KoersCore

// The two-core split: a large CSV text is cut at a record boundary, each half is read by its
// own record pass at the same time, and the later half is joined to the first as if one pass
// had read on (docs/performance.md).

extension TableInterpreter {
    /// Reads the records after the header: on two cores when the table is a large CSV text
    /// that splits at a record boundary, else on this one. Both give the same result.
    func readRecords(_ rules: RecordRules) throws(RecordPass.Interrupted) -> RecordPass {
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
}

extension TableInterpreter.RecordPass {
    // MARK: Joining the parts of a split text

    /// Moves every line this pass saw by `offset`: a later part of a split text counts its
    /// lines from 1.
    mutating func moveLines(by offset: Int) {
        for index in series.indices { series[index].observations.shiftRows(by: offset) }
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
    mutating func append(_ later: inout TableInterpreter.RecordPass, width: Int) {
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
        var moved: [TableInterpreter.Ambiguity] = []
        swap(&moved, &later.ambiguities)
        for index in moved.indices {
            let part = Int(moved[index].series)
            moved[index].series = seriesMap[part]
            moved[index].index += firstObservation[part]
        }
        laterAmbiguities.append(moved)
        laterAmbiguities.append(contentsOf: later.laterAmbiguities)
        ambiguityCount += later.ambiguityCount
        for (field, count) in later.ambiguityCountByField.enumerated() where count > 0 {
            if ambiguityCountByField.count <= field { ambiguityCountByField += Array(repeating: 0, count: field + 1 - ambiguityCountByField.count) }
            ambiguityCountByField[field] += count
        }
        if evidence.dutch.count > 0 {
            ambiguities = []
            laterAmbiguities = []
        }
        for example in later.ambiguityExamples where ambiguityExamples.count < ImportFailure.errorLimit {
            ambiguityExamples.append(example)
        }
    }
}
