import Foundation
import KoersTestSupport
import Testing

/// What one run of the koers binary without a terminal printed, and how it ended.
struct BatchRun {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs koers with `arguments`, feeding `input` on standard input (a pipe, so no terminal).
func runKoers(_ arguments: [String], input: String = "", directory: String? = nil, environment extra: [String: String] = [:]) throws -> BatchRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try KoersBinary.path())
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["KOERS_LANG"] = "en"
    environment["KOERS_TODAY"] = "2026-12-07"
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { $1 }
    process.environment = environment
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return BatchRun(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
}

/// The sample folders of this repository.
let samplesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("goals").path

@Suite("koers without a terminal: -c, -f, piped commands and exit codes")
struct BatchModeTests {
    @Test("-c runs the commands and exits 0; no banner, no prompt")
    func commandOption() throws {
        let run = try runKoers(["-c", "goals; lang nl; goals", samplesDirectory + "/tutorial"])
        #expect(run.status == 0)
        #expect(run.output.contains("online-aanvragen-plus-10"))
        #expect(run.output.contains("Taal: Nederlands."))
        #expect(!run.output.contains("koers>") && !run.output.contains("koers ("))
        #expect(!run.output.contains("Type 'help'"))
        #expect(run.errors.isEmpty)
    }

    @Test("Several -c run in order, their lines counted on from one -c to the next")
    func severalCommandOptions() throws {
        let run = try runKoers(["-c", "lang nl", "-c", "goals\nbogus", samplesDirectory + "/tutorial"])
        #expect(run.status == 1)
        #expect(run.output.contains("Taal: Nederlands."))
        #expect(run.output.contains("online-aanvragen-plus-10"))
        #expect(run.errors.hasPrefix("-c:3: "), "\(run.errors)")
    }

    @Test("An unknown command fails with exit code 1 and FILE:LINE: error on stderr")
    func unknownCommand() throws {
        let run = try runKoers(["-c", "goals\nbogus\ngoals", samplesDirectory + "/tutorial"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("-c:2: error: unknown command 'bogus'"))
        #expect(run.output.components(separatedBy: "online-aanvragen-plus-10").count == 2, "the run stopped at the failure")
    }

    @Test("--keep-going runs the rest and still exits 1")
    func keepGoing() throws {
        let run = try runKoers(["--keep-going", "-c", "bogus; goals", samplesDirectory + "/tutorial"])
        #expect(run.status == 1)
        #expect(run.output.contains("online-aanvragen-plus-10"))
    }

    @Test("-f runs a script file, with comments; its errors name the script's line")
    func scriptFile() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("koers-script-\(UUID().uuidString).txt").path
        try Data("# the quarterly run\nstatus\n\nshow bogus-goal\n".utf8).write(to: URL(fileURLWithPath: script))
        defer { try? FileManager.default.removeItem(atPath: script) }
        let run = try runKoers(["-f", script, samplesDirectory + "/tutorial"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("\(script):4: error: no goal 'bogus-goal'"))
        #expect(run.output.contains("13 goals"))
    }

    @Test("-f with a binary file or a missing file: the error is readable and names the cause")
    func badScriptFile() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("koers-binary-\(UUID().uuidString).bin").path
        try Data([0x1B, 0x5B, 0x32, 0x4A, 0x00, 0xFF, 0x07] + Array(repeating: 0x41, count: 500)).write(to: URL(fileURLWithPath: script))
        defer { try? FileManager.default.removeItem(atPath: script) }
        let run = try runKoers(["-f", script, samplesDirectory + "/tutorial"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("\(script):1: error: unknown command '\\u{1B}[2J\\u{0}"))
        #expect(!run.errors.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character reaches the terminal")
        #expect(run.errors.count < 300, "a line of garbage is cut")

        let missing = try runKoers(["-f", script + ".missing", samplesDirectory + "/tutorial"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no such file or directory"))
    }

    @Test("Commands piped into koers run without prompt or banner")
    func pipedInput() throws {
        let run = try runKoers([samplesDirectory + "/tutorial"], input: "status\nshow online-aanvragen-plus-10\nquit\nbogus\n")
        #expect(run.status == 0, "quit ends the run before the bad line")
        // Judged today (KOERS_TODAY = 2026-12-07), the deadline 2024 has passed without a figure for it.
        #expect(run.output.contains("Overdue"))
        #expect(!run.output.contains("koers>") && !run.output.contains("koers ("))
        #expect(run.errors.isEmpty)
    }

    @Test("A script saved with a byte order mark (Notepad's UTF-8) runs its first command")
    func scriptWithByteOrderMark() throws {
        let run = try runKoers([samplesDirectory + "/tutorial"], input: "\u{FEFF}status off-track\r\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("woningen-2400"))
        #expect(run.errors.isEmpty)
    }

    @Test("Where there are no goal files, commands that need none run; the first that needs goals fails with code 3")
    func commandsWithoutGoals() throws {
        let empty = try TemporaryFolder("koers-no-goals")
        let noGoalsStated = ["KOERS_GOALS": ""]
        let sentence = "draft \"In 2026 is minimaal 90% van onze producten gedigitaliseerd.\""
        let draft = try runKoers(["-c", sentence], directory: empty.path, environment: noGoalsStated)
        #expect(draft.status == 0, "\(draft.errors)")
        #expect(draft.errors.isEmpty)
        #expect(draft.output.contains("90"))
        let piped = try runKoers([], input: "help\n" + sentence + "\n", directory: empty.path, environment: noGoalsStated)
        #expect(piped.status == 0, "\(piped.errors)")
        #expect(piped.output.contains("draft") && piped.output.contains("90"))

        let needingGoals = try runKoers(["-c", sentence + "\nstatus\nhelp"], directory: empty.path, environment: noGoalsStated)
        #expect(needingGoals.status == 3)
        #expect(needingGoals.output == draft.output, "draft ran, and nothing after status")
        #expect(needingGoals.errors.hasPrefix("-c:2: error: no goal files (.koers) in "), "\(needingGoals.errors)")
        #expect(needingGoals.errors.contains("'koers --sample'"))

        let loaded = try runKoers(["-c", "load \(samplesDirectory)/tutorial; goals"], directory: empty.path, environment: noGoalsStated)
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(loaded.output.contains("online-aanvragen-plus-10"), "load starts the work in a script too")
    }

    @Test("status --format json prints the documented JSON; --fail-on sets the exit code")
    func statusForScripts() throws {
        let json = try runKoers(["-c", "status", "--format", "json", samplesDirectory + "/tutorial"])
        #expect(json.status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((decoded?["goals"] as? [Any])?.count == 13)
        let failing = try runKoers(["-c", "status", "--fail-on", "missed", samplesDirectory + "/tutorial"])
        #expect(failing.status == 1)
    }

    @Test("--today and KOERS_TODAY fix today, the default peildatum; --today wins")
    func fixedToday() throws {
        let path = samplesDirectory + "/tutorial"
        let summer = try runKoers(["--today", "2022-06-15", "-c", "status --format json", path])
        let decoded = try JSONSerialization.jsonObject(with: Data(summer.output.utf8)) as? [String: Any]
        #expect(decoded?["asOf"] as? String == "2022-06-15")
        let goals = try #require(decoded?["goals"] as? [[String: Any]])
        let example = try #require(goals.first { $0["id"] as? String == "online-aanvragen-plus-10" })
        // On 15 June 2022 the figure for 2022 does not exist yet: 2021's is the latest.
        #expect(example["status"] as? String == "on-track")
        #expect((example["current"] as? [String: Any])?["period"] as? String == "2021")

        // A peildatum later than the clock's is accepted when today is fixed later still.
        let later = try runKoers(["--today=2031-02-01", "-c", "asof 2030; status", path])
        #expect(later.status == 0)
        #expect(later.output.contains("Goals as of 2030"))

        let wrong = try runKoers(["--today", "7-12-2026", "-c", "status", path])
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("--today takes a date written as 2026-12-07"))
        let wrongVariable = try runKoers(["-c", "status", path], environment: ["KOERS_TODAY": "gisteren"])
        #expect(wrongVariable.status == 2)
        #expect(wrongVariable.errors.contains("KOERS_TODAY is 'gisteren', not a date written as 2026-12-07"))
        let noSuchDay = try runKoers(["--today", "2026-02-30", "-c", "status", path])
        #expect(noSuchDay.status == 2)
        #expect(noSuchDay.errors.contains("--today takes a date written as 2026-12-07; February 2026 has 28 days"))
        let noSuchMonth = try runKoers(["--lang", "nl", "-c", "status", path], environment: ["KOERS_TODAY": "2026-13-01"])
        #expect(noSuchMonth.errors.contains("KOERS_TODAY is '2026-13-01', geen datum geschreven als 2026-12-07; er is geen maand 13"))
        let stated = try runKoers(["--today", "2022-06-15", "-c", "asof", path], environment: ["KOERS_TODAY": "gisteren"])
        #expect(stated.output.contains("Judging as of today, 2022-06-15"))
    }

    @Test("check gates a goal file: 1 with a goal that cannot be judged, 0 without; --strict counts warnings")
    func checkGate() throws {
        #expect(try runKoers(["-c", "check", samplesDirectory + "/almelo"]).status == 1)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let goalFile = directory.appendingPathComponent("doelen.koers").path
        try Data("""
            indicator e_formulieren
                titel "Aantal e-formulieren op de website"
                eenheid aantal
                bron "Contentbeheersysteem"
                frequentie jaarlijks
                waarde 2023 = 35
                waarde 2024 = 41

            doel meer-e-formulieren
                titel "In 2027 staan er minimaal 60 e-formulieren op de website."
                bron "Programmabegroting 2024", "Programma 1"
                eigenaar "Team Online"
                indicator e_formulieren
                nulmeting 2023
                streefwaarde >= 60 uiterlijk 2027

            """.utf8).write(to: URL(fileURLWithPath: goalFile))
        let clean = try runKoers(["-c", "check", goalFile])
        #expect(clean.status == 0, "\(clean.output)\(clean.errors)")
    }

    @Test("A goal file with an error is not loaded: exit 3, and the error names file, line and column")
    func brokenGoalFile() throws {
        let goalFile = FileManager.default.temporaryDirectory.appendingPathComponent("koers-broken-\(UUID().uuidString).koers").path
        try Data("doel x\n    titel \"x\"\n    streefwaarde >= 49.525\n".utf8).write(to: URL(fileURLWithPath: goalFile))
        defer { try? FileManager.default.removeItem(atPath: goalFile) }
        let run = try runKoers(["-c", "goals", goalFile])
        #expect(run.status == 3)
        #expect(run.errors.contains("\(goalFile):3:21: error:"))
        #expect(run.output.isEmpty)
    }

    @Test("Wrong usage exits 2")
    func usage() throws {
        #expect(try runKoers(["--lang", "fr", "-c", "goals"]).status == 2)
        #expect(try runKoers(["-c", "status --format xml", samplesDirectory + "/tutorial"]).status == 2)
        let unknown = try runKoers(["--stirct", "-c", "goals"])
        #expect(unknown.status == 2)
        #expect(unknown.output.isEmpty)
        #expect(unknown.errors.hasPrefix("Error: unknown option '--stirct'. Did you mean '--strict'?\nUsage: koers"))
        let dutch = try runKoers(["--lang", "nl", "-c"])
        #expect(dutch.status == 2)
        #expect(dutch.errors.hasPrefix("Fout: optie -c heeft een waarde nodig"))
    }

    @Test("--help prints the help on standard output and exits 0, whatever else is on the line")
    func help() throws {
        let run = try runKoers(["--frobnicate", "-c", "goals", "--help"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("koers — track public-policy goals against their figures.\n\nUsage: koers [PATH ...]"))
    }
}
