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
        #expect(NumberWriter.format(9007199254740993, notation: .english, grouping: false) == "9007199254740992")
        #expect(NumberWriter.format(1.2345678901234567e16, notation: .english, grouping: false) == "12345678901234568")
        #expect(NumberWriter.format(.greatestFiniteMagnitude, notation: .english, grouping: false).hasPrefix("17976931348623157000"))
    }

    @Test("A minimum of fraction digits keeps trailing zeros")
    func minimumFraction() {
        #expect(NumberWriter.format(7, notation: .dutch, maxFractionDigits: 1, minFractionDigits: 1) == "7,0")
    }
}
