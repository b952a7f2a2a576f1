import KoersCore
import Testing
@testable import KoersGoalFile

/// A document takes `waiver` lines for the check's rules about the policy as a whole.
@Suite("Waivers on documents")
struct DocumentWaiverTests {
    private let text = """
        document programma-2015
            titel "Programma Dienstverlening op weg naar 2020"
            ter kennisgeving 2015-06
            ontheffing not-adopted "De raad koos in 2015 voor een rol op afstand"

        """

    @Test func readAndPrintedBack() throws {
        let document = try #require(try parseCleanly(text).content.documents.first)
        #expect(document.waivers == [Waiver(rule: "not-adopted", reason: "De raad koos in 2015 voor een rol op afstand")])
        let printed = GoalFilePrinter.print(GoalModel(documents: [document]), keywords: .en, notation: .english)
        #expect(printed.contains("    waiver not-adopted \"De raad koos in 2015 voor een rol op afstand\"\n"))
        #expect(try parseCleanly(printed).content.documents == [document])
    }

    @Test func anUnknownCodeIsAnErrorWithTheCodeMeant() {
        let shown = errors("document d\n    waiver never-evaluatd \"x\"\n")
        #expect(shown.first?.hasPrefix("test.koers:2:12: error:") == true)
        #expect(shown.first?.contains("never-evaluated") == true)
    }

    @Test func setReplacesTheWaiverForTheSameRule() throws {
        let document = try parseCleanly(text)
        let edited = try GoalFileEditor.apply(.setField(.document, id: "programma-2015", field: "waiver not-adopted \"Alleen uitvoering\""), to: [document]).get()
        let result = edited.documents[0].text
        #expect(result.contains("    ontheffing not-adopted \"Alleen uitvoering\"\n"))
        #expect(!result.contains("rol op afstand"))
        let added = try GoalFileEditor.apply(.setField(.document, id: "programma-2015", field: "waiver never-evaluated \"Opgevolgd door 2021-2026\""), to: [document]).get()
        #expect(added.documents[0].content.documents.first?.waivers.map(\.rule) == ["not-adopted", "never-evaluated"])
    }
}
