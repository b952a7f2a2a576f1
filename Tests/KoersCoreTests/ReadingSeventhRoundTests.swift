import Testing
@testable import KoersCore

/// The seventh round's constructions, each in sentences written for the test (not corpus
/// sentences), Dutch and English where both exist, with near misses that must not be read so.
@Suite("Reading the seventh round's constructions")
struct ReadingSeventhRoundTests {
    typealias Example = ReadingIssueExamplesTests.Example

    static let examples: [Example] = [
        // A change named as a noun of improvement: the size of a rise, relative to the baseline.
        Example("A 20% improvement in the energy efficiency of council buildings by 2028", target: ">= +20%", deadline: "2028"),
        Example("40% improvement in street lighting efficiency by 2030, compared to 2015.", target: ">= +40%", deadline: "2030",
                baseline: "2015"),
        Example("We aim for an improvement of 15% in bus punctuality by 2027.", target: ">= +15%", deadline: "2027"),
        Example("Een verbetering van 10% in de energie-efficiëntie van het wagenpark in 2028.", target: ">= +10%", deadline: "2028"),
        Example("In 2030 een 25% verbetering van de luchtkwaliteit ten opzichte van 2020.", target: ">= +25%", deadline: "2030",
                baseline: "2020"),
        // ... but a level stays a level: the improvement names no size.
        Example("Improvements to the park will raise visitor satisfaction to 80% by 2027.", target: ">= 80%", deadline: "2027"),
        Example("Door verbetering van de dienstverlening is in 2027 90% van de klanten tevreden.", target: "90%", deadline: "2027"),
        // A row's last cell names a direction: the figure before it is the baseline; "Maintain" keeps
        // it as a floor every year, "Increase" states no number to reach.
        Example("Residents satisfied with parks and open spaces Annual survey 78% Maintain", target: ">= 78%", baselineValue: 78),
        Example("Percentage of bins collected on time Service records 96.5% Maintain", target: ">= 96.5%", baselineValue: 96.5),
        Example("Tevredenheid over de bibliotheek Burgerpeiling 7,8 Handhaven", target: ">= 7.8", baselineValue: 7.8),
        Example("Residents who feel safe in their neighbourhood Annual survey 64% of residents agree Increase", target: nil,
                baselineValue: 64),
        Example("Inwoners die zich eenzaam voelen Gezondheidsmonitor 12% Verlagen", target: nil, baselineValue: 12),
        // ... but a word of change in prose is no cell.
        Example("We want to reach 85% satisfaction by 2028 and maintain it.", target: "85%", deadline: "2028"),
        Example("Increase the share of cycling trips to 35% by 2030.", target: ">= 35%", deadline: "2030"),
        // A quantifier over every member of a set after a modal verb or a noun of aim, and the reach of a
        // distance over every member: `>= 100%`.
        Example("In 2040 moeten alle gebouwen in de gemeente aardgasvrij zijn.", target: ">= 100%", deadline: "2040"),
        Example("In 2035 moeten dan ook alle huizen van het gas af zijn.", target: ">= 100%", deadline: "2035"),
        Example("Uiterlijk 2045 zullen alle dijken aan de nieuwe veiligheidsnorm voldoen.", target: ">= 100%", deadline: "2045"),
        Example("By 2035 all buildings in the district must be heated without fossil fuels.", target: ">= 100%", deadline: "2035"),
        Example("Het doel is alle gebouwen van de gemeente in 2030 energieneutraal te maken.", target: ">= 100%", deadline: "2030"),
        Example("Provide a bus stop within 400 metres of every house in the town by 2029.", target: ">= 100%", deadline: "2029"),
        Example("Een AED binnen 6 minuten van elke woning in 2027.", target: ">= 100%", deadline: "2027"),
        // ... but not a quantifier over people, one after a verb of action, or one inside a condition.
        Example("In 2030 moeten alle inwoners mee kunnen doen in de samenleving.", target: nil, deadline: "2030"),
        Example("We must help all new businesses to find premises by 2028.", target: nil, deadline: "2028"),
        Example("The network is complete if every house within 400 metres of a stop is served.", target: nil),
        // A benchmark the goal brings its measure to, or holds it at, without a bound word before it.
        Example("Wij willen de achterstand in taalvaardigheid in 2028 terug te hebben gebracht tot het landelijk gemiddelde.",
                target: "<= benchmark", deadline: "2028"),
        Example("We verhogen de sportdeelname in 2030 naar het landelijk gemiddelde.", target: ">= benchmark", deadline: "2030"),
        Example("We aim to bring the gap in school readiness down to the national average by 2029.", target: "<= benchmark", deadline: "2029"),
        Example("Inzet: de arbeidsparticipatie in 2027 op het landelijk gemiddelde.", target: "benchmark", deadline: "2027"),
        Example("Our aim is adult literacy at the national average by 2030.", target: "benchmark", deadline: "2030"),
        // ... but not one without a year (a level reported as a fact: `aBenchmarkReportedAsAFactIsNoTarget`).
        Example("Het is belangrijk om naar het landelijk gemiddelde te kijken.", target: nil),
        // A percentage whose clause closes with "te" and a verb of a fall: the size of the cut.
        Example("We willen minstens 30% van het restafval te verminderen tegen 2028.", target: "<= -30%", deadline: "2028"),
        Example("De gemeente engageert zich om 45% CO2 te besparen tegen 2030.", target: "<= -45%", deadline: "2030"),
        Example("Ons doel is om in 2035 60% van de uitstoot van het wagenpark te reduceren.", target: "<= -60%", deadline: "2035"),
        Example("Het streven is 20 procent van het energieverbruik terug te dringen in 2027.", target: "<= -20%", deadline: "2027"),
        // ... but not a share whose own verb is another, with a purpose clause after it.
        Example("In 2030 willen we 40% van de woningen isoleren om energie te besparen.", target: "40%", deadline: "2030"),
        // Only so much used or produced: a ceiling.
        Example("By 2030 households only use 100 litres of water per person per day.", target: "<= 100", deadline: "2030"),
        Example("In 2029 the council fleet will only emit 50 tonnes of CO2.", target: "<= 50", deadline: "2029"),
        Example("In 2030 gebruikt een huishouden nog slechts 110 liter water per persoon per dag.", target: "<= 110", deadline: "2030"),
        // ... but "only" without a verb of use is no ceiling.
        Example("By 2028 the only 3 libraries in the district open on Sundays.", target: "3", deadline: "2028"),
        Example("In 2027 zijn slechts 4 van de scholen nog niet aardgasvrij.", target: "4", deadline: "2027"),
        // Counts that are no target: the document's own parts, its pages, actors who have acted.
        Example("Het college werkt aan vier speerpunten: wonen, werken, zorg en groen.", target: nil),
        Example("This plan sets out five priorities for a greener borough.", target: nil),
        Example("Binnen pijler 2 Economie en werk willen we een sterke regionale economie.", target: nil),
        Example("Zoals in de woonvisie (blz. 14) staat, bouwen we in 2030 betaalbare woningen.", target: nil, deadline: "2030"),
        Example("As the climate plan says (p. 23), we want a greener town centre.", target: nil),
        Example("Zes Drentse gemeenten hebben samen een regionale energiestrategie opgesteld.", target: nil),
        Example("Twelve councils have signed the regional housing compact.", target: nil),
        // ... but a count of what the goal delivers stays the target.
        Example("In 2028 hebben zes gemeenten een warmteplan vastgesteld.", target: "6", deadline: "2028"),
        Example("By 2027 we will open four new family hubs.", target: "4", deadline: "2027"),
        Example("In 2030 realiseren we 12 nieuwe speeltuinen.", target: "12", deadline: "2030"),
        // A number that could be a year, right before what the goal delivers, is a count.
        Example("In de komende vier jaar bouwen we 2000 woningen.", target: "2000", deadline: "2026", year: 2022),
        Example("Voor 2030 planten we nog eens 1950 bomen in de wijken.", target: "1950", deadline: "2030"),
        Example("By 2028 the council will deliver 2100 new homes.", target: "2100", deadline: "2028"),
        Example("Daarnaast bereiden we tegen 2031 nog 2040 sociale huurwoningen voor.", target: "2040", deadline: "2031"),
        // ... but a year after a lead stays a year.
        Example("By 2030 homes in the district are heated without natural gas.", target: nil, deadline: "2030"),
        Example("In 2035 woningen aardgasvrij maken is de opgave van de wijkaanpak.", target: nil, deadline: "2035"),
        // A number said to be today's, beside the target: its baseline value.
        Example("In 2030 is 80% van het afval gescheiden (momenteel 58%).", target: "80%", deadline: "2030", baselineValue: 58),
        Example("We willen komen van de huidige 45% tot 65% duurzame stroom in 2028.", target: "65%", deadline: "2028", baselineValue: 45),
        Example("Install 12,000 kW of solar power by 2030 (currently 4,500 kW).", target: "12000", deadline: "2030", baselineValue: 4500),
        Example("Raise the current 62% recycling rate to 70% by 2027.", target: ">= 70%", deadline: "2027", baselineValue: 62),
        // ... but never the target itself.
        Example("In 2030 is het huidige aantal van 300 laadpalen verdubbeld.", target: ">= +100%", deadline: "2030"),
    ]

    @Test(arguments: examples)
    func readsTheConstruction(_ example: Example) throws {
        try ReadingIssueExamplesTests().readsTheExample(example)
    }
}

extension ReadingSeventhRoundTests {
    /// A number on no measure the sentence names: kept as the target, judged not measurable.
    @Test(arguments: ["Ons doel is 100% in 2050.", "Our target is 60% by 2030.", "Het streven is dus 75% in 2028.",
                      "The aim is therefore 40% by 2035."])
    func aNumberOnNoNamedMeasureIsNotMeasurable(_ sentence: String) {
        let proposal = ReadingIssueExamplesTests.propose(sentence)
        #expect(proposal.target != nil)
        #expect(proposal.vague)
        #expect(!proposal.complete)
    }

    @Test(arguments: ["Ons doel is 100% duurzame energie in 2050.", "Our target is 60% recycling by 2030.",
                      "In 2028 is 75% van het afval gescheiden.", "De streefwaarde is een 7,5 voor de dienstverlening in 2027."])
    func aNumberOnANamedMeasureIsMeasurable(_ sentence: String) {
        let proposal = ReadingIssueExamplesTests.propose(sentence)
        #expect(proposal.target != nil)
        #expect(!proposal.vague)
    }

    @Test(arguments: ["De arbeidsparticipatie lag in 2022 op het landelijk gemiddelde.",
                      "Youth unemployment stood at the national average in 2023."])
    func aBenchmarkReportedAsAFactIsNoTarget(_ sentence: String) {
        #expect(ReadingIssueExamplesTests.propose(sentence).target == nil)
    }

    @Test func aMaintainCellKeepsItsFigureEveryYear() {
        let proposal = ReadingIssueExamplesTests.propose("Residents satisfied with parks and open spaces Annual survey 78% Maintain")
        #expect(proposal.target?.sustained == true)
        #expect(proposal.numbers.map(\.role) == [.target])
        let increase = ReadingIssueExamplesTests.propose("Residents who feel safe Annual survey 64% of residents agree Increase")
        #expect(increase.numbers.map(\.role) == [.baseline])
        #expect(increase.vague)
    }
}
