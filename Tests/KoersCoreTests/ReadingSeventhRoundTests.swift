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
    ]

    @Test(arguments: examples)
    func readsTheConstruction(_ example: Example) throws {
        try ReadingIssueExamplesTests().readsTheExample(example)
    }
}
