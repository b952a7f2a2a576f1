import Testing
@testable import KoersCore

/// The examples of issue 16, each a regression test: which number is the target, the baseline
/// and the deadline, and which numbers only define the population or a condition.
@Suite("Check draft roles")
struct CheckDraftRoleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var sentence: String
        /// In goal-file syntax (`>= 6.8`, `<= -49%`), nil when the sentence states none.
        var target: String?
        var deadline: String?
        var baselinePeriod: String?
        var baselineValue: Double?
        var testDescription: String { sentence }

        init(_ sentence: String, target: String?, deadline: String? = nil, baseline: String? = nil, baselineValue: Double? = nil) {
            self.sentence = sentence
            self.target = target
            self.deadline = deadline
            self.baselinePeriod = baseline
            self.baselineValue = baselineValue
        }
    }

    static let today = Period(year: 2000, granularity: .month, index: 1)!

    static func propose(_ sentence: String, collegePeriod: ClosedRange<Int>? = nil) -> DraftProposal {
        GoalDraft.propose(sentence, wordLists: CheckFixtures.wordLists, today: today, collegePeriod: collegePeriod)
    }

    static let examples: [Example] = [
        // Baselines, with articles in between.
        Example("De waardering van onze dienstverlening is gestegen van een 6,4 in 2019 naar een 6,8 in 2023.",
                target: ">= 6.8", deadline: "2023", baseline: "2019", baselineValue: 6.4),
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
        Example("Answer 95% of calls within 60 seconds in FY 2024-2025.", target: "95%", deadline: "2025"),
        Example("Streefwaarde 24/25: 85% van de aanvragen binnen 8 weken afgehandeld.", target: "85%", deadline: "2025-03"),
        Example("We will deliver 1000 affordable homes before 2023.", target: "1000", deadline: "2022"),
        // Words for numbers and comparators.
        Example("In 2030 woont een kwart van de inwoners in een energieneutrale woning.", target: "25%", deadline: "2030"),
        Example("De helft van het afval wordt in 2025 gescheiden ingezameld.", target: "50%", deadline: "2025"),
        Example("Twee derde van de jongeren sport in 2026 wekelijks.", target: "66.7%", deadline: "2026"),
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
        Example("Minder dan 30,9 personen per 1.000 inwoners met bijstandsuitkering (18 jaar en ouder).", target: "<= 30.9"),
        Example("Het Amsterdamse college legde in 2018 de afspraak vast om 55 procent CO 2 -reductie te realiseren in 2030, ten opzichte van 1990.",
                target: "<= -55%", deadline: "2030", baseline: "1990"),
    ]

    @Test(arguments: examples)
    func readsTheExample(_ example: Example) throws {
        let proposal = Self.propose(example.sentence)
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

    @Test func measurableAndCompleteAreTwoAnswers() {
        let measurable = Self.propose("80% van de meldingen wordt binnen 5 werkdagen afgehandeld.")
        #expect(!measurable.vague)
        #expect(!measurable.complete)
        let complete = Self.propose("gestegen van een 6,4 in 2019 naar een 6,8 in 2023")
        #expect(!complete.vague && complete.complete)
        let vague = Self.propose("We verbeteren de dienstverlening in 2025.")
        #expect(vague.vague && !vague.complete)
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

    @Test func vagueWordFixes() {
        #expect(Self.categories("We bieden een groter aanbod van online producten.")["groter"] == .direction)
        #expect(Self.categories("Nagenoeg al het huishoudelijk afval wordt hergebruikt.").values.contains(.quantifier))
        let asHighAsPossible = Self.categories("Een zo hoog mogelijk bereik van de jeugd.")
        #expect(asHighAsPossible["zo hoog mogelijk"] == .direction)
        #expect(asHighAsPossible["hoog"] == nil)
        #expect(Self.categories("Een continue daling van het aantal verkeersdoden.")["continue"] == .time)
        let noStreets = Self.categories("In 2040 lopen er geen straten meer onder water.")
        #expect(!noStreets.values.contains(.direction))
    }

    @Test func noMoreIsNotTheComparativeInTheCheck() {
        let proposal = Self.propose("In 2040 lopen er geen straten meer onder water.")
        #expect(!proposal.findings.contains { $0.rule == .vagueWording })
    }
}
