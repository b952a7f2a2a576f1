import PropertyBased
import Testing
@testable import KoersCore

/// `draft --table WORKBOOK.xlsx` after the workbook is read: which row is the header, which sheet
/// holds the table, and a stored number read as the number it is.
@Suite("Sheet table")
struct SheetTableTests {
    /// A row of cells from column A on; nil leaves a cell empty, a Double is a stored number.
    static func row(_ number: Int, _ cells: [Any?]) -> SheetRow {
        SheetRow(number: number, cells: cells.enumerated().compactMap { column, value in
            switch value {
            case let text as String: SheetCell(column: column, text: text)
            case let number as Double:
                SheetCell(column: column, text: number == number.rounded() ? String(Int(number)) : String(number), stored: StoredNumber(value: number, percent: false))
            case let stored as StoredNumber: SheetCell(column: column, text: "\(stored.value)%", stored: stored)
            default: nil
            }
        })
    }

    static func percent(_ value: Double) -> StoredNumber { StoredNumber(value: value, percent: true) }

    static func reading(_ table: PastedTable) -> TableReading {
        TableDraft.read(table, file: "doelen.xlsx", wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
    }

    static let wonen = WorkbookSheet(name: "Wonen", rows: [
        row(1, ["Programma Wonen: prestatie-indicatoren"]),
        row(2, ["Stand per 1 januari", "2025"]),
        row(4, ["Omschrijving", "Uitgangswaarde 2022", "Doel 2025", "Doel 2028"]),
        row(5, ["Tevredenheid over de woonomgeving", percent(68.5), percent(70), percent(75)]),
        row(6, ["Verleende bouwvergunningen", 1.234, "Minimaal 1.500", 1800.0]),
        row(7, ["Woonlasten", nil, nil, nil]),
        row(8, ["Bron: Woonmonitor 2024"]),
    ])

    @Test("the header is the row whose words name the columns, below a title and a date row")
    func headerBelowTitle() throws {
        let table = try SheetTable.table(in: Self.wonen, file: "doelen.xlsx").get()
        #expect(table.header.number == 4)
        #expect(table.sheet == "Wonen")
        #expect(table.header.cells.map(\.text) == ["Omschrijving", "Uitgangswaarde 2022", "Doel 2025", "Doel 2028"])
        // A row with only its first cell is a heading or a note: `Bron: …` and the empty `Woonlasten`.
        #expect(table.rows.map(\.number) == [5, 6])
        #expect(table.rows[1].cells.map(\.reference) == ["A6", "B6", "C6", "D6"])
        // Each cell's column is its place in the row's cells joined by tabs, which the spans point into.
        for line in [table.header] + table.rows {
            for cell in line.cells { #expect(String(Array(line.text)[(cell.column - 1)...].prefix(cell.text.count)) == cell.text) }
        }
    }

    @Test("a stored number is the number it is: never read for its notation, a percentage cell in percent")
    func storedNumbers() throws {
        let reading = Self.reading(try SheetTable.table(in: Self.wonen, file: "doelen.xlsx").get())
        #expect(reading.columns.map(\.role) == [.indicator, .baseline, .target, .target])
        let satisfaction = reading.rows[0].proposal
        #expect(satisfaction.target?.value == 75 && satisfaction.target?.unit == .percent)
        #expect(satisfaction.baseline?.value == 68.5 && satisfaction.baseline?.period == .year(2022))
        #expect(satisfaction.milestones.map(\.target.value) == [70])
        // 1.234 stored is one and a bit, whatever the Dutch words around it; the written `Minimaal 1.500` is Dutch.
        let permits = reading.rows[1].proposal
        #expect(permits.baseline?.value == 1.234)
        #expect(permits.target?.value == 1800 && permits.target?.comparator == .atLeast)
        #expect(permits.milestones.map(\.target.value) == [1500])
    }

    @Test("a line break in a header cell is a space; the header repeated on a printed page is no row")
    func wrappedAndRepeatedHeader() throws {
        let sheet = WorkbookSheet(name: "Blad1", rows: [
            Self.row(1, ["Indicator", "Streefwaarde\n2026"]),
            Self.row(2, ["Banen", 500.0]),
            Self.row(40, ["Indicator", "Streefwaarde\n2026"]),
            Self.row(41, ["Woningen", 300.0]),
        ])
        let reading = Self.reading(try SheetTable.table(in: sheet, file: "doelen.xlsx").get())
        #expect(reading.columns.map(\.header.text) == ["Indicator", "Streefwaarde 2026"])
        #expect(reading.rows.map(\.line) == [2, 41])
        #expect(reading.rows.map(\.proposal.deadline?.period) == [.year(2026), .year(2026)])
    }

    @Test("a header in two rows: the years under a merged word join it")
    func twoRowHeader() throws {
        let sheet = WorkbookSheet(name: "Blad1", rows: [
            Self.row(1, ["Indicator", "Realisatie", "Realisatie", "Streefwaarde", "Streefwaarde"]),
            Self.row(2, [nil, 2022.0, 2023.0, 2025.0, 2027.0]),
            Self.row(3, ["Banen in de regio", 41_200.0, 41_900.0, 42_500.0, 43_000.0]),
        ])
        let reading = Self.reading(try SheetTable.table(in: sheet, file: "doelen.xlsx").get())
        #expect(reading.table.header.cells.map(\.text) == ["Indicator", "Realisatie 2022", "Realisatie 2023", "Streefwaarde 2025", "Streefwaarde 2027"])
        #expect(reading.rows.map(\.line) == [3])
        #expect(reading.rows[0].proposal.target?.value == 43_000)
        #expect(reading.rows[0].proposal.baseline?.period == .year(2022))
    }

    @Test("a sheet's problems name the file, the sheet and the row; a cell's note its reference")
    func problemsNameTheSheet() throws {
        let noTable = WorkbookSheet(name: "Toelichting", rows: [Self.row(1, ["Deze werkmap hoort bij de begroting"]), Self.row(2, ["Zie", "Wonen"])])
        let missing = try #require(SheetTable.table(in: noTable, file: "doelen.xlsx").failure)
        #expect(missing.location == nil)
        #expect(missing.message.en.hasPrefix("doelen.xlsx, sheet “Toelichting”: no row names the table's columns"))
        #expect(missing.message.nl.hasPrefix("doelen.xlsx, blad ‘Toelichting’: geen rij noemt de kolommen"))
        let realisedOnly = WorkbookSheet(name: "Cijfers", rows: [Self.row(3, ["Indicator", "Realisatie 2023"]), Self.row(4, ["Banen", 12.0])])
        let reading = Self.reading(try SheetTable.table(in: realisedOnly, file: "doelen.xlsx").get())
        #expect(reading.problems.map(\.message.en).first?.hasPrefix("doelen.xlsx, sheet “Cijfers”, row 3: no column is a target") == true)
        let noFigure = WorkbookSheet(name: "Wonen", rows: [Self.row(1, ["Indicator", "Doel 2026"]), Self.row(2, ["Tevredenheid", "goed"])])
        let note = try #require(Self.reading(try SheetTable.table(in: noFigure, file: "doelen.xlsx").get()).rows.first?.notes.first)
        #expect(note.cell.reference == "B2")
    }

    @Test("without --sheet: the only sheet whose header names a target; else an error listing the sheets")
    func pickingTheSheet() throws {
        let notes = WorkbookSheet(name: "Toelichting", rows: [Self.row(1, ["Zie het blad Wonen"])])
        let werk = WorkbookSheet(name: "Werk", rows: [Self.row(1, ["Indicator", "Target 2026"]), Self.row(2, ["Jobs", 500.0])])
        #expect(try SheetTable.pick([notes, Self.wonen], named: nil, file: "d.xlsx").get().sheet == "Wonen")
        #expect(try SheetTable.pick([notes, Self.wonen, werk], named: "werk", file: "d.xlsx").get().sheet == "Werk")
        let several = try #require(SheetTable.pick([notes, Self.wonen, werk], named: nil, file: "d.xlsx").failure)
        #expect(several.message.en == "d.xlsx: several sheets hold an indicator table (“Wonen”, “Werk”): pick one with --sheet NAME")
        let none = try #require(SheetTable.pick([notes, notes], named: nil, file: "d.xlsx").failure)
        #expect(none.message.nl.hasSuffix("de werkmap heeft ‘Toelichting’, ‘Toelichting’: kies er een met --blad NAAM"))
        let unknown = try #require(SheetTable.pick([notes, Self.wonen], named: "Zorg", file: "d.xlsx").failure)
        #expect(unknown.message.en == "d.xlsx: no sheet “Zorg”; the workbook has “Toelichting”, “Wonen”")
    }

    @Test("references as a spreadsheet names cells")
    func references() {
        #expect(SheetTable.reference(column: 0, row: 1) == "A1")
        #expect(SheetTable.reference(column: 25, row: 7) == "Z7")
        #expect(SheetTable.reference(column: 27, row: 12) == "AB12")
    }

    /// Title rows (words without a column's name, or one cell) above any header that names a
    /// target: the header is found, and every row under it is a row of the table.
    @Test func headerFoundUnderAnyTitles() async {
        let titles: [[String]] = [["Programma 3 Economie"], ["Peildatum", "1 januari 2025"], ["Bijlage 2", "Indicatorentabel"], ["Vastgesteld in de raad van 12 november"]]
        let headers: [[String]] = [["Indicator", "Streefwaarde 2026"], ["Omschrijving", "Realisatie 2023", "Doel 2027"], ["Measure", "Baseline", "Target 2025"]]
        let input = zip(Gen.int(in: 0...(titles.count - 1)).array(of: 0...4), Gen.int(in: 0...(headers.count - 1)), Gen.int(in: 1...5))
        await propertyCheck(count: 200, input: input) { titlePicks, headerPick, rowCount in
            let header = headers[headerPick]
            var rows = titlePicks.enumerated().map { Self.row($0.offset + 1, titles[$0.element]) }
            let headerNumber = rows.count + 2
            rows.append(Self.row(headerNumber, header))
            for index in 0..<rowCount {
                rows.append(Self.row(headerNumber + 1 + index, ["Indicator \(index)"] + header.dropFirst().map { _ in Double(index * 10 + 5) }))
            }
            let table = try? SheetTable.table(in: WorkbookSheet(name: "Blad1", rows: rows), file: "t.xlsx").get()
            #expect(table?.header.number == headerNumber)
            #expect(table?.rows.count == rowCount)
            let reading = table.map(Self.reading)
            #expect(reading?.rows.allSatisfy { $0.proposal.target?.value == $0.cells.last?.stored?.value } == true)
        }
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(failure) = self { return failure }
        return nil
    }
}
