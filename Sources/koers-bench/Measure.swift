import Foundation
import KoersCore
import KoersGoalFile
import KoersRender
import KoersWorkspace

/// Times one piece of koers's work in this process, through the workspace as the shell does it
/// (no shell, no terminal), and prints one line of `key=value` pairs:
/// the median and every run's seconds, and the process's peak resident memory. One process per
/// work, so the peak memory belongs to that work alone (plus what it needs loaded).
struct Measure {
    enum Work: String, CaseIterable {
        /// Parse the goal file's text (no model, no data).
        case parse
        /// Load the goal file, import its data files and evaluate every goal: what `status` needs.
        case load
        /// With everything loaded and evaluated: the vague-goal check of every goal, as `check` runs it.
        case check
        /// With everything loaded and evaluated: the goal ids TAB offers after `show g12`.
        case complete
    }

    var work: Work
    /// The goal file (or directory of goal files).
    var path: String
    /// How many times to do the work in this process (load: always once).
    var runs: Int

    func run() throws {
        var seconds: [Double] = []
        switch work {
        case .parse:
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for _ in 0..<runs {
                var goals = 0
                seconds.append(time { goals = GoalFileParser.parse(text: text, path: path).document?.content.goals.count ?? -1 })
                guard goals > 0 else { throw BenchFailure(description: "\(path) did not parse") }
            }
        case .load:
            var workspace = Workspace()
            seconds.append(try time { try Self.loadAndEvaluate(&workspace, path) })
        case .check:
            var workspace = Workspace()
            try Self.loadAndEvaluate(&workspace, path)
            let options = try workspace.checkOptions(today: Self.today)
            for _ in 0..<runs {
                // As `check` runs it: every goal checked, the report's table written a piece at a time.
                var printed = 0
                seconds.append(time {
                    let report = VagueGoalCheck.report(for: workspace.model, goalIDs: [], rule: nil, options: options)
                    CheckRenderer.write(report, format: .table, language: .en, symbols: .ascii, width: 80) { printed += $0.count }
                })
                guard printed > 0 else { throw BenchFailure(description: "check printed nothing") }
            }
        case .complete:
            var workspace = Workspace()
            try Self.loadAndEvaluate(&workspace, path)
            var found = 0
            for _ in 0..<max(runs, 1) {
                seconds.append(time { found = workspace.names(.goal, startingWith: "g12").count })
            }
            guard found > 0 else { throw BenchFailure(description: "completion found nothing") }
        }
        let sorted = seconds.sorted()
        let median = sorted[sorted.count / 2]
        let shown = seconds.count <= 20 ? seconds.map { String(format: "%.4f", $0) }.joined(separator: ",") : "\(seconds.count)"
        // The size of one stored figure, for the memory breakdown in docs/performance.md.
        print("observation_bytes=\(MemoryLayout<Observation>.stride)", terminator: " ")
        print("work=\(work.rawValue) median_seconds=\(String(format: "%.6f", median)) runs=\(shown) peak_kb=\(Self.peakResidentKilobytes())")
    }

    /// The month the measurements run in, fixed so that runs compare.
    static let today = Period(year: 2026, granularity: .month, index: 11)!

    static func loadAndEvaluate(_ workspace: inout Workspace, _ path: String) throws {
        let outcome = try workspace.load([path], today: today)
        guard !outcome.failed else { throw BenchFailure(description: "\(path) did not load: \(outcome.diagnostics.first.map { $0.formatted(in: .en) } ?? "")") }
        let evaluated = workspace.evaluations(asOf: .latest).evaluations.count
        guard evaluated > 0 else { throw BenchFailure(description: "\(path) has no goals") }
    }

    private func time(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The process's peak resident set, from getrusage (kilobytes on Linux).
    static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
