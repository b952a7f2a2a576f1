import Foundation
import Testing
@testable import koers_bench

@Suite("koers-bench's data sets")
struct BenchDatasetTests {
    @Test("The million preset has a million goals of 12 figures each")
    func million() {
        let preset = NationalDataset.Preset.million
        #expect(preset.seriesCount == 1_000_000)
        #expect(preset.rowCount == 12_000_000)
        #expect((0..<preset.metricCount).allSatisfy { preset.rows(ofMetric: $0) == 12 })
    }

    @Test("National has 2,052,000 rows, and the scaling series of that size is national")
    func national() {
        #expect(NationalDataset.Preset.national.rowCount == 2_052_000)
        #expect(NationalDataset.Preset.national.seriesCount == 41_040)
        let scaled = NationalDataset.Preset.scale(rows: 2_052_000)
        #expect(scaled.seriesCount == 41_040)
        #expect(scaled.rowCount == 2_052_000)
    }

    @Test("The scaling series stops at the first whole series that reaches the rows asked",
          arguments: [1, 12, 6_000, 20_000, 63_246, 200_000, 2_000_000, 20_000_000])
    func scale(rows: Int) {
        let preset = NationalDataset.Preset.scale(rows: rows)
        let written = preset.rowCount
        #expect(written >= rows)
        let lastSeries = preset.seriesCount - 1
        #expect(written - preset.rows(ofMetric: lastSeries % preset.metricCount) < rows)
    }

    @Test("A preset writes the same bytes every time, with the rows and goals it counts")
    func deterministic() throws {
        let preset = NationalDataset.Preset.scale(rows: 20_000)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [(csv: Data, goals: Data)] = []
        for attempt in 0..<2 {
            let csv = directory.appendingPathComponent("\(attempt).csv")
            let goals = directory.appendingPathComponent("\(attempt).koers")
            let dataset = NationalDataset(preset: preset)
            #expect(try dataset.writeCSV(to: csv) == preset.rowCount)
            try dataset.writeGoalFile(to: goals, dataFileName: "\(attempt).csv")
            files.append((try Data(contentsOf: csv), try Data(contentsOf: goals)))
        }
        #expect(files[0].csv == files[1].csv)
        let goalTexts = files.map { String(decoding: $0.goals, as: UTF8.self).replacingOccurrences(of: "1.csv", with: "0.csv") }
        #expect(goalTexts[0] == goalTexts[1])
        #expect(goalTexts[0].components(separatedBy: "\ngoal g").count - 1 == preset.seriesCount)
        let lines = String(decoding: files[0].csv, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == preset.rowCount + 1)
    }
}
