import Testing
@testable import koers_bench

@Suite("koers-bench's command line")
struct BenchCommandLineTests {
    static let cases: [(arguments: [String], expected: BenchCommand)] = [
        (["generate", "--out", "data"], .generate(preset: .small, out: "data")),
        (["generate", "--preset", "national", "--out", "bench-data/national"], .generate(preset: .national, out: "bench-data/national")),
        (["generate", "--out=d", "--preset=small"], .generate(preset: .small, out: "d")),
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
        (["generate", "--out", "d", "--preset", "huge"], .wrongUsage("--preset takes national or small")),
        (["generate", "--out", "d", "--runs", "3"], .wrongUsage("generate has no option --runs")),
        (["generate", "--out", "d", "extra"], .wrongUsage("generate takes no argument 'extra'")),
        (["measure", "load"], .wrongUsage("measure takes a work (parse, load, check or complete) and a goal file")),
        (["measure", "time", "n.koers"], .wrongUsage("the work is parse, load, check or complete, not 'time'")),
        (["measure", "load", "n.koers", "--runs", "0"], .wrongUsage("--runs takes a whole number above 0")),
        (["measure", "load", "n.koers", "--runs", "many"], .wrongUsage("--runs takes a whole number above 0")),
        (["measure", "load", "n.koers", "--out", "x"], .wrongUsage("measure has no option --out")),
    ]

    @Test("Each command line gives its command or its error", arguments: cases)
    func parse(_ arguments: [String], _ expected: BenchCommand) {
        #expect(BenchCommand.parse(arguments) == expected)
    }
}
