import Testing
@testable import KoersCore

/// The fifth round's constructions, each in sentences written for the test (not corpus
/// sentences), Dutch and English where both exist: what is read as target, deadline and baseline.
@Suite("Reading the fifth round's constructions")
struct ReadingFifthRoundTests {
    typealias Example = ReadingIssueExamplesTests.Example

    static let examples: [Example] = [
        // A separable verb of change split by "te": "terug te dringen", "omlaag te brengen".
        Example("Wij zetten ons in om de uitstoot met 40 procent in 2030 terug te dringen.", target: "<= -40%", deadline: "2030"),
        Example("We willen het restafval voor 2028 met 25% omlaag te brengen.", target: "<= -25%", deadline: "2028"),
        Example("De gemeente probeert het aantal ongevallen met 15% terug te brengen in 2027.", target: "<= -15%", deadline: "2027"),
        Example("The council aims to bring emissions down by 30% by 2030.", target: "<= -30%", deadline: "2030"),
        Example("We will cut car trips by 20% by 2028.", target: "<= -20%", deadline: "2028"),
        // ... also after a target lead, the verb closing the clause.
        Example("Het doel is om de uitstoot met 40 procent in 2030 terug te dringen.", target: "<= -40%", deadline: "2030"),
        Example("De doelstelling is het restafval voor 2028 met 30% te verminderen.", target: "<= -30%", deadline: "2028"),
        Example("Onze ambitie is het aantal fietsritten in 2030 met 20 procent te verhogen.", target: ">= +20%", deadline: "2030"),
        // A share followed by more or fewer and a noun: a change of that noun's number.
        Example("In 2030 willen we 30% meer fietsers in de binnenstad.", target: ">= +30%", deadline: "2030"),
        Example("In 2028 rijden er een derde minder auto's door het centrum.", target: "<= -33.3333333333%", deadline: "2028"),
        Example("By 2030 there will be 40% more trees in the city centre.", target: ">= +40%", deadline: "2030"),
        Example("By 2029 we want a quarter fewer car trips to school.", target: "<= -25%", deadline: "2029"),
        // A range of a change: its first bound, as the labelling rules say.
        Example("The plan sets a goal of a 10-15% reduction in water use by 2030.", target: "<= -10%", deadline: "2030"),
        Example("We streven in 2028 naar een 20-30% reductie van het restafval.", target: "<= -20%", deadline: "2028"),
        Example("Het aantal fietsers neemt in 2030 met 10 tot 20 procent toe.", target: ">= +10%", deadline: "2030"),
        // Two goals in one sentence: the first stated target is the goal's.
        Example("In 2026 willen we 12% van de stroom lokaal opwekken en de uitstoot met 30% verminderen.", target: "12%", deadline: "2026"),
        Example("By 2030 we generate 25% of our power locally and cut emissions by 40%.", target: "25%", deadline: "2030"),
        // Two goals with two years: the first goal's year.
        Example("De gemeente is in 2030 energieneutraal en in 2040 klimaatneutraal.", target: nil, deadline: "2030"),
        Example("The city is carbon neutral by 2035 and climate positive by 2045.", target: nil, deadline: "2035"),
        Example("De regio is in 2035 aardgasvrij en in 2050 volledig circulair.", target: nil, deadline: "2035"),
        // Deadline leads of a road towards a year.
        Example("We werken toe naar 2030 met 40% duurzame opwekking.", target: "40%", deadline: "2030"),
        Example("Op weg naar 2035 is 60% van de daken groen.", target: "60%", deadline: "2035"),
        Example("Richting 2030 halen we 50% van het afval gescheiden op.", target: "50%", deadline: "2030"),
        Example("Towards 2030 we aim for 70% of trips by bike or on foot.", target: "70%", deadline: "2030"),
        // Whole numbers in words before a counted noun.
        Example("Voor 2027 bouwen we drie nieuwe scholen.", target: "3", deadline: "2027"),
        Example("In 2029 opent de gemeente vier nieuwe sporthallen.", target: "4", deadline: "2029"),
        Example("By 2028 the city opens five new libraries.", target: "5", deadline: "2028"),
        Example("Meldingen worden minimaal twee weken bewaard.", target: ">= 2"),
        Example("In 2040 moeten twee miljoen woningen van het gas af zijn.", target: "2000000", deadline: "2040"),
        Example("De gemeente bewaart gevonden fietsen minimaal drie maanden.", target: ">= 3"),
        // ... but not after a definite word: a set.
        Example("De drie gemeenten werken samen aan de energietransitie.", target: nil),
        Example("These three schools will work together on the new curriculum.", target: nil),
        // A bounded count opening the sentence says who acts; the change it makes is the target.
        Example("Meer dan 50 bedrijven verlagen hun energieverbruik met 20% in 2030.", target: "<= -20%", deadline: "2030"),
        Example("Ruim 30 scholen verminderen hun afval met 25% voor 2028.", target: "<= -25%", deadline: "2028"),
        Example("Over 200 businesses will cut their emissions by 30% by 2030.", target: "<= -30%", deadline: "2030"),
    ]

    @Test(arguments: examples)
    func readsTheConstruction(_ example: Example) throws {
        try ReadingIssueExamplesTests().readsTheExample(example)
    }
}
