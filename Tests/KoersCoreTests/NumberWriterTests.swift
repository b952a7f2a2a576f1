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

    @Test("A minimum of fraction digits keeps trailing zeros")
    func minimumFraction() {
        #expect(NumberWriter.format(7, notation: .dutch, maxFractionDigits: 1, minFractionDigits: 1) == "7,0")
    }
}
