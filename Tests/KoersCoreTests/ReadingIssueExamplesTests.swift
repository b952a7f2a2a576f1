import Testing
@testable import KoersCore

/// Every example of issue 16 ("Reading real policy text"), each in a realistic sentence and
/// each a regression test: which number is the target, the baseline and the deadline, which
/// numbers only define the population or a condition, which words are vague, what `check`
/// says, and whether the target is measurable and the goal complete.
@Suite("Issue 16 examples: reading real policy text")
struct ReadingIssueExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// In goal-file syntax (`>= 6.8`, `<= -49%`, `<= benchmark -5%`), nil when the sentence states none.
        var target: String?
        var deadline: String?
        var baselinePeriod: String?
        var baselineValue: Double?
        /// The year of the sentence's document (`draft --year`).
        var year: Int?
        /// Whether the goal as drafted is complete; nil where the example is about something else.
        var complete: Bool?
        var testDescription: String { sentence }

        init(_ sentence: String, target: String?, deadline: String? = nil, baseline: String? = nil, baselineValue: Double? = nil,
             year: Int? = nil, complete: Bool? = nil) {
            self.sentence = sentence
            self.target = target
            self.deadline = deadline
            self.baselinePeriod = baseline
            self.baselineValue = baselineValue
            self.year = year
            self.complete = complete
        }
    }

    static let today = Period(year: 2000, granularity: .month, index: 1)!

    static func propose(_ sentence: String, collegePeriod: ClosedRange<Int>? = nil, year: Int? = nil) -> DraftProposal {
        GoalDraft.propose(sentence, wordLists: CheckFixtures.wordLists, today: today, collegePeriod: collegePeriod, documentYear: year)
    }

    static let examples: [Example] = [
        // Baselines, with articles in between.
        Example("De waardering van onze dienstverlening is gestegen van een 6,4 in 2019 naar een 6,8 in 2023.",
                target: ">= 6.8", deadline: "2023", baseline: "2019", baselineValue: 6.4, complete: true),
        Example("49% CO2-reductie in 2030, gemeten t.o.v. het jaar 1990", target: "<= -49%", deadline: "2030", baseline: "1990"),
        Example("Het aantal inbraken daalt met 10% in 2025 ten opzichte van 2022.", target: "<= -10%", deadline: "2025", baseline: "2022"),
        Example("Reduce emissions by 40% by 2030 compared with 2005.", target: "<= -40%", deadline: "2030", baseline: "2005"),
        Example("Increase the recycling rate from 36% in 2022 to 43% by 2025.", target: ">= 43%", deadline: "2025", baseline: "2022",
                baselineValue: 36),
        // Deadlines.
        Example("Minimaal 60% van de daken is voor 2030 voorzien van zonnepanelen.", target: ">= 60%", deadline: "2030"),
        Example("Vóór 1 januari 2015 is het aantal wachtenden maximaal 50.", target: "<= 50", deadline: "2014"),
        Example("Zaanstad wil tussen 2030 en 2040 een klimaatneutrale stad zijn.", target: nil, deadline: "2040"),
        Example("Aanpak 2018-2022: minimaal 500 nieuwe woningen.", target: ">= 500", deadline: "2022"),
        Example("Reduce missed bin collections to no more than 50 by September 30, 2025.", target: "<= 50", deadline: "2025-09"),
        Example("Deliver 300 affordable homes across 2022-2024.", target: "300", deadline: "2024"),
        Example("Answer 95% of calls within 60 seconds in FY 2024-2025.", target: "95%", deadline: "2025-06"),
        Example("Streefwaarde 24/25: 85% van de aanvragen binnen 8 weken afgehandeld.", target: "85%", deadline: "2025-03"),
        Example("We will deliver 1000 affordable homes before 2023.", target: "1000", deadline: "2022"),
        // Words for numbers and comparators.
        Example("In 2030 woont een kwart van de inwoners in een energieneutrale woning.", target: "25%", deadline: "2030"),
        Example("De helft van het afval wordt in 2025 gescheiden ingezameld.", target: "50%", deadline: "2025"),
        Example("Twee derde van de jongeren sport in 2026 wekelijks.", target: "66.6666666667%", deadline: "2026"),
        Example("We willen het aantal deelauto's in 2030 verdubbelen.", target: ">= +100%", deadline: "2030"),
        Example("Het restafval halveren in 2030 ten opzichte van 2020.", target: "<= -50%", deadline: "2030", baseline: "2020"),
        Example("Het aantal klachten is niet meer dan 20 per jaar.", target: "<= 20"),
        Example("De wachttijd is in 2025 hooguit 6 weken.", target: "<= 6", deadline: "2025"),
        Example("Het aandeel inwoners dat zich veilig voelt blijft minimaal gelijk (89%).", target: ">= 89%"),
        Example("In 2025 is er nog maar gemiddeld 40 kg restafval per inwoner.", target: "<= 40", deadline: "2025"),
        Example("Dit houdt in dat in 2040 geen straten meer onder water lopen.", target: "<= 0", deadline: "2040"),
        Example("Reduce our carbon footprint to zero by 2030.", target: "<= 0", deadline: "2030"),
        Example("We halveren de hoeveelheid restafval per inwoner naar 100 kg in 2025.", target: "<= 100", deadline: "2025"),
        Example("Raise the graduation rate to 90 percent by the year 2027.", target: ">= 90%", deadline: "2027"),
        // English without articles: "2,000" in English notation.
        Example("Plant 2,000 trees annually through 2030.", target: "2000", deadline: "2030"),
        // Numbers that are not the target.
        Example("Doel 2: 70% van de inwoners beoordeelt de dienstverlening met een 7 of hoger.", target: "70%"),
        Example("Binnen de gemeente worden in 2026 3.000 woningen gebouwd.", target: "3000", deadline: "2026"),
        Example("Hiervoor is in 2025 een budget van € 2,5 miljoen beschikbaar.", target: nil, deadline: "2025"),
        Example("In 2021 was 62% van de inwoners tevreden over de dienstverlening.", target: nil, deadline: "2021"),
        Example("We werken samen met de 7 gemeenten in de regio aan een veilige wijk.", target: nil),
        Example("Met ingang van 1 januari 2024 is de nieuwe verordening van kracht.", target: nil),
        Example("Artikel 2.1 van de Woningwet verplicht ons tot een woonvisie.", target: nil),
        Example("3 Onze bedrijfsvoering is op orde", target: nil),
        Example("Doelstelling 1: minimaal 70% van de inwoners is tevreden over de dienstverlening.", target: ">= 70%"),
        Example("Percentage inwoners van 18 jaar en ouder dat rookt daalt naar maximaal 15% in 2030.", target: "<= 15%", deadline: "2030"),
        Example("Netto participatiegraad (% mensen tussen 15 en 75 jaar dat een baan heeft) is minimaal 68%.", target: ">= 68%"),
        Example("Het aandeel 3-jarigen dat voorschoolse educatie volgt is minimaal 80%.", target: ">= 80%"),
        Example("% meldingen dat binnen 2 werkdagen is afgehandeld 90%", target: "90%"),
        Example("Percentage balieklanten geholpen binnen de servicenorm van max. 10 min", target: nil),
        Example("Percentage balieklanten dat binnen de servicenorm van max. 10 min wordt geholpen: 90%", target: "90%"),
        Example("Klanttevredenheid (rapportcijfer) realisatie 2023: 6,9; streefwaarde 2026: minimaal 7,5", target: ">= 7.5", deadline: "2026"),
        Example("Minder dan 30,9 personen per 1.000 inwoners met bijstandsuitkering (18 jaar en ouder).", target: "<= 30.9"),
        Example("Het Amsterdamse college legde in 2018 de afspraak vast om 55 procent CO 2 -reductie te realiseren in 2030, ten opzichte van 1990.",
                target: "<= -55%", deadline: "2030", baseline: "1990"),
        // Split verbs: a change, not a level.
        Example("Het aantal verkeersslachtoffers neemt met 20% af in 2030 ten opzichte van 2020.", target: "<= -20%", deadline: "2030",
                baseline: "2020", complete: true),
        Example("Het aantal dak- en thuislozen daalt in 2026 met een kwart.", target: "<= -25%", deadline: "2026"),
        Example("Het aandeel duurzaam opgewekte energie stijgt met 5 procentpunt toe in 2030.", target: ">= +5 pp", deadline: "2030"),
        Example("De gemiddelde woonlastendruk stijgt niet meer dan 3% in 2027 ten opzichte van 2023.", target: "<= +3%", deadline: "2027",
                baseline: "2023"),
        Example("De gemiddelde lastendruk stijgt in 2026 niet meer dan 3%.", target: "<= +3%", deadline: "2026"),
        Example("Het aantal meldingen van overlast daalt minimaal 10% in 2026 ten opzichte van 2022.", target: "<= -10%", deadline: "2026",
                baseline: "2022"),
        // Benchmarks: the series is a placeholder, the bound and offset are read.
        Example("De werkloosheid is in 2024 ten hoogste het landelijk gemiddelde.", target: "<= benchmark", deadline: "2024"),
        Example("In 2026 scoort de waardering van de dienstverlening 2 punten boven het gemiddelde van de G40.", target: ">= benchmark +2",
                deadline: "2026"),
        Example("By 2027 the household recycling rate is at or above the national average.", target: ">= benchmark", deadline: "2027"),
        Example("De lokale lasten zijn in 2025 niet meer dan het gemiddelde van gemeenten van vergelijkbare grootte.", target: "<= benchmark",
                deadline: "2025"),
        Example("Het ziekteverzuim van de ambtelijke organisatie ligt in 2026 5% onder het landelijk gemiddelde.", target: "<= benchmark -5%",
                deadline: "2026"),
        // Years counted from the document's year.
        Example("We streven dit jaar naar 92% afhandeling binnen de termijnen.", target: "92%", deadline: "2022", year: 2022),
        Example("Volgend jaar is minimaal 80% van de aanvragen digitaal in te dienen.", target: ">= 80%", deadline: "2026", year: 2025),
        Example("De komende vier jaar realiseren we 800 woningen.", target: "800", deadline: "2026", year: 2022),
        Example("This year we will answer at least 95% of calls within 60 seconds.", target: ">= 95%", deadline: "2024", year: 2024),
        Example("We will deliver 300 affordable homes over the next three years.", target: "300", deadline: "2027", year: 2024),
        Example("Over the next 5 years we will plant 10,000 trees.", target: "10000", deadline: "2028", year: 2023),
        Example("In de komende 4 jaar daalt het aantal woninginbraken naar maximaal 150.", target: "<= 150", deadline: "2029", year: 2025),
        // Vague against complete: a clear number without a year is measurable, not complete.
        Example("80% van de meldingen wordt binnen 5 werkdagen afgehandeld.", target: "80%", complete: false),
        Example("We verbeteren de dienstverlening in 2025.", target: nil, deadline: "2025", complete: false),
    ]

    @Test(arguments: examples)
    func readsTheExample(_ example: Example) throws {
        let proposal = Self.propose(example.sentence, year: example.year)
        if let label = example.target {
            let expected = try #require(GoalSentenceCorpus.target(label))
            #expect(proposal.target?.comparator == expected.comparator)
            #expect(proposal.target.map { Score.same($0.targetValue, expected.value) } == true,
                    "read \(String(describing: proposal.target?.targetValue))")
        } else {
            #expect(proposal.target == nil)
        }
        #expect(proposal.deadline?.period.description == example.deadline)
        #expect(proposal.baseline?.period?.description == example.baselinePeriod)
        #expect(proposal.baseline?.value == example.baselineValue)
        #expect(proposal.vague == (example.target == nil))
        if let complete = example.complete { #expect(proposal.complete == complete) }
        #expect(!proposal.asksYear)
    }

    @Test func everyNumberHasItsRoleAndSpan() {
        let proposal = Self.propose("Minder dan 30,9 personen per 1.000 inwoners met bijstandsuitkering (18 jaar en ouder) in 2026.")
        #expect(proposal.numbers.map(\.role) == [.target, .population, .population, .deadline])
        #expect(proposal.numbers.map(\.span.text) == ["30,9", "1.000", "18", "2026"])
        let conditions = Self.propose("% bezoekers dat binnen 5 minuten wordt geholpen 95%").numbers
        #expect(conditions.map(\.role) == [.condition, .target])
        let list = Self.propose("Doelstelling 2: Inwoners voldoen aan de beweegnorm.").numbers
        #expect(list.map(\.role) == [.list])
        let fromTo = Self.propose("gestegen van een 6,4 in 2019 naar een 6,8 in 2023").numbers
        #expect(fromTo.map(\.role) == [.baseline, .baseline, .target, .deadline])
    }

    @Test func theCollegePeriodIsReadFromTheSettingOrAskedFor() {
        let sentence = "We realiseren 800 woningen in deze collegeperiode."
        let asked = Self.propose(sentence)
        #expect(asked.deadline == nil)
        #expect(asked.asksCollegePeriod)
        let set = Self.propose(sentence, collegePeriod: 2022...2026)
        #expect(set.deadline?.period == Period.year(2026))
        #expect(set.deadline?.span.text == "deze collegeperiode")
        #expect(!set.asksCollegePeriod)
        #expect(Self.propose("5.000 extra banen in deze collegeperiode (2019-2022).").deadline?.period == Period.year(2022))
    }

    @Test func aYearCountedFromTheDocumentIsAskedForRatherThanGuessed() {
        for sentence in ["We streven dit jaar naar 92% afhandeling binnen de termijnen.", "Next year at least 70% of bins are collected on time.",
                         "We will deliver 300 affordable homes over the next three years."] {
            let asked = Self.propose(sentence)
            #expect(asked.deadline == nil, "\(sentence)")
            #expect(asked.asksYear, "\(sentence)")
        }
        let counted = Self.propose("In de komende 4 jaar daalt het aantal woninginbraken naar maximaal 150.", year: 2025)
        #expect(counted.deadline?.span.text == "In de komende 4 jaar")
        #expect(counted.numbers.map(\.role) == [.deadline, .target])
        // A stated year needs no document year; "de komende vier jaar" also reads the college period.
        #expect(!Self.propose("Dit jaar, in 2024, handelen we 92% van de aanvragen af.").asksYear)
        let term = Self.propose("De komende vier jaar realiseren we 800 woningen.", collegePeriod: 2022...2026)
        #expect(term.deadline?.period == Period.year(2026) && !term.asksYear)
    }

    @Test func aBenchmarkTargetNamesAPlaceholderForItsSeries() throws {
        let cases: [(sentence: String, placeholder: String, offset: Benchmark.Offset?)] = [
            ("De werkloosheid is in 2024 ten hoogste het landelijk gemiddelde.", "landelijk_gemiddelde", nil),
            ("In 2026 scoort de waardering 2 punten boven het gemiddelde van de G40.", "gemiddelde_g40", .amount(2)),
            ("By 2027 the recycling rate is at or above the national average.", "national_average", nil),
            ("De lokale lasten zijn niet meer dan het gemiddelde van gemeenten van vergelijkbare grootte.",
             "gemiddelde_gemeenten_vergelijkbare_grootte", nil),
            ("Het ziekteverzuim ligt in 2026 5% onder het landelijk gemiddelde.", "landelijk_gemiddelde", .percent(-5)),
        ]
        for (sentence, placeholder, offset) in cases {
            let target = try #require(Self.propose(sentence).target, "\(sentence)")
            #expect(target.kind == .benchmark)
            #expect(target.benchmark?.placeholder == placeholder)
            #expect(target.targetValue == .benchmark(Benchmark(series: SeriesKey(metric: placeholder), offset: offset)))
        }
        // A benchmark only mentioned is no target.
        #expect(Self.propose("Het landelijk gemiddelde lag in 2023 op 3,6%.").target?.kind != .benchmark)
    }

    @Test func aYearlyLevelIsSustainedAndADeliveredCountCumulative() {
        let yearly = Self.propose("Jaarlijks worden minimaal 250 bomen geplant.").target
        #expect(yearly?.sustained == true && yearly?.cumulative == false)
        #expect(Self.propose("Maintain 100% sample turn in rate.").target?.sustained == true)
        let delivered = Self.propose("We will deliver 1000 affordable homes before 2023.").target
        #expect(delivered?.cumulative == true && delivered?.sustained == false)
        #expect(Self.propose("In de periode 2023-2026 bouwen we in totaal 2.000 nieuwe woningen.").target?.cumulative == true)
        // A rate is no total, and a level at the deadline is neither.
        #expect(Self.propose("We realiseren in 2026 minimaal 80% van de woningen aardgasvrij.").target?.cumulative == false)
        let level = Self.propose("Het rapportcijfer is in 2025 minimaal 7,5.").target
        #expect(level?.sustained == false && level?.cumulative == false)
        let goal = Self.propose("We will deliver 1000 affordable homes before 2023.").goal(id: "homes")
        #expect(goal.target?.cumulative == true)
    }

    // MARK: Vague words

    static func categories(_ text: String) -> [String: WordCategory] {
        Dictionary(WordMatcher.matches(in: text, lists: CheckFixtures.wordLists).map { ($0.span.text, $0.entry.category) }) { first, _ in first }
    }

    /// A sentence, a phrase in it, and the category the check gives that phrase (nil: none).
    static let vagueWords: [(sentence: String, phrase: String, category: WordCategory?)] = [
        ("We bieden in 2026 een groter aanbod van online producten.", "groter", .direction),
        ("Nagenoeg al het huishoudelijk afval wordt in 2030 hergebruikt.", "Nagenoeg al", .quantifier),
        ("Een zo hoog mogelijk bereik van de jeugd met het sportaanbod.", "zo hoog mogelijk", .direction),
        ("Een zo hoog mogelijk bereik van de jeugd met het sportaanbod.", "hoog", nil),
        ("Een continue daling van het aantal verkeersdoden.", "continue", .time),
        ("In 2040 lopen er geen straten meer onder water.", "meer", nil),
    ]

    @Test(arguments: vagueWords.indices)
    func vagueWordsAreFoundAndOnlyThem(_ index: Int) {
        let (sentence, phrase, category) = Self.vagueWords[index]
        #expect(Self.categories(sentence)[phrase] == category, "\(sentence)")
    }

    @Test func noMoreIsNotTheComparativeInTheCheck() {
        let proposal = Self.propose("In 2040 lopen er geen straten meer onder water.")
        #expect(!proposal.findings.contains { $0.rule == .vagueWording })
    }
}

/// The check fixes of issue 16: numbers that define the population, a list number and a
/// baseline value the data holds are no `text-mismatch`; a target without a comparator fails.
@Suite("Issue 16 examples: the check")
struct CheckIssueExamplesTests {
    typealias F = CheckFixtures

    struct Example: CustomTestStringConvertible, Sendable {
        var title: String
        var target: Target
        var baseline: Baseline?
        /// The rule looked at: `text-mismatch` must quote exactly `quoted` (none: the title
        /// agrees); `no-target` must fail the check for want of a comparator.
        var rule: CheckRule
        var quoted: [String]
        var testDescription: String { title }
    }

    static let examples: [Example] = [
        Example(title: "Minder dan 30,9 personen per 1.000 inwoners met bijstandsuitkering (18 jaar en ouder), uiterlijk in 2027",
                target: Target(comparator: .atMost, value: .absolute(30.9, percent: false)), rule: .textMismatch, quoted: []),
        Example(title: "Doelstelling 1: minimaal 70% van de meldingen binnen 5 werkdagen afgehandeld, uiterlijk in 2027",
                target: Target(comparator: .atLeast, value: .absolute(70, percent: true)), rule: .textMismatch, quoted: []),
        Example(title: "Doelstelling 1: minimaal 70% van de meldingen binnen 5 werkdagen afgehandeld, uiterlijk in 2027",
                target: Target(comparator: .atLeast, value: .absolute(75, percent: true)), rule: .textMismatch, quoted: ["70%"]),
        // The data's figure for 2020 is 49.525: the title quotes the baseline, not a stray number.
        Example(title: "Van 49.525 digitale aanvragen in 2020 naar minimaal 54.477,5 in 2027",
                target: Target(comparator: .atLeast, value: .absolute(54477.5, percent: false)), rule: .textMismatch, quoted: []),
        Example(title: "Van 48.000 digitale aanvragen in 2020 naar minimaal 54.477,5 in 2027",
                target: Target(comparator: .atLeast, value: .absolute(54477.5, percent: false)), rule: .textMismatch, quoted: ["48.000"]),
        // "80% van de meldingen" states no comparator: the check reports it, as status does.
        Example(title: "80% van de meldingen wordt binnen 5 werkdagen afgehandeld, uiterlijk in 2027",
                target: Target(comparator: nil, value: .absolute(80, percent: true)), rule: .noTarget, quoted: []),
    ]

    @Test(arguments: examples)
    func checksTheExample(_ example: Example) {
        let goal = F.spoiled {
            $0.title = example.title
            $0.target = example.target
            $0.baseline = example.baseline ?? $0.baseline
        }
        let findings = F.findings(goal).filter { $0.rule == example.rule }
        if example.rule == .textMismatch {
            #expect(findings.compactMap(\.span?.text) == example.quoted)
        } else {
            #expect(findings.contains { $0.severity == .error && $0.gap == .comparator })
            let report = VagueGoalCheck.report(for: F.model(goals: [goal], figures: F.requestFigures), options: F.options())
            #expect(report.fails(strict: false))
        }
    }
}
