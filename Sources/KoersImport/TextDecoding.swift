/// The text encodings koers reads. CBS and Excel write UTF-8 (often with a BOM); the old
/// StatLine viewer and older Excel versions write Windows-1252.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
}

/// Turns a file's bytes into UTF-8 without a BOM, or says why it cannot.
enum TextDecoding {
    enum Failure: Error, Equatable {
        /// A NUL byte or other control characters: not a text file.
        case binary(offset: Int)
        case utf16
        /// Declared UTF-8 but not valid UTF-8.
        case invalidUTF8(line: Int, offset: Int)
    }

    struct Decoded {
        /// The text as UTF-8: the file's own buffer with `range` past any byte order mark (not
        /// copied), or a buffer of the converted bytes.
        var buffer: ByteBuffer
        var range: Range<Int>
        var encoding: TextEncoding
        /// Whether the encoding came from the bytes rather than the declaration.
        var detected: Bool
    }

    static func decode(_ raw: ByteBuffer, declared: TextEncoding?) throws(Failure) -> Decoded {
        let bytes = raw.bytes
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { throw .utf16 }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let range = start..<bytes.count
        let body = UnsafeBufferPointer(rebasing: bytes[range])
        if let offset = firstBinaryByte(body) { throw .binary(offset: start + offset) }
        switch declared {
        case .windows1252?:
            return converted(body)
        case .utf8?:
            if let bad = firstInvalidUTF8(body) { throw .invalidUTF8(line: bad.line, offset: start + bad.offset) }
            return Decoded(buffer: raw, range: range, encoding: .utf8, detected: false)
        case nil:
            if firstInvalidUTF8(body) == nil { return Decoded(buffer: raw, range: range, encoding: .utf8, detected: true) }
            var decoded = converted(body)
            decoded.detected = true
            return decoded
        }
    }

    private static func converted(_ body: UnsafeBufferPointer<UInt8>) -> Decoded {
        let text = ByteBuffer(copying: convertWindows1252(body))
        return Decoded(buffer: text, range: 0..<text.count, encoding: .windows1252, detected: false)
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

    /// The line is counted only when there is an error to place: valid text is checked
    /// eight ASCII bytes at a time.
    private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, offset: Int)? {
        guard let offset = firstInvalidUTF8Offset(bytes) else { return nil }
        var line = 1
        for index in 0..<offset where bytes[index] == 0x0A { line += 1 }
        return (line, offset)
    }

    private static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
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
            default: return i
            }
            guard end - i >= length else { return i }
            for k in 1..<length {
                let continuation = bytes[i + k]
                guard continuation & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
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
