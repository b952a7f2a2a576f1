import Foundation
import Glibc
import Testing

/// Runs the koers binary without a terminal and gives its exit status.
private func runKoers(_ arguments: [String], in scratch: ScratchDirectory) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try KoersBinary.path())
    process.arguments = arguments
    process.environment = ["HOME": scratch.path, "KOERS_LANG": "en", "KOERS_TODAY": "2026-12-07", "LANG": "C.UTF-8", "KOERS_HISTORY": scratch.path + "/history"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

private let smallGoals = "goal g\n    title \"Old\"\n"

@Suite("Editing and saving with the real binary", .serialized)
struct EditingEndToEndTests {
    @Test("A run without a terminal ends in error with unsaved edits, unless --save or --discard")
    func unsavedEditsAtTheEndOfARun() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(smallGoals, to: "g.koers"))
        let file = scratch.path + "/g.koers"
        #expect(try runKoers([file, "-c", "set g title New"], in: scratch) == 1)
        #expect(scratch.contents(of: "g.koers") == smallGoals)
        #expect(scratch.contents(of: ".g.koers.recovered") == "goal g\n    title \"New\"\n")
        #expect(try runKoers([file, "--discard", "-c", "set g title New"], in: scratch) == 0)
        #expect(scratch.contents(of: "g.koers") == smallGoals)
        #expect(try runKoers([file, "--save", "-c", "set g title New"], in: scratch) == 0)
        #expect(scratch.contents(of: "g.koers") == "goal g\n    title \"New\"\n")
        #expect(try runKoers([file, "--read-only", "--save", "-c", "set g title Newer"], in: scratch) == 1)
        #expect(scratch.contents(of: "g.koers") == "goal g\n    title \"New\"\n")
    }

    /// kill -9 at random moments while koers saves a large file again and again: the file
    /// is always the old text or one of the saved ones, never a mix or a truncated one.
    @Test("Atomic save under a killed process")
    func killedDuringSave() throws {
        let scratch = try ScratchDirectory()
        var original = "goal g0\n    title \"v0\"\n"
        for index in 1..<10_000 { original += "\ngoal g\(index)\n    title \"Doel nummer \(index) met een wat langere titel\"\n" }
        #expect(scratch.write(original, to: "big.koers"))
        let versions = Set((0...30).map { original.replacingOccurrences(of: "title \"v0\"", with: "title \"v\($0)\"") })
        let commands = (1...30).map { "set g0 title v\($0); save" }.joined(separator: "; ")
        var generator = SystemRandomNumberGenerator()
        var sawASavedVersion = false
        for _ in 0..<6 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try KoersBinary.path())
            process.arguments = [scratch.path + "/big.koers", "--discard", "-c", commands]
            process.environment = ["HOME": scratch.path, "KOERS_LANG": "en", "KOERS_TODAY": "2026-12-07", "KOERS_HISTORY": scratch.path + "/history"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 300_000...6_000_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let text = try #require(scratch.contents(of: "big.koers"))
            #expect(versions.contains(text), "the file is neither the old nor a saved version (\(text.utf8.count) bytes)")
            sawASavedVersion = sawASavedVersion || text != original
        }
        #expect(sawASavedVersion, "no kill came after a save: the test did not exercise saving")
    }

    @Test("A hang-up writes the unsaved edits to a recovery file, and the next start says so")
    func hangup() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(smallGoals, to: "g.koers"))
        let shell = try startKoers(scratch, arguments: [scratch.path + "/g.koers"])
        var mark = try shell.waitForPrompt()
        try shell.type("set g title \"New\"\n")
        mark = try shell.waitFor("Not saved yet", after: mark)
        _ = try shell.waitForPrompt(after: mark)
        kill(shell.processID, SIGHUP)
        _ = try shell.waitForExit()
        #expect(scratch.contents(of: "g.koers") == smallGoals)
        #expect(scratch.contents(of: ".g.koers.recovered") == "goal g\n    title \"New\"\n")

        let next = try startKoers(scratch, arguments: [scratch.path + "/g.koers"])
        mark = try next.waitFor("earlier session ended with unsaved edits")
        mark = try next.waitForPrompt(after: mark)
        try next.type("recover\n")
        mark = try next.waitFor("title \"New\"", after: mark)
        try next.type("save\n")
        mark = try next.waitFor("Saved", after: mark)
        try next.type("quit\n")
        #expect(try next.waitForExit() == 0)
        #expect(scratch.contents(of: "g.koers") == "goal g\n    title \"New\"\n")
        #expect(scratch.contents(of: ".g.koers.recovered") == nil)
    }

    @Test("Leaving with unsaved edits asks on the terminal: cancel stays, no discards, yes saves")
    func unsavedChangesPrompt() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(smallGoals, to: "g.koers"))
        let shell = try startKoers(scratch, arguments: [scratch.path + "/g.koers"])
        var mark = try shell.waitForPrompt()
        try shell.type("set g title \"New\"\n")
        mark = try shell.waitFor("Not saved yet", after: mark)
        mark = try shell.waitForPrompt(after: mark)
        try shell.type("\u{4}")
        mark = try shell.waitFor("Save before leaving?", after: mark)
        try shell.type("c\n")
        mark = try shell.waitForPrompt(after: mark)
        try shell.type("quit\n")
        mark = try shell.waitFor("Save before leaving?", after: mark)
        try shell.type("y\n")
        #expect(try shell.waitForExit() == 0)
        #expect(scratch.contents(of: "g.koers") == "goal g\n    title \"New\"\n")

        let again = try startKoers(scratch, arguments: [scratch.path + "/g.koers"])
        mark = try again.waitForPrompt()
        try again.type("set g title \"Newer\"\nquit\n")
        mark = try again.waitFor("Save before leaving?", after: mark)
        try again.type("n\n")
        #expect(try again.waitForExit() == 0)
        #expect(scratch.contents(of: "g.koers") == "goal g\n    title \"New\"\n")
    }
}
