/// The text encodings koers reads. CBS and Excel write UTF-8 (often with a BOM); the old
/// StatLine viewer and older Excel versions write Windows-1252.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
}

/// Turns a file's bytes into UTF-8 without a BOM, or says why it cannot.
///
/// One pass over the bytes, a chunk at a time (the file is never held whole): the byte order
/// mark, the binary-byte check and the UTF-8 check. A UTF-8 text is then read from the source itself. Windows-1252 (declared, or
/// detected because the text is not UTF-8) is converted as a whole text in memory: such files
/// come from old tools and are small.
enum TextDecoding {
    enum Failure: Error, Equatable {
        /// A NUL byte or other control characters: not a text file.
        case binary(offset: Int)
        case utf16
        /// Declared UTF-8 but not valid UTF-8.
        case invalidUTF8(line: Int, offset: Int)
    }

    struct Decoded {
        /// The text as UTF-8: the file's own bytes with `range` past any byte order mark (not
        /// copied), or a buffer of the converted bytes.
        var source: ByteSource
        var range: Range<Int>
        var encoding: TextEncoding
        /// Whether the encoding came from the bytes rather than the declaration.
        var detected: Bool
    }

    static func decode(_ raw: ByteSource, declared: TextEncoding?) throws(Failure) -> Decoded {
        var bodyStart = 0
        var failure: Failure?
        var firstInvalidUTF8: Int?
        let checksUTF8 = declared != .windows1252
        raw.forEachChunk(of: 0..<raw.count) { chunk, offset, isLast in
            var from = 0
            if offset == 0 {
                if chunk.count >= 2, (chunk[0] == 0xFF && chunk[1] == 0xFE) || (chunk[0] == 0xFE && chunk[1] == 0xFF) {
                    failure = .utf16
                    return nil
                }
                if chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { bodyStart = 3 }
                from = bodyStart
            }
            let body = UnsafeBufferPointer(rebasing: chunk[from...])
            if let binary = firstBinaryByte(body) {
                failure = .binary(offset: offset + from + binary)
                return nil
            }
            var done = chunk.count
            if checksUTF8, firstInvalidUTF8 == nil {
                switch utf8Check(body, isLast: isLast) {
                case .valid: break
                case let .invalid(at): firstInvalidUTF8 = offset + from + at
                case let .cut(at): done = from + at
                }
            }
            return done
        }
        if let failure { throw failure }
        let range = bodyStart..<raw.count
        switch (declared, firstInvalidUTF8) {
        case (.windows1252?, _):
            return converted(raw, range, detected: false)
        case let (.utf8?, offset?):
            throw .invalidUTF8(line: lineOf(offset, in: raw), offset: offset)
        case (nil, _?):
            return converted(raw, range, detected: true)
        case (_, nil):
            return Decoded(source: raw, range: range, encoding: .utf8, detected: declared == nil)
        }
    }

    private static func converted(_ raw: ByteSource, _ range: Range<Int>, detected: Bool) -> Decoded {
        let whole = raw.whole(range)
        let text = withExtendedLifetime(whole) { ByteBuffer(copying: convertWindows1252(whole.bytes)) }
        return Decoded(source: ByteSource(text), range: 0..<text.count, encoding: .windows1252, detected: detected)
    }

    /// The 1-based line of the byte at `offset`: counted only when there is an error to place.
    private static func lineOf(_ offset: Int, in raw: ByteSource) -> Int {
        var line = 1
        raw.forEachChunk(of: 0..<offset) { chunk, _, _ in
            for byte in chunk where byte == 0x0A { line += 1 }
            return chunk.count
        }
        return line
    }

    /// NUL, or other C0 controls besides tab, CR, LF and form feed: text exports do not contain them.
    /// Eight bytes at a time: a word with no byte below 0x20 is skipped whole (the test never
    /// misses such a byte; it may flag a word that has none, which is then read byte by byte).
    private static func firstBinaryByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let end = bytes.count
        while index < end {
            if end - index >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let stop = min(index + 8, end)
            while index < stop {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { return index }
                index += 1
            }
        }
        return nil
    }

    private enum UTF8Check {
        case valid
        case invalid(at: Int)
        /// A character cut by the end of a chunk that is not the text's last: read it again
        /// from `at` with the next chunk.
        case cut(at: Int)
    }

    /// Valid text is checked eight ASCII bytes at a time.
    private static func utf8Check(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) -> UTF8Check {
        guard let base = bytes.baseAddress else { return .valid }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let end = bytes.count
        while i < end {
            if end - i >= 8, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: return .invalid(at: i)
            }
            guard end - i >= length else { return isLast ? .invalid(at: i) : .cut(at: i) }
            for k in 1..<length {
                let continuation = bytes[i + k]
                guard continuation & 0xC0 == 0x80 else { return .invalid(at: i) }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return .invalid(at: i) }
            i += length
        }
        return .valid
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‘, ’, “, ”, …).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func convertWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }
}
