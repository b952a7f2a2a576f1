/// What a koers-bench command line asks for. A small reading of its few arguments:
/// `generate [--preset national|small] --out DIR` and `measure WORK PATH [--runs N]`, options as
/// `--name value` or `--name=value`, and `-h`/`--help` anywhere for the usage.
enum BenchCommand: Equatable {
    case generate(preset: PresetName, out: String)
    case measure(work: Measure.Work, path: String, runs: Int)
    case help
    /// The command line is wrong; the message says how.
    case wrongUsage(String)

    enum PresetName: String, CaseIterable {
        case national, small
    }

    static let usage = """
        koers-bench: generate benchmark data for koers and time its work (docs/performance.md).

        Usage:
          koers-bench generate [--preset national|small] --out DIR
              Write national.csv and national.koers into DIR. national: about 2 million
              rows, 100 MB; small (the default): about 20,000 rows.
          koers-bench measure parse|load|check|complete GOALFILE [--runs N]
              Time parse, load, check or completion on a goal file (or directory) in this
              process, N times (default 5; load: always once), and print the median
              seconds and the peak memory as key=value pairs.

        """

    static func parse(_ arguments: [String]) -> BenchCommand {
        if arguments.contains("-h") || arguments.contains("--help") || arguments.first == "help" { return .help }
        guard let subcommand = arguments.first else { return .wrongUsage("say generate or measure") }
        var positional: [String] = []
        var options: [String: String] = [:]
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else {
                positional.append(argument)
                continue
            }
            var name = argument
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                options[name] = String(argument[argument.index(after: equals)...])
            } else if index < arguments.count {
                options[name] = arguments[index]
                index += 1
            } else {
                return .wrongUsage("option \(name) needs a value")
            }
        }
        switch subcommand {
        case "generate":
            if let unknown = options.keys.first(where: { !["--preset", "--out"].contains($0) }) { return .wrongUsage("generate has no option \(unknown)") }
            guard positional.isEmpty else { return .wrongUsage("generate takes no argument '\(positional[0])'") }
            guard let out = options["--out"] else { return .wrongUsage("generate needs --out DIR") }
            guard let preset = PresetName(rawValue: options["--preset"] ?? PresetName.small.rawValue) else {
                return .wrongUsage("--preset takes national or small")
            }
            return .generate(preset: preset, out: out)
        case "measure":
            if let unknown = options.keys.first(where: { $0 != "--runs" }) { return .wrongUsage("measure has no option \(unknown)") }
            guard positional.count == 2 else { return .wrongUsage("measure takes a work (parse, load, check or complete) and a goal file") }
            guard let work = Measure.Work(rawValue: positional[0]) else {
                return .wrongUsage("the work is parse, load, check or complete, not '\(positional[0])'")
            }
            guard let runs = Int(options["--runs"] ?? "5"), runs > 0 else { return .wrongUsage("--runs takes a whole number above 0") }
            return .measure(work: work, path: positional[1], runs: runs)
        default:
            return .wrongUsage("unknown command '\(subcommand)': say generate or measure")
        }
    }
}
