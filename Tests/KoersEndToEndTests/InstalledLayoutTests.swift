import Foundation
import Testing

/// The built binary copied into a prefix as scripts/install lays it out (`PREFIX/bin/koers`,
/// `PREFIX/share/koers`), run from a folder outside the checkout.
@Suite("An installed koers: its files beside the binary, the current directory's goals")
struct InstalledLayoutTests {
    private let fileManager = FileManager.default

    /// A prefix with the binary, and with its share folder unless `withShare` is false.
    private func install(into scratch: ScratchDirectory, withShare: Bool = true) throws -> String {
        let prefix = scratch.path + "/prefix"
        try fileManager.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        // A hard link, not a copy: a copy is open for writing while other tests fork, and a child
        // that inherits that descriptor makes running the copy fail with "Text file busy".
        do {
            try fileManager.linkItem(atPath: try KoersBinary.path(), toPath: prefix + "/bin/koers")
        } catch {
            try fileManager.copyItem(atPath: try KoersBinary.path(), toPath: prefix + "/bin/koers")
        }
        if withShare {
            let share = prefix + "/share/koers"
            try fileManager.createDirectory(atPath: share + "/goals", withIntermediateDirectories: true)
            let repository = URL(fileURLWithPath: samplesDirectory).deletingLastPathComponent().path
            try fileManager.copyItem(atPath: repository + "/Sources/KoersWorkspace/Resources/wordlists", toPath: share + "/wordlists")
            try fileManager.copyItem(atPath: samplesDirectory + "/almelo", toPath: share + "/goals/almelo")
        }
        try fileManager.createDirectory(atPath: scratch.path + "/elsewhere", withIntermediateDirectories: true)
        return prefix + "/bin/koers"
    }

    private func run(_ koers: String, _ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> BatchRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: koers)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ["KOERS_LANG": "en", "KOERS_TODAY": "2026-12-07", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try runRetryingWhileBusy(process)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BatchRun(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    /// A copied binary can be briefly "busy" while a child forked by another test still holds the
    /// copy's descriptor; it is free again once that child has started its own program.
    private func runRetryingWhileBusy(_ process: Process) throws {
        for _ in 1..<50 {
            do {
                return try process.run()
            } catch let error as NSError where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                usleep(20_000)
            }
        }
        try process.run()
    }

    @Test("--sample opens the sample in PREFIX/share/koers, and check reads the word lists there")
    func sampleAndWordLists() throws {
        let scratch = try ScratchDirectory()
        let koers = try install(into: scratch)
        let run = try run(koers, ["--sample", "-c", "goals; check klanten-waarderen-goed"], in: scratch.path + "/elsewhere")
        #expect(run.status == 1, "the check finds the goal vague: \(run.errors)")
        #expect(run.output.contains("qualitative-target"))
        #expect(run.output.contains(scratch.path + "/prefix/share/koers/goals/almelo/"))
        #expect(!run.errors.contains("word list"))
    }

    @Test("Without its share folder, check fails loudly, naming every place it looked for the word lists")
    func wordListsMissing() throws {
        let scratch = try ScratchDirectory()
        let koers = try install(into: scratch, withShare: false)
        #expect(scratch.write("goal g\n  title \"Meer woningen\"\n", to: "elsewhere/g.koers"))
        let run = try run(koers, ["-c", "check"], in: scratch.path + "/elsewhere")
        #expect(run.status == 1)
        #expect(run.errors.contains("koers's word lists are not installed beside it; looked in: \(scratch.path)/prefix/share/koers/wordlists"), "\(run.errors)")
        let sample = try self.run(koers, ["--sample", "-c", "goals"], in: scratch.path + "/elsewhere")
        #expect(sample.status == 3)
        #expect(sample.errors.contains("the Almelo sample is not installed beside koers; looked in: \(scratch.path)/prefix/share/koers/goals/almelo"))
    }

    @Test("With no path koers loads the .koers files of the current directory, or of KOERS_GOALS")
    func currentDirectory() throws {
        let scratch = try ScratchDirectory()
        let koers = try install(into: scratch)
        #expect(scratch.write("goal b\n  title \"Twee\"\n", to: "elsewhere/b.koers"))
        #expect(scratch.write("goal a\n  title \"Een\"\n", to: "elsewhere/a.koers"))
        try fileManager.createDirectory(atPath: scratch.path + "/elsewhere/sub", withIntermediateDirectories: true)
        #expect(scratch.write("goal deeper\n  title \"Niet geladen\"\n", to: "elsewhere/sub/c.koers"))
        let here = try run(koers, ["-c", "goals"], in: scratch.path + "/elsewhere")
        #expect(here.status == 0, "\(here.errors)")
        #expect(here.output.contains("Een") && here.output.contains("Twee"))
        #expect(!here.output.contains("Niet geladen"), "subfolders are not read")
        let stated = try run(koers, ["-c", "goals"], in: scratch.path, environment: ["KOERS_GOALS": scratch.path + "/elsewhere/sub"])
        #expect(stated.status == 0)
        #expect(stated.output.contains("Niet geladen"))
    }

    @Test("A directory without goal files: a script fails with code 3, the shell says how to start", arguments: ["en", "nl"])
    func emptyDirectory(_ language: String) throws {
        let scratch = try ScratchDirectory()
        let koers = try install(into: scratch)
        let run = try run(koers, ["-c", "status"], in: scratch.path + "/elsewhere", environment: ["KOERS_LANG": language])
        #expect(run.status == 3)
        let expected = language == "en" ? "error: no goal files (.koers) in \(scratch.path)/elsewhere." : "fout: geen doelbestanden (.koers) in \(scratch.path)/elsewhere."
        #expect(run.errors.contains(expected), "\(run.errors)")
        #expect(run.errors.contains("'koers --sample'"))
        #expect(run.output.isEmpty)

        let shell = try startKoers(scratch, environment: ["KOERS_LANG": language], directory: scratch.path + "/elsewhere", executable: koers)
        let started = try shell.waitForPrompt()
        #expect(shell.visibleText().contains(language == "en" ? "No goal files (.koers) in " : "Geen doelbestanden (.koers) in "))
        #expect(shell.visibleText().contains("'koers --sample'"))
        try shell.type("load \(samplesDirectory)/tutorial\n")
        try shell.waitForPrompt(after: started)
        #expect(shell.visibleText(from: started).contains(language == "en" ? "13 goals" : "13 doelen"), "load starts the work")
        try shell.type("quit\n")
        #expect(try shell.waitForExit() == 0)
    }

    @Test("--version names the version and says whether the commit is known")
    func version() throws {
        let run = try runKoers(["--version"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("koers "))
        #expect(run.output.contains("(commit ") || run.output.contains("(unknown commit: built without scripts/install)"))
        let dutch = try runKoers(["--version", "--lang", "nl"])
        #expect(dutch.output.contains("(commit "))
    }
}
