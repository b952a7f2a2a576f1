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

    /// Keeps the bytes `input` points into alive.
    private let text: ByteBuffer
    private let input: UnsafeBufferPointer<UInt8>
    /// Where `input` starts in `text`, and its length.
    private let offset: Int
    private let count: Int
    let separator: UInt8
    /// The line the reader's bytes start on (a later part of a split file counts from 1).
    private let firstLine: Int
    // The reader is used by one thread at a time; unchecked exclusivity keeps the per-byte
    // loops free of runtime access tracking.
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var nextLine: Int
    @exclusivity(unchecked) private(set) var line: Int
    /// Where each field of the current record lies: in the input, or (unescaped) in `scratch`.
    private struct FieldSpan {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    @exclusivity(unchecked) private var spans: [FieldSpan] = []
    @exclusivity(unchecked) private var scratch: UnsafeMutableBufferPointer<UInt8>
    @exclusivity(unchecked) private var scratchUsed = 0

    /// Reads `range` of `text` in place (no copy); the reader keeps the buffer alive.
    init(_ text: ByteBuffer, range: Range<Int>, separator: UInt8, firstLine: Int = 1) {
        self.text = text
        let clamped = range.clamped(to: 0..<text.count)
        input = UnsafeBufferPointer(rebasing: text.bytes[clamped])
        offset = clamped.lowerBound
        count = clamped.count
        self.separator = separator
        self.firstLine = firstLine
        nextLine = firstLine
        line = firstLine
        scratch = UnsafeMutableBufferPointer.allocate(capacity: 256)
        spans.reserveCapacity(64)
    }

    /// Copies `bytes` once, into memory that stays put while fields point into it.
    convenience init<Bytes: Collection<UInt8>>(bytes: Bytes, separator: UInt8) {
        let text = ByteBuffer(copying: bytes)
        self.init(text, range: 0..<text.count, separator: separator)
    }

    deinit {
        scratch.deallocate()
    }

    var fieldCount: Int { spans.count }
    var byteCount: Int { count }
    /// The line the record after the last one read starts on.
    var lineAfterLast: Int { nextLine }

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        let base = span.inScratch ? UnsafeBufferPointer(scratch) : input
        return UnsafeBufferPointer(rebasing: base[span.start..<span.end])
    }

    func storedNumber(_ index: Int) -> Double? { nil }

    func rewind() {
        position = 0
        nextLine = firstLine
        line = firstLine
        spans.removeAll(keepingCapacity: true)
    }

    /// Two readers for the two halves of this one's bytes, split after a line break that is
    /// outside quotes if every quote before it pairs up with the one after it; nil when there
    /// is no such line break. The split is a guess for tables with stray quotes inside
    /// unquoted fields: whoever reads the halves must check that the first half ends cleanly
    /// (no quoted field left open) before trusting the second. The second half counts its
    /// lines from 1.
    func split() -> (first: CSVReader, second: CSVReader)? {
        guard count > 1 else { return nil }
        let quote = UInt8(ascii: "\"")
        let middle = count / 2
        var inQuotes = false
        var index = 0
        while index < middle {
            if input[index] == quote { inQuotes.toggle() }
            index += 1
        }
        while index < count {
            let byte = input[index]
            index += 1
            if byte == quote {
                inQuotes.toggle()
            } else if byte == 0x0A, !inQuotes {
                break
            }
        }
        guard index < count, input[index - 1] == 0x0A else { return nil }
        let start = offset
        return (
            CSVReader(text, range: start..<start + index, separator: separator, firstLine: firstLine),
            CSVReader(text, range: start + index..<start + count, separator: separator)
        )
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
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, separator: UInt8
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
