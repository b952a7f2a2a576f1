import KoersCore
import KoersRender
import Testing

/// The HTML's structure as assistive technology and an offline reader need it, and the
/// guarantees the council relies on: same input, same bytes; every text escaped.
@Suite struct ReportStructureTests {
    static let reports = Language.allCases.map { ReportHTML.render(ReportFixtures.model($0)) }

    /// The parts of `html` from each `<name` up to its closing tag.
    static func elements(_ name: String, in html: String) -> [Substring] {
        html.components(separatedBy: "<\(name)").dropFirst().map { chunk in
            chunk.range(of: "</\(name)>").map { chunk[..<$0.lowerBound] } ?? Substring(chunk)
        }
    }

    @Test(arguments: reports)
    func everySvgHasATitleAndDescriptionItIsLabelledBy(html: String) throws {
        let svgs = Self.elements("svg", in: html)
        #expect(svgs.count == 4)  // the status bar and three goal charts
        for svg in svgs {
            #expect(svg.contains("role=\"img\""))
            let labelledBy = try #require(svg.firstMatch(of: /aria-labelledby="([^"]+)"/)).output.1
            let ids = labelledBy.split(separator: " ")
            #expect(ids.count == 2)
            let title = try #require(svg.firstMatch(of: /<title id="([^"]+)">([^<]+)<\/title>/))
            let desc = try #require(svg.firstMatch(of: /<desc id="([^"]+)">([^<]+)<\/desc>/))
            #expect(ids.map(String.init) == [String(title.output.1), String(desc.output.1)])
        }
    }

    /// Every element is closed, in order: a renderer that drops a closing tag breaks the layout
    /// of everything after it.
    @Test(arguments: reports)
    func elementsAreBalanced(html: String) {
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link"]
        var open: [String] = []
        var mismatches: [String] = []
        for tag in html.matches(of: /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/) {
            let name = String(tag.output.2).lowercased()
            if tag.output.3.hasSuffix("/") || void.contains(name) { continue }
            if tag.output.1.isEmpty {
                open.append(name)
            } else if open.last == name {
                open.removeLast()
            } else {
                mismatches.append("</\(name)> closes <\(open.last ?? "nothing")>")
            }
        }
        #expect(mismatches.isEmpty)
        #expect(open.isEmpty)
    }

    @Test(arguments: reports)
    func headingsStartAtH1AndNeverSkipALevel(html: String) {
        let levels = html.matches(of: /<h([1-6])[\s>]/).compactMap { Int($0.output.1) }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(next) follows h\(previous)")
        }
    }

    @Test(arguments: reports)
    func noScriptsAndNothingFromTheNetwork(html: String) {
        for forbidden in ["<script", "http://", "https://", "<link", "<img", "<iframe", "src=", "url(", "@import", "@font-face"] {
            #expect(!html.contains(forbidden), "the report contains \(forbidden)")
        }
    }

    @Test(arguments: reports)
    func everyTableHasACaptionAndHeaderCellsWithScope(html: String) {
        let tables = Self.elements("table", in: html)
        #expect(tables.count >= 10)
        for table in tables {
            #expect(table.contains("<caption"))
            #expect(table.contains("<th scope=\"col\""))
        }
        let headerCells = html.matches(of: /<th[\s>][^>]*>?/).count
        let scopedCells = html.matches(of: /<th scope="(col|row)"/).count
        #expect(headerCells == scopedCells)
    }

    @Test func languageIsDeclaredAndPrintAndPhoneAreProvidedFor() throws {
        let english = try #require(Self.reports.first)
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(ReportHTML.render(ReportFixtures.model(.nl)).contains("<html lang=\"nl\">"))
        for rule in ["@page { size: A4", "@media print", "break-before: page", "break-inside: avoid", "overflow-x: auto", "name=\"viewport\""] {
            #expect(english.contains(rule))
        }
    }

    @Test func statusIsWrittenOutNotOnlyColored() {
        let html = ReportHTML.render(ReportFixtures.model(.en))
        #expect(html.contains("<span class=\"badge status-off-track\">Status: Off track</span>"))
        #expect(html.contains("<span class=\"badge status-at-risk\">At risk</span>"))
        #expect(html.contains("<span aria-hidden=\"true\">✗\u{00A0}</span>Fails"))
        #expect(html.contains("<span aria-hidden=\"true\">✓\u{00A0}</span>Passes"))
    }

    @Test func numbersFollowTheLanguage() {
        let dutch = ReportHTML.render(ReportFixtures.model(.nl))
        let english = ReportHTML.render(ReportFixtures.model(.en))
        #expect(dutch.contains(">54.000</text>") && dutch.contains("streefwaarde 54.477,5"))
        #expect(english.contains(">54,000</text>") && english.contains("target 54,477.5"))
        #expect(dutch.contains("<td class=\"number\">64,5</td>"))
        #expect(english.contains("<td class=\"number\">64.5</td>"))
    }

    @Test(arguments: Language.allCases)
    func sameInputGivesTheSameBytes(language: Language) {
        let model = ReportFixtures.model(language)
        #expect(ReportHTML.render(model) == ReportHTML.render(ReportFixtures.model(language)))
        #expect(ReportMarkdown.render(model) == ReportMarkdown.render(ReportFixtures.model(language)))
        let first = ReportMarkdown.render(model, chartDirectory: "charts")
        let second = ReportMarkdown.render(ReportFixtures.model(language), chartDirectory: "charts")
        #expect(first.markdown == second.markdown && first.charts == second.charts)
    }

    @Test func generatedAtAppearsOnlyWhenGiven() {
        var model = ReportFixtures.model(.en)
        #expect(!ReportHTML.render(model).contains("generated"))
        #expect(!ReportMarkdown.render(model).contains("generated"))
        model.generatedAt = "2023-01-15 09:00"
        #expect(ReportHTML.render(model).contains("As of 2022 · generated 2023-01-15 09:00"))
        #expect(ReportMarkdown.render(model).contains("As of 2022 · generated 2023-01-15 09:00"))
    }

    @Test func everyTextIsEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'co' | *bold* [link](x)"
        var model = ReportFixtures.model(.en)
        model.title = hostile
        model.goals[0].title = hostile
        model.goals[0].id = "D1\"><script>"
        model.goals[0].statusSentence = hostile
        model.goals[0].chart?.seriesName = hostile
        model.goals[0].chart?.observations[0].period = hostile
        model.goals[0].checklist[0].explanation = hostile
        model.unjudgeable[0].reasons = [hostile]
        model.appendix[0].file = hostile
        model.appendix[0].contentHash = hostile

        let html = ReportHTML.render(model)
        #expect(!html.contains("<script"))
        #expect(html.contains(">D1&quot;&gt;&lt;script&gt;</a>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))

        let markdown = ReportMarkdown.render(model)
        // Outside code spans (where `<` is literal text) every `<` is backslash-escaped.
        #expect(!markdown.replacing(/`[^`\n]*`/, with: "").replacing("\\<", with: "").contains("<script"))
        #expect(markdown.contains("`<script>aler…`"))
        #expect(markdown.contains("\\<script\\>alert(\"x\")\\</script\\> &amp; 'co' \\| \\*bold\\* \\[link\\](x)"))
        // A table row keeps its columns: every `|` in a text is escaped. The "All goals" row of
        // the hostile goal has id, title and status: four column bars.
        let row = markdown.split(separator: "\n").first { $0.hasPrefix("| D1\"\\>\\<script\\> | ") && $0.hasSuffix(" | On track |") }
        let columnBars = row.map { line in zip(line, [" "] + line).filter { $0.0 == "|" && $0.1 != "\\" }.count }
        #expect(columnBars == 4)

        let (_, charts) = ReportMarkdown.render(model, chartDirectory: "charts")
        for chart in charts { #expect(!chart.svg.contains("<script")) }
    }

    @Test func chartFileNamesAreUniqueAndSafe() {
        var model = ReportFixtures.model(.en)
        model.goals[1].id = "D1"
        model.goals[3].id = "../D 1"
        let (markdown, charts) = ReportMarkdown.render(model, chartDirectory: "my charts/")
        #expect(charts.map(\.name) == ["goal-1-D1.svg", "goal-2-D1.svg", "goal-4----D-1.svg"])
        #expect(markdown.contains("](my%20charts/goal-4----D-1.svg)"))
    }

    @Test func countsAreTakenPerStatus() {
        let counts = ReportModel.counts(of: ReportFixtures.model(.en).goals)
        #expect(counts == [.onTrack: 1, .offTrack: 1, .notEvaluable: 1, .noData: 1])
        let html = ReportHTML.render(ReportFixtures.model(.en))
        #expect(html.contains("<tfoot><tr><th scope=\"row\">Total</th><td class=\"number\">4</td></tr></tfoot>"))
        #expect(html.contains("<desc id=\"status-bar-desc\">Goals by status: 1 not evaluable, 1 no data, 1 on track, 1 off track.</desc>"))
    }

    @Test func largeCountsAreGroupedInTheLanguage() {
        let model = ReportModel(title: "Veel", language: .nl, asOf: "2022", statusCounts: [.noData: 1250, .onTrack: 3])
        let html = ReportHTML.render(model)
        #expect(html.contains("<td class=\"number\">1.250</td>"))
        #expect(html.contains("<td class=\"number\">1.253</td></tr></tfoot>"))
        #expect(html.contains("Doelen per status: 1.250 geen gegevens, 3 op koers."))
        #expect(ReportMarkdown.render(model).contains("| Geen gegevens | 1.250 | ████████████████████ |"))
    }

    @Test func emptyReportStillHasEverySection() {
        let model = ReportModel(title: "Leeg", language: .nl, asOf: "2022", statusCounts: [:])
        let html = ReportHTML.render(model)
        #expect(html.contains("De doelbestanden bevatten geen doelen."))
        #expect(html.contains("Geen doel is van status veranderd."))
        #expect(html.contains("Alle doelen zijn te beoordelen."))
        #expect(html.contains("Het rapport gebruikt geen cijfers."))
        #expect(ReportMarkdown.render(model).contains("Het rapport gebruikt geen cijfers."))
    }
}
