import KoersCore
import Testing

@Suite("Writing numbers")
struct NumberWriterTests {
    @Test("Dutch and English notation, grouping and rounding")
    func notation() {
        #expect(NumberWriter.format(49525, notation: .dutch) == "49.525")
        #expect(NumberWriter.format(49525, notation: .english) == "49,525")
        #expect(NumberWriter.format(7.2, notation: .dutch) == "7,2")
        #expect(NumberWriter.format(1234.5, notation: .dutch) == "1.234,5")
        #expect(NumberWriter.format(-0.004, notation: .english) == "0")
        #expect(NumberWriter.format(.infinity, notation: .english) == "–")
    }

    @Test("No fraction digits rounds to a whole number")
    func wholeNumbers() {
        #expect(NumberWriter.format(54477.5, notation: .dutch, maxFractionDigits: 0) == "54.478")
        #expect(NumberWriter.format(0.4, notation: .english, maxFractionDigits: 0) == "0")
        #expect(NumberWriter.format(-12.6, notation: .english, maxFractionDigits: 0) == "-13")
    }

    @Test("Numbers beyond 2^53 keep the digits they were read with, and invent none")
    func hugeNumbers() {
        #expect(NumberWriter.format(1e23, notation: .english) == "100,000,000,000,000,000,000,000")
        #expect(NumberWriter.format(-1.5e20, notation: .dutch) == "-150.000.000.000.000.000.000")
        // 2^53 + 1 has no Double of its own: the nearest is 2^53, and that is what is written.
        #expect(NumberWriter.format(Double(9_007_199_254_740_993 as Int64), notation: .english, grouping: false) == "9007199254740992")
        #expect(NumberWriter.format(1.2345678901234567e16, notation: .english, grouping: false) == "12345678901234568")
        #expect(NumberWriter.format(.greatestFiniteMagnitude, notation: .english, grouping: false).hasPrefix("17976931348623157000"))
    }

    @Test("A minimum of fraction digits keeps trailing zeros")
    func minimumFraction() {
        #expect(NumberWriter.format(7, notation: .dutch, maxFractionDigits: 1, minFractionDigits: 1) == "7,0")
    }
}

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("The line is shown with a caret under the place")
    func caret() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "a.koers", line: 3, column: 5), LocalizedText(en: "bad", nl: "fout"), sourceLine: "    xyz", length: 3)
        #expect(diagnostic.formatted(in: .en) == "a.koers:3:5: error: bad\n        xyz\n        ^^^")
    }

    @Test("A very long line is cut to a window around the place, so a 1 MB line does not flood the terminal")
    func longLine() {
        let line = String(repeating: "a", count: 1_000_000) + "X" + String(repeating: "b", count: 1_000_000)
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "a.koers", line: 1, column: 1_000_001), LocalizedText(en: "bad", nl: "fout"), sourceLine: line, length: 500_000)
        let lines = diagnostic.formatted(in: .en).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].count < 140)
        let caretColumn = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let markColumn = lines[1].firstIndex(of: "X").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caretColumn == markColumn)
        #expect(lines[2].count < 140)
    }
}
