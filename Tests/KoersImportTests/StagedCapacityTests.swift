import KoersCore
import Testing
@testable import KoersImport

/// A series' figures grow by doubling while its rows are read; once the rows move on to the
/// next series, the spare room is given back (it was 40 MB of the national load's peak).
@Suite("Staged figures keep no spare room")
struct StagedCapacityTests {
    private func staged(_ text: String) throws -> StagedImport {
        let options = try ImportOptions(declaration("t.csv", []))
        var format = TableFormat()
        format.separator = UInt8(ascii: ";")
        let buffer = ByteBuffer(copying: Array(text.utf8))
        var interpreter = TableInterpreter(
            cursor: CSVReader(buffer, range: 0..<buffer.count, separator: UInt8(ascii: ";")), file: "t.csv", options: options, format: format)
        interpreter.minimumSplitBytes = .max
        return try interpreter.run()
    }

    /// `months` monthly figures for each metric, one metric after the other.
    private func monthly(_ metrics: [String], months: Int) -> String {
        var lines = ["indicator;periode;waarde"]
        for metric in metrics {
            for month in 0..<months { lines.append("\(metric);\(2010 + month / 12)-\(String(format: "%02d", month % 12 + 1));\(month),5") }
        }
        return lines.joined(separator: "\n")
    }

    @Test func aSeriesTheRowsHaveLeftHoldsOnlyItsFigures() throws {
        let result = try staged(monthly(["a", "b", "c"], months: 144))
        for metric in ["a", "b"] {
            let figures = try #require(result.figures[SeriesKey(metric: metric, labels: [])])
            #expect(figures.count == 144)
            #expect(figures.capacity < 144 + 144 / 8, "series \(metric) kept room for \(figures.capacity)")
            #expect(figures.map(\.provenance.row) == Array(stride(from: 2, through: 145, by: 1)).map { Int32($0 + (metric == "b" ? 144 : 0)) })
        }
    }

    @Test func interleavedSeriesKeepEveryFigureInOrder() throws {
        var lines = ["indicator;periode;waarde"]
        for year in 2000..<2100 { for metric in ["a", "b"] { lines.append("\(metric);\(year);\(year)") } }
        let result = try staged(lines.joined(separator: "\n"))
        for metric in ["a", "b"] {
            let figures = try #require(result.figures[SeriesKey(metric: metric, labels: [])])
            #expect(figures.map(\.value) == (2000..<2100).map { Double($0) })
        }
    }
}
