import KoersCore
import KoersRender
import SnapshotTesting
import Testing

/// The committed snapshots double as the sample reports the browser check opens
/// (`scripts/report-browser-check`), so a change to the layout is seen both as a diff and on screen.
@Suite struct ReportSnapshotTests {
    @Test(arguments: Language.allCases)
    func htmlReport(language: Language) {
        assertSnapshot(of: ReportHTML.render(ReportFixtures.model(language)), as: .lines, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func markdownReport(language: Language) {
        assertSnapshot(of: ReportMarkdown.render(ReportFixtures.model(language)), as: .lines, named: language.rawValue)
    }

    @Test func markdownWithChartFiles() {
        let (markdown, charts) = ReportMarkdown.render(ReportFixtures.model(.nl), chartDirectory: "grafieken")
        assertSnapshot(of: markdown, as: .lines, named: "markdown")
        #expect(charts.map(\.name) == ["goal-1-D1.svg", "goal-2-D2.svg", "goal-4-D4.svg"])
        #expect(markdown.contains("![Digitale aanvragen per jaar: cijfers, rechte lijn naar de streefwaarde en prognose](grafieken/goal-1-D1.svg)"))
        for chart in charts {
            #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        }
        if let first = charts.first {
            assertSnapshot(of: first.svg, as: .lines, named: "svg")
        }
    }
}
