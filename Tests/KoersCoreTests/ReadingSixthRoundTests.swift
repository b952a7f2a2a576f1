import Testing
@testable import KoersCore

/// The sixth round's constructions, each in sentences written for the test (not corpus
/// sentences), Dutch and English where both exist, with near-misses that must not be read that
/// way: what is read as target, deadline and baseline.
@Suite("Reading the sixth round's constructions")
struct ReadingSixthRoundTests {
    typealias Example = ReadingIssueExamplesTests.Example

    static let examples: [Example] = [
        // Deadline leads for "at the latest": "ten laatste", "tegen ten laatste", "no later than".
        Example("Tegen ten laatste 2030 vervangen we de openbare verlichting door led.", target: nil, deadline: "2030"),
        Example("We planten ten laatste in 2028 500 nieuwe bomen.", target: "500", deadline: "2028"),
        Example("At the latest by 2030 the council will plant 1,000 trees.", target: "1000", deadline: "2030"),
        // ... whose "than" is no baseline lead.
        Example("No later than 2028 the council will reduce energy use by 20%.", target: "<= -20%", deadline: "2028"),
        Example("Het energieverbruik is niet later dan 2027 met 10% gedaald.", target: "<= -10%", deadline: "2027"),
        Example("In 2030 is het restafval 20% lager dan in 2019.", target: "<= -20%", deadline: "2030", baseline: "2019"),
        // A range whose second year is an end: the goal's end.
        Example("De gemeente plant 1 boom extra per inwoner tussen 2021 en eind 2030.", target: "1", deadline: "2030"),
        Example("Between 2021 and the end of 2030 we will plant 5,000 trees.", target: "5000", deadline: "2030"),
        Example("We realiseren van 2022 tot eind 2026 in totaal 300 laadpalen.", target: "300", deadline: "2026"),
        // A goal named for its year.
        Example("The target for 2030 is a 50% reduction in emissions.", target: "<= -50%", deadline: "2030"),
        Example("Our goal for 2035 is 70% renewable electricity.", target: "70%", deadline: "2035"),
        Example("Our targets for 2030 are a 40% cut in emissions.", target: "<= -40%", deadline: "2030"),
        Example("Het doel voor 2030 is 40% minder restafval.", target: "<= -40%", deadline: "2030"),
        // A percentage whose te-infinitive of change closes the clause: a change, not a level.
        Example("De doelstelling is om 40% CO2 te besparen tegen 2030.", target: "<= -40%", deadline: "2030"),
        Example("We hebben als doel om 30% energie te besparen in 2030.", target: "<= -30%", deadline: "2030"),
        Example("Het college streeft ernaar 50% van de uitstoot te reduceren voor 2035.", target: "<= -50%", deadline: "2035"),
        // ... but a te-infinitive that is no change keeps the share.
        Example("De gemeente wil 40% van de woningen te isoleren in 2030.", target: "40%", deadline: "2030"),
        // A purpose clause opening the sentence ("Om … te besparen") says why, not the direction.
        Example("Om energie te besparen is het streven vertaald naar 30 kg restafval per inwoner in 2030.", target: "30", deadline: "2030"),
        Example("Om de uitstoot te verminderen plaatsen we in 2028 200 laadpalen.", target: "200", deadline: "2028"),
        // An area that is the goal's own amount, not the size of what is counted.
        Example("1 vierkante meter ontharde bodem per inwoner tegen 2030.", target: "1", deadline: "2030"),
        Example("2 m2 groen per inwoner in 2030.", target: "2", deadline: "2030"),
        Example("We add 10 square metres of green space per resident by 2030.", target: "10", deadline: "2030"),
        // ... while after a bound or "van" it sizes what is counted.
        Example("In 2030 hebben alle 40 kantoren van meer dan 1.000 m2 label C.", target: "40", deadline: "2030"),
        Example("Buildings over 25,000 square feet cut emissions by 40% by 2030.", target: "<= -40%", deadline: "2030"),
        // A fraction before a unit of measure is an amount; elsewhere a share.
        Example("1/2e meter extra haag per inwoner tegen 2030.", target: "0.5", deadline: "2030"),
        Example("We planten 1/2 meter haag per inwoner in 2030.", target: "0.5", deadline: "2030"),
        Example("We plant 1/2 mile of new hedgerow per ward by 2030.", target: "0.5", deadline: "2030"),
        Example("Een halve meter geveltuin per inwoner tegen 2030.", target: "0.5", deadline: "2030"),
        Example("Minimaal anderhalve kilometer nieuw fietspad per jaar.", target: ">= 1.5"),
        Example("2/3 van de woningen is in 2030 geïsoleerd.", target: "66.6666666667%", deadline: "2030"),
        Example("1/4 of homes will be insulated by 2030.", target: "25%", deadline: "2030"),
        Example("Halve emissions by 2030.", target: "<= -50%", deadline: "2030"),
        // The number of a law, order or motion is part of its name.
        Example("Meet the requirements of Assembly Bill (AB) 32.", target: nil),
        Example("Comply with Senate Bill 100 by 2045.", target: nil, deadline: "2045"),
        Example("Implement Local Law 97 for all large buildings.", target: nil),
        Example("Wij voeren motie 12 uit en planten in 2027 300 bomen.", target: "300", deadline: "2027"),
        Example("Reduce emissions by 40% by 2030 in line with Senate Bill 32.", target: "<= -40%", deadline: "2030"),
        // A lead glued to its number where a PDF lost the space.
        Example("Limit global heating to less than1.5 degrees Celsius.", target: "<= 1.5"),
        Example("Reduce emissions by50% by 2030.", target: "<= -50%", deadline: "2030"),
        Example("We willen minimaal50% van het afval scheiden in 2030.", target: ">= 50%", deadline: "2030"),
        Example("Reduce emissions 40% by2030.", target: "<= -40%", deadline: "2030"),
        // ... but a name with digits stays one word.
        Example("CO2-uitstoot daalt met 40% in 2030.", target: "<= -40%", deadline: "2030"),
        Example("De PM10-concentratie blijft onder 20 microgram in 2030.", target: "<= 20", deadline: "2030"),
        // A share of an income norm says who is counted, no goal ...
        Example("Iedereen die tot 130% van het minimumloon verdient, kan gebruik maken van de regeling.", target: nil),
        Example("Huishoudens met een inkomen tot 120% van het sociaal minimum krijgen een toeslag.", target: nil),
        Example("In 2026 maakt 70% van de huishoudens met een inkomen tot 120% van het sociaal minimum gebruik van de regeling.",
                target: "70%", deadline: "2026"),
        Example("We build 500 homes affordable to households earning up to 80% of area median income by 2030.", target: "500", deadline: "2030"),
        Example("Families below 200% of the federal poverty level receive free transit passes.", target: nil),
        // ... unless the goal moves the norm itself.
        Example("De partijen verhogen de inkomensgrens tot 130 procent van de bijstandsnorm.", target: ">= 130%"),
        Example("We raise the eligibility limit to 150% of the federal poverty level by 2027.", target: ">= 150%", deadline: "2027"),
        // A distance after its noun bounds what is counted ...
        Example("De concurrentiepositie voor verplaatsingen tot een afstand van 7,5 kilometer verbeteren.", target: nil),
        Example("80% of residents live within a radius of 400 metres of a park by 2030.", target: "80%", deadline: "2030"),
        Example("Within a distance of 2 km of every school, 90% of streets have a safe crossing.", target: "90%"),
        // ... unless a bound makes it the goal's.
        Example("A maximum walking distance of 400 metres to a bus stop.", target: "<= 400"),
        Example("De maximale afstand van 300 meter tot een afvalcontainer.", target: "<= 300"),
        // A place in a ranking by share: a ceiling on the rank.
        Example("We willen bij de 25% goedkoopste gemeenten in Nederland behoren.", target: "<= 25%"),
        Example("In 2027 hoort de gemeente tot de 10% veiligste gemeenten van het land.", target: "<= 10%", deadline: "2027"),
        Example("By 2030 the city is among the 20% greenest cities in the state.", target: "<= 20%", deadline: "2030"),
        Example("Among the 10% best performing councils by 2030.", target: "<= 10%", deadline: "2030"),
        // ... a rank without a share is no such place.
        Example("We willen bij de 10 grootste gemeenten horen.", target: nil),
        // Quantifiers over villages, streets, buildings and neighbourhoods.
        Example("We willen dat ieder dorp beschikt over een ontmoetingsplek.", target: ">= 100%"),
        Example("In 2030 heeft elke buurt een buurthuis.", target: ">= 100%", deadline: "2030"),
        Example("By 2028 every village has a bus stop.", target: ">= 100%", deadline: "2028"),
        Example("Every street will have a tree by 2035.", target: ">= 100%", deadline: "2035"),
        // After a bound a bare "jaar"/"years" is a duration, not an age.
        Example("De wachttijd voor een sociale huurwoning is maximaal 5 jaar in 2027.", target: "<= 5", deadline: "2027"),
        Example("De gemiddelde wachttijd bedraagt in 2026 hooguit 3 jaar.", target: "<= 3", deadline: "2026"),
        Example("Starters wachten niet langer dan 2 jaar op een woning.", target: "<= 2"),
        Example("The waiting time for social housing is at most 5 years by 2027.", target: "<= 5", deadline: "2027"),
        // ... while an age stays the population's.
        Example("In 2026 sport 60% van de inwoners van 18 jaar wekelijks.", target: "60%", deadline: "2026"),
        Example("Minimaal 80% van de kinderen van 4 jaar gaat naar de peuteropvang.", target: ">= 80%"),
        Example("Kinderen tot 12 jaar zwemmen gratis.", target: nil),
        // Two coordinated actions: the second's number takes no direction from the first's verb.
        Example("Daarmee zetten we in op het verminderen van gft in het restafval en het behalen van 100 kg restafval per inwoner in 2025.",
                target: "100", deadline: "2025"),
        Example("We zetten in op het verlagen van de uitstoot en het bereiken van 40% duurzame energie in 2030.", target: "40%", deadline: "2030"),
        Example("The plan focuses on reducing car use and achieving a cycling share of 25% by 2030.", target: "25%", deadline: "2030"),
        // ... while the second action's own verb still counts, and a list of nouns is no second action.
        Example("Het verminderen van de uitstoot en het verhogen van het aandeel duurzame energie naar 40% in 2030.", target: ">= 40%", deadline: "2030"),
        Example("Reducing emissions and increasing renewable energy to 40% by 2030.", target: ">= 40%", deadline: "2030"),
        Example("Verminderen van CO2 en methaan met 40% in 2030.", target: "<= -40%", deadline: "2030"),
        // Today's value in brackets or after a comma: the baseline's value, without a year.
        Example("Recycle 65% of municipal waste by 2035 (currently 45%).", target: "65%", deadline: "2035", baselineValue: 45),
        Example("In 2030 wordt 75% van het afval gescheiden (nu 58%).", target: "75%", deadline: "2030", baselineValue: 58),
        Example("In 2028 is 80% van de inwoners tevreden, momenteel 72%.", target: "80%", deadline: "2028", baselineValue: 72),
        Example("The recycling rate will rise to 60% by 2030 (current: 44%).", target: ">= 60%", deadline: "2030", baselineValue: 44),
        // ... but "now" elsewhere is no value of today.
        Example("By 2030, 40% of trips are made by bike, now that is the plan.", target: "40%", deadline: "2030"),
        // A quantifier right after the verb of an inverted Dutch clause, or after "is"/"has".
        Example("In 2030 is elke school aardgasvrij.", target: ">= 100%", deadline: "2030"),
        Example("Over vijf jaar is iedere woning aangesloten op glasvezel, uiterlijk in 2031.", target: ">= 100%", deadline: "2031"),
        Example("By 2030 the goal is that every household has a smart meter.", target: ">= 100%", deadline: "2030"),
    ]

    @Test(arguments: examples)
    func readsTheConstruction(_ example: Example) throws {
        try ReadingIssueExamplesTests().readsTheExample(example)
    }

    @Test func aFractionOfAUnitIsOneNumberWithItsSpan() {
        let numbers = ReadingIssueExamplesTests.propose("1/2e meter haag per inwoner tegen 2030.").numbers
        #expect(numbers.map(\.value) == [0.5, 2030])
        #expect(numbers.map(\.span.text) == ["1/2e", "2030"])
        #expect(numbers.map(\.role) == [.target, .deadline])
    }

    @Test func aLawsNumberHasTheRoleOther() {
        let numbers = ReadingIssueExamplesTests.propose("Meet the requirements of Assembly Bill (AB) 32 by 2030.").numbers
        #expect(numbers.map(\.role) == [.other, .deadline])
    }

    @Test func aGluedNumberKeepsItsOwnSpan() {
        let numbers = ReadingIssueExamplesTests.propose("Limit heating to less than1.5 degrees.").numbers
        #expect(numbers.map(\.span.text) == ["1.5"])
    }
}
