import Testing
@testable import KoersCore

/// Constructions the held-out sentences showed the reader missing, each in sentences written
/// for the test (not the held-out sentences themselves), so the rule is checked rather than
/// one sentence: what is read as target, deadline and baseline.
@Suite("Reading constructions found missing on held-out sentences")
struct ReadingConstructionTests {
    typealias Example = ReadingIssueExamplesTests.Example

    static let examples: [Example] = [
        // A four-digit count after a comparator is a count, not a year.
        Example("Jaarlijks worden minimaal 2000 woningen opgeleverd.", target: ">= 2000"),
        Example("Tot 2030 bouwen we per jaar minstens 1500 nieuwe woningen.", target: ">= 1500", deadline: "2030"),
        Example("The council will plant at least 2500 trees by 2027.", target: ">= 2500", deadline: "2027"),
    ]

    @Test(arguments: examples)
    func readsTheConstruction(_ example: Example) throws {
        try ReadingIssueExamplesTests().readsTheExample(example)
    }
}
