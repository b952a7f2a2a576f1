import Glibc
import Testing

/// Issue 8, under load: a long interactive session through the pseudo-terminal must neither
/// crash nor grow without bound. The figures themselves (memory per command, time per
/// command) are recorded by scripts/soak.py in docs/performance.md; this test only guards
/// against a crash and against generous growth.
@Suite(.serialized) struct LongSessionTests {
    private static let commands = [
        "status", "goals", "metrics", "check", "asof 2021", "status", "asof latest", "diff 2020 2023",
        "lang nl", "status", "lang en", "help status", "explain no-target", "report --format markdown",
    ]

    /// Resident memory of a process in kB, from /proc; nil when it cannot be read.
    private func residentKilobytes(of process: pid_t) -> Int? {
        guard let file = fopen("/proc/\(process)/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix("VmRSS:") else { continue }
            return Int(text.dropFirst(6).filter(\.isNumber))
        }
        return nil
    }

    @Test func twoHundredCommandsWithoutCrashOrUnboundedGrowth() throws {
        let scratch = try ScratchDirectory()
        let shell = try startKoers(scratch)
        var mark = try shell.waitForPrompt()
        var settled: Int?
        for index in 0..<200 {
            try shell.type(Self.commands[index % Self.commands.count] + "\n")
            mark = try shell.waitForPrompt(after: mark)
            // After a first round every command has run once: caches and lazy tables are filled.
            if index == Self.commands.count * 2 { settled = residentKilobytes(of: shell.processID) }
        }
        let final = try #require(residentKilobytes(of: shell.processID))
        let start = try #require(settled)
        #expect(final - start < 64 * 1024, "resident memory grew from \(start) kB to \(final) kB")
        try shell.type("quit\n")
        #expect(try shell.waitForExit() == 0)
    }
}
