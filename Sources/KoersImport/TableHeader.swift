import KoersCore

// The header stage: reads a sample of the first records as text, skips titles and blank
// lines, finds the header (joining the pivoted header rows of old StatLine exports) and the
// table's width, and profiles each column of the sample for the column plan.

extension TableInterpreter {
    struct SampleRecord {
        var line: Int
        var fields: [String]
        var storedNumbers: [Bool]
    }

    struct Header {
        var names: [String]
        /// Records before the first data record (titles, pivot rows, the header itself).
        var recordsBefore: Int
        var line: Int
        var skippedLines: [Int]
        var width: Int
        var dataSample: [SampleRecord]
    }

    /// The header and the data records sampled after it, from the first records of the table.
    mutating func readHeader() throws(ImportFailure) -> Header {
        var sample: [SampleRecord] = []
        do throws(TableReadError) {
            var skipped = 0
            while sample.count < Self.sampleSize + options.skipRows, try cursor.next() {
                if skipped < options.skipRows {
                    skipped += 1
                    sample.append(SampleRecord(line: cursor.line, fields: [], storedNumbers: []))
                    continue
                }
                sample.append(cursor.sampleRecord(keptBytes: Self.sampleFieldLength))
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
            if let parsed = PeriodSpelling.parse(text) {
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
