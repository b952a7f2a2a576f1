import KoersCore
import Testing
@testable import KoersGoalFile

/// `pace` / `tempo` (the change a goal's owner says they manage) and `reporting` /
/// `rapportage` (how often the council is informed), the goal fields two check rules read.
@Suite struct PaceAndReportingTests {
    @Test func dutchFields() throws {
        let read = try goal("getalnotatie nl\n\ndoel g\n    titel \"T\"\n    tempo 1,25 per jaar\n    rapportage per kwartaal\n")
        #expect(read.pace == StatedPace(amount: 1.25, per: .year))
        #expect(read.reporting == .quarter)
    }

    @Test func englishFieldsAndTheFrequencyWords() throws {
        let read = try goal(goalText("pace 3 per quarter", "reporting half-yearly", notation: "en"))
        #expect(read.pace == StatedPace(amount: 3, per: .quarter))
        #expect(read.pace?.perYear == 12)
        #expect(read.reporting == .halfYear)
        #expect(try goal(goalText("pace 5 a year", "reporting per month")).pace == StatedPace(amount: 5, per: .year))
        #expect(try goal(goalText("rapportage per-kwartaal")).reporting == .quarter)
    }

    @Test func printedBackInTheFilesLanguage() throws {
        let text = "getalnotatie nl\n\ndoel g\n    titel \"T\"\n    tempo 1,25 per jaar\n    rapportage per kwartaal\n"
        let document = try parseCleanly(text)
        let model = GoalModel(goals: document.content.goals)
        let printed = GoalFilePrinter.print(model, keywords: .nl, notation: .dutch)
        #expect(printed.contains("    tempo 1,25 per jaar\n    rapportage per-kwartaal\n"))
        #expect(try parseCleanly(printed).content.goals == document.content.goals)
        let english = GoalFilePrinter.print(model, keywords: .en, notation: .english)
        #expect(english.contains("    pace 1.25 per year\n    reporting quarterly\n"))
        #expect(try parseCleanly(english).content.goals == document.content.goals)
    }

    @Test func aPaceNeedsAPositiveAmountAndAPeriod() {
        #expect(errors(goalText("pace 0 per year")) == [
            """
            test.koers:3:10: error: A pace is the change managed per period, in the direction of the target: a number above zero.
                    pace 0 per year
                         ^
            """,
        ])
        #expect(errors(goalText("pace 5")) == [
            """
            test.koers:3:11: error: expected `per` and a period: year, half-year, quarter or month
                    pace 5
                          ^
            """,
        ])
        #expect(errors(goalText("reporting sometimes")) == [
            """
            test.koers:3:15: error: expected how often the council is informed: yearly, half-yearly, quarterly or monthly, or `per` and a period, found `sometimes`
                    reporting sometimes
                              ^^^^^^^^^
            """,
        ])
    }
}
