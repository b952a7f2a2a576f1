/// A table read record by record. Fields are byte buffers valid until the next call to `next`;
/// nothing is copied unless a field has to be unescaped. Both the CSV reader and the xlsx
/// reader present their tables this way, so one interpreter serves both.
protocol RecordCursor: AnyObject {
    /// Moves to the next record; false at the end.
    func next() throws(TableReadError) -> Bool
    /// Starts again from the first record.
    func rewind()
    /// The 1-based line (CSV) or row (xlsx) where the current record starts.
    var line: Int { get }
    var fieldCount: Int { get }
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8>
    /// The number a field holds when the file stored it as a number (xlsx), not as text:
    /// such a figure needs no notation and proves nothing about the file's.
    func storedNumber(_ index: Int) -> Double?
}

/// Why a table cannot be read at all.
enum TableReadError: Error, Equatable {
    case unterminatedQuote(line: Int)
    case textAfterClosingQuote(line: Int, field: Int)
    case tooManyFields(line: Int, limit: Int)
}

/// A byte-level CSV reader (RFC 4180 plus what real exports do): quoted fields with embedded
/// separators, doubled quotes and line breaks; CRLF or LF; spaces after a closing quote.
final class CSVReader: RecordCursor {
    /// More fields than this in one record is not a table koers can use; the limit keeps a
    /// 100 MB line of separators from eating memory.
    static let maximumFields = 65_536

    private let input: UnsafeMutableBufferPointer<UInt8>
    let separator: UInt8
    private var position = 0
    private var nextLine = 1
    private(set) var line = 1
    /// Where each field of the current record lies: in the input, or (unescaped) in `scratch`.
    private struct FieldSpan {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    private var spans: [FieldSpan] = []
    private var scratch: UnsafeMutableBufferPointer<UInt8>
    private var scratchUsed = 0

    /// Copies `bytes` once, into memory that stays put while fields point into it.
    init<Bytes: Collection<UInt8>>(bytes: Bytes, separator: UInt8) {
        input = UnsafeMutableBufferPointer.allocate(capacity: max(1, bytes.count))
        _ = input.initialize(from: bytes)
        self.separator = separator
        scratch = UnsafeMutableBufferPointer.allocate(capacity: 256)
        spans.reserveCapacity(64)
        count = bytes.count
    }

    private let count: Int

    deinit {
        input.deallocate()
        scratch.deallocate()
    }

    var fieldCount: Int { spans.count }
    var byteCount: Int { count }

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let base = span.inScratch ? UnsafeBufferPointer(scratch) : UnsafeBufferPointer(input)
        return UnsafeBufferPointer(rebasing: base[span.start..<span.end])
    }

    func storedNumber(_ index: Int) -> Double? { nil }

    func rewind() {
        position = 0
        nextLine = 1
        line = 1
        spans.removeAll(keepingCapacity: true)
    }

    func next() throws(TableReadError) -> Bool {
        spans.removeAll(keepingCapacity: true)
        scratchUsed = 0
        guard position < count else { return false }
        line = nextLine
        let quote = UInt8(ascii: "\"")
        while true {
            guard spans.count < Self.maximumFields else { throw .tooManyFields(line: line, limit: Self.maximumFields) }
            if position < count, input[position] == quote {
                try readQuotedField()
            } else {
                let start = position
                position = Self.endOfUnquotedField(input, from: position, count: count, separator: separator)
                spans.append(FieldSpan(start: start, end: position, inScratch: false))
            }
            // After a field: a separator, the end of the record, or the end of the input.
            guard position < count else { return true }
            let byte = input[position]
            position += 1
            if byte == separator { continue }
            if byte == 0x0D, position < count, input[position] == 0x0A { position += 1 }
            nextLine += 1
            return true
        }
    }

    /// Works on locals, not on the reader's properties: the hot loops then need no
    /// exclusivity checks.
    private static func endOfUnquotedField(
        _ input: UnsafeMutableBufferPointer<UInt8>, from start: Int, count: Int, separator: UInt8
    ) -> Int {
        var position = start
        while position < count {
            let byte = input[position]
            if byte == separator || byte == 0x0A || byte == 0x0D { break }
            position += 1
        }
        return position
    }

    private func readQuotedField() throws(TableReadError) {
        let quote = UInt8(ascii: "\"")
        let input = self.input
        let count = self.count
        var position = self.position + 1
        let start = position
        var escaped = false
        var newlines = 0
        while true {
            guard position < count else {
                self.position = position
                throw .unterminatedQuote(line: line)
            }
            let byte = input[position]
            if byte == quote {
                if position + 1 < count, input[position + 1] == quote {
                    escaped = true
                    position += 2
                    continue
                }
                break
            }
            if byte == 0x0A { newlines += 1 }
            position += 1
        }
        nextLine += newlines
        let end = position
        position += 1  // the closing quote
        // Some writers pad after the closing quote; anything else there is malformed.
        while position < count, input[position] == 0x20 { position += 1 }
        self.position = position
        if position < count {
            let byte = input[position]
            if byte != separator, byte != 0x0A, byte != 0x0D {
                throw .textAfterClosingQuote(line: line, field: spans.count + 1)
            }
        }
        if escaped {
            let unescapedStart = scratchUsed
            var i = start
            while i < end {
                appendScratch(input[i])
                i += input[i] == quote ? 2 : 1
            }
            spans.append(FieldSpan(start: unescapedStart, end: scratchUsed, inScratch: true))
        } else {
            spans.append(FieldSpan(start: start, end: end, inScratch: false))
        }
    }

    private func appendScratch(_ byte: UInt8) {
        if scratchUsed == scratch.count {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: scratch.count * 2)
            _ = larger.initialize(from: scratch)
            scratch.deallocate()
            scratch = larger
        }
        scratch[scratchUsed] = byte
        scratchUsed += 1
    }
}

/// Chooses the separator of a CSV file from its first lines.
enum DialectDetection {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")]

    /// The candidate that splits the most sample lines into the same number of fields (more
    /// than one); ties go to `;`, then tab, then `,`, because Dutch exports use `;` when the
    /// comma is the decimal mark. Separators inside quotes do not count.
    static func separator(in bytes: [UInt8], sampleLines: Int = 50) -> UInt8? {
        var best: (separator: UInt8, agreeing: Int)?
        for candidate in candidates {
            let counts = separatorCounts(bytes, candidate, sampleLines)
            var frequency: [Int: Int] = [:]
            for count in counts where count > 0 { frequency[count, default: 0] += 1 }
            guard let agreeing = frequency.values.max() else { continue }
            if let current = best, current.agreeing >= agreeing { continue }
            best = (candidate, agreeing)
        }
        return best?.separator
    }

    private static func separatorCounts(_ bytes: [UInt8], _ separator: UInt8, _ lines: Int) -> [Int] {
        var counts: [Int] = []
        var current = 0
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == separator {
                    current += 1
                } else if byte == 0x0A {
                    counts.append(current)
                    current = 0
                    if counts.count >= lines { return counts }
                }
            }
        }
        counts.append(current)
        return counts
    }
}
