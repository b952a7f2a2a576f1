import PropertyBased
import Testing
@testable import KoersCore

/// A table's figures are read in the notation their column proves, decided from all its cells
/// together; where neither the column nor the table's language decides, no number is taken.
@Suite("Table notation")
struct TableNotationTests {
    static func reading(_ text: String) throws -> TableReading {
        try TableDraftTests.reading(text)
    }

    @Test("a column proves its notation from all its cells", arguments: [
        (["82,583", "100,000", "110,000", "115,000"], "en", NumberNotation?.some(.english)),
        (["8,165", "84,4"], "en", .some(.dutch)),
        (["$0.3559", "$0.40"], "nl", .some(.english)),
        (["17.900", "16.850"], "nl", .some(.dutch)),
        (["17.900", "16.850"], "en", .some(.english)),
        (["1.234.567", "84"], "en", .some(.dutch)),
        (["1,5", "1.5"], "nl", .some(.dutch)),
        (["1,5", "1.5"], "-", nil),
        (["1.234"], "-", nil),
        (["1,234", "12"], "-", .some(.english)),
        (["1.5.1", "12"], "-", nil),
    ])
    func columnNotation(cells: [String], language: String, expected: NumberNotation?) {
        #expect(TableNotation.evidence(of: cells).notation(language: Language(rawValue: language)) == expected)
    }

    @Test("English thousands beside a Dutch decimal column: each column in its own notation")
    func columnsDecideApart() throws {
        let text = "Measure\tActual 2023\tTarget 2024\tTarget 2025\tRate\n"
            + "Households reached\t8,165\t100,000\t115,000\t84,4%\n"
            + "Visits\t82,583\t90,000\t95,000\t90,1%\n"
        let reading = try Self.reading(text)
        #expect(reading.rows.map { $0.proposal.target?.value } == [115_000, 95_000])
        #expect(reading.rows.map { $0.proposal.baseline?.value } == [8_165, 82_583])
        #expect(reading.columns.map(\.notation) == [.english, .english, .english, .english, .dutch])
    }

    @Test("a Dutch table's 17.900 is seventeen thousand nine hundred; an English one's $0.3559 a price")
    func languageDecidesTheRest() throws {
        let dutch = try Self.reading("Indicator\tRealisatie 2022\tStreefwaarde 2026\nBanen\t16.850\t17.900\n")
        #expect(dutch.rows[0].proposal.target?.value == 17_900)
        #expect(dutch.rows[0].proposal.baseline?.value == 16_850)
        let english = try Self.reading("Measure\tActual 2023\tTarget 2025\nCost per kWh\t$0.3559\t$0.30\n")
        #expect(english.rows[0].proposal.baseline?.value == 0.3559)
        #expect(english.rows[0].proposal.target?.value == 0.3)
    }

    @Test("nothing says which notation: no number, and the row's notes say why")
    func unsureIsNoNumber() throws {
        let reading = try Self.reading("Kpi\tNorm 2026\nAbc\t1.234\n")
        let row = try #require(reading.rows.first)
        #expect(row.proposal.target == nil)
        #expect(row.notes.count == 1)
        #expect(row.notes.first?.message.en.contains("can be read two ways") == true)
        #expect(row.notes.first?.message.nl.contains("op twee manieren te lezen") == true)
    }

    @Test("magnitudes: the full number", arguments: [
        ("9.79M", 9_790_000.0), ("1.65M", 1_650_000), ("1.6M", 1_600_000), ("1M", 1_000_000), ("15K", 15_000), ("£150m", 150_000_000),
        ("$2.5bn", 2_500_000_000), ("3 million", 3_000_000),
    ])
    func englishMagnitudes(cell: String, expected: Double) {
        #expect(CellReader.read(cell, notation: .english) == .figure(CellFigure(value: expected, percent: false, comparator: nil, period: nil, signed: false)))
    }

    /// Any figure with two decimals and a magnitude word is the whole number it names, exactly.
    @Test func magnitudesGiveTheWholeNumber() async {
        let words: [(String, Int)] = [("K", 1_000), ("M", 1_000_000), (" mln", 1_000_000), (" miljoen", 1_000_000), (" mld", 1_000_000_000), ("bn", 1_000_000_000)]
        await propertyCheck(count: 300, input: Gen.int(in: 1...999_999), Gen.int(in: 0...(words.count - 1)), Gen.bool) { hundredths, pick, dutch in
            let (word, factor) = words[pick]
            let decimals = String(hundredths % 100)
            let cell = "\(hundredths / 100)\(dutch ? "," : ".")\(decimals.count == 1 ? "0" : "")\(decimals)\(word)"
            let expected = Double(hundredths * (factor / 100))
            #expect(CellReader.read(cell, notation: dutch ? .dutch : .english)
                == .figure(CellFigure(value: expected, percent: false, comparator: nil, period: nil, signed: false)), "\(cell)")
        }
    }

    @Test("a whole English table with magnitudes and a thousands column")
    func englishTableWithMagnitudes() throws {
        let reading = try Self.reading("Measure\tActual 2023\tTarget 2026\nVisitors\t223,754\t1.65M\nJobs\t9,100\t290,000\n")
        #expect(reading.rows.map { $0.proposal.target?.value } == [1_650_000, 290_000])
        #expect(reading.rows.map { $0.proposal.baseline?.value } == [223_754, 9_100])
    }

    @Test("header years with odd spacing, ranges and financial years", arguments: [
        ("TARGET 24 /25", "2025-03"), ("ACTUAL 22 /23", "2023-03"), ("2021 - 2023", "2023"), ("Streef- cijfer 2020", "2020"),
        ("FY 2023-24 Adopted Budget", "2024-06"), ("Doel 2023 – 2026", "2026"),
        ("FY23 Target", "2023"), ("FY2019 Actual", "2019"), ("FY 24 Target", "2024"), ("fy21 actual", "2021"),
        ("Target 23", "-"), ("FYI 23", "-"),
    ])
    func headerPeriods(header: String, expected: String) {
        #expect(HeaderPeriod.read(header).map(\.description) ?? "-" == expected)
    }

    @Test("header words: a hyphenated word broken by a line end is one word again", arguments: [
        ("Streef- cijfer 2020", TableColumnRole.target), ("FY 2023-24 Adopted Budget", .planned), ("TARGET 24 /25", .target),
        ("ACTUAL 22 /23", .realised), ("Dak- en thuislozen", .other), ("Deadline", .deadline), ("Streefdatum", .deadline),
        ("baseline period", .label), ("Comparator", .polarity),
    ])
    func headerRoles(header: String, role: TableColumnRole) throws {
        let reading = try Self.reading("Indicator\t\(header)\nAantal\t4\n")
        #expect(reading.columns[1].role == role)
    }

    @Test("a cell's own period before a colon is its period, never its value")
    func periodBeforeColon() throws {
        let reading = try Self.reading("Indicator\tRealisatie\tDoel\nBezoekers\t2018: 172\t2020: 200\n")
        let proposal = try #require(reading.rows.first?.proposal)
        #expect(proposal.baseline?.value == 172 && proposal.baseline?.period == .year(2018))
        #expect(proposal.target?.value == 200 && proposal.deadline?.period == .year(2020))
        #expect(!proposal.numbers.contains { $0.value == 2018 || $0.value == 2020 })
    }

    /// Any whole number written with English thousands commas in an English column, or Dutch
    /// points in a Dutch one, is read as that number, whatever the other column writes.
    @Test func groupedNumbersReadInTheirColumnsNotation() async {
        let input = zip(Gen.int(in: 1_000...999_999).array(of: 1...4), Gen.bool)
        await propertyCheck(count: 200, input: input) { values, dutch in
            func written(_ value: Int) -> String {
                let thousands = value / 1000, rest = value % 1000
                let restText = String(rest)
                return "\(thousands)\(dutch ? "." : ",")\(String(repeating: "0", count: 3 - restText.count))\(restText)"
            }
            let header = dutch ? "Indicator\tStreefwaarde 2026\tRealisatie 2022\n" : "Measure\tTarget 2026\tActual 2022\n"
            let rows = values.map { "Rij\t\(written($0))\t\(dutch ? "84,4" : "84.4")" }.joined(separator: "\n")
            guard let reading = try? Self.reading(header + rows + "\n") else { return }
            #expect(reading.rows.map { $0.proposal.target?.value } == values.map(Double.init))
        }
    }
}
