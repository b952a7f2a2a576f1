import Foundation

/// Benchmark support for koers: writes the national test data and times koers's work
/// (see docs/performance.md). The command line is read by `BenchCommand.parse`.
struct Generate {
    var preset: BenchCommand.PresetName
    var out: String

    func run() throws {
        let dataset = NationalDataset(preset: preset.dataset)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let rows = try dataset.writeCSV(to: directory.appendingPathComponent("national.csv"))
        try dataset.writeGoalFile(to: directory.appendingPathComponent("national.koers"), dataFileName: "national.csv")
        print("wrote \(rows) rows and \(dataset.preset.seriesCount) goals to \(directory.path)")
    }
}

/// Work that ran but did not give what a measurement needs (a file that did not parse, no goals).
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
}

private func fail(_ message: String, exitCode: Int32) -> Never {
    FileHandle.standardError.write(Data("koers-bench: \(message)\n".utf8))
    exit(exitCode)
}

do {
    switch BenchCommand.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help:
        print(BenchCommand.usage, terminator: "")
    case .wrongUsage(let message):
        fail(message + "\n" + BenchCommand.usage, exitCode: 2)
    case .generate(let preset, let out):
        try Generate(preset: preset, out: out).run()
    case .measure(let work, let path, let runs):
        try Measure(work: work, path: path, runs: runs).run()
    }
} catch {
    fail((error as? BenchFailure)?.description ?? error.localizedDescription, exitCode: 1)
}
