import KoersCore
import KoersRender
import KoersShell
import SnapshotTesting
import Testing

/// `metrics` and `series` on the Almelo sample, whose per-product-group series have keys longer
/// than an 80-column terminal leaves them: wrapped within the key column on a terminal, whole in
/// a pipe.
@Suite("Figure commands at the terminal's width")
struct FigureTableWidthTests {
    private static let longKey = #"waardering_digitale_klanten{productgroep="Leef- en woonomgeving"}"#

    @Test("On an 80-column terminal metrics fits the window and keeps every character of the keys")
    func terminal() throws {
        let (session, output, _) = try sampleSession("almelo")
        session.style = .terminal(width: 80)
        try session.run(["metrics"])
        let lines = output.text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(output.text)")
        #expect(!output.text.contains(Self.longKey))
        // The key column ends where the header's second column begins.
        let header = try #require(lines.first)
        let keyWidth = try #require(header.firstRange(of: "  unit")).lowerBound.utf16Offset(in: header)
        let keyColumn = lines.map { $0.prefix(keyWidth) }.joined().filter { $0 != " " }
        #expect(keyColumn.contains(Self.longKey.filter { $0 != " " }))
        assertSnapshot(of: output.text, as: .lines, named: "metrics-80")
    }

    @Test("A wide terminal and a pipe show each key whole on its line")
    func wideAndPiped() throws {
        let (session, output, _) = try sampleSession("almelo")
        session.style = .terminal(width: 200)
        try session.run(["series", "waardering_digitale_klanten"])
        let wide = output.text
        #expect(wide.contains(Self.longKey + "  2021"))
        assertSnapshot(of: wide, as: .lines, named: "series-200")

        let (piped, pipedOutput, _) = try sampleSession("almelo")
        try piped.run(["series", "waardering_digitale_klanten"])
        #expect(piped.style.width == 80 && !piped.style.isTerminal)
        #expect(pipedOutput.text == wide)
    }
}
