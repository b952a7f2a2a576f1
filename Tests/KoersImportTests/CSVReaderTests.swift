import Testing
@testable import KoersImport

@Suite("CSV reader")
struct CSVReaderTests {
    private func records(_ text: String, separator: Character = ";") throws -> [(line: Int, fields: [String])] {
        let reader = CSVReader(bytes: Array(text.utf8), separator: separator.asciiValue ?? 0)
        var out: [(Int, [String])] = []
        while try reader.next() {
            out.append((reader.line, (0..<reader.fieldCount).map { String(decoding: reader.field($0), as: UTF8.self) }))
        }
        return out
    }

    @Test func quotedFieldsAndLineNumbers() throws {
        let parsed = try records("a;\"b;\"\"c\"\"\nd\";e\r\n\"\";;\"x\"  \nlast")
        #expect(parsed.map(\.fields) == [["a", "b;\"c\"\nd", "e"], ["", "", "x"], ["last"]])
        #expect(parsed.map(\.line) == [1, 3, 4])
    }

    @Test func trailingSeparatorGivesAnEmptyLastField() throws {
        #expect(try records("\"PV22  \";1;\n").map(\.fields) == [["PV22  ", "1", ""]])
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(throws: TableReadError.textAfterClosingQuote(line: 2, field: 2)) { try records("a;b\n1;\"2\"x\n") }
    }

    @Test func rewindStartsOver() throws {
        let reader = CSVReader(bytes: Array("a\nb\n".utf8), separator: UInt8(ascii: ";"))
        while try reader.next() {}
        reader.rewind()
        #expect(try reader.next())
        #expect(reader.line == 1)
        #expect(String(decoding: reader.field(0), as: UTF8.self) == "a")
    }

    @Test func dialectDetection() {
        #expect(DialectDetection.separator(in: Array("a;b;c\n1,5;2;3\n4;5,5;6\n".utf8)) == UInt8(ascii: ";"))
        #expect(DialectDetection.separator(in: Array("a,b\n1,2\n\"x;y\",3\n".utf8)) == UInt8(ascii: ","))
        #expect(DialectDetection.separator(in: Array("a\tb\n1\t2\n".utf8)) == 0x09)
        #expect(DialectDetection.separator(in: Array("alleen\n".utf8)) == nil)
    }

    @Test func headerNames() throws {
        #expect(HeaderNames.normalize("Regio's") == "regios")
        #expect(HeaderNames.identifier("Kenmerken van huishoudens", column: 1) == "kenmerken_van_huishoudens")
        #expect(HeaderNames.identifier("", column: 4) == "column_4")
        #expect(HeaderNames.identifier("2020 totaal", column: 1) == "c_2020_totaal")
        #expect(HeaderNames.normalize("Périoden") == "perioden")
        let headers = ["Perioden", "Bevolking/Totale bevolking (aantal)", "Bevolking/Mannen (aantal)"]
        #expect(try HeaderNames.find("totale bevolking", in: headers).get() == 1)
        #expect(try HeaderNames.find("PERIODEN", in: headers).get() == 0)
        #expect((try? HeaderNames.find("aantal", in: ["a (aantal)", "b (aantal)"]).get()) == nil)
    }
}
