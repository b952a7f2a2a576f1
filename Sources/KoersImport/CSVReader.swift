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
    /// Whether the current record ends the text without a line break: the last line of a file
    /// that may have been cut off in the middle of a figure.
    var endsWithoutLineBreak: Bool { get }
}

/// Why a table cannot be read at all.
enum TableReadError: Error, Equatable {
    case unterminatedQuote(line: Int)
    case textAfterClosingQuote(line: Int, field: Int)
    case tooManyFields(line: Int, limit: Int)
}

/// A byte-level CSV reader (RFC 4180 plus what real exports do): quoted fields with embedded
/// separators, doubled quotes and line breaks; CRLF or LF; spaces after a closing quote.
///
/// A text in memory is read in place. A file is read through a window (`ByteSource.chunkBytes`) that
/// the reader refills: when a record runs into the window's end before its own, the unread
/// tail moves to the front (the previous record's fields are no longer valid by then), more
/// is read after it, and the record is read again from its start; a record longer than the
/// window doubles the window. So a file's bytes are never held whole.
final class CSVReader: RecordCursor {
    /// More fields than this in one record is not a table koers can use; the limit keeps a
    /// 100 MB line of separators from eating memory.
    static let maximumFields = 65_536
    /// Keeps the bytes alive, and reads a file's.
    private let source: ByteSource
    /// The reader's bytes in the source.
    private let range: Range<Int>
    let separator: UInt8
    /// The line the reader's bytes start on (a later part of a split file counts from 1).
    private let firstLine: Int
    /// The window a file is read into; nil in memory, where `input` is the source's own bytes.
    private var window: UnsafeMutableBufferPointer<UInt8>?
    // The reader is used by one thread at a time; unchecked exclusivity keeps the per-byte
    // loops free of runtime access tracking.
    /// The bytes at hand: the window's filled part, or all of `range` in memory.
    private(set) var endsWithoutLineBreak = false
    @exclusivity(unchecked) private var input: UnsafeBufferPointer<UInt8>
    /// Where `input` starts in the source, and how many of its bytes are filled.
    @exclusivity(unchecked) private var inputOffset: Int
    @exclusivity(unchecked) private var count: Int
    /// Whether `input` reaches the end of `range`: only then is the end of `input` the end of the text.
    @exclusivity(unchecked) private var atEnd: Bool
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

    /// Reads `range` of `source`: in place when it is in memory, else a window at a time.
    init(_ source: ByteSource, range: Range<Int>, separator: UInt8, firstLine: Int = 1) {
        self.source = source
        let clamped = range.clamped(to: 0..<source.count)
        self.range = clamped
        self.separator = separator
        self.firstLine = firstLine
        inputOffset = clamped.lowerBound
        if let buffer = source.inMemory {
            input = UnsafeBufferPointer(rebasing: buffer.bytes[clamped])
            count = clamped.count
            atEnd = true
        } else {
            input = UnsafeBufferPointer(start: nil, count: 0)
            count = 0
            atEnd = clamped.isEmpty
        }
        nextLine = firstLine
        line = firstLine
        scratch = UnsafeMutableBufferPointer.allocate(capacity: 256)
        spans.reserveCapacity(64)
    }

    /// Reads `range` of `text` in place (no copy); the reader keeps the buffer alive.
    convenience init(_ text: ByteBuffer, range: Range<Int>, separator: UInt8) {
        self.init(ByteSource(text), range: range, separator: separator)
    }

    /// Copies `bytes` once, into memory that stays put while fields point into it.
    convenience init<Bytes: Collection<UInt8>>(bytes: Bytes, separator: UInt8) {
        let text = ByteBuffer(copying: bytes)
        self.init(text, range: 0..<text.count, separator: separator)
    }

    deinit {
        scratch.deallocate()
        window?.deallocate()
    }

    var fieldCount: Int { spans.count }
    var byteCount: Int { range.count }
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
        // A window that still starts at the beginning (the header and sample fitted in it) is kept.
        if inputOffset != range.lowerBound {
            inputOffset = range.lowerBound
            count = 0
            atEnd = range.isEmpty
        }
    }

    /// Moves the unread bytes to the front of the window and reads more after them; a window
    /// that is full of one record doubles first. At the end of a file that shrank, the text
    /// ends where the bytes did (the import then reports the file as changed).
    private func refill() {
        var window = self.window ?? UnsafeMutableBufferPointer.allocate(capacity: source.chunkBytes)
        let kept = count - position
        if position > 0, kept > 0, let base = window.baseAddress {
            UnsafeMutableRawPointer(base).copyMemory(from: UnsafeRawPointer(base + position), byteCount: kept)
        }
        inputOffset += position
        position = 0
        if kept == window.count {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: window.count * 2)
            _ = larger.initialize(from: window)
            window.deallocate()
            window = larger
        }
        self.window = window
        let wanted = min(window.count - kept, range.upperBound - inputOffset - kept)
        let got = source.read(into: UnsafeMutableBufferPointer(rebasing: window[kept..<kept + wanted]), at: inputOffset + kept)
        count = kept + got
        atEnd = got < wanted || inputOffset + count >= range.upperBound
        input = UnsafeBufferPointer(rebasing: window[0..<count])
    }

    /// Two readers for the two halves of this one's bytes, split after a line break that is
    /// outside quotes if every quote before it pairs up with the one after it; nil when there
    /// is no such line break. The split is a guess for tables with stray quotes inside
    /// unquoted fields: whoever reads the halves must check that the first half ends cleanly
    /// (no quoted field left open) before trusting the second. The second half counts its
    /// lines from 1. The first half's quotes are counted chunk by chunk, not held.
    func split() -> (first: CSVReader, second: CSVReader)? {
        guard range.count > 1 else { return nil }
        let quote = UInt8(ascii: "\"")
        let middle = range.lowerBound + range.count / 2
        var quotes = 0
        source.forEachChunk(of: range.lowerBound..<middle) { chunk, _, _ in
            for byte in chunk { quotes &+= byte == quote ? 1 : 0 }
            return chunk.count
        }
        var inQuotes = quotes & 1 == 1
        var cut: Int?
        source.forEachChunk(of: middle..<range.upperBound) { chunk, offset, _ in
            for index in chunk.indices {
                let byte = chunk[index]
                if byte == quote {
                    inQuotes.toggle()
                } else if byte == 0x0A, !inQuotes {
                    cut = offset + index + 1
                    return nil
                }
            }
            return chunk.count
        }
        guard let cut, cut < range.upperBound else { return nil }
        return (
            CSVReader(source, range: range.lowerBound..<cut, separator: separator, firstLine: firstLine),
            CSVReader(source, range: cut..<range.upperBound, separator: separator)
        )
    }

    func next() throws(TableReadError) -> Bool {
        while true {
            spans.removeAll(keepingCapacity: true)
            scratchUsed = 0
            if position >= count {
                if atEnd { return false }
                refill()
                continue
            }
            let start = position
            line = nextLine
            if try readRecord() { return true }
            // The record runs past the window: read it again with more of the text at hand.
            position = start
            nextLine = line
            refill()
        }
    }

    /// Reads the record at `position`; false when the window ends before the record does (and
    /// the text does not), true when the record is read.
    private func readRecord() throws(TableReadError) -> Bool {
        endsWithoutLineBreak = false
        let quote = UInt8(ascii: "\"")
        while true {
            guard spans.count < Self.maximumFields else { throw .tooManyFields(line: line, limit: Self.maximumFields) }
            if position < count, input[position] == quote {
                guard try readQuotedField() else { return false }
            } else {
                let start = position
                position = Self.endOfUnquotedField(input, from: position, count: count, separator: separator)
                if position == count, !atEnd { return false }
                spans.append(FieldSpan(start: start, end: position, inScratch: false))
            }
            // After a field: a separator, the end of the record, or the end of the text.
            guard position < count else {
                endsWithoutLineBreak = true
                return true
            }
            let byte = input[position]
            position += 1
            if byte == separator { continue }
            if byte == 0x0D {
                if position == count, !atEnd { return false }
                if position < count, input[position] == 0x0A { position += 1 }
            }
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

    /// False when the window ends before the field (and the text does not).
    private func readQuotedField() throws(TableReadError) -> Bool {
        let quote = UInt8(ascii: "\"")
        let input = self.input
        let count = self.count
        let atEnd = self.atEnd
        var position = self.position + 1
        let start = position
        var escaped = false
        var newlines = 0
        while true {
            guard position < count else {
                guard atEnd else { return false }
                self.position = position
                throw .unterminatedQuote(line: line)
            }
            let byte = input[position]
            if byte == quote {
                if position + 1 < count {
                    if input[position + 1] == quote {
                        escaped = true
                        position += 2
                        continue
                    }
                } else if !atEnd {
                    return false
                }
                break
            }
            if byte == 0x0A { newlines += 1 }
            position += 1
        }
        let end = position
        position += 1  // the closing quote
        // Some writers pad after the closing quote; anything else there is malformed.
        while position < count, input[position] == 0x20 { position += 1 }
        if position == count, !atEnd { return false }
        nextLine += newlines
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
        return true
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
