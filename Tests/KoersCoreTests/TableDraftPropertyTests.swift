import PropertyBased
import Testing
@testable import KoersCore

/// `draft --table` proposes; it never invents: whatever the headers and cells, each value comes
/// from the cell its span points at, in the row's own line.
@Suite("Table draft properties")
struct TableDraftPropertyTests {
    static let headers = ["Indicator", "Eenheid", "Nulmeting", "Realisatie 2022", "2023", "Begroting 2024", "Streefwaarde 2026", "Doel 2025",
                          "Target 2024/25", "Good is", "Status", "Landelijk", "Bron", "Nr", "", "Opmerking"]
    static let cells = ["Aantal woningen", "%", "84,4%", "17.900", "Minimaal 400", "< 28", "≥ 90%", "max. 5", "ca. 3", "2020: 20", "nnb", "-",
                        "n.v.t.", "Groen", "High", "Low", "6,5- 7*", "(Minimise) uitstoot", "12", "0", "", "Greater than 50%", "20 (2019)"]

    static func verify(header: [String], rows: [[String]]) {
        let text = ([header] + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n")
        guard case let .success(table) = TableText.split(text, file: "t") else { return }
        let reading = TableDraft.read(table, file: "t", wordLists: CheckFixtures.wordLists, today: CheckFixtures.today)
        #expect(reading.columns.count == header.count)
        for (row, line) in zip(reading.rows, table.rows) {
            let characters = Array(line.text)
            let proposal = row.proposal
            // The deadline's span is its header cell, in the header line.
            let spans = [proposal.target?.span, proposal.baseline?.span].compactMap { $0 } + proposal.numbers.map(\.span)
            for span in spans {
                #expect(span.start >= 0 && span.end <= characters.count && String(characters[span.start..<span.end]) == span.text, "\(text)")
            }
            // The numbers a cell states, in either notation.
            let stated = { (span: TextSpan) -> Set<Double> in
                Set(CellReader.numberTokens(in: Array(span.text)).flatMap { token in
                    NumberNotation.allCases.compactMap { try? NumberReader.read(token.text, notation: $0).get() }
                })
            }
            if let target = proposal.target { #expect(stated(target.span).contains(abs(target.value)), "\(text)") }
            if let baseline = proposal.baseline, let value = baseline.value { #expect(stated(baseline.span).contains(abs(value)), "\(text)") }
            #expect(proposal.numbers.filter { $0.role == .target }.count == (proposal.target == nil ? 0 : 1))
            #expect(proposal.vague == (proposal.target == nil))
            #expect(proposal.complete == (proposal.target != nil && !proposal.findings.contains { $0.severity == .error }))
            #expect(row.notes.allSatisfy { $0.cell.line == line.number })
        }
    }

    @Test func valuesComeFromTheirCells() async {
        let input = zip(Gen.int(in: 0...(Self.headers.count - 1)).array(of: 2...6), Gen.int(in: 0...(Self.cells.count - 1)).array(of: 2...24))
        await propertyCheck(count: 300, input: input) { headerPicks, cellPicks in
            let header = headerPicks.map { Self.headers[$0] }
            var picks = cellPicks.makeIterator()
            let rows = (0..<max(1, cellPicks.count / header.count)).map { _ in
                // The first cell has a word, so no row is a blank line.
                header.indices.map { column in column == 0 ? "Aantal woningen" : (picks.next().map { Self.cells[$0] } ?? "") }
            }
            Self.verify(header: header, rows: rows)
        }
    }
}
