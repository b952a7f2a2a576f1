/// What the reader of a workbook part is told, in document order. Element and attribute names
/// are given as written, prefix included (`x:sheet`, `r:id`): namespaces are not resolved.
protocol XMLEventHandler: AnyObject {
    /// Set by a handler that has seen enough to know the part is unusable; reading stops.
    var failed: Bool { get }
    func startElement(_ name: String, attributes: [String: String])
    func characters(_ text: String)
    func endElement(_ name: String)
}

extension XMLEventHandler {
    func startElement(_ name: String, attributes: [String: String]) {}
    func characters(_ text: String) {}
    func endElement(_ name: String) {}
}

/// A small XML reader for the parts of an .xlsx workbook, in place of Foundation's XMLParser:
/// FoundationXML brings libxml2 (and with it a second ICU, liblzma and zlib) into the start of
/// every koers process, though only an xlsx import uses it (docs/performance.md).
///
/// It reads UTF-8 (with or without a byte order mark) and refuses a document type declaration:
/// the Open Packaging Conventions forbid DTDs in package parts, so a part with one is not a
/// workbook's, and without one there are no entities beyond XML's five. It refuses unbalanced or
/// crossed tags, a second root, text outside the root, duplicate attributes, `<` in an attribute
/// value, unknown entities, control characters XML does not allow (raw or as references), character
/// references to non-characters and invalid UTF-8. Line ends
/// are normalised as XML requires (`\r\n` and `\r` to `\n` in text; `\t`, `\n`, `\r` to a space in
/// attribute values).
enum XMLEventReader {
    /// True when the whole document was read and the handler did not fail.
    static func read(_ bytes: [UInt8], into handler: some XMLEventHandler) -> Bool {
        var scanner = XMLScanner(bytes: bytes)
        return scanner.run(handler) && !handler.failed
    }
}

private struct XMLScanner {
    let bytes: [UInt8]
    var position = 0
    /// The names of the elements open at `position`, innermost last.
    var open: [ArraySlice<UInt8>] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func run(_ handler: some XMLEventHandler) -> Bool {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var sawRoot = false
        while position < bytes.count, !handler.failed {
            guard bytes[position] == .lessThan else {
                let start = position
                position = bytes[position...].firstIndex(of: .lessThan) ?? bytes.count
                if open.isEmpty {
                    guard bytes[start..<position].allSatisfy(\.isXMLSpace) else { return false }
                } else {
                    guard let text = Self.decode(bytes[start..<position], inAttribute: false) else { return false }
                    handler.characters(text)
                }
                continue
            }
            if starts(with: "<?") {
                // The XML declaration or a processing instruction: nothing a workbook reader needs.
                guard skip(past: "?>", from: position + 2) else { return false }
            } else if starts(with: "<!--") {
                guard skip(past: "-->", from: position + 4) else { return false }
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty else { return false }
                let start = position + 9
                guard let end = index(of: "]]>", from: start), !Self.holdsForbiddenControl(bytes[start..<end]),
                      let text = String(validating: bytes[start..<end], as: UTF8.self) else { return false }
                handler.characters(text)
                position = end + 3
            } else if starts(with: "</") {
                guard closeElement(handler) else { return false }
            } else {
                guard open.isEmpty ? !sawRoot : true, openElement(handler) else { return false }
                sawRoot = true
            }
        }
        return sawRoot && open.isEmpty
    }

    /// A start tag or an empty-element tag, at `<`.
    private mutating func openElement(_ handler: some XMLEventHandler) -> Bool {
        position += 1
        let nameBytes = name()
        guard !nameBytes.isEmpty, let elementName = String(validating: nameBytes, as: UTF8.self) else { return false }
        var attributes: [String: String] = [:]
        while true {
            let separated = skipSpace()
            guard position < bytes.count else { return false }
            if bytes[position] == .greaterThan {
                position += 1
                handler.startElement(elementName, attributes: attributes)
                open.append(nameBytes)
                return true
            }
            if bytes[position] == .slash {
                guard position + 1 < bytes.count, bytes[position + 1] == .greaterThan else { return false }
                position += 2
                handler.startElement(elementName, attributes: attributes)
                handler.endElement(elementName)
                return true
            }
            let attributeBytes = name()
            guard separated, !attributeBytes.isEmpty, let attributeName = String(validating: attributeBytes, as: UTF8.self) else { return false }
            skipSpace()
            guard position < bytes.count, bytes[position] == .equals else { return false }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == .doubleQuote || bytes[position] == .singleQuote else { return false }
            let quote = bytes[position]
            let start = position + 1
            guard let end = bytes[start...].firstIndex(of: quote), !bytes[start..<end].contains(.lessThan),
                  let value = Self.decode(bytes[start..<end], inAttribute: true),
                  attributes.updateValue(value, forKey: attributeName) == nil
            else { return false }
            position = end + 1
        }
    }

    /// An end tag, at `</`: it must close the innermost open element.
    private mutating func closeElement(_ handler: some XMLEventHandler) -> Bool {
        position += 2
        let nameBytes = name()
        skipSpace()
        guard position < bytes.count, bytes[position] == .greaterThan, let innermost = open.last,
              innermost.elementsEqual(nameBytes), let elementName = String(validating: nameBytes, as: UTF8.self)
        else { return false }
        position += 1
        open.removeLast()
        handler.endElement(elementName)
        return true
    }

    /// The bytes of a name at `position` (empty when there is none), and moves past them.
    private mutating func name() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, bytes[position].isNameByte { position += 1 }
        return bytes[start..<position]
    }

    /// Moves past white space; true when there was some.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, bytes[position].isXMLSpace { position += 1 }
        return position > start
    }

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[position + $0] == prefix.utf8Start[$0] }
    }

    private func index(of pattern: StaticString, from start: Int) -> Int? {
        let count = pattern.utf8CodeUnitCount
        var candidate = start
        while candidate + count <= bytes.count {
            if (0..<count).allSatisfy({ bytes[candidate + $0] == pattern.utf8Start[$0] }) { return candidate }
            candidate += 1
        }
        return nil
    }

    private mutating func skip(past pattern: StaticString, from start: Int) -> Bool {
        guard let end = index(of: pattern, from: start) else { return false }
        position = end + pattern.utf8CodeUnitCount
        return true
    }

    /// Text or an attribute value with its references replaced and its line ends normalised;
    /// nil when a reference is unknown or malformed, or the bytes are not UTF-8.
    /// Whether `raw` holds a C0 control XML does not allow: any but tab, line feed and carriage return.
    static func holdsForbiddenControl(_ raw: ArraySlice<UInt8>) -> Bool {
        raw.contains { $0 < .space && $0 != .tab && $0 != .lineFeed && $0 != .carriageReturn }
    }

    static func decode(_ raw: ArraySlice<UInt8>, inAttribute: Bool) -> String? {
        // XML's characters exclude C0 but tab, line feed and carriage return: an ESC in a cell
        // or sheet name is a damaged part, as it is for a character reference (`&#27;`).
        guard !holdsForbiddenControl(raw) else { return nil }
        let needsWork = raw.contains { $0 == .ampersand || $0 == .carriageReturn || (inAttribute && ($0 == .tab || $0 == .lineFeed)) }
        guard needsWork else { return String(validating: raw, as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            switch byte {
            case .ampersand:
                guard let semicolon = raw[index...].prefix(12).firstIndex(of: .semicolon),
                      let scalar = reference(raw[(index + 1)..<semicolon]) else { return nil }
                decoded.append(contentsOf: String(scalar).utf8)
                index = semicolon + 1
            case .carriageReturn:
                decoded.append(inAttribute ? .space : .lineFeed)
                index += 1
                if index < raw.endIndex, raw[index] == .lineFeed { index += 1 }
            case .tab where inAttribute, .lineFeed where inAttribute:
                decoded.append(.space)
                index += 1
            default:
                decoded.append(byte)
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// The character an entity or character reference (between `&` and `;`) stands for.
    private static func reference(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let numeric where numeric.hasPrefix("#x"):
            let digits = numeric.dropFirst(2)
            return digits.allSatisfy(\.isHexDigit) ? character(UInt32(digits, radix: 16)) : nil
        case let numeric where numeric.hasPrefix("#"):
            let digits = numeric.dropFirst()
            return digits.allSatisfy { $0.isASCII && $0.isNumber } ? character(UInt32(digits, radix: 10)) : nil
        default: return nil
        }
    }

    /// XML's characters: tab, line feed, carriage return and everything from space on, except
    /// surrogates, U+FFFE and U+FFFF.
    private static func character(_ value: UInt32?) -> Unicode.Scalar? {
        guard let value, value == 0x9 || value == 0xA || value == 0xD || value >= 0x20,
              value != 0xFFFE, value != 0xFFFF else { return nil }
        return Unicode.Scalar(value)
    }
}

private extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let doubleQuote: UInt8 = 0x22
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let slash: UInt8 = 0x2F
    static let semicolon: UInt8 = 0x3B
    static let lessThan: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greaterThan: UInt8 = 0x3E

    var isXMLSpace: Bool { self == .space || self == .tab || self == .lineFeed || self == .carriageReturn }

    /// Bytes that may be part of a name: everything but white space and XML's punctuation
    /// (non-ASCII letters arrive as bytes ≥ 0x80).
    var isNameByte: Bool {
        !isXMLSpace && self != .lessThan && self != .greaterThan && self != .slash && self != .equals
            && self != .doubleQuote && self != .singleQuote && self != .ampersand && self != 0x3F && self != 0x21
    }
}
