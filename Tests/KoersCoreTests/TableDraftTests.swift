import Foundation
import Testing
@testable import KoersCore

/// `draft --table`: the header says which column is the target. Real tables from
/// Fixtures/indicator-tables (their README gives the sources) and the forms the cells take.
@Suite("Table draft")
struct TableDraftTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/indicator-tables/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func reading(_ text: String, file: String = "tabel.txt") throws -> TableReading {
        let table = try TableText.split(text, file: file).get()
        return TableDraft.read(table, file: file, wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
    }

    static func target(_ proposal: DraftProposal) -> String {
        guard let target = proposal.target else { return "none" }
        return "\(target.comparator?.rawValue ?? "?") \(target.targetValue)"
    }

    @Test("Zaanstad 2018: a nulmeting, two begroting columns and a target without a year")
    func zaanstad2018() throws {
        let reading = try Self.reading(Self.fixture("zaanstad-2018.tsv"))
        #expect(reading.columns.map(\.role) == [.indicator, .baseline, .realised, .planned, .planned, .target, .source])
        #expect(reading.columns.map(\.period) == [nil, nil, .year(2016), .year(2017), .year(2018), nil, nil])
        #expect(reading.problems.isEmpty)
        let row = try #require(reading.rows.first)
        #expect(row.proposal.sentence.hasPrefix("Percentage inwoners dat aangeeft"))
        #expect(Self.target(row.proposal) == "? \(TargetValue.absolute(83, percent: true))")
        #expect(row.proposal.target?.span.start == row.cells[5].column - 1)
        #expect(row.proposal.deadline == nil)
        #expect(row.proposal.baseline.map { [$0.value] } == [83])
        #expect(row.proposal.baseline?.period == nil)
        #expect(!row.proposal.vague && !row.proposal.complete)
        #expect(row.proposal.goal(id: "x").title == row.cells[0].text)
    }

    @Test("Zaanstad 2021 (Markdown): n.b. before the first figure, Dutch thousands, a header broken as `Streef-`")
    func zaanstad2021() throws {
        let reading = try Self.reading(Self.fixture("zaanstad-2021.md"))
        #expect(reading.table.layout == .markdown)
        #expect(reading.columns.map(\.role) == [.indicator, .realised, .realised, .realised, .realised, .planned, .target, .source])
        let targets = reading.rows.map { $0.proposal.target?.value }
        #expect(targets == [1000, 3, 300, 300])
        #expect(reading.rows[0].proposal.baseline?.value == 501)
        #expect(reading.rows[0].proposal.baseline?.period == .year(2019))
        #expect(reading.rows[2].proposal.baseline?.value == 75)
        #expect(reading.rows[2].proposal.baseline?.period == .year(2016))
        #expect(reading.rows.map(\.line) == [3, 4, 5, 6])
        // The realised figures and the begroting are numbers of the row, not its target.
        #expect(reading.rows[2].proposal.numbers.map(\.role) == [.baseline, .other, .other, .other, .other, .target])
    }

    @Test("Sint-Michielsgestel: a range in the target cell gives a finding at its place, not a number")
    func rangeInTargetCell() throws {
        let reading = try Self.reading(Self.fixture("sint-michielsgestel-2020.csv"))
        #expect(reading.table.layout == .semicolons)
        #expect(reading.columns.map(\.role) == [.indicator, .realised, .planned, .target, .target])
        let row = try #require(reading.rows.first)
        #expect(row.proposal.target == nil && row.proposal.vague)
        let note = try #require(row.notes.first)
        #expect(note.cell.text == "6,5- 7*" && note.cell.line == 2 && note.header == "Doel 2022")
        #expect(note.message.en.contains("not a number"))
        #expect(note.message.nl.contains("geen getal"))
    }

    @Test("Fryslân: realised figures only: no column is a target, said at the header line")
    func noTargetColumn() throws {
        let reading = try Self.reading(Self.fixture("fryslan-2023.tsv"))
        let problem = try #require(reading.problems.first)
        #expect(problem.location == SourceLocation(file: "tabel.txt", line: 1, column: 1))
        #expect(problem.message.en.contains("no column is a target"))
        #expect(problem.message.nl.contains("geen kolom is een streefwaarde"))
        #expect(reading.columns[1].role == .indicator)
        #expect(reading.rows.allSatisfy { $0.proposal.target == nil })
        #expect(reading.rows[0].proposal.sentence == "Klantwaardering Openbaar Vervoer")
    }

    @Test("Rotherham: `Good is` gives the comparator, `Target 2022/23` the financial year, words in cells a finding")
    func rotherham() throws {
        let reading = try Self.reading(Self.fixture("rotherham-2022.tsv"))
        #expect(reading.columns.map(\.role) == [.label, .indicator, .polarity, .target])
        let march2023 = try #require(Period(year: 2023, granularity: .month, index: 3))
        #expect(reading.columns[3].period == march2023)
        #expect(reading.rows.map { Self.target($0.proposal) } == [
            ">= \(TargetValue.absolute(85, percent: true))", ">= \(TargetValue.absolute(50, percent: true))",
            "<= \(TargetValue.absolute(4, percent: false))", "<= \(TargetValue.absolute(10.3, percent: false))",
            ">= \(TargetValue.absolute(9, percent: true))", "none",
        ])
        #expect(reading.rows[0].proposal.deadline?.period == march2023)
        #expect(reading.rows[0].proposal.deadline?.span.text == "Target 2022/23")
        #expect(reading.rows[5].notes.map(\.cell.text) == ["Top quartile metropolitan authorities"])
        #expect(reading.rows[0].proposal.language == .en)
    }

    @Test("the row of issue 16 with its header: the streefwaarde is the target, the first realisation the baseline")
    func issueRow() throws {
        let text = "Indicator\tStreefwaarde 2020\tRealisatie 2016\tRealisatie 2017\tRealisatie 2018\n"
            + "% meldingen binnen 2 weken afgehandeld\t90%\t84,4%\t90,1%\t91,4%\n"
        let proposal = try #require(try Self.reading(text).rows.first?.proposal)
        #expect(Self.target(proposal) == "? \(TargetValue.absolute(90, percent: true))")
        #expect(proposal.deadline?.period == .year(2020))
        #expect(proposal.baseline?.value == 84.4 && proposal.baseline?.period == .year(2016))
        #expect(!proposal.targetAmbiguous)
    }

    @Test("the latest target year wins; a planned figure is the target only without a target column")
    func whichColumn() throws {
        let two = try Self.reading("Indicator\tDoel 2024\tDoel 2026\tBegroting 2025\nAantal woningen\t400\t800\t500\n")
        #expect(two.rows[0].proposal.target?.value == 800 && two.rows[0].proposal.deadline?.period == .year(2026))
        let planned = try Self.reading("Indicator\tRealisatie 2022\tBegroting 2024\nAantal woningen\t350\t400\n")
        #expect(planned.problems.isEmpty)
        #expect(planned.rows[0].proposal.target?.value == 400 && planned.rows[0].proposal.deadline?.period == .year(2024))
        let latestEmpty = try Self.reading("Indicator\tDoel 2024\tDoel 2026\nAantal woningen\t400\tnnb\n")
        #expect(latestEmpty.rows[0].proposal.target?.value == 400 && latestEmpty.rows[0].proposal.deadline?.period == .year(2024))
    }

    @Test("bare year columns before the target's year are realised figures")
    func bareYears() throws {
        let reading = try Self.reading("Indicator\t2021\t2022\tStreefwaarde 2025\tLandelijk 2022\nUitstoot CO2 (Minimise)\t120\t110\t90\t100\n")
        #expect(reading.columns.map(\.role) == [.indicator, .realised, .realised, .target, .benchmark])
        let proposal = reading.rows[0].proposal
        #expect(Self.target(proposal) == "<= \(TargetValue.absolute(90, percent: false))")
        #expect(proposal.baseline?.value == 120 && proposal.baseline?.period == .year(2021))
    }

    @Test("`Goal` heading a column of words is a description, not the target")
    func goalColumnOfWords() throws {
        let text = "Ref\tGoal\tIndicator\tBaseline\tYear 1 (24/25) target\tYear 2 (25/26) target\n"
            + "1.5.1\tA cohesive and engaged community\tNumber of visits to libraries\t220,000\t250,000\t285,000\n"
        let reading = try Self.reading(text)
        #expect(reading.columns.map(\.role) == [.label, .other, .indicator, .baseline, .target, .target])
        let proposal = reading.rows[0].proposal
        #expect(proposal.sentence == "Number of visits to libraries")
        #expect(proposal.target?.value == 285_000 && proposal.deadline?.period == Period(year: 2026, granularity: .month, index: 3))
        #expect(proposal.baseline?.value == 220_000)
    }

    @Test("a `Good is` cell that is neither High nor Low leaves the comparator open, and says so")
    func unknownPolarity() throws {
        let row = try Self.reading("Measure\tGood is\tTarget 2025\nDisabled employees\tRepresentative\t9%\n").rows[0]
        #expect(row.proposal.target?.comparator == nil)
        #expect(row.notes.map(\.message.en) == ["“Representative” does not say High or Low: the target's comparator stays open"])
        #expect(row.notes.first?.cell.column == 20)
    }

    @Test("a unit column saying % makes the target a percentage")
    func unitColumn() throws {
        let reading = try Self.reading("Indicator\tEenheid\tStreefwaarde 2026\nInwoners die sporten\t%\t65\n")
        #expect(reading.rows[0].proposal.target?.unit == .percent)
    }

    @Test("cells: Dutch notation, comparators, hedges, a year, placeholders, words", arguments: [
        ("Minimaal 400", ">= 400"), ("< 28", "<= 28"), ("≥ 90%", ">= 90%"), ("max. 5", "<= 5"), ("ca. 3", "? 3"),
        ("17.900", "? 17900"), ("84,4%", "? 84.4%"), ("2020: 20", "? 20 in 2020"), ("20 (2019)", "? 20 in 2019"), ("80% of hoger", ">= 80%"),
        ("nnb", "no figure"), ("-", "no figure"), ("n.v.t.", "no figure"), ("", "no figure"), ("Groen", "not a number"),
        ("58-62", "not a number"), ("Top 10", "not a number"), ("+2%", "? +2%"), ("+2% increase", ">= +2%"), ("-10% reductie", "<= -10%"),
        ("€ 2,5 mln", "? 2500000"), ("1,2 miljoen", "? 1200000"), ("3 mld", "? 3000000000"), ("15K", "? 15000"), ("1M", "? 1000000"),
        ("15 m", "? 15"), ("Minimaal 1,5 mln inwoners", ">= 1500000"),
    ])
    func cells(cell: String, expected: String) {
        let read: String = switch CellReader.read(cell, notation: .dutch) {
        case let .figure(figure):
            "\(figure.comparator?.rawValue ?? "?") \(figure.signed && figure.value >= 0 ? "+" : "")\(Double(Int(figure.value)) == figure.value ? String(Int(figure.value)) : String(figure.value))"
                + (figure.percent ? "%" : "") + (figure.period.map { " in \($0)" } ?? "")
        case .noFigure: "no figure"
        case .notANumber: "not a number"
        case .notationUnknown: "notation unknown"
        }
        #expect(read == expected)
    }

    @Test("header periods", arguments: [
        ("Streefwaarde 2026", "2026"), ("2017/18", "2018-03"), ("2017/2018", "2018-03"), ("FY 2024", "2024"), ("Doel 2023-2026", "2026"),
        ("Realisatie t/m 2022", "2022"), ("Year 1 (24/25) target", "2025-03"), ("Year 3 (26/27) target", "2027-03"), ("Indicator", "-"), ("Bedragen x 1.000", "-"),
    ])
    func headerPeriods(header: String, expected: String) {
        #expect(HeaderPeriod.read(header).map(\.description) ?? "-" == expected)
    }

    @Test("a first line of figures is no header: said at its first figure")
    func noHeader() throws {
        let reading = try Self.reading("Aantal woningen\t400\t800\nAantal bomen\t10\t12\n")
        let problem = try #require(reading.problems.first)
        #expect(problem.location == SourceLocation(file: "tabel.txt", line: 1, column: 17))
        #expect(problem.message.en.contains("must be the header"))
    }

    @Test("bad text: ragged rows, open quotes, no separator, nothing, each at its line and column")
    func badText() {
        func failure(_ text: String) -> Diagnostic? {
            if case let .failure(diagnostic) = TableText.split(text, file: "tabel.txt") { return diagnostic }
            return nil
        }
        let ragged = failure("Indicator\tDoel 2026\nAantal\t4\t5\t6\n")
        #expect(ragged?.location == SourceLocation(file: "tabel.txt", line: 2, column: 10))
        #expect(ragged?.message.en == "this row has 4 cells, the header (line 1) 2")
        let short = failure("Indicator  Realisatie 2022  Doel 2026\n\nAantal woningen  400\n")
        #expect(short?.location == SourceLocation(file: "tabel.txt", line: 3, column: 21))
        #expect(short?.message.nl.contains("een lege cel valt weg") == true)
        let quote = failure("Indicator;Doel 2026\n\"Aantal;400\n")
        #expect(quote?.location == SourceLocation(file: "tabel.txt", line: 2, column: 1))
        #expect(failure("Indicator Doel 2026\nAantal 400\n")?.message.en.contains("cannot tell the header's columns apart") == true)
        #expect(failure(" \n\n")?.message.en.contains("the table is empty") == true)
        // A section heading between the rows is skipped, with or without its empty cells.
        #expect(failure("Indicator\tDoel 2026\nWonen\nAantal\t4\nVeiligheid\t\n| x |\t5\n") == nil)
        // A spreadsheet's empty trailing cells are no extra columns.
        #expect(failure("Indicator\tDoel 2026\nAantal\t4\t\t\n") == nil)
    }

    @Test("copied from a PDF: one space where a long indicator meets its first figure")
    func pdfSpacing() throws {
        let text = "Indicator                                Nulmeting (2019)   Realisatie 2023   Streefwaarde 2027\n"
            + "Aantal woninginbraken per 1.000 woningen 4,1                3,2               < 3\n"
        let row = try #require(try Self.reading(text).rows.first)
        #expect(row.cells.map(\.text) == ["Aantal woninginbraken per 1.000 woningen", "4,1", "3,2", "< 3"])
        #expect(row.cells[1].column == 42)
        #expect(Self.target(row.proposal) == "<= \(TargetValue.absolute(3, percent: false))")
        #expect(row.proposal.baseline?.value == 4.1 && row.proposal.baseline?.period == .year(2019))
    }

    @Test("earlier target columns are milestones, earliest first, after the baseline; without a comparator they stay open")
    func milestones() throws {
        let reading = try Self.reading("Indicator\tNulmeting 2021\tDoel 2020\tDoel 2023\tDoel 2024\tDoel 2026\nBanen\t100\t90\t≥ 120\tnnb\t150\n")
        let proposal = try #require(reading.rows.first?.proposal)
        #expect(proposal.target?.value == 150 && proposal.deadline?.period == .year(2026))
        // The row states its direction once, at 2023: it holds for the target too.
        #expect(proposal.target?.comparator == .atLeast)
        #expect(proposal.milestones.map(\.period) == [try #require(Period.year(2023))])
        #expect(proposal.milestones.first?.target.comparator == .atLeast)
        #expect(proposal.milestones.first?.target.span.text == "≥ 120")
        #expect(proposal.goal(id: "banen").milestones == [Milestone(period: try #require(Period.year(2023)), target: Target(comparator: .atLeast, value: .absolute(120, percent: false)))])
    }

    @Test("a target cell written in words is read as a sentence, its year the deadline", arguments: [
        ("Indicator\tNulmeting\tDoel\nInwoners die sporten\t48% (2022)\tMinimaal 60% in 2026\n", KoersCore.Comparator.atLeast, 60.0, true, 2026),
        ("Measure\tBaseline\tTarget\nResidents who recycle\t41% (2021)\tAt least 55% by 2027\n", .atLeast, 55, true, 2027),
        ("Indicator\tStreefwaarde 2025\nWachttijd in weken\tniet meer dan 6 weken\n", .atMost, 6, false, 2025),
    ])
    func targetInWords(table: String, comparator: KoersCore.Comparator, value: Double, percent: Bool, year: Int) throws {
        let proposal = try #require(try Self.reading(table).rows.first?.proposal)
        #expect(Self.target(proposal) == "\(comparator.rawValue) \(TargetValue.absolute(value, percent: percent))")
        #expect(proposal.deadline?.period == Period.year(year))
        // The target's span points into its cell in the row's line.
        let line = Array(table.split(separator: "\n")[1])
        let span = try #require(proposal.target?.span)
        #expect(String(line[span.start..<span.end]) == span.text)
    }

    @Test("a direction in words beside a share's baseline: the cell gives the share to reach, not a change of it", arguments: [
        ("Measure\tBaseline\tTarget\nResidents who cycle to work\t21% (2022)\tIncrease 30% by 2028\n", ">=", 30.0, 2028, 2022 as Int?, 21.0),
        ("Indicator\tNulmeting\tDoel\nLeerlingen met overgewicht\t14% (2023)\tVerlagen naar 10% in 2027\n", "<=", 10, 2027, 2023, 14),
        // Its figure over a span of years is read; the span is no one period, so it is left open.
        ("Measure\tBaseline\tTarget\nVolunteers in sport clubs\t12% (2019-2022)\tIncrease / Maintain 12% across 2024-2026\n", ">=", 12, 2026, nil, 12),
    ])
    func directionInWordsBesideAShare(table: String, comparator: String, value: Double, year: Int, baselineYear: Int?, baseline: Double) throws {
        let proposal = try #require(try Self.reading(table).rows.first?.proposal)
        #expect(Self.target(proposal) == "\(comparator) \(TargetValue.absolute(value, percent: true))")
        #expect(proposal.deadline?.period == Period.year(year))
        #expect(proposal.baseline?.value == baseline)
        #expect(proposal.baseline?.period == baselineYear.flatMap { Period.year($0) })
    }

    @Test("a signed figure, or a baseline that is no share, keeps the change the words say")
    func directionInWordsStaysAChange() throws {
        let signed = try #require(try Self.reading("Measure\tBaseline\tTarget\nResidents who cycle\t21% (2022)\tIncrease +10% by 2028\n").rows.first?.proposal)
        #expect(signed.target?.kind == .relativePercent)
        let tonnes = try #require(try Self.reading("Measure\tBaseline\tTarget\nCO2 of council buildings\t4,100 t (2020)\tReduce 30% by 2030\n").rows.first?.proposal)
        #expect(Self.target(tonnes) == "<= \(TargetValue.relativePercent(-30))")
        #expect(tonnes.baseline?.value == 4100 && tonnes.baseline?.period == .year(2020))
    }

    @Test("a deadline column gives the year a target column without one leaves open; a comparator column the direction")
    func deadlineAndComparatorColumns() throws {
        let text = "Titel\tNulmeting\tPeriode\tVergelijking\tStreefwaarde\tEinddatum\nWachttijd Wmo in dagen\t42\t2022\t<=\t28\t2026\n"
            + "Inwoners die sporten\t51\t2022\t≥\t60\t2028-2030\nBanen\t100\t2022\t\t120 (2025)\t2030\n"
        let reading = try Self.reading(text)
        #expect(reading.columns.map(\.role) == [.indicator, .baseline, .label, .polarity, .target, .deadline])
        let rows = reading.rows.map(\.proposal)
        #expect(rows.map(Self.target) == ["<= \(TargetValue.absolute(28, percent: false))", ">= \(TargetValue.absolute(60, percent: false))",
                                         "? \(TargetValue.absolute(120, percent: false))"])
        #expect(rows.map(\.deadline?.period) == [.year(2026), .year(2030), .year(2025)])
        #expect(rows[0].deadline?.span.text == "2026")
        // A bound in an indicator's aside is its population, not the target's direction.
        let aside = try Self.reading("Indicator\tDoel 2026\nKinderen (<18 jaar) in armoede\t5%\n").rows.first?.proposal
        #expect(aside?.target?.comparator == nil)
    }

    @Test("a target year asked for picks its column; earlier ones stay milestones, a later one is a note")
    func askedTargetYear() throws {
        let text = "Indicator\tDoel 2024\tDoel 2025\tDoel 2027\nBanen\tminimaal 500\t560\t650\n"
        let table = try TableText.split(text, file: "t").get()
        let reading = TableDraft.read(table, file: "t", wordLists: CheckFixtures.wordLists, today: CheckFixtures.today, targetYear: 2025)
        let row = try #require(reading.rows.first)
        #expect(row.proposal.target?.value == 560 && row.proposal.deadline?.period == .year(2025))
        #expect(row.proposal.target?.comparator == .atLeast)
        #expect(row.proposal.milestones.map(\.period) == [try #require(Period.year(2024))])
        #expect(row.notes.map(\.cell.text) == ["650"])
        // Without it, the latest.
        let latest = TableDraft.read(table, file: "t", wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
        #expect(latest.rows.first?.proposal.target?.value == 650)
        #expect(latest.rows.first?.notes.isEmpty == true)
    }

    @Test("without a comparator in any target cell, the target's stays open")
    func noComparatorAnywhere() throws {
        let reading = try Self.reading("Indicator\tDoel 2024\tDoel 2026\nBanen\t120\t150\n")
        let proposal = try #require(reading.rows.first?.proposal)
        #expect(proposal.target?.value == 150 && proposal.target?.comparator == nil)
        #expect(proposal.milestones.first?.target.comparator == nil)
    }

    @Test("one row with its header, as cell texts: what the corpus measurement calls")
    func rowWithHeader() {
        let proposal = TableDraft.propose(header: ["Indicator", "Realisatie 2022", "Streefwaarde 2026"], row: ["Aantal woningen", "350", "Minimaal 400"],
                                          wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
        #expect(proposal.map(Self.target) == ">= \(TargetValue.absolute(400, percent: false))")
        #expect(proposal?.deadline?.period == .year(2026))
        #expect(TableDraft.propose(header: ["Indicator", "Doel"], row: ["Aantal"], wordLists: CheckFixtures.wordLists, today: CheckFixtures.today) == nil)
    }
}
