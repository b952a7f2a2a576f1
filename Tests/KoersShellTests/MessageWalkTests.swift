import Foundation
@testable import KoersCore
import KoersGoalFile
@testable import KoersRender
@testable import KoersShell
import KoersTestSupport
import Testing

/// Walks the words koers shows in both languages: no English word in a Dutch text, and a count
/// of 1 with its noun in the singular.
@Suite("Every message in both languages")
struct MessageWalkTests {
    /// Common English words that have no place in a Dutch sentence. Code words (option names,
    /// rule codes, ids, quoted keywords) are taken out before the check.
    static let englishWords: Set<String> = [
        "the", "and", "with", "goal", "goals", "row", "rows", "figure", "figures", "file", "files", "error", "errors", "not",
        "for", "from", "which", "this", "that", "should", "must", "cannot", "found", "metric", "metrics", "target", "value",
        "values", "series", "source", "sources", "check", "warning", "warnings", "command", "commands", "example", "examples",
        "usage", "option", "options", "kind", "rule", "rules", "owner", "programme", "latest", "today", "on", "off", "by",
    ]

    /// The plural nouns that must not follow a count of 1, in either language.
    static let plurals: Set<String> = [
        "goals", "rows", "figures", "files", "conflicts", "metrics", "errors", "warnings", "points",
        "doelen", "rijen", "cijfers", "reeksen", "conflicten", "indicatoren", "bestanden", "doelbestanden", "grafiekbestanden",
        "fouten", "waarschuwingen", "punten",
    ]

    /// The singular nouns that must not follow a count of 2.
    static let singulars: Set<String> = [
        "goal", "row", "figure", "file", "conflict", "metric", "error", "warning",
        "doel", "rij", "cijfer", "reeks", "indicator", "bestand", "doelbestand", "grafiekbestand", "fout", "waarschuwing",
    ]

    /// Every message that words a count, for a count of `n` of each thing it counts.
    static func countedMessages(_ n: Int) -> [LocalizedText] {
        [
            ShellMessages.imported("d.csv", rows: n, figures: n, missing: n, series: n, conflicts: n),
            ShellMessages.reportWritten("raad.html", goals: n, charts: n),
            ShellMessages.loaded(files: n, goals: n, metrics: n),
            ShellMessages.promptSummary(name: "almelo", goals: n),
            ImportListMessages.counts(figures: n, series: n),
            RenderMessages.goalCount(n),
            PolicyMessages.undeclared(n),
            CheckMessages.goalCount(n),
            CheckRenderMessages.total(CheckTotals(goals: n, errors: n, warnings: n)),
        ]
    }

    /// The text with its code words taken out: quoted or backticked parts, options, ids and
    /// codes (words with a hyphen, underscore, dot or slash), placeholders in capitals.
    static func prose(_ text: String) -> [String] {
        var text = text
        for pattern in [#"`[^`]*`"#, #"'[^']*'"#, "‘[^’]*’", "“[^”]*”", #""[^"]*""#, #"\{[^}]*\}"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.split(whereSeparator: { $0.isWhitespace || ",;:()[]<>=".contains($0) })
            .map { String($0) }
            .filter { word in !word.contains(where: { "-_./\\%@|".contains($0) }) && word != word.uppercased() }
            .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
    }

    static func englishWords(in text: String) -> [String] {
        prose(text).filter(englishWords.contains)
    }

    /// What a Dutch user reads in help, in `explain` and in the status names.
    static var dutchTexts: [(place: String, text: String)] {
        var texts = [("help", HelpText.overview(of: CommandTable.all, in: .nl))]
        // The line of other names lists the English command names, which a Dutch user may type too.
        let aliases = ShellMessages.aliasesLabel.nl + ":"
        texts += CommandTable.all.map { spec in
            let lines = HelpText.detail(of: spec, in: .nl).split(separator: "\n").filter { !$0.hasPrefix(aliases) }
            return ("hulp \(spec.displayName(in: .nl))", lines.joined(separator: "\n"))
        }
        for rule in CheckRule.allCases {
            let explanation = RuleCatalog.explanation(rule)
            texts += [explanation.headline, explanation.meaning, explanation.whyItMatters].map { ("uitleg \(rule.code)", $0.nl) }
        }
        texts += GoalStatus.allCases.map { ("status \($0.rawValue)", RenderMessages.status($0).nl) }
        texts += [0, 1, 2].flatMap(countedMessages).map { ("telling", $0.nl) }
        texts += [ShellMessages.checkFailed, ShellMessages.strictCheckFailed].map { ("controleer", $0.nl) }
        texts += GoalStatus.allCases.map { ("--fail-on", ShellMessages.failOnReached($0.rawValue).nl) }
        texts += ImportMessageCatalog.all.map { ("import \($0.name)", $0.text.nl) }
        return texts
    }

    @Test("Dutch help, rule explanations, status names and counts hold no English words")
    func noEnglishInDutch() {
        for (place, text) in Self.dutchTexts {
            #expect(Self.englishWords(in: text).isEmpty, "\(place): \(Self.englishWords(in: text)) in \(text)")
        }
    }

    @Test("Every message of the importer has both languages, neither empty, with the same values in each")
    func importMessagesInBothLanguages() {
        for (name, text) in ImportMessageCatalog.all {
            #expect(!text.en.isEmpty && !text.nl.isEmpty && text.en != text.nl, "\(name): \(text)")
            for placeholder in ImportMessageCatalog.placeholders {
                let english = text.en.components(separatedBy: placeholder).count - 1
                let dutch = text.nl.components(separatedBy: placeholder).count - 1
                #expect(english == dutch, "\(name): \(placeholder) \(english) times in \(text.en)\n\(dutch) times in \(text.nl)")
            }
        }
    }

    @Test("The walk reaches every message the importer declares")
    func importMessageWalkIsComplete() throws {
        let source = try String(contentsOf: RepositoryFiles.url("Sources/KoersImport/Messages.swift"), encoding: .utf8)
        let declared = Set(source.matches(of: /\n    static (?:func|let) (\w+)/).map { String($0.1) })
        #expect(declared.count > 40)
        #expect(Set(ImportMessageCatalog.all.map(\.name)) == declared)
    }

    @Test("The English-word check sees through code words but not through prose")
    func englishWordCheck() {
        #expect(Self.englishWords(in: "zie `goals --format csv` en 'the file' of meer-volume-online (no-target) --metric") == [])
        #expect(Self.englishWords(in: "1 rows gelezen uit het file") == ["rows", "file"])
        #expect(Self.englishWords(in: "Beoordeling of the goals") == ["the", "goals"])
    }

    @Test("A count of 1 takes the singular, a count of 2 the plural, in both languages", arguments: Language.allCases)
    func singularAndPlural(language: Language) {
        for (count, wrong) in [(1, Self.plurals), (2, Self.singulars)] {
            for message in Self.countedMessages(count) {
                let text = message.text(in: language)
                let words = text.split(whereSeparator: { $0.isWhitespace || ",.:;()".contains($0) }).map(String.init)
                // "2 goal files": a noun that qualifies the next one is no count of its own.
                let nouns = Set(Self.plurals).union(Self.singulars).union(["file", "files"])
                let slips = words.indices.dropLast().filter { index in
                    words[index] == "\(count)" && wrong.contains(words[index + 1])
                        && !(index + 2 < words.count && nouns.contains(words[index + 2]))
                }.map { words[$0...].prefix(3).joined(separator: " ") }
                #expect(slips.isEmpty, "\(slips) in \(text)")
            }
        }
    }

    @Test("The slips the issue names are gone")
    func namedSlips() {
        #expect(ShellMessages.imported("d.csv", rows: 1, figures: 1, missing: 0, series: 1, conflicts: 1).en == "Read d.csv: 1 row, 1 figure in 1 series, 1 conflict.")
        #expect(ShellMessages.imported("d.csv", rows: 1, figures: 1, missing: 0, series: 1, conflicts: 1).nl == "d.csv gelezen: 1 rij, 1 cijfer in 1 reeks, 1 conflict.")
        #expect(RenderMessages.whyTitle("e-forms-60", .noData).nl == "Waarom e-forms-60 de status ‘geen gegevens’ heeft")
        #expect(RenderMessages.whyTitle("e-forms-60", .noData).en == "Why e-forms-60 has no data")
        #expect(RenderMessages.whyTitle("e-forms-60", .offTrack).en == "Why e-forms-60 is off track")
        #expect(!ShellMessages.currentAsOf(.latest).nl.contains("per de"))
        #expect(HelpText.example("status --by programme", of: EvaluationCommands.status, in: .nl) == "stand --per programma")
    }
}
