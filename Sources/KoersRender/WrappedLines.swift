import Foundation

/// Output built line by line in one growing string, for reports with tens of thousands of
/// lines (`check` of a national goal file): no array of lines, no per-line joins, and widths
/// counted without walking grapheme clusters when the text is plain ASCII.
///
/// The output is exactly that of `CheckRenderer.hanging` and `wrapCuttingLongWords`: same breaks, same widths
/// in characters.
struct WrappedLines {
    private var bytes: [UInt8] = []
    /// The line being wrapped when a text needs grapheme clusters, reused between calls.
    private var line = ""

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Everything written, one string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Everything written, as UTF-8 bytes: for output that goes out as bytes, without
    /// validating the whole report again into a `String` (a national `check` is large).
    var utf8: [UInt8] { bytes }

    /// Whether anything was written yet.
    var isEmpty: Bool { bytes.isEmpty }

    /// One line as it is.
    mutating func append(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(0x0A)
    }

    /// Room for `count` more bytes in all.
    mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Lines already written elsewhere, as they are.
    mutating func write(utf8 lines: [UInt8]) {
        bytes.append(contentsOf: lines)
    }

    /// Text within a line, without ending it.
    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A non-negative number in decimal digits, as `String(number)` writes it.
    mutating func write(decimal number: Int) {
        guard number > 0 else {
            if number == 0 { bytes.append(0x30) } else { write(String(number)) }
            return
        }
        let start = bytes.count
        var rest = number
        while rest > 0 {
            bytes.append(0x30 + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }

    /// Ends the current line.
    mutating func endLine() {
        bytes.append(0x0A)
    }

    /// `appendHanging`, remembering the wrapped lines in `memory`: a text shown again under the
    /// same label (a rule's suggestion, on every goal that has the finding) is wrapped once and
    /// then copied. Only the last text is kept, and it is compared byte for byte (`==` on
    /// strings would take a differently composed `é` for the same text).
    mutating func appendHanging(_ first: String, _ body: String, width: Int?, memory: inout WrapMemory) {
        if !memory.lines.isEmpty, Self.sameBytes(memory.body, body), Self.sameBytes(memory.first, first) {
            bytes.append(contentsOf: memory.lines)
            return
        }
        let start = bytes.count
        appendHanging(first, body, width: width)
        memory.first = first
        memory.body = body
        memory.lines.removeAll(keepingCapacity: true)
        memory.lines.append(contentsOf: bytes[start...])
    }

    private static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        var (lhs, rhs) = (lhs, rhs)
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                // The same storage (a rule's suggestion, goal after goal) needs no comparing.
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress, leftBase != rightBase else { return true }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }

    /// `CheckRenderer.hanging(first, body, width:)`, each line ended by a newline.
    mutating func appendHanging(_ first: String, _ body: String, width: Int?) {
        let firstCount = Self.characterCount(first)
        let plainBody = body.utf8.withContiguousStorageIfAvailable(Self.plainScalarCount) ?? nil
        guard let width, firstCount + (plainBody ?? body.count) > width, width - firstCount >= 20 else {
            bytes.append(contentsOf: first.utf8)
            bytes.append(contentsOf: body.utf8)
            bytes.append(0x0A)
            return
        }
        if plainBody != nil {
            let start = bytes.count
            if body.utf8.withContiguousStorageIfAvailable({ wrapPlain(first, firstCount, $0, limit: width - firstCount) }) == true { return }
            // A word wider than the room, which is cut on characters.
            bytes.removeSubrange(start...)
        }
        wrapCharacters(first, firstCount, body, limit: width - firstCount)
    }

    /// The wrap of a body whose every scalar is a character of its own: words are the runs of
    /// bytes between spaces, their widths their scalar counts. Words one space apart are
    /// copied as one run of bytes; a line is usually one copy. False, leaving what it wrote,
    /// at a word wider than `limit`.
    private mutating func wrapPlain(_ first: String, _ firstCount: Int, _ body: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        var onFirstLine = true
        var lineIsEmpty = true
        var lineCount = 0
        // The bytes of the current line not yet copied.
        var pendingStart = 0
        var pendingEnd = 0
        var index = 0
        while index < body.count {
            guard body[index] != 0x20 else {
                index += 1
                continue
            }
            let start = index
            var wordCount = 0
            while index < body.count, body[index] != 0x20 {
                // Continuation bytes (10xxxxxx) add no scalar.
                if body[index] & 0xC0 != 0x80 { wordCount += 1 }
                index += 1
            }
            if wordCount > limit { return false }
            if !lineIsEmpty, lineCount + 1 + wordCount > limit {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: body[pendingStart..<pendingEnd]))
                bytes.append(0x0A)
                lineIsEmpty = true
            }
            if lineIsEmpty {
                if onFirstLine {
                    bytes.append(contentsOf: first.utf8)
                    onFirstLine = false
                } else {
                    bytes.append(contentsOf: repeatElement(0x20, count: firstCount))
                }
                lineCount = wordCount
                lineIsEmpty = false
                pendingStart = start
            } else {
                lineCount += 1 + wordCount
                if start != pendingEnd + 1 {
                    // More than one space before this word: the line has one.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: body[pendingStart..<pendingEnd]))
                    bytes.append(0x20)
                    pendingStart = start
                }
            }
            pendingEnd = index
        }
        if !lineIsEmpty {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: body[pendingStart..<pendingEnd]))
            bytes.append(0x0A)
        }
        return true
    }

    /// The wrap of any body, on grapheme clusters, as `wrapCuttingLongWords` does it.
    private mutating func wrapCharacters(_ first: String, _ firstCount: Int, _ body: String, limit: Int) {
        var onFirstLine = true
        func flush() {
            if onFirstLine {
                bytes.append(contentsOf: first.utf8)
                onFirstLine = false
            } else {
                bytes.append(contentsOf: repeatElement(0x20, count: firstCount))
            }
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
            line.removeAll(keepingCapacity: true)
        }
        line.removeAll(keepingCapacity: true)
        for word in body.split(separator: " ", omittingEmptySubsequences: true) {
            let pieces = piecesFitting(word, width: limit)
            for piece in pieces.dropLast() {
                if !line.isEmpty { flush() }
                line += piece
            }
            if let last = pieces.last {
                if !line.isEmpty, line.count + 1 + last.count > limit { flush() }
                line += (line.isEmpty ? "" : " ") + last
            }
        }
        if !line.isEmpty { flush() }
    }

    /// `text.count`, without walking grapheme clusters when every scalar is a character of its own.
    static func characterCount(_ text: String) -> Int {
        (text.utf8.withContiguousStorageIfAvailable(plainScalarCount) ?? nil) ?? text.count
    }

    /// The number of scalars in valid UTF-8, when each is a character of its own: ASCII but CR
    /// (CR LF is one character), U+0080–U+02FF (Latin letters and signs; combining marks begin at
    /// U+0300), and the punctuation, currency, arrows and symbols of U+2010–U+2BFF without the
    /// joiners, format and direction marks and the combining marks for symbols. Nil otherwise.
    static func plainScalarCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                guard lead != 0x0D else { return nil }
                index += 1
            } else if lead < 0xE0 {
                // Two bytes: U+0080–U+07FF; plain up to U+02FF (lead bytes C2–CB).
                guard lead <= 0xCB else { return nil }
                index += 2
            } else if lead < 0xF0, index + 2 < utf8.count {
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                guard isPlain(scalar) else { return nil }
                index += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }

    private static func isPlain(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2010...0x2027, 0x2030...0x205F, 0x2070...0x20CF, 0x2100...0x2BFF: true
        default: false
        }
    }
}

/// The last text `WrappedLines.appendHanging(_:_:width:memory:)` wrapped under one label, with
/// its lines as written (the width is that of the one report being written).
struct WrapMemory {
    var first = ""
    var body = ""
    var lines: [UInt8] = []
}
