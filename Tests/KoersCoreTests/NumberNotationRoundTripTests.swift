import KoersCore
import PropertyBased
import Testing

@Suite("Number notation: reading, evidence, round trips")
struct NumberNotationRoundTripTests {
    private func read(_ text: String, _ notation: NumberNotation?) -> Result<Double, NumberReadError> {
        NumberReader.read(text, notation: notation)
    }

    @Test func dutchNotation() {
        #expect(read("49.525", .dutch) == .success(49525))
        #expect(read("7,2", .dutch) == .success(7.2))
        #expect(read("1.234,5", .dutch) == .success(1234.5))
        #expect(read("1.234.567", .dutch) == .success(1_234_567))
        #expect(read("  -12 ", .dutch) == .success(-12))
    }

    @Test func englishNotation() {
        #expect(read("49,525", .english) == .success(49525))
        #expect(read("7.2", .english) == .success(7.2))
        #expect(read("1,234.5", .english) == .success(1234.5))
    }

    @Test func ambiguousWithoutNotation() {
        #expect(read("49.525", nil) == .failure(.ambiguous(dutch: 49525, english: 49.525)))
        #expect(read("1,234", nil) == .failure(.ambiguous(dutch: 1.234, english: 1234)))
        #expect(read("0.125", nil) == .success(0.125))
        #expect(read("1.234,5", .english) == .failure(.wrongNotation(expected: .english)))
        #expect(read("1..2", nil) == .failure(.notANumber))
        #expect(read("12a", nil) == .failure(.notANumber))
        #expect(read("", nil) == .failure(.notANumber))
    }

    @Test func notationEvidence() {
        func evidence(_ text: String) -> NumberNotation? {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { NumberReader.notationEvidence(UnsafeBufferPointer($0)) }
        }
        #expect(evidence("7,2") == .dutch)
        #expect(evidence("1.234,5") == .dutch)
        #expect(evidence("1.234.567") == .dutch)
        #expect(evidence("7.2") == .english)
        #expect(evidence("0.125") == .english)
        #expect(evidence("0,125") == .dutch)
        #expect(evidence("1,234.5") == .english)
        #expect(evidence("49.525") == nil)
        #expect(evidence("1,234") == nil)
        #expect(evidence("12") == nil)
    }

    /// Format then parse gives the value back, in both notations, grouped or not.
    @Test func formatThenParseRoundTrips() async {
        await propertyCheck(
            count: 1000, input: Gen.int(in: -999_999_999...999_999_999), Gen.int(in: 0...3), Gen.element(of: NumberNotation.allCases), Gen.bool
        ) { scaled, digits, notation, grouping in
            guard let notation else { return }
            let divisor = [1.0, 10, 100, 1000][digits]
            let number = Double(scaled) / divisor
            let text = NumberWriter.format(number, notation: notation, maxFractionDigits: 3, grouping: grouping)
            let parsed = try? NumberReader.read(text, notation: notation).get()
            #expect(parsed.map { abs($0 - number) <= 1e-9 * max(1, abs(number)) } == true, "\(text)")
        }
    }

    /// A number whose text proves its notation reads the same with or without a declared notation.
    @Test func evidenceAgreesWithTheReader() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...99_999_999), Gen.element(of: NumberNotation.allCases)) { cents, notation in
            guard let notation else { return }
            let text = NumberWriter.format(Double(cents) / 100, notation: notation, maxFractionDigits: 2, minFractionDigits: 2)
            var bytes = Array(text.utf8)
            let evidence = bytes.withUnsafeMutableBufferPointer { NumberReader.notationEvidence(UnsafeBufferPointer($0)) }
            #expect(evidence == notation, "\(text)")
            #expect((try? NumberReader.read(text, notation: nil).get()) == (try? NumberReader.read(text, notation: notation).get()))
        }
    }
}

@Suite("Period bytes")
struct PeriodBytesTests {
    @Test(arguments: ["2020", "2020JJ00", "2021HJ01", "2021KW03", "2021MM05", "2021-H2", "2021-Q3", "2021-05", " 2022* ", "2022**", "2021-q1", "x", "", "2020JJ01", "2021MM13", "20", "2021-X1"])
    func agreesWithStringParser(text: String) {
        var bytes = Array(text.utf8)
        let fromBytes = bytes.withUnsafeMutableBufferPointer { Period.parse(bytes: UnsafeBufferPointer($0)) }
        #expect(fromBytes == Period.parse(text))
    }
}
