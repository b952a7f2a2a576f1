import KoersCore
import KoersRender
import PropertyBased
import Testing

/// Fitting a table to a terminal never breaks a figure or a period across lines, and no line
/// runs over the window's edge, at any width koers allows.
@Suite("Fitting the screen: properties")
struct ScreenFitPropertyTests {
    /// Cell values as koers writes them: figures in both notations, percentages, periods.
    static let values = ["8,2%", "82%", "1.234,5", "1,234.5", "2024-Q4", "2024-03", "2021", "−12", "0,00004", "12 / ≥ 90%"]
    static let words = ["totaal", "aanvragen", "digitaal", "gemeente", "Leef- en woonomgeving", "data/kwartaalcijfers.csv"]

    @Test func noFigureOrPeriodIsSplitInAnyTableAtAnyWidth() async {
        let cell = Gen.int(in: 0...(Self.values.count + Self.words.count - 1))
        await propertyCheck(count: 200, input: Gen.int(in: 60...200), cell.array(of: 6...6).array(of: 1...6)) { width, picks in
            let pool = Self.values + Self.words
            let rows = picks.map { $0.map { DataTable.Cell.text(pool[$0]) } }
            let columns = (0..<6).map { DataTable.Column("c\($0)", LocalizedText(en: "column \($0)", nl: "kolom \($0)")) }
            for expanded in [false, nil, true] {
                let text = DataTable(columns: columns, rows: rows).render(.table, language: .nl, width: width, expanded: expanded)
                let lines = text.split(separator: "\n")
                #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(text)")
                for value in Set(picks.flatMap { $0 }.map { pool[$0] }) where Self.values.contains(value) && !value.contains(" ") {
                    #expect(lines.contains { $0.contains(value) }, "\(value) split at \(width): \(text)")
                }
            }
        }
    }

    @Test func theDashboardKeepsEveryPercentageAndDeadlineWholeWithinTheWidth() async {
        await propertyCheck(count: 60, input: Gen.int(in: 60...200)) { width in
            for language in Language.allCases {
                for expanded in [false, true] {
                    let style = RenderStyle(colors: false, unicode: true, width: width)
                    let text = StatusDashboard.render(Tutorial.evaluations, language: language, style: style, expanded: expanded)
                    let lines = text.split(separator: "\n")
                    #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(text)")
                    for evaluation in Tutorial.evaluations.evaluations {
                        if let deadline = evaluation.deadline?.description {
                            #expect(lines.contains { $0.contains(deadline) }, "\(deadline) at \(width): \(text)")
                        }
                        #expect(lines.contains { $0.contains(evaluation.goal.id) })
                    }
                }
            }
        }
    }
}
