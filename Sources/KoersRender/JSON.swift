import KoersCore

/// A JSON value with object keys in a fixed order, so output is byte-identical run to run.
indirect enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    static func number(_ value: Double?) -> JSON { value.map { .number($0) } ?? .null }
    static func string(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }
    static func optional<T>(_ value: T?, _ make: (T) -> JSON) -> JSON { value.map(make) ?? .null }

    func serialized(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// `serialized(indent:)` appended to `out` as UTF-8: one buffer for a whole document,
    /// instead of a string per value joined into its parent's (a national `check --format json`
    /// is hundreds of megabytes).
    func write(into out: inout [UInt8], indent: Int = 0) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case let .number(value): out.append(contentsOf: Self.number(text: value).utf8)
        case let .string(value): Self.quote(value, into: &out)
        case let .array(items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(contentsOf: "[\n".utf8)
            for index in items.indices {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                Self.pad(indent + 1, into: &out)
                items[index].write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.pad(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(contentsOf: "{\n".utf8)
            for index in members.indices {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                Self.pad(indent + 1, into: &out)
                Self.quote(members[index].0, into: &out)
                out.append(contentsOf: ": ".utf8)
                members[index].1.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.pad(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Two spaces per level of nesting.
    static func pad(_ indent: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    /// Integers without a fraction; other numbers in Swift's shortest round-trip form.
    /// Non-finite numbers (never produced by the engine) become null, which JSON can hold.
    static func number(text value: Double) -> String {
        guard value.isFinite else { return "null" }
        let value = roundedToSignificantDigits(value)
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Rounds to 12 significant digits, so that binary floating-point noise
    /// (`0.37500000000000056`) does not reach scripts; far below any figure's precision.
    static func roundedToSignificantDigits(_ value: Double, _ digits: Int = 12) -> Double {
        guard value != 0, value.isFinite else { return value }
        var magnitude = 0
        var scaled = abs(value)
        while scaled >= 10 { scaled /= 10; magnitude += 1 }
        while scaled < 1 { scaled *= 10; magnitude -= 1 }
        let decimals = digits - 1 - magnitude
        var factor = 1.0
        for _ in 0..<min(abs(decimals), 300) { factor *= 10 }
        let rounded = decimals >= 0 ? (value * factor).rounded() / factor : (value / factor).rounded() * factor
        return rounded.isFinite ? rounded : value
    }

    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            default:
                if VisibleControls.isHidden(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
