import Foundation
import KoersCore
import SnapshotTesting
import Testing
@testable import KoersRender

@Suite("Check renderers")
struct CheckRendererTests {
    static let wordLists: [WordLists] = Language.allCases.map { language in
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KoersWorkspace/Resources/wordlists/\(language.rawValue).txt")
        return WordLists.parse(text: (try? String(contentsOf: url, encoding: .utf8)) ?? "", language: language).lists
    }

    static let today = Period(year: 2021, granularity: .month, index: 6)!
    static let options = CheckOptions(today: today, wordLists: wordLists)

    static let requests = Metric(id: "digitale_aanvragen", unit: .count, source: "Zaaksysteem", frequency: .year,
                                 definition: "Aanvragen via e-formulieren")

    static let model: GoalModel = {
        let file = "goals/almelo/doelen.koers"
        let goals = [
            Goal(id: "meer-online", title: "Bij diensten waar dat kan en wenselijk is 10% meer volume online dan in 2020, uiterlijk in 2024",
                 source: DocumentReference(document: "Programmabegroting 2021"), owner: "Team Dienstverlening",
                 metric: SeriesKey(metric: "digitale_aanvragen"), baseline: Baseline(period: .year(2020)),
                 target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: .year(2024),
                 waivers: [Waiver(rule: "vague-scope", reason: "Afspraak in de raad, 2020")],
                 location: SourceLocation(file: file, line: 20, column: 1)),
            Goal(id: "waardering-goed", title: "Onze klanten waarderen onze dienstverlening met de beoordeling “goed”.",
                 source: DocumentReference(document: "Programma Dienstverlening 2015"), metric: SeriesKey(metric: "digitale_aanvragen"),
                 target: Target(comparator: nil, value: .qualitative("goed")),
                 location: SourceLocation(file: file, line: 4, column: 1)),
            Goal(id: "eigenaarloos", title: "Minimaal 55.000 digitale aanvragen in 2024",
                 source: DocumentReference(document: "Programmabegroting 2021"), metric: SeriesKey(metric: "digitale_aanvragen"),
                 baseline: Baseline(period: .year(2020)), target: Target(comparator: .atLeast, value: .absolute(55000, percent: false)),
                 deadline: .year(2024), location: SourceLocation(file: file, line: 12, column: 1)),
        ]
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "d.csv", kind: .csv, contentHash: "0"))
        store.append([(2019, 30416.0), (2020, 49525.0)].map {
            Observation(period: .year($0.0)!, value: $0.1, provenance: Provenance(source: source, row: 2, column: 2))
        }, to: SeriesKey(metric: "digitale_aanvragen"))
        return GoalModel(metrics: [requests], goals: goals, store: store)
    }()

    static let report = VagueGoalCheck.report(for: model, options: options)

    @Test(arguments: [Language.en, .nl])
    func checkTable(language: Language) {
        assertSnapshot(of: CheckRenderer.render(Self.report, format: .table, language: language), as: .lines,
                       named: "table-\(language.rawValue)")
    }

    @Test("check wraps its texts to the terminal width, each under its own column", arguments: [Language.en, .nl])
    func checkTableWrapsToTheWidth(language: Language) {
        let unwrapped = CheckRenderer.render(Self.report, format: .table, language: language)
        #expect(unwrapped.split(separator: "\n").contains { $0.count > 80 }, "the sample has texts longer than a line")
        let text = CheckRenderer.render(Self.report, format: .table, language: language, width: 80)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace) }
        #expect(words(text) == words(unwrapped), "wrapping moves words, never drops or cuts one")
    }

    @Test("explain wraps its paragraphs to the terminal width", arguments: [Language.en, .nl])
    func explanationWrapsToTheWidth(language: Language) {
        for rule in CheckRule.allCases {
            let explanation = RuleCatalog.explanation(rule)
            let text = CheckRenderer.renderExplanation(explanation, format: .table, language: language, width: 80)
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
            let unwrapped = CheckRenderer.renderExplanation(explanation, format: .table, language: language)
            #expect(text.split(whereSeparator: \.isWhitespace) == unwrapped.split(whereSeparator: \.isWhitespace))
        }
    }

    @Test("draft wraps its findings to the terminal width under their column")
    func draftFindingsWrapToTheWidth() {
        let proposal = GoalDraft.propose("Wij willen dat inwoners tevreden zijn over de dienstverlening", wordLists: [], today: Period(year: 2026, granularity: .month, index: 11)!)
        let text = CheckRenderer.renderDraft(proposal, goalID: "nieuw-doel", format: .table, language: .nl, width: 80)
        let findings = text.components(separatedBy: "Bevindingen:")[1].components(separatedBy: "\n\n")[0]
        #expect(findings.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(findings)")
        #expect(findings.contains("no-target") && findings.contains("no-deadline"))
    }

    @Test func checkTableInASCII() {
        let text = CheckRenderer.render(Self.report, format: .table, language: .en, symbols: .ascii)
        // Messages keep their typographic quotes; the marks and arrows are what a plain terminal cannot show.
        #expect(!text.contains { "✓✗○→".contains($0) })
        #expect(text.contains("\n                               -> Say what"))
        #expect(text.hasPrefix("x waardering-goed — cannot be evaluated: target \"goed\" is not a number, no deadline, no baseline\n"))
    }

    @Test func checkMarkdownAndCSV() {
        assertSnapshot(of: CheckRenderer.render(Self.report, format: .markdown, language: .nl), as: .lines, named: "markdown-nl")
        assertSnapshot(of: CheckRenderer.render(Self.report, format: .csv, language: .en), as: .lines, named: "csv-en")
    }

    @Test func checkJSONShape() throws {
        let text = CheckRenderer.render(Self.report, format: .json, language: .en)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let goals = try #require(root["goals"] as? [[String: Any]])
        #expect(goals.map { $0["id"] as? String } == ["waardering-goed", "eigenaarloos", "meer-online"])
        #expect(goals[0]["verdict"] as? String == "cannot-be-evaluated")
        #expect(goals[0]["reasons"] as? [String] == ["qualitative-target", "no-deadline", "no-baseline"])
        #expect(goals[1]["reasons"] as? [String] == [])
        let findings = try #require(goals[0]["findings"] as? [[String: Any]])
        #expect(findings.first?["code"] as? String == "qualitative-target")
        let span = try #require(findings.first?["span"] as? [String: Any])
        #expect(span["text"] as? String == "goed")
        let waived = try #require((goals[2]["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "vague-scope" })
        #expect(waived["waived"] as? Bool == true)
        #expect(waived["waiver_reason"] as? String == "Afspraak in de raad, 2020")
        let total = try #require(root["total"] as? [String: Any])
        #expect(total["goals"] as? Int == 3)
        #expect(total["waived"] as? Int == 1)
    }

    @Test func filteredOnARuleWithoutFindings() {
        let report = VagueGoalCheck.report(for: Self.model, rule: .unitMismatch, options: Self.options)
        #expect(CheckRenderer.render(report, format: .table, language: .nl) == "Geen enkel doel heeft een bevinding unit-mismatch.\n")
    }

    @Test func checklistForShow() {
        let result = Self.report.results[0]
        assertSnapshot(of: CheckRenderer.renderChecklist(result.checklist, format: .table, language: .nl), as: .lines, named: "checklist-nl-unicode")
        assertSnapshot(of: CheckRenderer.renderChecklist(result.checklist, format: .table, language: .en, symbols: .ascii), as: .lines,
                       named: "checklist-en-ascii")
    }

    @Test(arguments: [Language.en, .nl])
    func explain(language: Language) {
        assertSnapshot(of: CheckRenderer.renderExplanation(RuleCatalog.explanation(.vagueScope), format: .table, language: language),
                       as: .lines, named: "explain-\(language.rawValue)")
    }

    @Test func ruleListForExplainWithoutCode() {
        let text = CheckRenderer.renderRuleList(format: .table, language: .nl)
        #expect(text.split(separator: "\n").count == CheckRule.allCases.count)
        #expect(text.hasPrefix("  no-target           fout          geen streefwaarde\n"))
    }

    @Test func explainAsJSON() throws {
        let text = CheckRenderer.renderExplanation(RuleCatalog.explanation(.qualitativeTarget), format: .json, language: .nl)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["code"] as? String == "qualitative-target")
        #expect((root["bad_example"] as? String)?.contains("goed") == true)
    }

    static let almeloSentence = "minimaal 90% van de producten waar dit kan en wenselijk is in 2026 gedigitaliseerd"

    @Test func draftTable() {
        let proposal = GoalDraft.propose(Self.almeloSentence, wordLists: Self.wordLists, today: Self.today)
        assertSnapshot(of: CheckRenderer.renderDraft(proposal, goalID: "negentig-procent", format: .table, language: .nl),
                       as: .lines, named: "draft-nl")
    }

    @Test func draftJSONHasTheDocumentedShape() throws {
        let proposal = GoalDraft.propose(Self.almeloSentence, wordLists: Self.wordLists, today: Self.today)
        let text = CheckRenderer.renderDraft(proposal, goalID: "negentig-procent", format: .json, language: .en)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let target = try #require(root["target"] as? [String: Any])
        #expect(target["comparator"] as? String == ">=")
        #expect(target["value"] as? Double == 90)
        #expect(target["unit"] as? String == "percent")
        #expect((target["span"] as? [String: Any])?["text"] as? String == "minimaal 90%")
        let deadline = try #require(root["deadline"] as? [String: Any])
        #expect(deadline["period"] as? String == "2026")
        #expect(root["baseline"] is NSNull)
        let findings = try #require(root["findings"] as? [[String: Any]])
        // Without a baseline the goal has no road (an error); the escape clause only makes it weak.
        #expect(findings.map { $0["code"] as? String } == ["no-baseline", "vague-scope"])
        #expect(findings.first { $0["code"] as? String == "no-baseline" }?["severity"] as? String == "error")
        #expect(findings.first { $0["code"] as? String == "vague-scope" }?["severity"] as? String == "warning")
        // The target is measurable; without a baseline the goal is not complete.
        #expect(root["vague"] as? Bool == false)
        #expect(root["complete"] as? Bool == false)
        #expect(root["asks_college_period"] as? Bool == false)
        let numbers = try #require(root["numbers"] as? [[String: Any]])
        #expect(numbers.map { $0["role"] as? String } == ["target", "deadline"])
        #expect(numbers.map { ($0["span"] as? [String: Any])?["text"] as? String } == ["90", "2026"])
        #expect((root["goal_file"] as? String)?.hasPrefix("doel negentig-procent\n") == true)
    }

    @Test func draftTableWithABenchmarkAndAYearToAskFor() {
        let benchmark = GoalDraft.propose("In 2026 scoort de waardering 2 punten boven het gemiddelde van de G40.", wordLists: Self.wordLists,
                                          today: Self.today)
        assertSnapshot(of: CheckRenderer.renderDraft(benchmark, goalID: "waardering", format: .table, language: .nl),
                       as: .lines, named: "draft-benchmark-nl")
        let thisYear = GoalDraft.propose("This year we will answer at least 95% of calls within 60 seconds.", wordLists: Self.wordLists,
                                         today: Self.today)
        assertSnapshot(of: CheckRenderer.renderDraft(thisYear, goalID: "calls", format: .table, language: .en),
                       as: .lines, named: "draft-asks-year-en")
    }

    @Test func draftJSONNamesTheBenchmarkPlaceholderAndAsksForTheYear() throws {
        let proposal = GoalDraft.propose("Dit jaar ligt het ziekteverzuim 5% onder het landelijk gemiddelde.", wordLists: Self.wordLists,
                                         today: Self.today)
        let text = CheckRenderer.renderDraft(proposal, goalID: "verzuim", format: .json, language: .nl)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let target = try #require(root["target"] as? [String: Any])
        #expect(target["kind"] as? String == "benchmark")
        #expect(target["comparator"] as? String == "<=")
        #expect(target["value"] as? Double == -5)
        let benchmark = try #require(target["benchmark"] as? [String: Any])
        #expect(benchmark["placeholder"] as? String == "landelijk_gemiddelde")
        #expect((benchmark["span"] as? [String: Any])?["text"] as? String == "het landelijk gemiddelde")
        #expect(root["deadline"] is NSNull)
        #expect(root["asks_year"] as? Bool == true)
        let dated = GoalDraft.propose("Dit jaar ligt het ziekteverzuim 5% onder het landelijk gemiddelde.", wordLists: Self.wordLists,
                                      today: Self.today, documentYear: 2025)
        let datedRoot = try #require(try JSONSerialization.jsonObject(
            with: Data(CheckRenderer.renderDraft(dated, goalID: "verzuim", format: .json, language: .nl).utf8)) as? [String: Any])
        #expect((datedRoot["deadline"] as? [String: Any])?["period"] as? String == "2025")
        #expect(datedRoot["asks_year"] as? Bool == false)
    }

    @Test(arguments: [Language.en, .nl])
    func draftOfAnAmbiguousRowSaysSoInBothLanguages(_ language: Language) throws {
        let proposal = GoalDraft.propose("Percentage gescheiden ingezameld afval 51 54,5 60 nnb 70", wordLists: Self.wordLists,
                                         today: Self.today, language: .nl)
        assertSnapshot(of: CheckRenderer.renderDraft(proposal, goalID: "afval", format: .table, language: language),
                       as: .lines, named: "draft-ambiguous-row-\(language.rawValue)")
        let json = CheckRenderer.renderDraft(proposal, goalID: "afval", format: .json, language: language)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["target_ambiguous"] as? Bool == true)
        #expect(root["target"] is NSNull)
        #expect(root["vague"] as? Bool == false)
    }

    @Test func draftJSONWithNothingFound() throws {
        let proposal = GoalDraft.propose("Wij zetten in op een betere dienstverlening", wordLists: Self.wordLists, today: Self.today)
        let text = CheckRenderer.renderDraft(proposal, goalID: "nieuw", format: .json, language: .nl)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["target"] is NSNull)
        #expect(root["deadline"] is NSNull)
        #expect(root["baseline"] is NSNull)
        #expect(root["vague"] as? Bool == true)
    }
}
