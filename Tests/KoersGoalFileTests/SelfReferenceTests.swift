import KoersCore
import Testing
@testable import KoersGoalFile

/// A derived metric whose formula leads back to itself can never be computed: the assembler
/// refuses the file and names the formula's place and the loop (issue 8's bad-input corpus).
@Suite struct SelfReferenceTests {
    private func assemble(_ text: String) -> GoalFileAssembly {
        GoalFileAssembler.assemble([GoalFileParser.parse(text: text, path: "zelf.koers")])
    }

    @Test func aFormulaNamingItsOwnMetricIsAnErrorAtTheFormula() throws {
        let assembly = assemble("metric a\n    title \"A\"\n    formula ratio(a, a)\n\ngoal g\n    title \"T\"\n    metric a\n")
        let error = try #require(assembly.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message.en == "the formula of metric `a` refers back to itself: `a` → `a`")
        #expect(error.location == SourceLocation(file: "zelf.koers", line: 3, column: 13))
        #expect(assembly.rejectedPaths == ["zelf.koers"])
        #expect(assembly.model.goals.isEmpty)
    }

    @Test func aLoopThroughOtherFormulasNamesEveryStep() throws {
        let assembly = assemble("metric a\n    formula ratio(b, c)\nmetric b\n    formula percentage(a, c)\nmetric c\n    title \"C\"\n")
        let messages = assembly.diagnostics.map(\.message.en)
        #expect(messages == [
            "the formula of metric `a` refers back to itself: `a` → `b` → `a`",
            "the formula of metric `b` refers back to itself: `b` → `a` → `b`",
        ])
        #expect(assembly.diagnostics.map { $0.location?.line } == [2, 4])
    }

    @Test func formulasThatShareAnInputAreNoLoop() {
        let assembly = assemble("metric a\n    formula ratio(c, c)\nmetric b\n    formula percentage(a, c)\nmetric c\n    title \"C\"\n")
        #expect(assembly.diagnostics.isEmpty)
    }

    @Test func labelledSeriesOfTheSameMetricAreStoredFiguresNotALoop() {
        // A total as the sum of its own labelled parts, or a share of one part in another.
        let assembly = assemble("metric a\n    formula sum(a)\nmetric b\n    formula ratio(b{wijk=\"Noord\"}, b{wijk=\"Zuid\"})\n")
        #expect(assembly.diagnostics.isEmpty)
    }

    @Test func aLabelledPartOverItsOwnDerivedTotalIsALoop() {
        let assembly = assemble("metric a\n    formula percentage(a{wijk=\"Noord\"}, a)\n")
        #expect(assembly.diagnostics.map(\.message.en) == ["the formula of metric `a` refers back to itself: `a` → `a`"])
    }

    @Test func aLongChainBackToItselfIsFoundQuickly() {
        // 1,000 metrics, each derived from the next, the last from the first.
        var text = ""
        for index in 0..<1_000 { text += "metric m\(index)\n    formula ratio(m\((index + 1) % 1_000), m\((index + 1) % 1_000))\n" }
        let assembly = assemble(text)
        #expect(assembly.diagnostics.count == 1_000)
        #expect(assembly.rejectedPaths == ["zelf.koers"])
    }
}

@Suite("Sum formulas in loops")
struct SumFormulaLoopTests {
    private func assemble(_ text: String) -> GoalFileAssembly {
        GoalFileAssembler.assemble([GoalFileParser.parse(text: text, path: "som.koers")])
    }

    @Test func twoSumsOfEachOtherAreALoopNamingBoth() {
        let assembly = assemble("metric a\n    formula sum(b)\nmetric b\n    formula sum(a)\n")
        #expect(assembly.diagnostics.map(\.message.en) == [
            "the formula of metric `a` refers back to itself: `a` → `b` → `a`",
            "the formula of metric `b` refers back to itself: `b` → `a` → `b`",
        ])
        #expect(assembly.diagnostics.map(\.message.nl).allSatisfy { $0.contains("verwijst naar zichzelf terug") })
    }

    @Test func aSumThroughARatioBackToItselfIsALoop() {
        let assembly = assemble("metric a\n    formula sum(b)\nmetric b\n    formula ratio(a, c)\nmetric c\n    title \"C\"\n")
        #expect(assembly.diagnostics.map(\.message.en).first == "the formula of metric `a` refers back to itself: `a` → `b` → `a`")
    }

    @Test func aSumOfAnotherMetricsPartsIsNoLoop() {
        let assembly = assemble("metric a\n    formula sum(b)\nmetric b\n    title \"B\"\n")
        #expect(assembly.diagnostics.isEmpty)
    }
}
