import Testing
@testable import koers_bench

@Suite("koers-bench's command line")
struct BenchCommandLineTests {
    static let cases: [(arguments: [String], expected: BenchCommand)] = [
        (["generate", "--out", "data"], .generate(preset: .small, out: "data")),
        (["generate", "--preset", "national", "--out", "bench-data/national"], .generate(preset: .national, out: "bench-data/national")),
        (["generate", "--out=d", "--preset=small"], .generate(preset: .small, out: "d")),
        (["generate", "--preset", "million", "--out", "bench-data/million"], .generate(preset: .million, out: "bench-data/million")),
        (["generate", "--preset", "scale", "--rows", "20000", "--out", "d"], .generate(preset: .scale(rows: 20_000), out: "d")),
        (["generate", "--preset=scale", "--rows=20k", "--out=d"], .generate(preset: .scale(rows: 20_000), out: "d")),
        (["generate", "--rows", "20M", "--out", "d", "--preset", "scale"], .generate(preset: .scale(rows: 20_000_000), out: "d")),
        (["generate", "--preset", "scale", "--rows", "200M", "--out", "d"], .generate(preset: .scale(rows: 200_000_000), out: "d")),
        (["measure", "load", "national.koers"], .measure(work: .load, path: "national.koers", runs: 5)),
        (["measure", "check", "n.koers", "--runs", "3"], .measure(work: .check, path: "n.koers", runs: 3)),
        (["measure", "--runs=200", "complete", "n.koers"], .measure(work: .complete, path: "n.koers", runs: 200)),
        (["--help"], .help),
        (["help"], .help),
        (["measure", "-h"], .help),
        ([], .wrongUsage("say generate or measure")),
        (["time"], .wrongUsage("unknown command 'time': say generate or measure")),
        (["generate"], .wrongUsage("generate needs --out DIR")),
        (["generate", "--out"], .wrongUsage("option --out needs a value")),
        (["generate", "--out", "d", "--preset", "huge"], .wrongUsage("--preset takes small, national, million or scale")),
        (["generate", "--out", "d", "--preset", "scale"], .wrongUsage("--preset scale needs --rows N")),
        (["generate", "--out", "d", "--preset", "national", "--rows", "20k"], .wrongUsage("--rows goes with --preset scale")),
        (["generate", "--out", "d", "--rows", "20k"], .wrongUsage("--rows goes with --preset scale")),
        (["generate", "--out", "d", "--preset", "scale", "--rows"], .wrongUsage("option --rows needs a value")),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "0"], .wrongUsage(badRows("0"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "201M"], .wrongUsage(badRows("201M"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "-20k"], .wrongUsage(badRows("-20k"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "1.5M"], .wrongUsage(badRows("1.5M"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "20G"], .wrongUsage(badRows("20G"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "k"], .wrongUsage(badRows("k"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "20K"], .wrongUsage(badRows("20K"))),
        (["generate", "--out", "d", "--preset", "scale", "--rows", "99999999999999999M"], .wrongUsage(badRows("99999999999999999M"))),
        (["generate", "--out", "d", "--runs", "3"], .wrongUsage("generate has no option --runs")),
        (["generate", "--out", "d", "extra"], .wrongUsage("generate takes no argument 'extra'")),
        (["measure", "load"], .wrongUsage("measure takes a work (parse, load, check or complete) and a goal file")),
        (["measure", "time", "n.koers"], .wrongUsage("the work is parse, load, check or complete, not 'time'")),
        (["measure", "load", "n.koers", "--runs", "0"], .wrongUsage("--runs takes a whole number above 0")),
        (["measure", "load", "n.koers", "--runs", "many"], .wrongUsage("--runs takes a whole number above 0")),
        (["measure", "load", "n.koers", "--out", "x"], .wrongUsage("measure has no option --out")),
    ]

    static func badRows(_ text: String) -> String {
        "--rows takes a number of rows from 1 to 200M, such as 20000, 20k or 20M, not '\(text)'"
    }

    @Test("Each command line gives its command or its error", arguments: cases)
    func parse(_ arguments: [String], _ expected: BenchCommand) {
        #expect(BenchCommand.parse(arguments) == expected)
    }
}
