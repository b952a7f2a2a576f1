import Testing
@testable import KoersCore

/// `CheckReport` puts its results in order by swapping along the permutation's cycles; the
/// order must be the sort's: worst verdict, more errors, more warnings, then file order.
@Suite("Check report order")
struct CheckReportOrderTests {
    /// A small linear congruential generator: the same cases on every run.
    struct Cases: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static func expectedOrder(_ results: [GoalCheckResult]) -> [String] {
        func count(_ result: GoalCheckResult, _ severity: Diagnostic.Severity) -> Int {
            result.findings.count { !$0.isWaived && $0.severity == severity }
        }
        return results.indices.sorted { l, r in
            let (lhs, rhs) = (results[l], results[r])
            if lhs.verdict != rhs.verdict { return lhs.verdict < rhs.verdict }
            if count(lhs, .error) != count(rhs, .error) { return count(lhs, .error) > count(rhs, .error) }
            if count(lhs, .warning) != count(rhs, .warning) { return count(lhs, .warning) > count(rhs, .warning) }
            return l < r
        }.map { results[$0].goal.id }
    }

    @Test func resultsComeInTheSortsOrder() {
        var random = Cases(state: 17)
        let severities: [Diagnostic.Severity] = [.error, .warning, .info]
        for _ in 0..<200 {
            let results = (0..<Int.random(in: 0...60, using: &random)).map { number in
                let findings = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                    Finding(rule: CheckRule.allCases.randomElement(using: &random)!, severity: severities.randomElement(using: &random)!,
                            goalID: "g\(number)", message: LocalizedText(verbatim: "m"), suggestion: LocalizedText(verbatim: "s"),
                            waiver: Int.random(in: 0..<4, using: &random) == 0 ? Waiver(rule: "x", reason: "r") : nil)
                }
                return GoalCheckResult(goal: Goal(id: "g\(number)", title: "Goal \(number)"), findings: findings)
            }
            let report = CheckReport(results: results)
            #expect(report.results.map(\.goal.id) == Self.expectedOrder(results))
            #expect(Set(report.results.map(\.findings)) == Set(results.map(\.findings)))
        }
    }
}
