import KoersCore
import Testing
@testable import KoersGoalFile

/// Inputs meant to break a parser.
let hostileInputs: [(String, String)] = [
    ("a 200 kB word at the margin", String(repeating: "x", count: 200_000)),
    ("a long text of é", "goal g\n    title \"" + String(repeating: "é", count: 20_000) + "\"\n"),
    ("a 200 kB unterminated text", "goal g\n    title \"" + String(repeating: "a", count: 200_000)),
    ("20,000 unknown escapes", "goal g\n    title \"" + String(repeating: "\\q", count: 20_000) + "\"\n"),
    ("NUL bytes", "goal g\0\n    title \"\0\"\n\0\0\0\n"),
    ("deep braces", "goal g\n    title \"T\"\n    metric m" + String(repeating: "{", count: 20_000) + "\n"),
    ("deep parentheses", "metric m\n    formula ratio" + String(repeating: "(", count: 20_000) + "\n"),
    ("20,000 quotes", String(repeating: "\"", count: 20_000)),
    ("20,000 blank lines", String(repeating: "\n", count: 20_000)),
    ("20,000 lines of CR", String(repeating: "\r", count: 20_000)),
    ("only indentation", String(repeating: " ", count: 20_000) + "x"),
    ("a truncated file", String(dutchExample.prefix(200))),
    ("a goal that names itself as its metric", "goal g\n    title \"T\"\n    metric g\nmetric g\n    formula ratio(g, g)\n"),
    ("invalid UTF-8 decoded lossily", String(decoding: [0x67, 0x6F, 0x61, 0x6C, 0x20, 0xFF, 0xFE, 0x0A, 0x20, 0xC3], as: UTF8.self)),
    ("a lone byte order mark in the middle", "goal g\n    title \"T\"\n\u{FEFF}goal h\n"),
    ("a huge number", "goal g\n    title \"T\"\n    target >= " + String(repeating: "9", count: 5_000) + "\n"),
    ("a huge year", "goal g\n    title \"T\"\n    deadline 99999999999999999999\n"),
]

/// Inputs meant to break a parser: each must give a document or errors with places, quickly.
@Suite struct HostileInputTests {
    @Test(arguments: hostileInputs)
    func hostileInputIsAnsweredNotCrashedOn(name: String, text: String) {
        checkParsesOrExplains(text)
    }

    @Test func aFieldWithManyLinesIsReadInLinearTime() {
        // 20,000 inline values in one metric block: were the field list copied per line, this
        // would take minutes.
        var text = "metric m\n"
        for index in 0..<20_000 { text += "    value {n=\"\(index)\"} 2020 = \(index)\n" }
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = GoalFileParser.parse(text: text, path: "many.koers").inlineValues.count }
        #expect(count == 20_000)
        #expect(elapsed < .seconds(20))
    }

    @Test func errorsQuoteARunawayWordBriefly() throws {
        let diagnostic = try #require(GoalFileParser.parse(text: String(repeating: "x", count: 10_000), path: "f").diagnostics.first)
        #expect(diagnostic.message.en.count < 200)
    }

    @Test func aSelfReferenceIsNotTheParsersConcern() throws {
        let content = try parseCleanly("goal g\n    title \"T\"\n    metric g\nmetric g\n    formula ratio(g, g)\n").content
        #expect(content.metrics[0].formula == .ratio(SeriesKey(metric: "g"), SeriesKey(metric: "g")))
    }
}
