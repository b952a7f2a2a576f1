import Foundation
import KoersCore
import KoersGoalFile
import KoersShell

/// Times one piece of koers's work in this process and prints one line of `key=value` pairs:
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
        /// With everything loaded and evaluated: one TAB completion of a goal id.
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
            let session = Self.session()
            seconds.append(try time { try Self.loadAndEvaluate(session, path) })
        case .check:
            let session = Self.session()
            try Self.loadAndEvaluate(session, path)
            for _ in 0..<runs {
                let output = BufferedOutput()
                let checking = Self.session(workspace: session.workspace, output: output)
                seconds.append(time { try? checking.run(["check"]) })
                guard !output.isEmpty else { throw BenchFailure(description: "check printed nothing") }
            }
        case .complete:
            let session = Self.session()
            try Self.loadAndEvaluate(session, path)
            let completer = ShellCompleter(session: session)
            let line = "show g12"
            var found = 0
            for _ in 0..<max(runs, 1) {
                seconds.append(time { found = completer.complete(line: line, cursor: line.count).candidates.count })
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

    static func session(workspace: Workspace = Workspace(), output: TextOutput = BufferedOutput()) -> ShellSession {
        ShellSession(language: .en, workspace: workspace, output: output, errors: BufferedOutput(), today: CalendarDate(year: 2026, month: 11, day: 30)!)
    }

    static func loadAndEvaluate(_ session: ShellSession, _ path: String) throws {
        try session.load([path], announce: false)
        let evaluated = session.evaluations(asOf: .latest).evaluations.count
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
