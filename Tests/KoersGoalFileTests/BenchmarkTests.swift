import Foundation
import KoersCore
import Testing
@testable import KoersGoalFile

/// A goal file of the size issue 8 sets: one goal per series of a national dataset, about
/// 41,000 goals. Deterministic, so that runs compare.
func nationalGoalFile(goals: Int) -> String {
    var text = "# Landelijke doelen (gegenereerd)\ngetalnotatie nl\n\n"
    let metrics = 120
    for metric in 0..<metrics {
        text += "indicator m\(metric)\n    titel \"Indicator \(metric)\"\n    eenheid aantal\n    frequentie jaarlijks\n\n"
    }
    for index in 0..<goals {
        let municipality = index / metrics, metric = index % metrics
        text += """
        doel g\(municipality)-m\(metric)
            titel "Gemeente \(municipality): indicator \(metric) stijgt met \(index % 20)% ten opzichte van 2020"
            bron "Programmabegroting 2025", "Programma \(metric % 7)"
            eigenaar "Team \(metric % 13)"
            indicator m\(metric){gemeente=GM\(1000 + municipality)}
            nulmeting 2020 = \(index % 90 + 1).\(100 + index % 900)
            streefwaarde >= +\(index % 20),5% uiterlijk 2026
            mijlpaal 2024 >= \(index % 50 + 1).000

        """
    }
    return text
}

/// Run with `KOERS_BENCHMARK=1 swift test --filter BenchmarkTests`; prints timings, asserts
/// only that the file is read whole. Not a timed test: the numbers depend on the machine.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KOERS_BENCHMARK"] != nil))
struct BenchmarkTests {
    @Test func parsingANationalGoalFile() {
        let text = nationalGoalFile(goals: 41_000)
        let clock = ContinuousClock()
        var result: GoalFileParseResult?
        let parsing = clock.measure { result = GoalFileParser.parse(text: text, path: "landelijk.koers") }
        #expect(result?.diagnostics.isEmpty == true)
        guard let document = result?.document else { return }
        var assembly: GoalFileAssembly?
        let assembling = clock.measure { assembly = GoalFileAssembler.assemble([document]) }
        var printed = ""
        let printing = clock.measure { printed = GoalFilePrinter.print(document) }
        #expect(assembly?.model.goals.count == 41_000)
        #expect(printed == text)
        let megabytes = Double(text.utf8.count) / 1_000_000
        print("goal file: \(document.lines.count) lines, \(megabytes) MB")
        let seconds = Double(parsing.components.seconds) + Double(parsing.components.attoseconds) * 1e-18
        print("parse: \(parsing), \(megabytes / seconds) MB/s")
        print("assemble: \(assembling); print document: \(printing)")
    }
}
