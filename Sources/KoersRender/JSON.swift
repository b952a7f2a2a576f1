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
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .number(value): return Self.number(text: value)
        case let .string(value): return Self.quote(value)
        case let .array(items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + $0.serialized(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case let .object(members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { inner + Self.quote($0.0) + ": " + $0.1.serialized(indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(pad)}"
        }
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

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if VisibleControls.isHidden(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
