import KoersCore
import Testing
@testable import KoersGoalFile

/// A model with every kind of field, for the canonical printer.
let fullModel = GoalModel(
    metrics: [
        Metric(id: "digitale_aanvragen", title: "Digitale aanvragen per jaar", unit: .count, source: "Zaaksysteem",
               frequency: .year, definition: "Aanvragen via een e-formulier", totalOf: "productgroep"),
        Metric(id: "aandeel_digitaal", unit: .percent, frequency: .quarter, combine: .mean,
               formula: .percentage(SeriesKey(metric: "digitale_aanvragen"), SeriesKey(metric: "contacten", labels: [Label(name: "kanaal", value: "alle kanalen")]))),
        Metric(id: "wcag", unit: .yesNo, frequency: .halfYear, formula: nil),
    ],
    goals: [
        Goal(id: "meer-online", title: "Gemiddeld 10% meer volume online afnemen dan in 2020",
             source: DocumentReference(document: "Programmabegroting 2021", section: "Programma 1"), owner: "Team Dienstverlening",
             metric: SeriesKey(metric: "digitale_aanvragen", labels: [Label(name: "productgroep", value: "Vergunningen")]),
             scope: "Producten die digitaal kunnen en mogen", baseline: Baseline(period: .year(2020), value: 49525),
             target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: .year(2024),
             milestones: [Milestone(period: Period(year: 2022, granularity: .halfYear, index: 2)!, target: Target(comparator: .atLeast, value: .absolute(52000.5, percent: false)))],
             notes: ["De rekenkamer noemt geen \"einddatum\"."],
             waivers: [Waiver(rule: "vague-scope", reason: "Politiek compromis")]),
        Goal(id: "toegankelijk", title: "Vanaf september 2020 voldoet de website aan WCAG 2.1",
             metric: SeriesKey(metric: "wcag"), target: Target(comparator: .equals, value: .yesNo(true))),
        Goal(id: "goed", title: "Onze klanten waarderen onze dienstverlening als 'goed'",
             target: Target(comparator: nil, value: .qualitative("goed")), deadline: Period(year: 2026, granularity: .quarter, index: 4)),
        Goal(id: "alles-digitaal", title: "In 2017 zijn al onze producten digitaal beschikbaar, waar dit kan en mag", deadline: .year(2017)),
    ],
    dataDeclarations: [DataDeclaration(path: "data/tabel 3.1.csv", options: [.init(key: "vorm", value: "breed"), .init(key: "blad", value: "Tabel 3.1")])])

let fullModelValues = [
    InlineValue(series: SeriesKey(metric: "digitale_aanvragen"), period: .year(2020)!, value: 49525),
    InlineValue(series: SeriesKey(metric: "digitale_aanvragen", labels: [Label(name: "productgroep", value: "Leef- en woonomgeving")]),
                period: .year(2021)!, value: 5759.25, provisional: true),
]

let fullModelInEnglish = #"""
    notation en

    metric digitale_aanvragen
        title "Digitale aanvragen per jaar"
        unit count
        source "Zaaksysteem"
        frequency yearly
        definition "Aanvragen via een e-formulier"
        total-of productgroep
        value 2020 = 49,525
        value {productgroep="Leef- en woonomgeving"} 2021* = 5,759.25

    metric aandeel_digitaal
        unit percent
        frequency quarterly
        combine mean
        formula percentage(digitale_aanvragen, contacten{kanaal="alle kanalen"})

    metric wcag
        unit yes-no
        frequency half-yearly

    data "data/tabel 3.1.csv"
        vorm breed
        blad "Tabel 3.1"

    goal meer-online
        title "Gemiddeld 10% meer volume online afnemen dan in 2020"
        source "Programmabegroting 2021", "Programma 1"
        owner "Team Dienstverlening"
        scope "Producten die digitaal kunnen en mogen"
        metric digitale_aanvragen{productgroep=Vergunningen}
        baseline 2020 = 49,525
        target >= +10% by 2024
        milestone 2022-H2 >= 52,000.5
        note "De rekenkamer noemt geen \"einddatum\"."
        waiver vague-scope "Politiek compromis"

    goal toegankelijk
        title "Vanaf september 2020 voldoet de website aan WCAG 2.1"
        metric wcag
        target = yes

    goal goed
        title "Onze klanten waarderen onze dienstverlening als 'goed'"
        target "goed" by 2026-Q4

    goal alles-digitaal
        title "In 2017 zijn al onze producten digitaal beschikbaar, waar dit kan en mag"
        deadline 2017

    """#

let fullModelInDutch = #"""
    getalnotatie nl

    indicator digitale_aanvragen
        titel "Digitale aanvragen per jaar"
        eenheid aantal
        bron "Zaaksysteem"
        frequentie jaarlijks
        definitie "Aanvragen via een e-formulier"
        totaal-van productgroep
        waarde 2020 = 49.525
        waarde {productgroep="Leef- en woonomgeving"} 2021* = 5.759,25

    indicator aandeel_digitaal
        eenheid procent
        frequentie per-kwartaal
        samenvoegen gemiddelde
        formule percentage(digitale_aanvragen, contacten{kanaal="alle kanalen"})

    indicator wcag
        eenheid ja-nee
        frequentie halfjaarlijks

    gegevens "data/tabel 3.1.csv"
        vorm breed
        blad "Tabel 3.1"

    doel meer-online
        titel "Gemiddeld 10% meer volume online afnemen dan in 2020"
        bron "Programmabegroting 2021", "Programma 1"
        eigenaar "Team Dienstverlening"
        afbakening "Producten die digitaal kunnen en mogen"
        indicator digitale_aanvragen{productgroep=Vergunningen}
        nulmeting 2020 = 49.525
        streefwaarde >= +10% uiterlijk 2024
        mijlpaal 2022-H2 >= 52.000,5
        notitie "De rekenkamer noemt geen \"einddatum\"."
        ontheffing vague-scope "Politiek compromis"

    doel toegankelijk
        titel "Vanaf september 2020 voldoet de website aan WCAG 2.1"
        indicator wcag
        streefwaarde = ja

    doel goed
        titel "Onze klanten waarderen onze dienstverlening als 'goed'"
        streefwaarde "goed" uiterlijk 2026-Q4

    doel alles-digitaal
        titel "In 2017 zijn al onze producten digitaal beschikbaar, waar dit kan en mag"
        uiterlijk 2017

    """#

@Suite struct PrinterTests {
    @Test func aModelPrintsAsACanonicalEnglishFile() {
        #expect(GoalFilePrinter.print(fullModel, inlineValues: fullModelValues, keywords: .en, notation: .english) == fullModelInEnglish)
    }

    @Test func aModelPrintsAsACanonicalDutchFile() {
        #expect(GoalFilePrinter.print(fullModel, inlineValues: fullModelValues, keywords: .nl, notation: .dutch) == fullModelInDutch)
    }

    @Test(arguments: [(Language.en, NumberNotation.english), (.en, .dutch), (.nl, .dutch), (.nl, .english)])
    func theCanonicalFileParsesBackToTheSameModel(keywords: Language, notation: NumberNotation) throws {
        let text = GoalFilePrinter.print(fullModel, inlineValues: fullModelValues, keywords: keywords, notation: notation)
        let assembly = GoalFileAssembler.assemble([try parseCleanly(text)])
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.model == fullModel)
        #expect(assembly.inlineValues == fullModelValues)
    }

    @Test func anEmptyModelIsJustTheDirective() {
        #expect(GoalFilePrinter.print(GoalModel(), keywords: .nl, notation: .dutch) == "getalnotatie nl\n")
        #expect(GoalFilePrinter.print(GoalModel(), keywords: .en, notation: .english) == "notation en\n")
    }

    @Test func inlineValuesOfUndeclaredMetricsHaveNoPlace() {
        let text = GoalFilePrinter.print(GoalModel(), inlineValues: [InlineValue(series: SeriesKey(metric: "x"), period: .year(2020)!, value: 1)],
                                         keywords: .en, notation: .english)
        #expect(text == "notation en\n")
    }

    // MARK: - Numbers

    @Test(arguments: [
        (49525.0, "49.525", "49,525", "49525"),
        (7.2, "7,2", "7.2", "7.2"),
        (-0.5, "-0,5", "-0.5", "-0.5"),
        (1234567.891, "1.234.567,891", "1,234,567.891", "1234567.891"),
        (1.125, "1,125", "1.125", "1.1250"),
        (0.125, "0,125", "0.125", "0.125"),
        (123.456, "123,456", "123.456", "123.4560"),
        (1234.5, "1.234,5", "1,234.5", "1234.5"),
        (0.00001, "0,00001", "0.00001", "0.00001"),
        (1e20, "100.000.000.000.000.000.000", "100,000,000,000,000,000,000", "100000000000000000000"),
        (0.0, "0", "0", "0"),
        (-0.0, "0", "0", "0"),
        (999.0, "999", "999", "999"),
        (0.1 + 0.2, "0,30000000000000004", "0.30000000000000004", "0.30000000000000004"),
    ])
    func numbersAreWrittenSoTheyReadBackExactly(value: Double, dutch: String, english: String, withoutDirective: String) throws {
        #expect(GoalFilePrinter.number(value, style: GoalFileStyle(notation: .dutch)) == dutch)
        #expect(GoalFilePrinter.number(value, style: GoalFileStyle(notation: .english)) == english)
        #expect(GoalFilePrinter.number(value, style: GoalFileStyle(keywords: .en, notation: nil)) == withoutDirective)
        #expect(try NumberReader.read(dutch, notation: .dutch).get() == value)
        #expect(try NumberReader.read(english, notation: .english).get() == value)
        #expect(try NumberReader.read(withoutDirective, notation: nil).get() == value)
    }

    @Test func withoutADirectiveADutchFileWritesADecimalComma() {
        #expect(GoalFilePrinter.number(7.125, style: GoalFileStyle(keywords: .nl, notation: nil)) == "7,1250")
        #expect(GoalFilePrinter.number(52000, style: GoalFileStyle(keywords: .nl, notation: nil)) == "52000")
    }

    // MARK: - Values

    @Test(arguments: [
        (Target(comparator: .atLeast, value: .absolute(90, percent: true)), ">= 90%", ">= 90%"),
        (Target(comparator: .atMost, value: .absolute(7.5, percent: false)), "<= 7.5", "<= 7,5"),
        (Target(comparator: .atLeast, value: .relativePercent(10)), ">= +10%", ">= +10%"),
        (Target(comparator: .atMost, value: .relativePercent(-5)), "<= -5%", "<= -5%"),
        (Target(comparator: .atLeast, value: .relativePercent(0)), ">= +0%", ">= +0%"),
        (Target(comparator: .atLeast, value: .percentagePoints(2.5)), ">= +2.5 pp", ">= +2,5 pp"),
        (Target(comparator: .atMost, value: .percentagePoints(-1)), "<= -1 pp", "<= -1 pp"),
        (Target(comparator: .equals, value: .yesNo(true)), "= yes", "= ja"),
        (Target(comparator: .equals, value: .yesNo(false)), "= no", "= nee"),
        (Target(comparator: nil, value: .qualitative("goed")), "\"goed\"", "\"goed\""),
        (Target(comparator: nil, value: .absolute(35, percent: false)), "35", "35"),
    ])
    func targets(target: Target, english: String, dutch: String) throws {
        #expect(GoalFilePrinter.target(target, style: GoalFileStyle(keywords: .en, notation: .english)) == english)
        #expect(GoalFilePrinter.target(target, style: GoalFileStyle(keywords: .nl, notation: .dutch)) == dutch)
        #expect(try goal(goalText("target \(english)", notation: "en")).target == target)
        #expect(try goal(goalText("target \(dutch)", notation: "nl")).target == target)
    }

    @Test func aNegativeAbsolutePercentageLosesItsSignRatherThanBecomeRelative() throws {
        let target = Target(comparator: .atLeast, value: .absolute(-0.5, percent: true))
        #expect(GoalFilePrinter.target(target, style: GoalFileStyle(notation: .english)) == ">= -0.5")
    }

    @Test func textIsQuotedWithEscapes() {
        #expect(GoalFileQuoting.quoted("De \"beste\" dienst\\n\n\tklaar\r") == #""De \"beste\" dienst\\n\n\tklaar\r""#)
        #expect(GoalFileQuoting.quoted("") == "\"\"")
        #expect(GoalFileQuoting.quoted("één # geen commentaar") == "\"één # geen commentaar\"")
    }

    @Test func seriesAndFormulas() {
        let key = SeriesKey(metric: "aanvragen", labels: [Label(name: "productgroep", value: "Werk, inkomen en zorg"), Label(name: "kanaal", value: "web")])
        #expect(GoalFilePrinter.series(key) == #"aanvragen{kanaal=web,productgroep="Werk, inkomen en zorg"}"#)
        #expect(GoalFilePrinter.series(SeriesKey(metric: "m", labels: [Label(name: "a", value: "")])) == #"m{a=""}"#)
        #expect(GoalFilePrinter.formula(.ratio(key, SeriesKey(metric: "b")), keywords: .nl)
            == #"verhouding(aanvragen{kanaal=web,productgroep="Werk, inkomen en zorg"}, b)"#)
        #expect(GoalFilePrinter.formula(.sum(SeriesKey(metric: "b")), keywords: .nl) == "som(b)")
        #expect(GoalFilePrinter.formula(.sum(SeriesKey(metric: "b")), keywords: .en) == "sum(b)")
    }

    @Test(arguments: [("breed", "breed"), (";", ";"), ("data/x.csv", "data/x.csv"), ("Tabel 3.1", "\"Tabel 3.1\""),
                      ("", "\"\""), ("a=b", "\"a=b\""), ("#", "\"#\""), ("\"x\"", #""\"x\"""#)])
    func importOptionValuesAreBareWhenTheyCanBe(value: String, written: String) throws {
        #expect(GoalFilePrinter.optionValue(value) == written)
        #expect(try parseCleanly("data \"x\"\n    k \(written)\n").content.dataDeclarations[0].options[0].value == value)
    }

    @Test func longTextContinuesOnFurtherLines() throws {
        let title = "Wij willen dat in 2026 minimaal 90% van onze producten en diensten digitaal beschikbaar is voor inwoners en ondernemers, "
            + "zodat zij zaken kunnen doen op het moment dat het hun uitkomt"
        let goal = Goal(id: "digitaal", title: title)
        let lines = GoalFilePrinter.lines(for: .title, of: goal, style: GoalFileStyle(keywords: .nl, notation: .dutch))
        #expect(lines == [
            "    titel \"Wij willen dat in 2026 minimaal 90% van onze producten en diensten digitaal\"",
            "        \"beschikbaar is voor inwoners en ondernemers, zodat zij zaken kunnen doen op het\"",
            "        \"moment dat het hun uitkomt\"",
        ])
        #expect(try parseCleanly("goal digitaal\n" + lines.joined(separator: "\n") + "\n").content.goals == [goal])
    }

    @Test func textIsOnlyBrokenAtASingleSpace() {
        #expect(GoalFilePrinter.wrapped("aaa  bbb ccc", width: 2) == ["aaa  bbb", "ccc"])
        #expect(GoalFilePrinter.wrapped(String(repeating: "x", count: 200), width: 80).count == 1)
        #expect(GoalFilePrinter.wrapped(" leading and trailing ", width: 3) == [" leading", "and", "trailing "])
        let text = "een twee  drie   vier vijf zes zeven acht negen tien"
        for width in 1...12 {
            #expect(GoalFilePrinter.wrapped(text, width: width).joined(separator: " ") == text)
        }
    }

    @Test func fieldLinesOfOneField() {
        let style = GoalFileStyle(keywords: .nl, notation: .dutch, indentation: "\t")
        let goal = fullModel.goals[0]
        #expect(GoalFilePrinter.lines(for: .baseline, of: goal, style: style) == ["\tnulmeting 2020 = 49.525"])
        #expect(GoalFilePrinter.lines(for: .deadline, of: goal, style: style) == [])
        #expect(GoalFilePrinter.lines(for: .deadline, of: fullModel.goals[3], style: style) == ["\tuiterlijk 2017"])
        #expect(GoalFilePrinter.lines(for: .owner, of: fullModel.goals[1], style: style) == [])
        #expect(GoalFilePrinter.lines(for: .unit, of: goal, style: style) == [])
        #expect(GoalFilePrinter.lines(for: .baseline, of: Goal(id: "x", title: "x", baseline: Baseline(period: nil, value: 5)), style: style)
            == ["\tnulmeting = 5"])
        #expect(GoalFilePrinter.lines(for: .baseline, of: Goal(id: "x", title: "x", baseline: Baseline(period: nil)), style: style) == [])
        let metric = fullModel.metrics[0]
        #expect(GoalFilePrinter.lines(for: .value, of: metric, inlineValues: fullModelValues, style: style) == [
            "\twaarde 2020 = 49.525", "\twaarde {productgroep=\"Leef- en woonomgeving\"} 2021* = 5.759,25",
        ])
        #expect(GoalFilePrinter.lines(for: .frequency, of: metric, inlineValues: [], style: style) == ["\tfrequentie jaarlijks"])
        #expect(GoalFilePrinter.lines(for: .target, of: metric, inlineValues: [], style: style) == [])
        #expect(GoalFilePrinter.header(.goal, name: "x", keywords: .nl) == "doel x")
    }
}
