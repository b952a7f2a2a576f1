import KoersTestSupport
import Testing
@testable import KoersCore

/// A finding's message is written in one language only when shown (`FindingText`); it must read
/// exactly as the two-language `LocalizedText` it replaced, which these tests restate.
@Suite("Finding texts")
struct CheckFindingTextTests {
    static func en(_ value: Double) -> String { NumberWriter.format(value, notation: .english, maxFractionDigits: 2) }
    static func nl(_ value: Double) -> String { NumberWriter.format(value, notation: .dutch, maxFractionDigits: 2) }

    static func same(_ text: FindingText, _ expected: LocalizedText, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(text.text(in: .en) == expected.en, sourceLocation: sourceLocation)
        #expect(text.text(in: .nl) == expected.nl, sourceLocation: sourceLocation)
        #expect(text.localized == expected, sourceLocation: sourceLocation)
    }

    @Test func numbersReadAsBeforeInEachLanguage() {
        var random = SeededRandom(seed: 3)
        for _ in 0..<500 {
            let needed = Double.random(in: -1e7...1e7, using: &random)
            let best = Double.random(in: 0...1e5, using: &random)
            let factor = Double.random(in: 0...1e4, using: &random)
            let deadline = Period.year(Int.random(in: 1990...2060, using: &random))!
            let shown = (factor * 10).rounded() / 10
            Self.same(CheckMessages.unrealisticPace(needed: needed, best: best, factor: factor, deadline: deadline), LocalizedText(
                en: "Reaching the target by \(deadline) needs \(Self.en(needed)) per year, \(Self.en(shown)) times the fastest change the figures have shown (\(Self.en(best)) per year).",
                nl: "Voor de streefwaarde in \(deadline) is \(Self.nl(needed)) per jaar nodig, \(Self.nl(shown)) keer de snelste verandering die de cijfers laten zien (\(Self.nl(best)) per jaar)."))
            Self.same(CheckMessages.paceNeverSeen(needed: needed, deadline: deadline), LocalizedText(
                en: "Reaching the target by \(deadline) needs \(Self.en(needed)) per year, and the figures have never moved in that direction.",
                nl: "Voor de streefwaarde in \(deadline) is \(Self.nl(needed)) per jaar nodig, en de cijfers zijn nooit die kant op gegaan."))
            let period: Period? = Bool.random(using: &random) ? nil : deadline
            let at = period.map { " (\($0))" } ?? ""
            Self.same(CheckMessages.alreadyMet(baseline: needed, target: best, period: period), LocalizedText(
                en: "The baseline \(Self.en(needed))\(at) already meets the target \(Self.en(best)): the goalpost stands behind the starting line.",
                nl: "De nulmeting \(Self.nl(needed))\(at) haalt de streefwaarde \(Self.nl(best)) al: de doelpaal staat achter de startlijn."))
        }
    }

    @Test func figuresAreWrittenAsNumberWriterWritesThem() {
        var random = SeededRandom(seed: 11)
        var values: [Double] = [0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.1, 0.105, 1, 999.995, 1_000, -1_234_567.891, 9.0e13, 9.0e13 + 0.5,
                                8_999_999_999_999.99, 9.1e13, 1e20, -1e20, .infinity, -.infinity, .nan, .greatestFiniteMagnitude]
        for _ in 0..<3000 {
            let magnitude = Double.random(in: -3...16, using: &random)
            let value = (Bool.random(using: &random) ? -1 : 1) * Double.random(in: 0...1, using: &random) * pow10(magnitude)
            values.append(Bool.random(using: &random) ? value : (value * 100).rounded() / 100)
        }
        for value in values {
            for notation in [NumberNotation.english, .dutch] {
                #expect(CheckMessages.figure(value, notation: notation) == NumberWriter.format(value, notation: notation, maxFractionDigits: 2),
                        "\(value) \(notation)")
            }
        }
    }

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent.rounded(.down) + 3) { result *= 10 }
        return result / 1000
    }

    @Test func wordingReadsAsBeforeInEachLanguage() {
        for id in ["m003", "‘x’", ""] {
            Self.same(CheckMessages.undocumentedMetric(id, lacksDefinition: true, lacksSource: true), LocalizedText(
                en: "The metric “\(id)” has neither a definition nor a source.", nl: "De indicator ‘\(id)’ heeft geen definitie en geen bron."))
            Self.same(CheckMessages.undocumentedMetric(id, lacksDefinition: true, lacksSource: false), LocalizedText(
                en: "The metric “\(id)” has no definition: what exactly is counted?",
                nl: "De indicator ‘\(id)’ heeft geen definitie: wat wordt er precies geteld?"))
            for lacksSource in [true, false] {
                Self.same(CheckMessages.undocumentedMetric(id, lacksDefinition: false, lacksSource: lacksSource), LocalizedText(
                    en: "The metric “\(id)” has no source: where do its figures come from?",
                    nl: "De indicator ‘\(id)’ heeft geen bron: waar komen de cijfers vandaan?"))
            }
            Self.same(CheckMessages.vagueWording(id, category: .population), LocalizedText(en: "“\(id)” is vague.", nl: "‘\(id)’ is vaag."))
            Self.same(CheckMessages.vagueWording(id, category: .effort), LocalizedText(
                en: "“\(id)” describes effort, not a result.", nl: "‘\(id)’ beschrijft inspanning, geen resultaat."))
        }
    }

    @Test func findingsAreEqualWhenTheirTextsRead() {
        let written = Finding(rule: .noOwner, severity: .warning, goalID: "g", messageText: FindingText { $0 == .en ? "a" : "b" },
                              suggestion: LocalizedText(verbatim: "s"))
        var fixed = written
        fixed.message = LocalizedText(en: "a", nl: "b")
        #expect(written == fixed)
        #expect(written.hashValue == fixed.hashValue)
        #expect(written.message(in: .nl) == "b")
        fixed.message = LocalizedText(en: "a", nl: "c")
        #expect(written != fixed)
    }
}
