/// What a koers-bench command line asks for. A small reading of its few arguments:
/// `generate [--preset small|national|million|scale --rows N] --out DIR` and `measure WORK PATH [--runs N]`, options as
/// `--name value` or `--name=value`, and `-h`/`--help` anywhere for the usage.
enum BenchCommand: Equatable {
    case generate(preset: PresetName, out: String)
    case measure(work: Measure.Work, path: String, runs: Int)
    case help
    /// The command line is wrong; the message says how.
    case wrongUsage(String)

    enum PresetName: Equatable {
        case small, national, million
        /// National's kind of series, as many as make (just over) this many rows.
        case scale(rows: Int)

        var dataset: NationalDataset.Preset {
            switch self {
            case .small: .small
            case .national: .national
            case .million: .million
            case .scale(let rows): .scale(rows: rows)
            }
        }
    }

    /// The scaling series goes up to 20 million rows; a tenfold margin above it.
    static let largestScale = 200_000_000

    static let usage = """
        koers-bench: generate benchmark data for koers and time its work (docs/performance.md).

        Usage:
          koers-bench generate [--preset small|national|million|scale] [--rows N] --out DIR
              Write national.csv and national.koers (one goal per series) into DIR.
              small (the default): about 20,000 rows; national: 342 municipalities x 120
              metrics, 2,052,000 rows, 75 MB; million: a million series of 12 figures,
              12 million rows; scale --rows N: national's series until N rows (20000,
              20k or 20M; whole series, so up to 143 rows more).
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
            if let unknown = options.keys.sorted().first(where: { !["--preset", "--out", "--rows"].contains($0) }) {
                return .wrongUsage("generate has no option \(unknown)")
            }
            guard positional.isEmpty else { return .wrongUsage("generate takes no argument '\(positional[0])'") }
            guard let out = options["--out"] else { return .wrongUsage("generate needs --out DIR") }
            let preset: PresetName
            switch options["--preset"] ?? "small" {
            case "small": preset = .small
            case "national": preset = .national
            case "million": preset = .million
            case "scale":
                guard let text = options["--rows"] else { return .wrongUsage("--preset scale needs --rows N") }
                guard let rows = rowCount(text), (1...largestScale).contains(rows) else {
                    return .wrongUsage("--rows takes a number of rows from 1 to 200M, such as 20000, 20k or 20M, not '\(text)'")
                }
                return .generate(preset: .scale(rows: rows), out: out)
            default:
                return .wrongUsage("--preset takes small, national, million or scale")
            }
            guard options["--rows"] == nil else { return .wrongUsage("--rows goes with --preset scale") }
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

    /// A whole number, or one followed by k (thousands) or M (millions): `20000`, `20k`, `2M`.
    static func rowCount(_ text: String) -> Int? {
        let multiplier: Int
        var digits = Substring(text)
        switch text.last {
        case "k": multiplier = 1_000
        case "M": multiplier = 1_000_000
        default: multiplier = 1
        }
        if multiplier > 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits) else { return nil }
        let (rows, overflow) = count.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : rows
    }
}
