import KoersCore
import PropertyBased
import Testing

/// The one "did you mean" rule: the nearest candidate within one edit for words of up to four
/// characters and two for longer ones, the first listed of equally near ones.
@Suite("Did you mean")
struct SuggestionTests {
    @Test func examplesFromEveryCaller() {
        #expect(Suggestion.closest(to: "hlep", among: ["status", "help", "show"]) == "help")
        #expect(Suggestion.closest(to: "--stirct", among: ["--strict", "--lang"]) == "--strict")
        #expect(Suggestion.closest(to: "vague-scop", among: ["vague-scope", "no-owner"]) == "vague-scope")
        #expect(Suggestion.closest(to: "e_form", among: ["e_forms", "inwoners"]) == "e_forms")
        #expect(Suggestion.closest(to: "doell", among: ["doel", "goal"]) == "doel")
    }

    @Test func theLimitGrowsWithTheWord() {
        // Four characters allow one edit, five allow two, and never three.
        #expect(Suggestion.closest(to: "hepl", among: ["help"]) == "help")
        #expect(Suggestion.closest(to: "hxyp", among: ["help"]) == nil)
        #expect(Suggestion.closest(to: "stxyus", among: ["status"]) == "status")
        #expect(Suggestion.closest(to: "sxxxus", among: ["status"]) == nil)
    }

    @Test func aTieGoesToTheFirstListed() {
        #expect(Suggestion.closest(to: "titl", among: ["title", "titel"]) == "title")
        #expect(Suggestion.closest(to: "titl", among: ["titel", "title"]) == "titel")
    }

    @Test func aHugeWordIsComparedWithNothing() {
        let pasted = String(repeating: "x", count: 1_000_000)
        #expect(Suggestion.closest(to: pasted, among: ["help", "status"]) == nil)
    }

    static let letters: [Character] = ["a", "b", "e", "l", "o", "r", "s", "t", "é"]

    @Test func oneSlipFindsTheWordBack() async {
        await propertyCheck(input: Gen.int(in: 0...8).array(of: 2...12), Gen.int(in: 0...3), Gen.int(in: 0...100)) { letters, slip, at in
            let word = letters.map { Self.letters[$0] }
            let original = String(word)
            var typed = word
            let index = at % typed.count
            switch slip {
            case 0: typed.remove(at: index)
            case 1: typed.insert("x", at: index)
            case 2: typed[index] = "x"
            default: if index + 1 < typed.count { typed.swapAt(index, index + 1) }
            }
            let suggestion = Suggestion.closest(to: String(typed), among: ["zzzzzzzzzzzzzzzz", original])
            #expect(suggestion == original, "\(String(typed)) → \(String(describing: suggestion))")
        }
    }

    @Test func aSuggestionIsAlwaysWithinTheLimit() async {
        await propertyCheck(input: Gen.int(in: 0...8).array(of: 0...8), Gen.int(in: 0...8).array(of: 0...8).array(of: 0...6)) { letters, candidateLetters in
            let word = String(letters.map { Self.letters[$0] })
            let typed = Array(word.unicodeScalars)
            let limit = typed.count <= 4 ? 1 : 2
            let candidates = candidateLetters.map { String($0.map { Self.letters[$0] }) }
            let distances = candidates.map { Suggestion.editDistance(typed, Array($0.unicodeScalars), limit: 16) }
            let suggestion = Suggestion.closest(to: word, among: candidates)
            if let best = distances.min(), best <= limit {
                #expect(suggestion == candidates[distances.firstIndex(of: best)!])
            } else {
                #expect(suggestion == nil)
            }
        }
    }
}
