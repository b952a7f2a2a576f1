import Foundation
import KoersCore
import KoersShell
import Testing

/// `check` on the Almelo sample names every structural finding of the audit *Digitaal
/// Dienstbaar*, as docs/almelo-expected-findings.md section 1 lists them, judged as of June 2021
/// as that file is.
@Suite("The Almelo sample: check finds the audit's structural findings")
struct AlmeloAuditFindingsTests {
    struct Checked {
        var goals: [String: [String]]
        var policy: [[String: Any]]

        func policy(_ code: String) -> [[String: Any]] { policy.filter { $0["code"] as? String == code } }

        func subjects(_ code: String) -> [String] {
            policy(code).compactMap { ($0["subject"] as? [String: Any])?["id"] as? String }
        }
    }

    static func checkAsOfJune2021() throws -> Checked {
        let (session, output, _) = try sampleSession("almelo")
        try session.run(["asof", "2021-06"])
        let before = output.text.utf8.count
        // Most goals cannot be judged, so the check fails; its output is what is asserted.
        #expect(throws: CommandFailure.self) { try session.run(["check", "--format", "json"]) }
        let json = Data(Array(output.text.utf8).dropFirst(before))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let goals = try #require(root["goals"] as? [[String: Any]])
        var codes: [String: [String]] = [:]
        for goal in goals {
            let id = try #require(goal["id"] as? String)
            codes[id] = (goal["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        }
        return Checked(goals: codes, policy: try #require(root["policy"] as? [[String: Any]]))
    }

    @Test("1.1 The goals are spread over several documents, none covering them all (recommendation 1, p. 8; §2.4, p. 19)")
    func spreadOverDocuments() throws {
        let checked = try Self.checkAsOfJune2021()
        let found = try #require(checked.policy("scattered-policy").first)
        #expect(checked.subjects("scattered-policy") == ["Digitale dienstverlening"])
        #expect((found["goals"] as? [String])?.count == 23)
        let message = try #require(found["message"] as? String)
        for document in ["Programma Dienstverlening op weg naar 2020", "Programmabegroting 2021", "Programma Dienstverlening 2021-2026",
                         "Online Strategie (2019)", "Tijdelijk besluit digitale toegankelijkheid"] {
            #expect(message.contains("“\(document)”"), "\(document)")
        }
    }

    @Test("1.2 Only the budget was adopted by the council (§2.2, p. 17-18; §2.4, p. 20)")
    func onlyTheBudgetAdopted() throws {
        let checked = try Self.checkAsOfJune2021()
        #expect(checked.subjects("not-adopted") == ["programma-dienstverlening-2015", "online-strategie-2019", "programma-dienstverlening-2021-2026"])
        let noted = try #require(checked.policy("not-adopted").first)
        #expect((noted["message"] as? String)?.contains("only offered to the council for information (2015-06)") == true)
        #expect((noted["goals"] as? [String])?.count == 11)
    }

    @Test("1.3 The 2015 programme, 'op weg naar 2020', was never evaluated (§2.2, p. 16; §2.4, p. 20)")
    func neverEvaluated() throws {
        let checked = try Self.checkAsOfJune2021()
        #expect(checked.subjects("never-evaluated") == ["programma-dienstverlening-2015"])
    }

    @Test("1.4 Unrealistic goals: 90% by 2026 at a few e-forms a year (§3.1.1, p. 23; §3.4, p. 28); 2017 passed unjudged")
    func unrealisticGoals() throws {
        let checked = try Self.checkAsOfJune2021()
        #expect(checked.goals["digitaal-90-procent-2026"]?.contains("unrealistic-pace") == true)
        #expect(checked.goals["alle-producten-digitaal-2017"]?.contains("deadline-passed") == true)
    }

    @Test("1.5 Satisfaction is measured every two years only (§2.3, p. 19; §2.4, p. 20)")
    func satisfactionEveryTwoYears() throws {
        let checked = try Self.checkAsOfJune2021()
        #expect(checked.goals["klanten-waarderen-goed"]?.contains("infrequent-metric") == true)
        #expect(checked.goals.filter { $0.value.contains("infrequent-metric") }.keys.sorted() == ["klanten-waarderen-goed"])
    }

    @Test("1.6 The same intent in several documents with other numbers and horizons (the project's reading, §2.2, p. 15-16)")
    func sameIntentElsewhere() throws {
        let checked = try Self.checkAsOfJune2021()
        #expect(checked.goals.filter { $0.value.contains("conflicting-goals") }.keys.sorted() == ["alle-producten-digitaal-2017", "digitaal-90-procent-2026"])
    }

    @Test("1.8 No target values (§2.2, p. 18): the goals one by one")
    func noTargetValues() throws {
        let checked = try Self.checkAsOfJune2021()
        #expect(checked.goals.values.filter { $0.contains("no-target") }.count == 16)
        #expect(checked.goals["klanten-waarderen-goed"]?.contains("qualitative-target") == true)
    }
}
