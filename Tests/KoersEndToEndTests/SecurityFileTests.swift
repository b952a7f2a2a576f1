import Foundation
import Glibc
import Testing

/// What one run of the binary did: its exit status and what it wrote.
private struct Run {
    var status: Int32
    var output: String
    var errors: String
    /// Whether the run was still going at the deadline (it was killed then).
    var hung: Bool
}

/// Runs koers without a terminal, killing it after `deadline` seconds (a hang is a failure to
/// report, not a test that never ends).
private func runKoers(
    _ arguments: [String], in scratch: ScratchDirectory, environment extra: [String: String] = [:], deadline: Double = 30
) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try KoersBinary.path())
    process.arguments = arguments
    var environment = [
        "HOME": scratch.path, "KOERS_LANG": "en", "LANG": "C.UTF-8", "KOERS_HISTORY": scratch.path + "/history",
        "XDG_STATE_HOME": scratch.path + "/state",
    ]
    environment.merge(extra) { $1 }
    process.environment = environment
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        process.waitUntilExit()
        finished.signal()
    }
    var hung = false
    if finished.wait(timeout: .now() + deadline) == .timedOut {
        hung = true
        kill(process.processIdentifier, SIGKILL)
        finished.wait()
    }
    let outputText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return Run(status: process.terminationStatus, output: outputText, errors: errorText, hung: hung)
}

private func fileType(_ path: String) -> mode_t? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT
}

/// Device nodes are made only by root; they are made in the test's own folder, never the real ones.
private let runsAsRoot = geteuid() == 0

/// Major 1, minor 3: what the system's `/dev/null` is (glibc's `makedev` is a macro Swift cannot call).
private let nullDeviceNumber = dev_t((1 << 8) | 3)

private let goals = "goal g\n    title \"Old\"\n"
private let goalsWithNewTitle = "goal g\n    title \"New\"\n"

/// The attacks on koers's files and processes (docs/security.md, "Files and processes"): each
/// test is one attack and its expected outcome, run against the built binary.
@Suite("Security: files and processes", .serialized)
struct SecurityFileTests {
    // MARK: Writing over what is not a regular file

    @Test("report -o onto a device is refused and the device stays a device", .enabled(if: runsAsRoot))
    func reportOntoDevice() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let device = scratch.path + "/null"
        try #require(mknod(device, S_IFCHR | 0o666, nullDeviceNumber) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "report -o \(device)"], in: scratch)
        #expect(run.status != 0)
        #expect(run.errors.contains("not a regular file"))
        #expect(fileType(device) == S_IFCHR)
    }

    @Test("report -o onto a named pipe is refused at once, without waiting for a reader")
    func reportOntoNamedPipe() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let pipe = scratch.path + "/pipe"
        try #require(mkfifo(pipe, 0o600) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "report -o \(pipe)"], in: scratch, deadline: 20)
        #expect(!run.hung)
        #expect(run.status != 0)
        #expect(run.errors.contains("named pipe"))
        #expect(fileType(pipe) == S_IFIFO)
    }

    @Test("A recovery file that is a named pipe is not replaced; the edits go to the state directory")
    func recoveryFileIsNamedPipe() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        try #require(mkfifo(scratch.path + "/.g.koers.recovered", 0o600) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "set g title New"], in: scratch, deadline: 20)
        #expect(!run.hung)
        #expect(fileType(scratch.path + "/.g.koers.recovered") == S_IFIFO)
        let fallback = "state/koers/recovered/" + (scratch.path + "/g.koers").replacingOccurrences(of: "/", with: "%2F") + ".recovered"
        #expect(scratch.contents(of: fallback) == goalsWithNewTitle)
        #expect(run.errors.contains("kept in \(scratch.path)/\(fallback)"))
        let next = try runKoers([scratch.path + "/g.koers", "-c", "recover; save"], in: scratch, deadline: 20)
        #expect(next.status == 0)
        #expect(scratch.contents(of: "g.koers") == goalsWithNewTitle)
    }

    @Test("KOERS_HISTORY naming a device turns the history off and leaves the device alone", .enabled(if: runsAsRoot))
    func historyOnDevice() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let device = scratch.path + "/null"
        try #require(mknod(device, S_IFCHR | 0o666, nullDeviceNumber) == 0)
        let shell = try startKoers(scratch, arguments: [scratch.path + "/g.koers"], environment: ["KOERS_HISTORY": device])
        var mark = try shell.waitForPrompt()
        try shell.type("goals\n")
        mark = try shell.waitForPrompt(after: mark)
        try shell.type("quit\n")
        #expect(try shell.waitForExit() == 0)
        #expect(fileType(device) == S_IFCHR)
        #expect(!shell.visibleText().contains("history file"))
    }

    @Test("KOERS_HISTORY naming a named pipe neither hangs the start nor replaces the pipe")
    func historyOnNamedPipe() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let pipe = scratch.path + "/history-pipe"
        try #require(mkfifo(pipe, 0o600) == 0)
        let shell = try startKoers(scratch, arguments: [scratch.path + "/g.koers"], environment: ["KOERS_HISTORY": pipe])
        var mark = try shell.waitForPrompt()
        try shell.type("goals\n")
        mark = try shell.waitForPrompt(after: mark)
        try shell.type("quit\n")
        #expect(try shell.waitForExit() == 0)
        #expect(shell.visibleText().contains("is not a regular file"))
        #expect(fileType(pipe) == S_IFIFO)
    }

    // MARK: Lost updates

    /// Two sessions save different edits of one file at the same moment, twenty times: a
    /// session that says it saved has its edit on disk; the other is told the file changed.
    @Test("Two sessions saving the same file at once lose no edit")
    func racingSaves() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.path + "/g.koers"
        for trial in 0..<20 {
            #expect(scratch.write("goal g\n    title \"Old\"\n    owner \"Team\"\n", to: "g.koers"))
            let edits = ["set g title \"Title \(trial)\"", "set g owner \"Owner \(trial)\""]
            let processes = try edits.map { edit in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: try KoersBinary.path())
                process.arguments = [file, "--discard", "-c", edit + "; save"]
                process.environment = ["HOME": scratch.path, "KOERS_LANG": "en", "KOERS_HISTORY": scratch.path + "/history"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            let text = try #require(scratch.contents(of: "g.koers"))
            let saved = processes.map { $0.terminationStatus == 0 }
            #expect(saved.contains(true), "neither session saved")
            #expect(!saved[0] || text.contains("Title \(trial)"), "trial \(trial): the title was said to be saved but is lost")
            #expect(!saved[1] || text.contains("Owner \(trial)"), "trial \(trial): the owner was said to be saved but is lost")
        }
    }

    @Test("A save while another session holds the goal file's lock is refused, saying so")
    func saveWhileLocked() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let holder = open(scratch.path + "/g.koers", O_RDONLY)
        try #require(holder >= 0)
        defer { close(holder) }
        try #require(flock(holder, LOCK_EX) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "--discard", "-c", "set g title New; save"], in: scratch)
        #expect(run.status != 0)
        #expect(run.errors.contains("another koers session is saving"))
        #expect(scratch.contents(of: "g.koers") == goals)
    }

    // MARK: Overwriting the wrong file

    @Test("report -o onto a loaded goal file is refused and the goal file is kept")
    func reportOntoGoalFile() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let run = try runKoers([scratch.path, "-c", "report -o \(scratch.path)/./g.koers"], in: scratch)
        #expect(run.status != 0)
        #expect(run.errors.contains("is a loaded goal file"))
        #expect(scratch.contents(of: "g.koers") == goals)
    }

    /// In a shared folder (/tmp) another user plants a link where root will write a report.
    @Test("report -o onto another user's symbolic link is refused and the link's target is kept", .enabled(if: runsAsRoot))
    func reportOntoForeignSymbolicLink() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        #expect(scratch.write("system file\n", to: "passwd"))
        try #require(symlink(scratch.path + "/passwd", scratch.path + "/report.html") == 0)
        try #require(lchown(scratch.path + "/report.html", 4321, 4321) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "report -o \(scratch.path)/report.html"], in: scratch)
        #expect(run.status != 0)
        #expect(run.errors.contains("symbolic link that another user made"))
        #expect(scratch.contents(of: "passwd") == "system file\n")
    }

    @Test("A recovery file that is another user's symbolic link is not written through", .enabled(if: runsAsRoot))
    func recoveryFileIsForeignSymbolicLink() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        #expect(scratch.write("system file\n", to: "passwd"))
        try #require(symlink(scratch.path + "/passwd", scratch.path + "/.g.koers.recovered") == 0)
        try #require(lchown(scratch.path + "/.g.koers.recovered", 4321, 4321) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "set g title New"], in: scratch)
        #expect(run.status != 0)
        #expect(scratch.contents(of: "passwd") == "system file\n")
        let fallback = "state/koers/recovered/" + (scratch.path + "/g.koers").replacingOccurrences(of: "/", with: "%2F") + ".recovered"
        #expect(scratch.contents(of: fallback) == goalsWithNewTitle)
    }

    @Test("Saving through a symbolic link writes the link's target and keeps the link")
    func saveThroughSymbolicLink() throws {
        let scratch = try ScratchDirectory()
        try #require(mkdir(scratch.path + "/real", 0o755) == 0)
        #expect(scratch.write(goals, to: "real/g.koers"))
        try #require(symlink("real/g.koers", scratch.path + "/link.koers") == 0)
        let run = try runKoers([scratch.path + "/link.koers", "-c", "set g title New; save"], in: scratch)
        #expect(run.status == 0)
        #expect(fileType(scratch.path + "/link.koers") == S_IFLNK)
        #expect(scratch.contents(of: "real/g.koers") == goalsWithNewTitle)
    }

    @Test("Root saving a colleague's goal file keeps the colleague as its owner", .enabled(if: runsAsRoot))
    func saveKeepsOwner() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        try #require(chown(scratch.path + "/g.koers", 4321, 4322) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "set g title New; save"], in: scratch)
        #expect(run.status == 0)
        var status = stat()
        try #require(stat(scratch.path + "/g.koers", &status) == 0)
        #expect(status.st_uid == 4321 && status.st_gid == 4322)
        #expect(scratch.contents(of: "g.koers") == goalsWithNewTitle)
    }

    @Test("A read-only (0444) goal file is refused by save, written by save --force, and stays read-only")
    func readOnlyGoalFile() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        try #require(chmod(scratch.path + "/g.koers", 0o444) == 0)
        let refused = try runKoers([scratch.path + "/g.koers", "--discard", "-c", "set g title New; save"], in: scratch)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("is marked read-only"))
        #expect(scratch.contents(of: "g.koers") == goals)
        let forced = try runKoers([scratch.path + "/g.koers", "-c", "set g title New; save --force"], in: scratch)
        #expect(forced.status == 0)
        #expect(scratch.contents(of: "g.koers") == goalsWithNewTitle)
        #expect(scratch.mode(of: "g.koers") == 0o444)
    }

    // MARK: Smaller ones

    @Test("A named pipe as a data path does not hang a -c run: it is refused as not a regular file")
    func dataPathIsNamedPipe() throws {
        let scratch = try ScratchDirectory()
        try #require(mkfifo(scratch.path + "/figures.csv", 0o600) == 0)
        #expect(scratch.write("metric m\n    title \"M\"\n    unit count\n\ndata \"figures.csv\"\n", to: "g.koers"))
        let run = try runKoers([scratch.path + "/g.koers", "-c", "metrics"], in: scratch, deadline: 20)
        #expect(!run.hung)
        #expect(run.errors.contains("not a regular file"))
    }

    /// A device that never ends (`/dev/zero`, made here) was read whole: memory ran out.
    @Test("A device as a data path is refused at once instead of read for ever", .enabled(if: runsAsRoot))
    func dataPathIsEndlessDevice() throws {
        let scratch = try ScratchDirectory()
        try #require(mknod(scratch.path + "/figures.csv", S_IFCHR | 0o666, dev_t((1 << 8) | 5)) == 0)
        #expect(scratch.write("metric m\n    title \"M\"\n    unit count\n\ndata \"figures.csv\"\n", to: "g.koers"))
        let run = try runKoers([scratch.path + "/g.koers", "-c", "metrics"], in: scratch, deadline: 5)
        #expect(!run.hung)
        #expect(run.errors.contains("not a regular file"))
    }

    @Test("A named pipe as a goal file does not hang the start: it is refused as not a regular file")
    func goalFileIsNamedPipe() throws {
        let scratch = try ScratchDirectory()
        try #require(mkfifo(scratch.path + "/g.koers", 0o600) == 0)
        let run = try runKoers([scratch.path + "/g.koers", "-c", "goals"], in: scratch, deadline: 20)
        #expect(!run.hung)
        #expect(run.status != 0)
        #expect(run.errors.contains("not a regular file"))
    }

    @Test("A named pipe as a word list in a loaded folder does not hang the load: it is named and passed over")
    func wordListIsNamedPipe() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        try #require(mkdir(scratch.path + "/wordlists", 0o755) == 0)
        try #require(mkfifo(scratch.path + "/wordlists/nl.txt", 0o600) == 0)
        let run = try runKoers([scratch.path, "-c", "goals"], in: scratch, deadline: 20)
        #expect(!run.hung)
        #expect(run.status == 0)
        #expect(run.errors.contains("wordlists/nl.txt': it is not a regular file"))
    }

    @Test("A folder or a missing file as a data path is named as such, not 'no such file, or no permission'")
    func dataPathWording() throws {
        let scratch = try ScratchDirectory()
        try #require(mkdir(scratch.path + "/folder.csv", 0o755) == 0)
        #expect(scratch.write("metric m\n    title \"M\"\n    unit count\n\ndata \"folder.csv\"\n", to: "g.koers"))
        let folder = try runKoers([scratch.path + "/g.koers", "-c", "metrics"], in: scratch)
        #expect(folder.errors.contains("it is a folder"))
        #expect(scratch.write("metric m\n    title \"M\"\n    unit count\n\ndata \"missing.csv\"\n", to: "g.koers"))
        let missing = try runKoers([scratch.path + "/g.koers", "-c", "metrics"], in: scratch)
        #expect(missing.errors.contains("no such file"))
        #expect(!missing.errors.contains("no permission"))
    }

    @Test("A script of 320,000 lines runs in linear time")
    func longScript() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        #expect(scratch.write(String(repeating: "\n", count: 320_000), to: "script"))
        let start = Date()
        let run = try runKoers([scratch.path + "/g.koers", "-f", scratch.path + "/script"], in: scratch, deadline: 60)
        #expect(run.status == 0)
        // Quadratic, this took 18 s in a debug build; linear, well under one.
        #expect(Date().timeIntervalSince(start) < 6)
    }

    @Test("A script from a pipe (-f <(…)) is read as it comes; a folder as a script is named as one")
    func scriptFromPipe() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        let pipe = scratch.path + "/script-pipe"
        try #require(mkfifo(pipe, 0o600) == 0)
        DispatchQueue.global().async {
            let writer = open(pipe, O_WRONLY)
            _ = "goals\n".withCString { Glibc.write(writer, $0, 6) }
            close(writer)
        }
        let run = try runKoers([scratch.path + "/g.koers", "-f", pipe], in: scratch, deadline: 20)
        #expect(run.status == 0)
        #expect(run.output.contains("Old"))
        let folder = try runKoers([scratch.path + "/g.koers", "-f", scratch.path], in: scratch)
        #expect(folder.status != 0)
        #expect(folder.errors.contains("it is a folder"))
    }

    @Test("A save removes this user's stale temporary files of an earlier killed save, and nothing else")
    func staleTemporaryFiles() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        for name in [".g.koers.koers-save-Old123", ".g.koers.koers-save-New456", ".h.koers.koers-save-Old789"] {
            #expect(scratch.write("half a file", to: name))
        }
        let anHourAgo = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
        for name in [".g.koers.koers-save-Old123", ".h.koers.koers-save-Old789"] {
            try #require(utimensat(AT_FDCWD, scratch.path + "/" + name, anHourAgo, 0) == 0)
        }
        let run = try runKoers([scratch.path + "/g.koers", "-c", "set g title New; save"], in: scratch)
        #expect(run.status == 0)
        #expect(scratch.contents(of: ".g.koers.koers-save-Old123") == nil)
        #expect(scratch.contents(of: ".g.koers.koers-save-New456") != nil, "a save that may still be running was touched")
        #expect(scratch.contents(of: ".h.koers.koers-save-Old789") != nil, "another file's temporary was touched")
    }

    @Test("recover from a recovery file older than the goal file shows the difference and refuses unless --force")
    func staleRecovery() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: ".g.koers.recovered"))
        let yesterday = [timespec(tv_sec: time(nil) - 86400, tv_nsec: 0), timespec(tv_sec: time(nil) - 86400, tv_nsec: 0)]
        try #require(utimensat(AT_FDCWD, scratch.path + "/.g.koers.recovered", yesterday, 0) == 0)
        let colleague = "goal g\n    title \"Colleague\"\n"
        #expect(scratch.write(colleague, to: "g.koers"))
        let refused = try runKoers([scratch.path + "/g.koers", "--discard", "-c", "recover"], in: scratch)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("older than the goal file"))
        #expect(refused.output.contains("-    title \"Colleague\""))
        #expect(refused.output.contains("+    title \"Old\""))
        #expect(scratch.contents(of: "g.koers") == colleague)
        #expect(scratch.contents(of: ".g.koers.recovered") == goals)
        let forced = try runKoers([scratch.path + "/g.koers", "-c", "recover --force; save"], in: scratch)
        #expect(forced.status == 0)
        #expect(scratch.contents(of: "g.koers") == goals)
    }

    /// The folder refuses the recovery file: read-only for an ordinary user, and for root (whom
    /// no mode stops) a folder where the temporary recovery file would go.
    @Test("A hang-up where the goal file's folder refuses writes the edits to the state directory and says where")
    func hangupInReadOnlyFolder() throws {
        let scratch = try ScratchDirectory()
        try #require(mkdir(scratch.path + "/goals", 0o755) == 0)
        #expect(scratch.write(goals, to: "goals/g.koers"))
        try #require(mkdir(scratch.path + "/goals/.g.koers.recovered.tmp", 0o755) == 0)
        try #require(chmod(scratch.path + "/goals", 0o555) == 0)
        defer { chmod(scratch.path + "/goals", 0o755) }
        let file = scratch.path + "/goals/g.koers"
        let shell = try startKoers(scratch, arguments: [file])
        var mark = try shell.waitForPrompt()
        try shell.type("set g title \"New\"\n")
        mark = try shell.waitFor("Not saved yet", after: mark)
        _ = try shell.waitForPrompt(after: mark)
        kill(shell.processID, SIGHUP)
        _ = try shell.waitForExit()
        let fallback = "state/koers/recovered/" + file.replacingOccurrences(of: "/", with: "%2F") + ".recovered"
        #expect(scratch.contents(of: fallback) == goalsWithNewTitle)
        #expect(shell.visibleText().contains("kept in \(scratch.path)/\(fallback)"))

        let next = try runKoers([file, "-c", "recover"], in: scratch, environment: [:])
        #expect(next.errors.contains("earlier session ended with unsaved edits"))
        #expect(next.output.contains("title \"New\""))
    }

    @Test("A hang-up where the recovery file is a named pipe neither blocks nor replaces it: the edits go to the state directory")
    func hangupWithRecoveryFileNamedPipe() throws {
        let scratch = try ScratchDirectory()
        #expect(scratch.write(goals, to: "g.koers"))
        try #require(mkfifo(scratch.path + "/.g.koers.recovered", 0o600) == 0)
        let file = scratch.path + "/g.koers"
        let shell = try startKoers(scratch, arguments: [file])
        var mark = try shell.waitForPrompt()
        try shell.type("set g title \"New\"\n")
        mark = try shell.waitFor("Not saved yet", after: mark)
        _ = try shell.waitForPrompt(after: mark)
        kill(shell.processID, SIGHUP)
        _ = try shell.waitForExit()
        #expect(fileType(scratch.path + "/.g.koers.recovered") == S_IFIFO)
        let fallback = "state/koers/recovered/" + file.replacingOccurrences(of: "/", with: "%2F") + ".recovered"
        #expect(scratch.contents(of: fallback) == goalsWithNewTitle)
    }

    /// The table in docs/security.md is the suite's summary: it names every test here, and no other.
    @Test("docs/security.md lists every test of this suite under 'Files and processes'")
    func documentedInSecurityPage() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let page = try String(contentsOf: root.appendingPathComponent("docs/security.md"), encoding: .utf8)
        let section = try #require(page.components(separatedBy: "## Files and processes").dropFirst().first?.components(separatedBy: "\n## ").first)
        let tests = Set(source.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("func "), trimmed.hasSuffix("() throws {") else { return nil }
            return String(trimmed.dropFirst(5).prefix { $0 != "(" })
        }).subtracting(["documentedInSecurityPage"])
        let listed = Set(section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("|"), let name = line.split(separator: "|").last?.trimmingCharacters(in: .whitespaces),
                  name.hasPrefix("`"), name.hasSuffix("`") else { return nil }
            return String(name.dropFirst().dropLast())
        })
        #expect(tests.count > 20)
        #expect(tests == listed)
    }
}
