import Foundation
import FoundationXML
import KoersCore
@testable import KoersRender
import Testing

/// Text from goal and data files in Markdown, CSV and SVG output (issue 15): HTML is escaped,
/// a line break or `|` cannot break a table row, a spreadsheet cannot be made to run a formula,
/// and an SVG stays well-formed XML.
@Suite("Render: injections from file text")
struct InjectionEscapingTests {
    static let hostileTitle = "<img src=x onerror=alert(1)> | =HYPERLINK(\"http://x\")\nnext line"

    static let evaluations: EvaluationSet = {
        var model = Tutorial.model
        for index in model.goals.indices { model.goals[index].title = hostileTitle }
        return EvaluationSet(model: model, asOf: .latest)
    }()

    @Test("status --format markdown escapes HTML and keeps each goal on one table row", arguments: Language.allCases)
    func statusMarkdown(_ language: Language) {
        let text = StatusDashboard.render(Self.evaluations, language: language, style: .plain(), format: .markdown)
        #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<img"))
        #expect(text.contains(#"\<img src=x onerror=alert(1)\> \| =HYPERLINK("http://x") next line"#))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == Self.evaluations.byStatus.count + 1)
        #expect(rows.allSatisfy { $0.hasSuffix(" |") })
    }

    @Test("show --format markdown escapes the title in its heading and sentence")
    func showMarkdown() throws {
        let evaluation = try #require(Self.evaluations.byStatus.first)
        let text = GoalDetail.render(evaluation, language: .en, style: .plain(), format: .markdown)
        #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<img"))
        #expect(text.hasPrefix("## \(evaluation.goal.id) — \\<img src=x"))
    }

    @Test("Markdown escaping leaves no HTML, no line break and no bare pipe, with or without code spans")
    func markdownEscaping() {
        for text in ["<script>alert(1)</script>", "a|b\nc\rd", "`<b>` and `x|y`", "odd ` <i>", "&lt;", "**bold** _it_ [l](u)"] {
            for keeping in [false, true] {
                let escaped = ReportText.markdown(text, keepingCodeSpans: keeping)
                #expect(!escaped.contains("\n") && !escaped.contains("\r"), "\(escaped)")
                let outsideCode = escaped.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                    .filter { keeping ? $0.offset.isMultiple(of: 2) : true }.map(\.element).joined()
                #expect(!outsideCode.replacingOccurrences(of: "\\<", with: "").contains("<"), "\(escaped)")
                #expect(!escaped.replacingOccurrences(of: "\\|", with: "").contains("|"), "\(escaped)")
            }
        }
        #expect(ReportText.markdown("Add `baseline PERIOD`", keepingCodeSpans: true) == "Add `baseline PERIOD`")
    }

    @Test("draft --format markdown escapes the sentence and fences the snippet so the sentence cannot close it")
    func draftMarkdown() {
        let sentence = "In 2030 <img src=x onerror=alert(1)> ``` 90% tevreden"
        let proposal = GoalDraft.propose(sentence, wordLists: [], today: Period(year: 2026, granularity: .month, index: 11)!)
        let text = CheckRenderer.renderDraft(proposal, goalID: "nieuw", format: .markdown, language: .nl)
        let quote = text.split(separator: "\n").first { $0.hasPrefix("> ") } ?? ""
        #expect(quote.contains(#"\<img src=x onerror=alert(1)\>"#), "\(text)")
        #expect(text.contains("\n````\n"), "the snippet's fence is longer than the sentence's ```: \(text)")
    }

    @Test("CSV cells that a spreadsheet would run get a leading quote; numbers stay numbers")
    func spreadsheetSafeCells() {
        #expect(SpreadsheetCSV.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(SpreadsheetCSV.field("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0")
        #expect(SpreadsheetCSV.field("-2+3") == "'-2+3")
        #expect(SpreadsheetCSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(SpreadsheetCSV.field("\tx") == "'\tx")
        #expect(SpreadsheetCSV.field("\rx") == "\"'\rx\"")
        for number in ["-12", "-12.5", "+3", "-1e-3", "1E+5", "0.25"] { #expect(SpreadsheetCSV.field(number) == number) }
        for harmless in ["=", "-", "a=b", "goed"] { #expect(SpreadsheetCSV.field(harmless) == harmless) }
        SpreadsheetCSV.$keepsFormulas.withValue(true) {
            #expect(SpreadsheetCSV.field("=1+1") == "=1+1")
        }
    }

    @Test("status --format csv guards its text cells and keeps its numbers")
    func statusCSV() {
        var model = Tutorial.model
        model.goals[0].id = "=cmd"
        let text = StatusDashboard.render(EvaluationSet(model: model, asOf: .latest), language: .en, style: .plain(), format: .csv)
        #expect(text.contains("\n'=cmd,"))
        #expect(!text.contains("\n=cmd,"))
    }

    @Test("SVG and HTML text with control characters stays well-formed XML")
    func svgTextIsWellFormed() {
        let hostile = "a\u{1B}]0;t\u{07}b\u{0}c\u{9B}d\u{FFFF}<e>&"
        let escaped = ReportText.html(hostile)
        #expect(escaped == #"a\u{1B}]0;t\u{7}b\u{0}c\u{9B}d\u{FFFF}&lt;e&gt;&amp;"#)
        let document = #"<svg xmlns="http://www.w3.org/2000/svg"><text aria-label="\#(escaped)">\#(escaped)</text></svg>"#
        #expect(XMLParser(data: Data(document.utf8)).parse())
    }
}
