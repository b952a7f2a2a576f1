import Foundation
import KoersCore
import KoersShell
import Testing

/// `check --asof` judges as of the period asked for, as `status --asof` does and as docs/shell.md
/// promises of every query, so the two give one verdict per goal for one peildatum.
@Suite("check --asof")
struct CheckAsOfTests {
    static func verdicts(_ arguments: [String]) throws -> [String: String] {
        let (session, output, _) = try sampleSession("almelo")
        try? session.run(arguments)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let goals = try #require(root["goals"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: goals.compactMap { goal in
            (goal["id"] as? String).map { ($0, goal["verdict"] as? String ?? "") }
        })
    }

    @Test("as of 2020 meer-volume-online has no figure after its baseline: no data, so check can evaluate it; today it cannot")
    func asOfChangesTheVerdictAsStatusDoes() throws {
        let asOf2020 = try Self.verdicts(["check", "meer-volume-online", "--asof", "2020", "--format", "json"])
        #expect(asOf2020["meer-volume-online"] == "weak")
        let today = try Self.verdicts(["check", "meer-volume-online", "--format", "json"])
        #expect(today["meer-volume-online"] == "cannot-be-evaluated")
    }

    @Test("check --asof gives what asof followed by check gives")
    func sameAsTheSessionPeildatum() throws {
        let (session, output, _) = try sampleSession("almelo")
        try? session.run(["check", "--asof", "2021-06", "--format", "json"])
        let once = output.text
        let (stated, statedOutput, _) = try sampleSession("almelo")
        try stated.run(["asof", "2021-06"])
        let before = statedOutput.text.count
        try? stated.run(["check", "--format", "json"])
        #expect(String(statedOutput.text.dropFirst(before)) == once)
    }
}
