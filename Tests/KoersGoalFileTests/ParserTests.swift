import KoersCore
import Testing
@testable import KoersGoalFile

/// The example of docs/goal-files.md, in Dutch.
let dutchExample = """
# Doelen uit de Programmabegroting 2021
getalnotatie nl

indicator digitale_aanvragen
    titel "Digitale aanvragen per jaar"
    eenheid aantal
    bron "Zaaksysteem gemeente Almelo"
    frequentie jaarlijks
    totaal-van productgroep
    waarde 2020 = 49.525
    waarde {productgroep=Vergunningen} 2020 = 28.272

gegevens "data/digitale-aanvragen.csv"
    vorm breed

doel meer-online
    titel "Gemiddeld 10% meer volume online afnemen dan in 2020"
    bron "Programmabegroting 2021", "Programma 1"
    eigenaar "Team Dienstverlening"
    indicator digitale_aanvragen
    nulmeting 2020
    streefwaarde >= +10% uiterlijk 2024
    mijlpaal 2022 >= 52.000
    notitie "De rekenkamer noemt geen einddatum; 2024 is een aanname van de griffie."

"""

/// The same file with English keywords and English numbers.
let englishExample = """
# Goals from the 2021 programme budget
notation en

metric digitale_aanvragen
    title "Digitale aanvragen per jaar"
    unit count
    source "Zaaksysteem gemeente Almelo"
    frequency yearly
    total-of productgroep
    value 2020 = 49,525
    value {productgroep=Vergunningen} 2020 = 28,272

data "data/digitale-aanvragen.csv"
    vorm breed

goal meer-online
    title "Gemiddeld 10% meer volume online afnemen dan in 2020"
    source "Programmabegroting 2021", "Programma 1"
    owner "Team Dienstverlening"
    metric digitale_aanvragen
    baseline 2020
    target >= +10% by 2024
    milestone 2022 >= 52,000
    note "De rekenkamer noemt geen einddatum; 2024 is een aanname van de griffie."

"""

@Suite struct ParserTests {
    private let expectedContent = GoalFileContent(
        metrics: [Metric(id: "digitale_aanvragen", title: "Digitale aanvragen per jaar", unit: .count,
                         source: "Zaaksysteem gemeente Almelo", frequency: .year, totalOf: "productgroep")],
        goals: [Goal(
            id: "meer-online", title: "Gemiddeld 10% meer volume online afnemen dan in 2020",
            source: DocumentReference(document: "Programmabegroting 2021", section: "Programma 1"),
            owner: "Team Dienstverlening", metric: SeriesKey(metric: "digitale_aanvragen"),
            baseline: Baseline(period: .year(2020)), target: Target(comparator: .atLeast, value: .relativePercent(10)),
            deadline: .year(2024),
            milestones: [Milestone(period: .year(2022)!, target: Target(comparator: .atLeast, value: .absolute(52000, percent: false)))],
            notes: ["De rekenkamer noemt geen einddatum; 2024 is een aanname van de griffie."])],
        dataDeclarations: [DataDeclaration(path: "data/digitale-aanvragen.csv", options: [.init(key: "vorm", value: "breed")])],
        inlineValues: [
            InlineValue(series: SeriesKey(metric: "digitale_aanvragen"), period: .year(2020)!, value: 49525),
            InlineValue(series: SeriesKey(metric: "digitale_aanvragen", labels: [Label(name: "productgroep", value: "Vergunningen")]),
                        period: .year(2020)!, value: 28272),
        ])

    @Test func theDutchExampleOfTheDocumentation() throws {
        #expect(try parseCleanly(dutchExample).content == expectedContent)
    }

    @Test func theEnglishExampleMeansTheSame() throws {
        #expect(try parseCleanly(englishExample).content == expectedContent)
    }

    @Test func keywordsAreCaseInsensitive() throws {
        let goal = try goal("Goal g\n    TITLE \"T\"\n    Streefwaarde Minimaal 90%\n")
        #expect(goal.title == "T")
        #expect(goal.target == Target(comparator: .atLeast, value: .absolute(90, percent: true)))
    }

    @Test func everyEntityKnowsWhereItWasDeclared() throws {
        let content = try parseCleanly(dutchExample, path: "goals/almelo/begroting.koers").content
        #expect(content.metrics[0].location == SourceLocation(file: "goals/almelo/begroting.koers", line: 4, column: 11))
        #expect(content.dataDeclarations[0].location == SourceLocation(file: "goals/almelo/begroting.koers", line: 13, column: 10))
        #expect(content.dataDeclarations[0].options[0].location == SourceLocation(file: "goals/almelo/begroting.koers", line: 14, column: 5))
        #expect(content.goals[0].location == SourceLocation(file: "goals/almelo/begroting.koers", line: 16, column: 6))
        #expect(content.inlineValues.map(\.location) == [
            SourceLocation(file: "goals/almelo/begroting.koers", line: 10, column: 19),
            SourceLocation(file: "goals/almelo/begroting.koers", line: 11, column: 47),
        ])
    }

    // MARK: - Goal fields

    @Test func aGoalNeedsOnlyAnIdAndATitle() throws {
        #expect(try goal("goal vaag\n    title \"Onze klanten waarderen onze dienstverlening als 'goed'\"\n")
            == Goal(id: "vaag", title: "Onze klanten waarderen onze dienstverlening als 'goed'"))
    }

    @Test func sourceWithAndWithoutSection() throws {
        #expect(try goal(goalText("source \"Programmabegroting 2021\"")).source == DocumentReference(document: "Programmabegroting 2021"))
        #expect(try goal(goalText("bron \"Programma Dienstverlening 2021-2026\", \"Hoofdstuk 3\"")).source
            == DocumentReference(document: "Programma Dienstverlening 2021-2026", section: "Hoofdstuk 3"))
    }

    @Test func ownerScopeNotesAndWaivers() throws {
        let goal = try goal(goalText(
            "owner \"Team Dienstverlening\"", "afbakening \"Producten die digitaal kunnen en mogen\"",
            "note \"Eerste notitie\"", "notitie \"Tweede notitie\"",
            "waiver vague-scope \"Politiek compromis: de raad wil geen lijst\"",
            "ontheffing no-deadline \"Loopt door\""))
        #expect(goal.owner == "Team Dienstverlening")
        #expect(goal.scope == "Producten die digitaal kunnen en mogen")
        #expect(goal.notes == ["Eerste notitie", "Tweede notitie"])
        #expect(goal.waivers == [Waiver(rule: "vague-scope", reason: "Politiek compromis: de raad wil geen lijst"),
                                 Waiver(rule: "no-deadline", reason: "Loopt door")])
    }

    @Test(arguments: [
        ("metric digitale_aanvragen", SeriesKey(metric: "digitale_aanvragen")),
        ("indicator digitale_aanvragen{productgroep=Vergunningen}",
         SeriesKey(metric: "digitale_aanvragen", labels: [Label(name: "productgroep", value: "Vergunningen")])),
        ("metric aanvragen { productgroep = \"Leef- en woonomgeving\" , kanaal=web }",
         SeriesKey(metric: "aanvragen", labels: [Label(name: "kanaal", value: "web"), Label(name: "productgroep", value: "Leef- en woonomgeving")])),
        ("metric bezoekers{gemeente=GM0141}", SeriesKey(metric: "bezoekers", labels: [Label(name: "gemeente", value: "GM0141")])),
    ])
    func metricOfAGoal(field: String, series: SeriesKey) throws {
        #expect(try goal(goalText(field)).metric == series)
    }

    @Test(arguments: [
        ("baseline 2020", Baseline(period: .year(2020))),
        ("nulmeting 2021-H1", Baseline(period: Period(year: 2021, granularity: .halfYear, index: 1))),
        ("baseline 2021-Q3 = 28", Baseline(period: Period(year: 2021, granularity: .quarter, index: 3), value: 28)),
        ("nulmeting 2021-05 = 7,2", Baseline(period: Period(year: 2021, granularity: .month, index: 5), value: 7.2)),
        ("baseline = 49525", Baseline(period: nil, value: 49525)),
        ("baseline 2021-q3", Baseline(period: Period(year: 2021, granularity: .quarter, index: 3))),
    ])
    func baselines(field: String, baseline: Baseline) throws {
        #expect(try goal(goalText(field)).baseline == baseline)
    }

    @Test(arguments: [
        (">= 90%", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        (">= 90 %", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        ("minimaal 90 procent", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        ("at least 90 percent", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        (">= +10 procent", Target(comparator: .atLeast, value: .relativePercent(10))),
        (">=90%", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        (">= 7,5", Target(comparator: .atLeast, value: .absolute(7.5, percent: false))),
        (">= 7.5", Target(comparator: .atLeast, value: .absolute(7.5, percent: false))),
        ("<= 3", Target(comparator: .atMost, value: .absolute(3, percent: false))),
        (">= -5", Target(comparator: .atLeast, value: .absolute(-5, percent: false))),
        (">= +10%", Target(comparator: .atLeast, value: .relativePercent(10))),
        ("<= -5%", Target(comparator: .atMost, value: .relativePercent(-5))),
        (">= +3 pp", Target(comparator: .atLeast, value: .percentagePoints(3))),
        (">= +3 procentpunt", Target(comparator: .atLeast, value: .percentagePoints(3))),
        (">= +2,5 procentpunten", Target(comparator: .atLeast, value: .percentagePoints(2.5))),
        ("<= -1 pp", Target(comparator: .atMost, value: .percentagePoints(-1))),
        (">= 3 pp", Target(comparator: .atLeast, value: .percentagePoints(3))),
        ("= ja", Target(comparator: .equals, value: .yesNo(true))),
        ("= yes", Target(comparator: .equals, value: .yesNo(true))),
        ("= nee", Target(comparator: .equals, value: .yesNo(false))),
        ("= No", Target(comparator: .equals, value: .yesNo(false))),
        ("ja", Target(comparator: nil, value: .yesNo(true))),
        ("\"goed\"", Target(comparator: nil, value: .qualitative("goed"))),
        (">= \"goed\"", Target(comparator: .atLeast, value: .qualitative("goed"))),
        ("90%", Target(comparator: nil, value: .absolute(90, percent: true))),
        ("at least 90%", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        ("at most 3", Target(comparator: .atMost, value: .absolute(3, percent: false))),
        ("minimaal 90%", Target(comparator: .atLeast, value: .absolute(90, percent: true))),
        ("ten minste +10%", Target(comparator: .atLeast, value: .relativePercent(10))),
        ("maximaal 28", Target(comparator: .atMost, value: .absolute(28, percent: false))),
        ("ten hoogste 28", Target(comparator: .atMost, value: .absolute(28, percent: false))),
    ])
    func targets(value: String, target: Target) throws {
        #expect(try goal(goalText("target \(value)")).target == target)
    }

    @Test(arguments: ["target >= 90% by 2026", "streefwaarde >= 90% uiterlijk 2026", "target >= 90% deadline 2026",
                      "target >= 90%\n    deadline 2026", "target >= 90%\n    by 2026", "streefwaarde >= 90%\n    uiterlijk 2026"])
    func deadlineAfterTheTargetOrOnItsOwn(fields: String) throws {
        let goal = try goal(goalText(fields))
        #expect(goal.deadline == .year(2026))
        #expect(goal.target == Target(comparator: .atLeast, value: .absolute(90, percent: true)))
    }

    @Test func deadlineWithoutTarget() throws {
        #expect(try goal(goalText("uiterlijk 2017")).deadline == .year(2017))
        #expect(try goal(goalText("deadline 2020-09")).deadline == Period(year: 2020, granularity: .month, index: 9))
    }

    @Test func milestonesInOrder() throws {
        let goal = try goal(goalText("milestone 2022 >= 52000", "mijlpaal 2023-H1 minimaal +5%", "milestone 2024 = ja"))
        #expect(goal.milestones == [
            Milestone(period: .year(2022)!, target: Target(comparator: .atLeast, value: .absolute(52000, percent: false))),
            Milestone(period: Period(year: 2023, granularity: .halfYear, index: 1)!, target: Target(comparator: .atLeast, value: .relativePercent(5))),
            Milestone(period: .year(2024)!, target: Target(comparator: .equals, value: .yesNo(true))),
        ])
    }

    // MARK: - Metric fields

    @Test(arguments: MetricUnit.allCases)
    func unitsInBothLanguages(unit: MetricUnit) throws {
        for word in GoalFileVocabulary.spelling(unit).all {
            #expect(try metric("metric m\n    unit \(word)\n").unit == unit)
        }
    }

    @Test(arguments: Granularity.allCases)
    func frequenciesInBothLanguages(frequency: Granularity) throws {
        for word in GoalFileVocabulary.spelling(frequency).all {
            #expect(try metric("indicator m\n    frequentie \(word)\n").frequency == frequency)
        }
    }

    @Test func sustainedTargetsInBothLanguages() throws {
        let english = try parseCleanly("goal g\n    title \"T\"\n    target always >= 7.5 by 2026\n").content.goals[0]
        let dutch = try parseCleanly("getalnotatie nl\n\ndoel g\n    titel \"T\"\n    streefwaarde steeds minimaal 7,5 uiterlijk 2026\n").content.goals[0]
        #expect(english.target == Target(comparator: .atLeast, value: .absolute(7.5, percent: false), sustained: true))
        #expect(dutch.target == english.target)
        #expect(english.deadline == dutch.deadline)
        let plain = try parseCleanly("goal g\n    title \"T\"\n    target >= 7.5\n").content.goals[0]
        #expect(plain.target?.sustained == false)
        #expect(GoalFilePrinter.target(try #require(english.target), style: GoalFileStyle(keywords: .nl, notation: .dutch)) == "steeds >= 7,5")
    }

    @Test func cumulativeTargetsInBothLanguages() throws {
        let dutch = try parseCleanly("getalnotatie nl\n\ndoel g\n    titel \"T\"\n    streefwaarde totaal minimaal 2.400 uiterlijk 2028\n").content.goals[0]
        let english = try parseCleanly("goal g\n    title \"T\"\n    target total >= 2400 by 2028\n").content.goals[0]
        #expect(dutch.target == Target(comparator: .atLeast, value: .absolute(2400, percent: false), cumulative: true))
        #expect(english.target == dutch.target)
        #expect(GoalFilePrinter.target(try #require(english.target), style: GoalFileStyle(keywords: .nl, notation: .dutch)) == "totaal >= 2.400")
    }

    @Test func twoYearlyFrequencyInBothLanguages() throws {
        let dutch = try parseCleanly("indicator burgerpeiling\n    frequentie tweejaarlijks\n").content.metrics[0]
        let english = try parseCleanly("metric burgerpeiling\n    frequency two-yearly\n").content.metrics[0]
        #expect(dutch.frequency == .year && dutch.periodsBetweenFigures == 2)
        #expect(english == dutch)
        let printed = GoalFilePrinter.lines(for: .frequency, of: dutch, inlineValues: [], style: GoalFileStyle(keywords: .en, notation: .english))
        #expect(printed == ["    frequency two-yearly"])
        var metric = dutch
        try GoalFileParser.metricField("frequentie jaarlijks", notation: nil).get().apply(to: &metric)
        #expect(metric.frequency == .year && metric.periodsBetweenFigures == 1)
    }

    @Test func freeUnitsInBothLanguages() throws {
        let dutch = try parseCleanly("indicator afval\n    eenheid \"kg per inwoner\"\n    samenvoegen optellen\n").content.metrics[0]
        let english = try parseCleanly("metric co2\n    unit \"ton CO2\"\n").content.metrics[0]
        #expect(dutch.unitName == "kg per inwoner" && dutch.unit == nil && dutch.isAdditive)
        #expect(english.unitName == "ton CO2" && !english.isAdditive)
        let printed = GoalFilePrinter.lines(for: .unit, of: dutch, inlineValues: [], style: GoalFileStyle(keywords: .nl, notation: .dutch))
        #expect(printed == ["    eenheid \"kg per inwoner\""])
        // Set as a user types it, a free unit replaces a known one and the other way round.
        var metric = Metric(id: "m", unit: .count)
        try GoalFileParser.metricField("unit \"maanden\"", notation: nil).get().apply(to: &metric)
        #expect(metric.unit == nil && metric.unitName == "maanden")
        try GoalFileParser.metricField("eenheid aantal", notation: nil).get().apply(to: &metric)
        #expect(metric.unit == .count && metric.unitName == nil)
    }

    @Test func benchmarkTargetsInBothLanguages() throws {
        let nationalAverage = Target(comparator: .atMost, value: .benchmark(Benchmark(series: SeriesKey(metric: "werkloosheid_nl"))))
        let dutch = try parseCleanly("doel g\n    titel \"T\"\n    streefwaarde maximaal benchmark werkloosheid_nl uiterlijk 2024\n").content.goals[0]
        let english = try parseCleanly("goal g\n    title \"T\"\n    target <= benchmark werkloosheid_nl by 2024\n").content.goals[0]
        #expect(dutch.target == nationalAverage)
        #expect(english.target == nationalAverage)
        #expect(english.deadline == Period.parse("2024")?.period)
        // "2 punten boven het gemiddelde van de G40", "5% onder het landelijk gemiddelde".
        let g40 = try parseCleanly(
            "getalnotatie nl\n\ndoel g\n    titel \"T\"\n    streefwaarde minimaal referentie tevredenheid{groep=G40} +2,5\n").content.goals[0]
        let peers = SeriesKey(metric: "tevredenheid", labels: [Label(name: "groep", value: "G40")])
        #expect(g40.target == Target(comparator: .atLeast, value: .benchmark(Benchmark(series: peers, offset: .amount(2.5)))))
        let below = try parseCleanly("goal g\n    title \"T\"\n    target <= benchmark w_nl -5 percent\n").content.goals[0]
        #expect(below.target?.value == .benchmark(Benchmark(series: SeriesKey(metric: "w_nl"), offset: .percent(-5))))
        let dutchStyle = GoalFileStyle(keywords: .nl, notation: .dutch)
        #expect(GoalFilePrinter.target(try #require(g40.target), style: dutchStyle) == ">= benchmark tevredenheid{groep=G40} +2,5")
        #expect(GoalFilePrinter.target(try #require(below.target), style: GoalFileStyle(keywords: .en, notation: .english)) == "<= benchmark w_nl -5%")
    }

    @Test func changesInTheMetricsUnit() throws {
        let dutch = try parseCleanly("getalnotatie nl\n\ndoel g\n    titel \"T\"\n    streefwaarde minimaal nulmeting +2.400 uiterlijk 2028\n").content.goals[0]
        #expect(dutch.target == Target(comparator: .atLeast, value: .change(2400)))
        let english = try parseCleanly("goal g\n    title \"T\"\n    target <= baseline -300\n").content.goals[0]
        #expect(english.target == Target(comparator: .atMost, value: .change(-300)))
        // A negative number on its own stays an absolute value.
        let absolute = try parseCleanly("goal g\n    title \"T\"\n    target >= -5\n").content.goals[0]
        #expect(absolute.target == Target(comparator: .atLeast, value: .absolute(-5, percent: false)))
        #expect(GoalFilePrinter.target(try #require(dutch.target), style: GoalFileStyle(keywords: .nl, notation: .dutch)) == ">= nulmeting +2.400")
        #expect(GoalFilePrinter.target(try #require(english.target), style: GoalFileStyle(keywords: .en, notation: .english)) == "<= baseline -300")
    }

    @Test(arguments: CombineRule.allCases)
    func combineRulesInBothLanguages(rule: CombineRule) throws {
        for word in GoalFileVocabulary.spelling(rule).all {
            #expect(try metric("indicator m\n    samenvoegen \(word)\n").combine == rule)
            #expect(try metric("metric m\n    combine \(word)\n").combine == rule)
        }
        #expect(try metric("metric m\n    unit count\n").combine == nil)
    }

    @Test func definitionAndTotal() throws {
        let metric = try metric("metric m\n    definitie \"Aanvragen via e-formulieren\"\n    total-of productgroep\n")
        #expect(metric.definition == "Aanvragen via e-formulieren")
        #expect(metric.totalOf == "productgroep")
        #expect(metric.title == nil)
    }

    @Test(arguments: [
        ("formula ratio(digitale_aanvragen, bezoekers)",
         Formula.ratio(SeriesKey(metric: "digitale_aanvragen"), SeriesKey(metric: "bezoekers"))),
        ("formule verhouding(a{kanaal=web}, a)",
         Formula.ratio(SeriesKey(metric: "a", labels: [Label(name: "kanaal", value: "web")]), SeriesKey(metric: "a"))),
        ("formula percentage(digitaal, contacten)", Formula.percentage(SeriesKey(metric: "digitaal"), SeriesKey(metric: "contacten"))),
        ("formula sum(digitale_aanvragen)", Formula.sum(SeriesKey(metric: "digitale_aanvragen"))),
        ("formule som( digitale_aanvragen )", Formula.sum(SeriesKey(metric: "digitale_aanvragen"))),
    ])
    func formulas(field: String, formula: Formula) throws {
        #expect(try metric("metric m\n    \(field)\n").formula == formula)
    }

    @Test func inlineValuesWithLabelsAndProvisionalMarks() throws {
        let values = try parseCleanly("""
        getalnotatie nl
        indicator tevredenheid
            waarde 2019 = 7,1
            waarde {doelgroep=bedrijven} 2018 = 7,5
            value 2021-Q3* = 7,2
            waarde {doelgroep="inwoners en bedrijven"} 2022** = -0,5
        """).content.inlineValues
        let m = "tevredenheid"
        #expect(values == [
            InlineValue(series: SeriesKey(metric: m), period: .year(2019)!, value: 7.1),
            InlineValue(series: SeriesKey(metric: m, labels: [Label(name: "doelgroep", value: "bedrijven")]), period: .year(2018)!, value: 7.5),
            InlineValue(series: SeriesKey(metric: m), period: Period(year: 2021, granularity: .quarter, index: 3)!, value: 7.2, provisional: true),
            InlineValue(series: SeriesKey(metric: m, labels: [Label(name: "doelgroep", value: "inwoners en bedrijven")]),
                        period: .year(2022)!, value: -0.5, provisional: true),
        ])
    }

    @Test func theSameFigureForAnotherSeriesOrPeriodIsNoDuplicate() throws {
        let values = try parseCleanly("metric m\n    value 2020 = 1\n    value 2021 = 1\n    value {a=b} 2020 = 1\n").content.inlineValues
        #expect(values.count == 3)
    }

    // MARK: - Data blocks

    @Test func dataBlocksKeepTheirOptionsAsWritten() throws {
        let declaration = try parseCleanly("""
        gegevens "data/tabel 3.1.csv"
            vorm breed
            scheiding ;
            blad "Tabel 3.1"
            kolom "Burgerzaken" productgroep=Burgerzaken
            toelichting "Aangeleverd door"
                "het team Informatievoorziening"
            vorm lang
            kolom label productgroep "Productgroep"
            scheidingsteken ";"
        """).content.dataDeclarations[0]
        #expect(declaration.path == "data/tabel 3.1.csv")
        #expect(declaration.options.map(\.key) == ["vorm", "scheiding", "blad", "kolom", "toelichting", "vorm", "kolom", "scheidingsteken"])
        #expect(declaration.options.map(\.value) == [
            "breed", ";", "Tabel 3.1", "\"Burgerzaken\" productgroep=Burgerzaken",
            "Aangeleverd door het team Informatievoorziening", "lang", "label productgroep \"Productgroep\"", ";",
        ])
        #expect(declaration.option("vorm") == "lang")
    }

    @Test func aDataBlockWithoutOptions() throws {
        #expect(try parseCleanly("data \"cijfers.csv\"\n").content.dataDeclarations == [DataDeclaration(path: "cijfers.csv")])
    }

    // MARK: - Text

    @Test func continuationLinesAreJoinedWithOneSpace() throws {
        let goal = try goal("""
        goal alles-digitaal
            title "In 2017 zijn al onze producten digitaal beschikbaar,"
                "waar dit kan en mag."
                  "(Programma Dienstverlening op weg naar 2020)"
            bron "Programma Dienstverlening"
              "op weg naar 2020", "Ambitie"
            ontheffing vague-scope "Welke producten digitaal kunnen,"
                "bepaalt het team per jaar."
        """)
        #expect(goal.title == "In 2017 zijn al onze producten digitaal beschikbaar, waar dit kan en mag. (Programma Dienstverlening op weg naar 2020)")
        #expect(goal.source == DocumentReference(document: "Programma Dienstverlening op weg naar 2020", section: "Ambitie"))
        #expect(goal.waivers == [Waiver(rule: "vague-scope", reason: "Welke producten digitaal kunnen, bepaalt het team per jaar.")])
    }

    @Test func adjacentTextsOnOneLineAreJoinedToo() throws {
        #expect(try goal("goal g\n    title \"Een\" \"twee\"\n").title == "Een twee")
    }

    @Test(arguments: [
        (#""Klanten noemen de dienst \"goed\"""#, "Klanten noemen de dienst \"goed\""),
        (#""C:\\data\\tabel.csv""#, "C:\\data\\tabel.csv"),
        (#""regel een\nregel twee""#, "regel een\nregel twee"),
        (#""kolom\tkolom""#, "kolom\tkolom"),
        (#""a\rb""#, "a\rb"),
        (#""Doel #1 # geen commentaar""#, "Doel #1 # geen commentaar"),
        (#""één, twee, drie — “citaat”""#, "één, twee, drie — “citaat”"),
        (#""""#, ""),
        // The text's own buffer starts at its first escape: escapes first, last and back to back.
        (#""\"begin""#, "\"begin"),
        (#""eind\\""#, "eind\\"),
        (#""\n\t\\\"""#, "\n\t\\\""),
        (#""één\nen 😀\t""#, "één\nen 😀\t"),
    ])
    func escapesInText(written: String, meant: String) throws {
        #expect(try goal("goal g\n    title \"T\"\n    note \(written)\n").notes == [meant])
    }

    // MARK: - Layout

    @Test func commentsAndBlankLinesAnywhere() throws {
        let goal = try goal("""
        # kop

        goal g # het doel
            # over de titel

            title "T" # de titel

          # ingesprongen commentaar
            target >= 90% # streefwaarde
        # einde
        """)
        #expect(goal.title == "T")
        #expect(goal.target == Target(comparator: .atLeast, value: .absolute(90, percent: true)))
    }

    @Test func fieldsMayBeIndentedWithTabsOrAnyNumberOfSpaces() throws {
        #expect(try goal("goal g\n\ttitle \"T\"\n\towner \"O\"\n").owner == "O")
        #expect(try goal("goal g\n  title \"T\"\n  owner \"O\"\n").owner == "O")
        #expect(try goal("goal g\n\ttitle \"T\"\n\t\t\"meer\"\n\towner \"O\"\n").title == "T meer")
    }

    @Test func aNoBreakSpaceSeparatesLikeASpace() throws {
        #expect(try goal("goal g\n    title\u{A0}\"T\"\n    target >=\u{A0}90\u{A0}%\n").target
            == Target(comparator: .atLeast, value: .absolute(90, percent: true)))
    }

    @Test func blocksEndAtTheNextHeader() throws {
        let content = try parseCleanly("""
        goal a
            title "A"
        goal b
            title "B"
        metric m
        metric n
            unit count
        """).content
        #expect(content.goals.map(\.id) == ["a", "b"])
        #expect(content.metrics == [Metric(id: "m"), Metric(id: "n", unit: .count)])
    }

    @Test func idsMayHoldLettersOfAnyScriptDigitsUnderscoresAndDashes() throws {
        #expect(try goal("goal één-loket_2\n    title \"T\"\n").id == "één-loket_2")
    }

    @Test func theNotationDirectiveHoldsForTheWholeFileWhereverItStands() throws {
        let goal = try goal("goal g\n    title \"T\"\n    target >= 52.000\n\nnotation nl\n")
        #expect(goal.target == Target(comparator: .atLeast, value: .absolute(52000, percent: false)))
        #expect(try parseCleanly("goal g\n    title \"T\"\n\ngetalnotatie EN\n").notation == .english)
    }

    @Test func emptyAndCommentOnlyFilesDeclareNothing() throws {
        for text in ["", "\n", "# niets\n\n   \n# nog steeds niets", "\u{FEFF}"] {
            #expect(try parseCleanly(text).content == GoalFileContent())
        }
    }

    @Test func lineEndingsAndByteOrderMarkDoNotChangeTheMeaning() throws {
        let crlf = "\u{FEFF}" + dutchExample.replacingAll("\n", with: "\r\n")
        #expect(try parseCleanly(crlf).content == expectedContent)
    }
}
