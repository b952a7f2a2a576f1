import KoersCore
import KoersTestSupport
import Testing
@testable import KoersRender

/// `JSON.write(into:indent:)` writes a document into one byte buffer; it must write exactly
/// what the nested strings of the first writer (kept here as the yardstick) wrote.
@Suite("JSON writer")
struct JSONWriterTests {
    /// The first writer: each value a string, joined into its parent's.
    static func joined(_ value: JSON, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch value {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .number(value): return JSON.number(text: value)
        case let .string(value): return quoted(value)
        case let .array(items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + joined($0, indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case let .object(members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { inner + quoted($0.0) + ": " + joined($0.1, indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)}"
        }
    }

    static func quoted(_ text: String) -> String {
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

    static let texts = ["", "doel", "“goed”", "a\"b", "back\\slash", "line\nbreak", "cr\r\nlf", "tab\t", "\u{1B}[2J", "\u{9B}", "\u{7F}",
                        "\u{0}", "é e\u{301}", "👍🏽", "’s-Hertogenbosch", "€ 1.250,50"]
    static let numbers = [0, -0.0, 1, -1, 0.375, 0.37500000000000056, 49525, 1e15, 1e-7, 123456789.123, .infinity, .nan]

    static func randomValue(depth: Int, using random: inout SeededRandom) -> JSON {
        let kind = Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &random)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(numbers.randomElement(using: &random)!)
        case 3: return .string((0..<Int.random(in: 0...3, using: &random)).map { _ in texts.randomElement(using: &random)! }.joined())
        case 4: return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            return .object((0..<Int.random(in: 0...4, using: &random)).map { _ in
                (texts.randomElement(using: &random)!, randomValue(depth: depth + 1, using: &random))
            })
        }
    }

    @Test func writesWhatTheJoinedStringsWrote() {
        var random = SeededRandom(seed: 19)
        for _ in 0..<2_000 {
            let value = Self.randomValue(depth: 0, using: &random)
            let indent = Int.random(in: 0...3, using: &random)
            #expect(value.serialized(indent: indent) == Self.joined(value, indent: indent))
        }
    }
}
