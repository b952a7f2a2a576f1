import ArgumentParser
import Foundation

/// Benchmark support for koers: writes the national test data (see docs/performance.md).
struct KoersBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "koers-bench",
        abstract: "Generate benchmark data for koers and time its work.",
        subcommands: [Generate.self, Measure.self]
    )
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the national CSV and its goal file into a directory.")

    enum PresetName: String, ExpressibleByArgument, CaseIterable {
        case national, small
    }

    @Option(help: "national (about 2 million rows, 100 MB) or small (about 20,000 rows).")
    var preset: PresetName = .small

    @Option(help: "The directory to write national.csv and national.koers into.")
    var out: String

    func run() throws {
        let dataset = NationalDataset(preset: preset == .national ? .national : .small)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let rows = try dataset.writeCSV(to: directory.appendingPathComponent("national.csv"))
        try Data(dataset.goalFile(dataFileName: "national.csv").utf8).write(to: directory.appendingPathComponent("national.koers"), options: .atomic)
        print("wrote \(rows) rows and \(dataset.preset.municipalities * dataset.preset.metricCount) goals to \(directory.path)")
    }
}

KoersBench.main()
