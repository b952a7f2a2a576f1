import Foundation
import KoersCore
import SnapshotTesting
import Testing
@testable import KoersRender

/// How `check` shows the findings about the policy as a whole: a section after the goals in
/// the table and Markdown, rows in CSV, the `policy` array in JSON.
@Suite("Check renderers: the policy as a whole")
struct CheckPolicyRendererTests {
    static let file = "goals/almelo/beleidsdocumenten.koers"

    static let model: GoalModel = {
        let documents = [
            PolicyDocument(id: "programma-2015", title: "Programma Dienstverlening op weg naar 2020", kind: .programme,
                           adoption: .noted(DocumentDate(Period(year: 2015, granularity: .month, index: 6)!)), horizon: .year(2020),
                           location: SourceLocation(file: file, line: 32, column: 10)),
            PolicyDocument(id: "online-strategie", title: "Online Strategie (2019)", kind: .strategy, adoption: .notPresented,
                           waivers: [Waiver(rule: "not-adopted", reason: "Werkafspraken van het online team, geen kader")],
                           location: SourceLocation(file: file, line: 68, column: 10)),
        ]
        func goal(_ id: String, _ title: String, _ source: String, line: Int) -> Goal {
            Goal(id: id, title: title, source: DocumentReference(document: source), theme: "Digitale dienstverlening",
                 owner: "Team Dienstverlening", target: Target(comparator: .equals, value: .yesNo(true)), deadline: .year(2026),
                 location: SourceLocation(file: "goals/almelo/doelen.koers", line: line, column: 1))
        }
        let goals = [
            goal("kanaalsturing", "Wij passen kanaalverleiding en kanaalsturing toe.", "Programma Dienstverlening op weg naar 2020", line: 3),
            goal("digitaal-waar-het-kan", "Digitaal waar het kan, persoonlijk waar nodig", "online-strategie", line: 9),
        ]
        return GoalModel(goals: goals, documents: documents)
    }()

    static let report = VagueGoalCheck.report(
        for: model, rule: nil, options: CheckOptions(today: Period(year: 2021, granularity: .month, index: 6)!, wordLists: CheckRendererTests.wordLists))

    @Test func theReportHoldsEachKindOfPolicyFinding() {
        #expect(Self.report.policyFindings.map(\.rule) == [.scatteredPolicy, .notAdopted, .neverEvaluated, .notAdopted])
        #expect(Self.report.policyFindings.last?.isWaived == true)
    }

    @Test(arguments: [Language.en, .nl])
    func table(language: Language) {
        assertSnapshot(of: CheckRenderer.render(Self.report, format: .table, language: language, width: 100), as: .lines, named: "table-\(language.rawValue)")
    }

    @Test func markdownAndCSV() {
        assertSnapshot(of: CheckRenderer.render(Self.report, format: .markdown, language: .nl), as: .lines, named: "markdown-nl")
        assertSnapshot(of: CheckRenderer.render(Self.report, format: .csv, language: .en), as: .lines, named: "csv-en")
    }

    @Test func jsonPolicyArray() throws {
        let text = CheckRenderer.render(Self.report, format: .json, language: .en)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let policy = try #require(root["policy"] as? [[String: Any]])
        #expect(policy.map { $0["code"] as? String } == ["scattered-policy", "not-adopted", "never-evaluated", "not-adopted"])
        let area = try #require(policy.first?["subject"] as? [String: Any])
        #expect(area["kind"] as? String == "area")
        #expect(area["id"] as? String == "Digitale dienstverlening")
        #expect(area["name"] is NSNull)
        #expect(policy.first?["location"] is NSNull)
        let noted = policy[1]
        let document = try #require(noted["subject"] as? [String: Any])
        #expect(document["kind"] as? String == "document")
        #expect(document["id"] as? String == "programma-2015")
        #expect(document["name"] as? String == "Programma Dienstverlening op weg naar 2020")
        #expect(noted["location"] as? String == "goals/almelo/beleidsdocumenten.koers:32:10")
        #expect(noted["goals"] as? [String] == ["kanaalsturing"])
        #expect(noted["waived"] as? Bool == false)
        #expect(policy[3]["waiver_reason"] as? String == "Werkafspraken van het online team, geen kader")
        let total = try #require(root["total"] as? [String: Any])
        #expect(total["policy"] as? Int == 4)
        #expect(total["waived"] as? Int == 1)
    }

    @Test func aRuleFilterOnAPolicyRuleShowsNoGoals() {
        let report = VagueGoalCheck.report(
            for: Self.model, rule: .neverEvaluated,
            options: CheckOptions(today: Period(year: 2021, granularity: .month, index: 6)!, wordLists: CheckRendererTests.wordLists))
        let text = CheckRenderer.render(report, format: .table, language: .en)
        #expect(text.hasPrefix("The policy as a whole\n\n! document “Programma Dienstverlening op weg naar 2020” (programma-2015)\n"))
        #expect(!text.contains("kanaalsturing —"))
    }
}
