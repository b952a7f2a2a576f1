import KoersCore
import Testing
@testable import KoersGoalFile

@Suite struct VocabularyTests {
    @Test func everyFieldSpellingIsReadAsItsField() throws {
        for block in BlockKind.allCases {
            for field in GoalFileVocabulary.fields(of: block) {
                for spelling in GoalFileVocabulary.spelling(field).all {
                    #expect(GoalFileVocabulary.fieldLookup[spelling] == field, "\(spelling)")
                }
            }
        }
    }

    @Test func noSpellingMeansTwoThings() {
        var fields: [String: FieldKind] = [:]
        for field in FieldKind.allCases {
            for spelling in GoalFileVocabulary.spelling(field).all {
                if let earlier = fields[spelling] { #expect(earlier == field, "\(spelling)") }
                fields[spelling] = field
            }
        }
        let headers = GoalFileVocabulary.headerKeywords(in: nil)
        #expect(Set(headers).count == headers.count)
        let units = MetricUnit.allCases.flatMap { GoalFileVocabulary.spelling($0).all }
        #expect(Set(units).count == units.count)
    }

    /// Words of lowercase letters and `-`; a field keyword may be a phrase of such words
    /// (`ter kennisname`), one space between them.
    @Test func everySpellingIsALowercaseWord() {
        var words = GoalFileVocabulary.headerKeywords(in: nil)
        for block in BlockKind.allCases { words += GoalFileVocabulary.fieldKeywords(of: block, in: nil) }
        for field in FieldKind.allCases { words += GoalFileVocabulary.valueWords(for: field, in: nil).filter { !$0.contains(" ") && !$0.contains("=") } }
        for word in words {
            #expect(word == word.lowercased(), "\(word)")
            #expect(word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" || $0 == " " }, "\(word)")
            #expect(!word.hasPrefix(" ") && !word.hasSuffix(" ") && !word.contains("  "), "\(word)")
        }
    }

    @Test func completionListsPerLanguage() {
        #expect(GoalFileVocabulary.headerKeywords(in: .nl) == [
            "doel", "indicator", "gegevens", "document", "beleidsdocument", "programma", "getalnotatie",
        ])
        #expect(GoalFileVocabulary.headerKeywords(in: .en) == ["goal", "metric", "data", "document", "programme", "program", "notation"])
        #expect(GoalFileVocabulary.fieldKeywords(of: .goal, in: .nl) == [
            "titel", "bron", "programma", "thema", "eigenaar", "portefeuillehouder", "afbakening", "indicator", "nulmeting",
            "streefwaarde", "uiterlijk", "deadline", "mijlpaal", "notitie", "ontheffing",
        ])
        #expect(GoalFileVocabulary.fieldKeywords(of: .document, in: .nl) == [
            "titel", "soort", "datum", "vastgesteld door de raad", "vastgesteld door raad", "ter kennisname", "ter kennisgeving",
            "niet aangeboden", "niet voorgelegd", "looptijd tot", "looptijd", "eigenaar", "portefeuillehouder", "evaluatie",
            "geevalueerd", "notitie",
        ])
        #expect(GoalFileVocabulary.fieldKeywords(of: .programme, in: .en) == ["title", "owner", "theme"])
        #expect(GoalFileVocabulary.valueWords(for: .kind, in: .en) == [
            "budget", "programme", "program", "policy-note", "vision", "strategy", "coalition-agreement", "implementation-plan",
            "regulation", "other",
        ])
        #expect(GoalFileVocabulary.fieldKeywords(of: .metric, in: .en) == [
            "title", "unit", "source", "frequency", "combine", "definition", "total-of", "formula", "value",
        ])
        #expect(GoalFileVocabulary.valueWords(for: .combine, in: .nl) == ["optellen", "som", "gemiddelde", "laatste", "geen"])
        #expect(GoalFileVocabulary.valueWords(for: .combine, in: .en) == ["sum", "mean", "average", "last", "none"])
        #expect(GoalFileVocabulary.fieldKeywords(of: .data, in: nil) == [])
        #expect(GoalFileVocabulary.valueWords(for: .unit, in: .nl) == ["aantal", "procent", "rapportcijfer", "euro", "dagen", "ja-nee"])
        #expect(GoalFileVocabulary.valueWords(for: .frequency, in: .en) == ["yearly", "half-yearly", "quarterly", "monthly", "two-yearly", "biennial"])
        #expect(GoalFileVocabulary.valueWords(for: .formula, in: .nl) == ["verhouding", "percentage", "som"])
        #expect(GoalFileVocabulary.valueWords(for: .target, in: .nl) == [">=", "<=", "=", "minimaal", "ten minste", "maximaal", "ten hoogste", "ja", "nee", "steeds", "totaal", "benchmark", "referentie"])
        #expect(GoalFileVocabulary.valueWords(for: .title, in: nil) == [])
        #expect(GoalFileVocabulary.valueWords(for: .unit, in: nil).contains("count"))
    }

    @Test func theLanguageOfASpelling() {
        let deadline = GoalFileVocabulary.spelling(.deadline)
        #expect(deadline.language(of: "by") == .en)
        #expect(deadline.language(of: "Uiterlijk") == .nl)
        #expect(deadline.language(of: "deadline") == nil)
        #expect(deadline.language(of: "title") == nil)
        #expect(deadline.canonical(in: .en) == "deadline")
        #expect(deadline.canonical(in: .nl) == "uiterlijk")
        #expect(GoalFileVocabulary.spelling(MetricUnit.euro).all == ["euro"])
    }

    @Test func everyFieldBelongsToABlock() {
        let placed = Set(BlockKind.allCases.flatMap(GoalFileVocabulary.fields))
        #expect(placed == Set(FieldKind.allCases))
        #expect(FieldKind.allCases.filter(GoalFileVocabulary.isRepeatable) == [.milestone, .note, .waiver, .value, .evaluation])
    }

    @Test func suggestionsForMisspellings() {
        #expect(Suggestion.closest(to: "titl", among: ["title", "titel"]) == "title")
        #expect(Suggestion.closest(to: "tilte", among: ["title"]) == "title")
        #expect(Suggestion.closest(to: "streefwarde", among: ["streefwaarde", "nulmeting"]) == "streefwaarde")
        #expect(Suggestion.closest(to: "xyz", among: ["goal", "doel"]) == nil)
        #expect(Suggestion.closest(to: "", among: ["goal"]) == nil)
        #expect(Suggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 5) == 3)
        #expect(Suggestion.editDistance(Array("één".unicodeScalars), Array("een".unicodeScalars), limit: 5) == 2)
    }
}
