/// A JSON value with keys kept in the order they are written, so the documented shape of
/// `check --format json` and `draft --format json` is also the order a reader sees.
enum CheckJSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([CheckJSON])
    case object([(String, CheckJSON)])

    static func optional<T>(_ value: T?, _ make: (T) -> CheckJSON) -> CheckJSON {
        value.map(make) ?? .null
    }

    /// Two-space indented, one key per line; numbers without needless fraction digits.
    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .number(value): return Self.number(value)
        case let .string(value): return Self.quoted(value)
        case let .array(values):
            guard !values.isEmpty else { return "[]" }
            return "[\n" + values.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case let .object(members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.rendered(indent: indent + 1))" }.joined(separator: ",\n") + "\n\(pad)}"
        }
    }

    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
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
