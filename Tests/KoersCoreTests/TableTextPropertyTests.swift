import PropertyBased
import Testing
@testable import KoersCore

/// Splitting pasted text into cells: whatever the cells hold, a table written in any of the four
/// layouts splits back into the same cells, each at the column it was written at, and a row
/// with a cell too few is reported at its own line.
@Suite("Table text properties")
struct TableTextPropertyTests {
    /// Words a cell is made of, with the marks each layout must escape or quote: `;`, `"`, `|`.
    static let words = ["Aantal", "woningen", "84,4%", "17.900", "nnb", "n.v.t.", "2026", "Streefwaarde", "€", "(2019)", "'s",
                        "≥", "90%", "a;b", "zei \"ja\"", "x|y", "één", "Good", "is"]

    /// A grid of cells from a list of picks: `columns` columns, `rows` lines with the header.
    static func grid(_ picks: [Int], columns: Int, rows: Int, allowsEmpty: Bool, avoiding marks: Set<Character>) -> [[String]] {
        let usable = words.filter { word in !word.contains { marks.contains($0) } }
        var cursor = 0
        func next() -> Int {
            defer { cursor += 1 }
            return picks[cursor % picks.count]
        }
        return (0..<rows).map { _ in
            // A line of empty cells is a blank line, and words in the first cell alone a section
            // heading, both skipped: the first two cells have a word.
            (0..<columns).map { column in
                let count = next() % 3 + (allowsEmpty && column > 1 ? 0 : 1)
                return (0..<count).map { _ in usable[next() % usable.count] }.joined(separator: " ")
            }
        }
    }

    static func render(_ grid: [[String]], as layout: PastedTable.Layout) -> String {
        var lines: [String]
        switch layout {
        case .tabs:
            lines = grid.map { $0.joined(separator: "\t") }
        case .markdown:
            lines = grid.map { "| " + $0.map { escapeBars($0) }.joined(separator: " | ") + " |" }
            lines.insert("|" + String(repeating: " --- |", count: grid[0].count), at: 1)
        case .semicolons:
            lines = grid.map { row in
                row.map { $0.contains(";") || $0.contains("\"") ? "\"" + doubleQuotes($0) + "\"" : $0 }.joined(separator: ";")
            }
        case .spaces:
            lines = grid.map { $0.joined(separator: "   ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escapeBars(_ text: String) -> String { text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
    private static func doubleQuotes(_ text: String) -> String { text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }

    static func marks(for layout: PastedTable.Layout) -> Set<Character> {
        switch layout {
        case .tabs, .markdown, .semicolons: []
        // Cells told apart by spaces: a `;` in the header would read as CSV, a `|` first as Markdown.
        case .spaces: [";", "|"]
        }
    }

    static let input = zip(Gen.int(in: 0...999).array(of: 8...60), Gen.int(in: 2...5), Gen.int(in: 2...5), Gen.int(in: 0...3))

    @Test func cellsSurviveEveryLayout() async {
        await propertyCheck(count: 300, input: Self.input) { picks, columns, rows, layoutIndex in
            let layout = PastedTable.Layout.allCases[layoutIndex]
            let grid = Self.grid(picks, columns: columns, rows: rows, allowsEmpty: layout != .spaces, avoiding: Self.marks(for: layout))
            let text = Self.render(grid, as: layout)
            guard case let .success(table) = TableText.split(text, file: "t") else {
                Issue.record("\(layout) did not split: \(text)")
                return
            }
            #expect(table.layout == layout)
            #expect([table.header.cells.map(\.text)] + table.rows.map { $0.cells.map(\.text) } == grid, "\(text)")
            // A cell's column is where it stands in its line (its opening quote, if quoted).
            for line in [table.header] + table.rows {
                let characters = Array(line.text)
                for cell in line.cells where !cell.text.isEmpty {
                    let written = String(characters[(cell.column - 1)...])
                    #expect(written.hasPrefix(cell.text) || written.hasPrefix("\"") || cell.text.contains("|"), "\(line.text) \(cell)")
                }
            }
        }
    }

    @Test func aMissingCellIsReportedAtItsLine() async {
        await propertyCheck(count: 200, input: zip(Self.input, Gen.int(in: 0...99))) { generated, rowPick in
            let (picks, columns, rows, layoutIndex) = generated
            let layout = PastedTable.Layout.allCases[layoutIndex]
            var grid = Self.grid(picks, columns: columns, rows: rows, allowsEmpty: layout != .spaces, avoiding: Self.marks(for: layout))
            let shortRow = 1 + rowPick % (rows - 1)
            grid[shortRow].removeLast()
            // Told apart by spaces, figures at the end of a short row's first cell become its cells (a PDF's
            // long indicator meeting its first figure); a first cell of one word keeps the row short, and
            // a digit in it keeps a row of one cell from being a section heading.
            grid[shortRow][0] = "A1"
            // Markdown has its rule line under the header.
            let line = shortRow + 1 + (layout == .markdown ? 1 : 0)
            guard case let .failure(diagnostic) = TableText.split(Self.render(grid, as: layout), file: "t") else {
                Issue.record("a short row was accepted")
                return
            }
            #expect(diagnostic.location?.line == line)
            #expect(diagnostic.message.en.contains("\(columns - 1) cells"))
        }
    }

    @Test func arbitraryTextNeverBreaksTheSplitter() async {
        await propertyCheck(count: 300, input: Gen.latin1.string(of: 0...120)) { text in
            switch TableText.split(text, file: "t") {
            case let .success(table):
                #expect(table.rows.allSatisfy { $0.cells.count == table.header.cells.count })
            case let .failure(diagnostic):
                #expect(diagnostic.location?.file == "t")
            }
        }
    }
}
