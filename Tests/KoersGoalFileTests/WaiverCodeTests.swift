import KoersCore
import Testing
@testable import KoersGoalFile

/// A waiver names the rule it waives; a code that names no rule is an error at its place,
/// in both languages, with the code probably meant.
@Suite("Waiver rule codes")
struct WaiverCodeTests {
    @Test func aMisspelledCodeIsADutchErrorWithASuggestion() {
        #expect(errors("doel g\n    titel \"T\"\n    ontheffing geen-eigenar \"reden\"\n", path: "f.koers", in: .nl) == [
            """
            f.koers:3:16: fout: `geen-eigenar` is niet de code van een controleregel, dus deze ontheffing zou niets ontheffen
                    ontheffing geen-eigenar "reden"
                               ^^^^^^^^^^^^
                de regels zijn: \(CheckRule.allCases.map(\.code).joined(separator: ", "))
            """,
        ])
    }

    @Test func everyRuleCodeMayBeWaivedInAnyCase() {
        for rule in CheckRule.allCases {
            let result = GoalFileParser.parse(text: "goal g\n    title \"T\"\n    waiver \(rule.code.uppercased()) \"reden\"\n", path: "f.koers")
            #expect(!result.hasErrors, "\(rule.code)")
        }
    }
}
