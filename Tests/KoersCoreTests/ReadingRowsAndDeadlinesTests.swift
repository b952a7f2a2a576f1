import Testing
@testable import KoersCore

/// Table rows pasted without their header whose figures are realised, not a target, and the
/// deadline forms added with them (`TableRowReading.swift`, `DeadlineForms.swift`), each in
/// sentences written for the test.
@Suite("Reading table rows without a header, and more deadline forms")
struct ReadingRowsAndDeadlinesTests {
    typealias Example = ReadingIssueExamplesTests.Example

    static func propose(_ sentence: String, collegePeriod: ClosedRange<Int>? = nil, year: Int? = nil) -> DraftProposal {
        ReadingIssueExamplesTests.propose(sentence, collegePeriod: collegePeriod, year: year)
    }

    /// Rows of the verplichte beleidsindicatoren: a period, the municipality's figure and a
    /// comparison figure (a region's between when a source is named), sometimes two periods.
    static let comparisonRows: [(row: String, figures: String)] = [
        ("Banen per 1.000 inwoners van 15-64 jaar 2021 736,7 788,5 LISA", "2021 736,7 788,5"),
        ("Achterstandsleerlingen % 2020 8 11 CBS", "2020 8 11"),
        ("07. Absoluut verzuim per 1.000 leerlingen 2021 1,5 1,8", "2021 1,5 1,8"),
        ("Jongeren met een delict voor de rechter % 2021 1 1", "2021 1 1"),
        ("Overgewicht volwassenen % 2020 48,2% 50,1% 49,2% RIVM", "2020 48,2% 50,1% 49,2%"),
        ("Woninginbraken per 1.000 woningen Politie 2022 2,1 2,4 2021 2,6 2,9", "2022 2,1 2,4 2021 2,6 2,9"),
        ("Household waste per head kg 2022 410 395", "2022 410 395"),
    ]

    @Test(arguments: comparisonRows)
    func aPeriodWithTheMunicipalityAndACountryIsNoTarget(_ example: (row: String, figures: String)) {
        let proposal = Self.propose(example.row)
        #expect(proposal.target == nil)
        #expect(!proposal.targetAmbiguous)
        #expect(proposal.vague)
        #expect(proposal.rowWithoutTarget?.kind == .comparison)
        #expect(proposal.rowWithoutTarget?.span.text == example.figures)
        #expect(proposal.deadline == nil)
        #expect(!proposal.numbers.contains { [.target, .deadline, .baseline].contains($0.role) })
        let finding = proposal.findings.first { $0.rule == .noTarget }
        #expect(finding?.span?.text == example.figures)
        #expect(finding?.message(in: .en).contains("realised figures") == true)
        #expect(finding?.message(in: .nl).contains("gerealiseerde cijfers") == true)
    }

    /// Two different figures and no word marking either: as often a realised figure and its target
    /// (`Percentage of Council Tax collected 96.66% 95.75%`) as two realised years, so the row stays
    /// ambiguous and measurable; its column header says which is the target.
    static let barePairs = [
        "Klanttevredenheid burgerzaken 7,2 7,5",
        "1 Inwoners dat wekelijks sport 51,3 53,0",
        "Customer satisfaction with the library 82% 79%",
    ]

    @Test(arguments: barePairs)
    func twoBareFiguresStayAmbiguous(_ row: String) {
        let proposal = Self.propose(row)
        #expect(proposal.target == nil)
        #expect(proposal.targetAmbiguous)
        #expect(!proposal.vague)
        #expect(proposal.rowWithoutTarget == nil)
    }

    /// A word or sign marks a target, a number follows the period's pair, or the figures are
    /// equal: the rules above do not apply. The target is read as before, or the row stays
    /// ambiguous (nil): measurable, its column header says which number is the target.
    static let rowsWithATarget: [(row: String, target: String?)] = [
        ("Omvang restafval kg per inwoner 2022 157 148 streefwaarde 100", "100"),
        ("Hernieuwbare elektriciteit % 2021 37,2 33,1 minimaal 40%", ">= 40%"),
        ("Aantal speeltuinen 40 40", "40"),
        ("Omvang restafval kg per inwoner 2022 157 148 100 kg in 2026", "100"),
        ("Tevredenheid inwoners (norm) 7,1 7,5", nil),
        ("Rent arrears % (Minimise) 3.1% 2.5%", nil),
        ("Tevredenheid dienstverlening 7,1 7,4 7,5", nil),
    ]

    @Test(arguments: rowsWithATarget)
    func aTargetWordOrAFurtherNumberKeepsTheRowMeasurable(_ example: (row: String, target: String?)) throws {
        let proposal = Self.propose(example.row)
        #expect(proposal.rowWithoutTarget == nil)
        #expect(!proposal.vague)
        if let label = example.target {
            let expected = try #require(GoalSentenceCorpus.target(label))
            #expect(proposal.target.map { Score.same($0.targetValue, expected.value) } == true)
            #expect(proposal.target?.comparator == expected.comparator)
        } else {
            #expect(proposal.target == nil)
            #expect(proposal.targetAmbiguous)
        }
    }

    /// A word of change makes two figures a start and a goal, not two realised ones.
    @Test(arguments: ["Verhogen sportdeelname 45% 50%", "Reduce missed bin collections 120 80"])
    func aWordOfChangeKeepsAPairMeasurable(_ row: String) {
        let proposal = Self.propose(row)
        #expect(proposal.rowWithoutTarget == nil)
        #expect(!proposal.vague)
    }

    static let deadlines: [Example] = [
        // A fiscal year named by two years ends in June of the second; a UK financial year in March.
        Example("Replace 20 percent of the fleet with electric vehicles by the end of FY 2015-16.", target: "20%", deadline: "2016-06"),
        Example("Answer 90% of permit requests within 30 days in FY 2024-2025.", target: "90%", deadline: "2025-06"),
        Example("The city will plant 3,000 trees in fiscal year 2025-26.", target: "3000", deadline: "2026-06"),
        Example("Recycle 50% of household waste in 2024/25.", target: "50%", deadline: "2025-03"),
        Example("Cut sickness absence to 8 days per employee in FY 2025.", target: "<= 8", deadline: "2025"),
        // The middle of a year: the end of June.
        Example("Medio 2026 is 80% van de woningen aangesloten op glasvezel.", target: "80%", deadline: "2026-06"),
        Example("Uiterlijk medio 2027 zijn 500 laadpalen geplaatst.", target: "500", deadline: "2027-06"),
        Example("By mid-2026 the council will have retrofitted 200 homes.", target: "200", deadline: "2026-06"),
        Example("Halverwege 2028 rijdt 40% van de bussen elektrisch.", target: "40%", deadline: "2028-06"),
        // A quarter.
        Example("Plant 1.000 bomen in Q3 2025.", target: "1000", deadline: "2025-Q3"),
        Example("In het derde kwartaal van 2026 is 95% van de aanvragen digitaal.", target: "95%", deadline: "2026-Q3"),
        Example("Open 4 new libraries by the second quarter of 2027.", target: "4", deadline: "2027-Q2"),
        Example("Reduce waiting times to 10 days by 2026 Q4.", target: "<= 10", deadline: "2026-Q4"),
        // A date in digits after a deadline lead; "vóór 1-1" is done the year before.
        Example("Uiterlijk 31-12-2025 heeft 70% van de woningen een groen label.", target: "70%", deadline: "2025-12"),
        Example("Per 1-7-2026 zijn 300 woningen opgeleverd.", target: "300", deadline: "2026-07"),
        Example("Voor 1-1-2027 is 60% van het afval gescheiden.", target: "60%", deadline: "2026"),
        Example("All 12 schools will have solar panels by 6/30/2026.", target: "12", deadline: "2026-06"),
        // A date that is not New Year's Day after "before" is that month, not the year before.
        Example("Before 31 March 2026, 95% of invoices are paid within 30 days.", target: "95%", deadline: "2026-03"),
        Example("Reduce missed collections to 50 a week before 30 September 2025.", target: "<= 50", deadline: "2025-09"),
        Example("Before 1 January 2027, 60% of council buildings use heat pumps.", target: "60%", deadline: "2026"),
        // "by year-end", "in de loop van": the year.
        Example("By year-end 2025, 90% of calls are answered within a day.", target: "90%", deadline: "2025"),
        Example("Achieve 75% digital applications by year end 2026.", target: "75%", deadline: "2026"),
        Example("In de loop van 2026 zijn 300 woningen gebouwd.", target: "300", deadline: "2026"),
        // Forms that already worked, kept as regression tests.
        Example("Uiterlijk eind 2027 is 60% van het afval gescheiden.", target: "60%", deadline: "2027"),
        Example("Ultimo 2026 zijn 250 woningen gerenoveerd.", target: "250", deadline: "2026"),
        Example("Per 1 januari 2026 heeft 80% van de woningen een label B.", target: "80%", deadline: "2026-01"),
        Example("Reduce emissions by 40% before the end of 2028.", target: "<= -40%", deadline: "2028"),
        Example("Build 500 homes over the next five years.", target: "500", deadline: "2028", year: 2023),
        Example("Deliver 400 affordable homes within the lifetime of this plan (2023-2027).", target: "400", deadline: "2027"),
    ]

    @Test(arguments: deadlines)
    func readsTheDeadline(_ example: Example) throws {
        let proposal = Self.propose(example.sentence, year: example.year)
        let expected = try #require(example.target.flatMap(GoalSentenceCorpus.target))
        #expect(proposal.target.map { Score.same($0.targetValue, expected.value) } == true,
                "read \(String(describing: proposal.target?.targetValue))")
        #expect(proposal.target?.comparator == expected.comparator)
        #expect(proposal.deadline?.period.description == example.deadline)
    }

    /// A date without a deadline lead may be the document's own: no deadline.
    @Test func aDateWithoutALeadIsNoDeadline() {
        #expect(Self.propose("Het plan van 12-03-2024 vraagt dat 80% van de meldingen binnen 5 dagen is afgehandeld.").deadline == nil)
        #expect(Self.propose("The plan of 3/12/2024 asks that 80% of reports are handled within 5 days.").deadline == nil)
    }

    /// The council or college period in other words: its end when given, else the draft asks.
    static let collegePeriods = [
        "Aan het eind van de bestuursperiode zijn 1.000 woningen gebouwd.",
        "Aan het einde van deze raadsperiode zijn 1.000 woningen gebouwd.",
        "De komende raadsperiode bouwen we 1.000 woningen.",
        "In de huidige collegeperiode bouwen we 1.000 woningen.",
        "We will build 1,000 homes during this term of office.",
    ]

    @Test(arguments: collegePeriods)
    func theCollegePeriodInOtherWords(_ sentence: String) {
        let given = Self.propose(sentence, collegePeriod: 2022...2026)
        #expect(given.deadline?.period.description == "2026")
        #expect(!given.asksCollegePeriod)
        let asked = Self.propose(sentence)
        #expect(asked.deadline == nil)
        #expect(asked.asksCollegePeriod)
    }
}
