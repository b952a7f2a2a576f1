import Foundation
import KoersCore
import KoersTestSupport
import Testing

/// The rules are described once, in `RuleCatalog` (what `explain CODE` shows); the rule table
/// of docs/check.md is generated from it, as swift-format generates its rule documentation.
@Suite("Rule documentation")
struct RuleDocumentationTests {
    static let begin = "<!-- rule table: generated from RuleCatalog.swift by RuleDocumentationTests; do not edit -->"
    static let end = "<!-- end of the generated rule table -->"

    /// The table as the catalog says it, in English (the documentation's language).
    static func generatedTable() -> String {
        var lines = ["| code | severity | headline | meaning | why it matters |", "|---|---|---|---|---|"]
        for rule in CheckRule.allCases {
            let explanation = RuleCatalog.explanation(rule)
            let cells = ["`\(rule.code)`", explanation.severity.rawValue, explanation.headline.en, explanation.meaning.en, explanation.whyItMatters.en]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    @Test func docsCheckHoldsTheCatalogsRuleTable() throws {
        let path = RepositoryFiles.url("docs/check.md")
        let markdown = try String(contentsOf: path, encoding: .utf8)
        let start = try #require(markdown.range(of: Self.begin), "docs/check.md lacks the line \(Self.begin)")
        let stop = try #require(markdown.range(of: Self.end, range: start.upperBound..<markdown.endIndex), "docs/check.md lacks the line \(Self.end)")
        let written = markdown[start.upperBound..<stop.lowerBound].trimmingCharacters(in: .newlines)
        let generated = Self.generatedTable()
        if written != generated, ProcessInfo.processInfo.environment["KOERS_UPDATE_DOCS"] != nil {
            let updated = markdown.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: "\n\n" + generated + "\n\n")
            try updated.write(to: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == generated, """
            docs/check.md's rule table differs from RuleCatalog.swift. Change the rule's text in \
            RuleCatalog.swift, then regenerate the table: KOERS_UPDATE_DOCS=1 swift test --filter RuleDocumentationTests
            """)
    }
}
