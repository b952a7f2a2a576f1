import KoersCore
import PropertyBased
import Testing
@testable import KoersImport

/// A large CSV is read on two cores, split at a record boundary: the result must be the one
/// reading it whole gives, down to rows, errors and their order.
@Suite("Reading a CSV in two halves")
struct SplitReadingTests {
    private func expectSameBothWays(_ text: String, _ options: [(String, String)] = []) throws {
        let buffer = ByteBuffer(copying: Array(text.utf8))
        let whole = try TableOutcome(buffer, split: false, options)
        let halves = try TableOutcome(buffer, split: true, options)
        #expect(halves == whole, "\(text.debugDescription)")
    }

    /// Rows of 21 series (7 municipalities × 3 metrics), one year per 21 rows from `first`.
    private func rows(_ count: Int, from first: Int = 0, lineEnd: String = "\n") -> String {
        (first..<first + count).map { "Gemeente \($0 % 7);m\($0 % 3);\(2000 + $0 / 21);\($0),5" }.joined(separator: lineEnd)
    }

    @Test func aQuotedFieldWithLineBreaksAcrossTheMiddleStaysWhole() throws {
        let label = "\"" + Array(repeating: "regel", count: 200).joined(separator: "\n") + "\""
        let text = "gemeente;indicator;periode;waarde\n\(rows(20))\n\(label);m9;2020;1,5\n\(rows(20, from: 20))\n"
        let reader = CSVReader(bytes: Array(text.utf8), separator: UInt8(ascii: ";"))
        let halves = try #require(reader.split())
        // The first half ends after the record holding the quoted field, not inside it.
        while try halves.first.next() {}
        #expect(halves.first.lineAfterLast == 20 + 200 + 2)
        try expectSameBothWays(text)
    }

    @Test func aSeriesRunningAcrossTheSplitKeepsItsFiguresInOrder() throws {
        let text = "gemeente;indicator;periode;waarde\r\n" + (0..<400).map { index in
            let month = index % 12 + 1
            return "Almelo;m1;\(2000 + index / 12)MM\(month < 10 ? "0" : "")\(month);\(index),5"
        }.joined(separator: "\r\n")
        try expectSameBothWays(text)
        guard case let .staged(figures, rows, _, _, _, _) = try TableOutcome(ByteBuffer(copying: Array(text.utf8)), split: true) else {
            Issue.record("the table was refused")
            return
        }
        #expect(rows == 400)
        #expect(figures.values.first?.map(\.provenance.row) == Array(2...401).map(Int32.init))
    }

    @Test func aByteOrderMarkedFileSplitsAfterTheMark() throws {
        let text = "gemeente;indicator;periode;waarde\r\n\(rows(300, lineEnd: "\r\n"))\r\n"
        let buffer = ByteBuffer(copying: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let decoded = try TextDecoding.decode(ByteSource(buffer), declared: nil)
        #expect(decoded.range == 3..<buffer.count)
        #expect(decoded.source.inMemory === buffer)
        let halves = try TableOutcome(buffer, range: decoded.range, split: true)
        #expect(halves == (try TableOutcome(buffer, range: decoded.range, split: false)))
        #expect(halves == (try TableOutcome(ByteBuffer(copying: Array(text.utf8)), split: false)))
    }

    @Test func invalidUTF8AfterLongASCIIRunsIsPlacedExactly() {
        // Eight bytes at a time over ASCII, byte by byte over letters like é: the place of
        // the bad byte is the same wherever it falls in a word of eight.
        for padding in 0..<9 {
            let prefix = Array("gemeente;waarde\nCafé;1\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: padding) + [0x0A]
            let bytes = [0xEF, 0xBB, 0xBF] + prefix + [0xC3, 0x28] + Array("\nrest\n".utf8)
            #expect(throws: TextDecoding.Failure.invalidUTF8(line: 4, offset: 3 + prefix.count)) {
                try TextDecoding.decode(ByteSource(ByteBuffer(copying: bytes)), declared: .utf8)
            }
        }
    }

    @Test func aControlByteIsFoundAtEveryPlaceInAWordOfEight() {
        // Tabs, line breaks and form feeds are text; bytes above 0x7F are not controls.
        for padding in 0..<17 {
            let text = Array("a;b\r\n\t1;2\u{0C}\n".utf8) + (0..<padding).map { $0 % 3 == 0 ? UInt8(0xE9) : UInt8(ascii: "x") }
            let bytes = [0xEF, 0xBB, 0xBF] + text + [0x01] + Array("\nrest\n".utf8)
            #expect(throws: TextDecoding.Failure.binary(offset: 3 + text.count)) {
                try TextDecoding.decode(ByteSource(ByteBuffer(copying: bytes)), declared: nil)
            }
        }
        let clean = ByteBuffer(copying: Array("a;b\r\n\t1;2\u{0C}\nCafé;3\n".utf8))
        #expect(throws: Never.self) { try TextDecoding.decode(ByteSource(clean), declared: nil) }
    }

    @Test func errorsAndTheirOrderDoNotDependOnTheSplit() throws {
        // Errors on both sides of the middle, more than the error limit, a footer-like
        // one-field line followed by data, and a notation conflict.
        var lines = ["gemeente;indicator;periode;waarde"]
        for index in 0..<120 {
            switch index % 9 {
            case 0: lines.append("Almelo;m1;\(1900 + index);abc")
            case 3: lines.append("alleen een veld")
            case 5: lines.append("Almelo;m1;\(1900 + index)")
            case 7: lines.append("Almelo;m1;\(1900 + index);1.234,5")
            default: lines.append("Almelo;m1;\(1900 + index);\(index).5")
            }
        }
        try expectSameBothWays(lines.joined(separator: "\n") + "\nvoetnoot\n")
    }

    @Test func aStrayQuoteInAnUnquotedFieldFallsBackToOneReader() throws {
        let text = "gemeente;indicator;periode;waarde\nAl\"melo;m1;2019;1\n\(rows(50))\n\"Ede\";m1;2019;2\n\(rows(50, from: 50))\n"
        try expectSameBothWays(text)
    }

    @Test func wideTablesAndTotalRowsSplitToo() throws {
        let text = "regio;indicator;2019;2020;2021\n" + (0..<200).map { index in
            "\(index % 10 == 0 ? "Totaal" : "Wijk \(index % 13)");m\(index % 4);\(index),1;.;\(index)"
        }.joined(separator: "\n")
        try expectSameBothWays(text, [("total-row", "Totaal")])
    }

    /// Random tables from pieces that stress the reader: quoted fields with separators, line
    /// breaks and doubled quotes, stray quotes, CRLF and LF, missing and malformed figures,
    /// wrong field counts and one-field lines.
    @Test func readingInHalvesEqualsReadingWhole() async {
        let names = ["Almelo", "\"Bergen (NH.)\"", "\"Rijs\nwijk\"", "\"Zeg \"\"x\"\"\"", "\"a;b\"", "Ede", "Al\"melo", " Ede "]
        let values = ["6,7", "1.234", "12", "", ".", "abc", "1,5", "\"3,5\"", "1.234,5", "2.5", "-99998"]
        let periods = ["2019", "2020", "2021KW03", "2022MM05", "20x", "2019*"]
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000).array(of: 1...300)) { choices in
            var text = "gemeente;indicator;periode;waarde\n"
            for choice in choices {
                let ending = choice % 5 == 0 ? "\r\n" : "\n"
                switch choice % 23 {
                case 0: text += "voetnoot" + ending
                case 1: text += "Almelo;m1" + ending
                default:
                    text += names[choice % names.count] + ";m\(choice % 3);" + periods[(choice / 7) % periods.count] + ";"
                        + values[(choice / 11) % values.count] + ending
                }
            }
            let buffer = ByteBuffer(copying: Array(text.utf8))
            do {
                let halves = try TableOutcome(buffer, split: true)
                let whole = try TableOutcome(buffer, split: false)
                #expect(halves == whole, "\(text.debugDescription)")
            } catch {
                Issue.record("the options were refused: \(error)")
            }
        }
    }
}
