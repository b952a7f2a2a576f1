import Foundation
import Glibc
import KoersCore
@testable import KoersWorkspace
import Testing

/// A fresh folder for one test, removed when it ends.
private final class Folder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "koers-file-safety-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ text: String, to name: String) -> String {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8))
        return file(name)
    }

    func text(_ name: String) -> String? { FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) } }

    func type(_ name: String) -> mode_t? {
        var status = stat()
        return lstat(file(name), &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    func setModified(_ name: String, secondsAgo: Int) {
        let then = timespec(tv_sec: time(nil) - secondsAgo, tv_nsec: 0)
        _ = utimensat(AT_FDCWD, file(name), [then, then], 0)
    }
}

private func problem(_ body: () throws(AtomicFile.Failure) -> Void) -> AtomicFile.Problem? {
    do throws(AtomicFile.Failure) {
        try body()
        return nil
    } catch {
        return error.problem
    }
}

@Suite("Writing and reading files safely: no device replaced, no edit lost")
struct FileSafetyTests {
    @Test("A named pipe is never replaced by a write, and is not read (it would wait for a writer)")
    func namedPipe() throws {
        let folder = Folder()
        try #require(mkfifo(folder.file("pipe"), 0o600) == 0)
        #expect(problem { () throws(AtomicFile.Failure) in try AtomicFile.write(Array("x".utf8), to: folder.file("pipe")) } == .notARegularFile(.namedPipe))
        #expect(folder.type("pipe") == S_IFIFO)
        #expect(AtomicFile.readRegularFile(folder.file("pipe")) == .failure(.notARegularFile(.namedPipe)))
    }

    @Test("Reading names why it failed: missing, a folder, no permission is told apart")
    func readProblems() {
        let folder = Folder()
        #expect(AtomicFile.readRegularFile(folder.file("missing")) == .failure(.missing))
        #expect(AtomicFile.readRegularFile(folder.path) == .failure(.notARegularFile(.directory)))
        folder.write("abc", to: "plain")
        #expect(AtomicFile.readRegularFile(folder.file("plain")) == .success(Array("abc".utf8)))
        #expect(ReadProblem.of(folder.file("missing")) == .missing)
    }

    @Test("A write through a symbolic link writes the link's target and keeps the link")
    func symbolicLink() throws {
        let folder = Folder()
        folder.write("old", to: "target")
        try #require(symlink("target", folder.file("link")) == 0)
        try AtomicFile.write(Array("new".utf8), to: folder.file("link"))
        #expect(folder.type("link") == S_IFLNK)
        #expect(folder.text("target") == "new")
    }

    @Test("A report or recovery file is not written through a link to nothing; a goal file's link is followed")
    func linkPolicy() throws {
        let folder = Folder()
        try #require(symlink(folder.file("nowhere"), folder.file("dangling")) == 0)
        #expect(problem { () throws(AtomicFile.Failure) in try AtomicFile.write(Array("x".utf8), to: folder.file("dangling")) } == .untrustedSymbolicLink)
        #expect(folder.text("nowhere") == nil)
        folder.write("old", to: "target")
        try #require(symlink("target", folder.file("own")) == 0)
        try AtomicFile.write(Array("new".utf8), to: folder.file("own"), links: .followOwn)
        #expect(folder.text("target") == "new")
        #expect(folder.type("own") == S_IFLNK)
    }

    @Test("A file that must be new is not written over one another program made first")
    func mustBeNew() throws {
        let folder = Folder()
        folder.write("theirs", to: "g.koers")
        #expect(problem { () throws(AtomicFile.Failure) in try AtomicFile.write(Array("mine".utf8), to: folder.file("g.koers"), mustBeNew: true) } == .appearedMeanwhile)
        #expect(folder.text("g.koers") == "theirs")
        try AtomicFile.write(Array("mine".utf8), to: folder.file("new.koers"), mustBeNew: true)
        #expect(folder.text("new.koers") == "mine")
    }

    @Test("Stale temporaries of the same file are removed by name and age; fresh ones and other files' are kept")
    func staleTemporaries() {
        let folder = Folder()
        folder.write("", to: ".g.koers.koers-save-AAAAAA")
        folder.write("", to: ".g.koers.koers-save-BBBBBB")
        folder.write("", to: ".h.koers.koers-save-CCCCCC")
        folder.write("", to: ".g.koers.koers-save-too-long-a-name")
        for name in [".g.koers.koers-save-AAAAAA", ".h.koers.koers-save-CCCCCC", ".g.koers.koers-save-too-long-a-name"] {
            folder.setModified(name, secondsAgo: 3600)
        }
        AtomicFile.removeStaleTemporaries(of: "g.koers", in: folder.path)
        #expect(folder.text(".g.koers.koers-save-AAAAAA") == nil)
        #expect(folder.text(".g.koers.koers-save-BBBBBB") != nil)
        #expect(folder.text(".h.koers.koers-save-CCCCCC") != nil)
        #expect(folder.text(".g.koers.koers-save-too-long-a-name") != nil)
    }

    @Test("A write keeps the file's permissions")
    func keepsMode() throws {
        let folder = Folder()
        folder.write("old", to: "g.koers")
        try #require(chmod(folder.file("g.koers"), 0o640) == 0)
        try AtomicFile.write(Array("new".utf8), to: folder.file("g.koers"))
        var status = stat()
        try #require(stat(folder.file("g.koers"), &status) == 0)
        #expect(status.st_mode & 0o7777 == 0o640)
    }

    @Test("The lock: another holder makes a save wait and then give up; a replaced file is locked anew")
    func lock() throws {
        let folder = Folder()
        let path = folder.write("one", to: "g.koers")
        let holder = open(path, O_RDONLY)
        try #require(holder >= 0)
        try #require(flock(holder, LOCK_EX) == 0)
        guard case .heldByAnother = GoalFileLock.acquire(path, patience: 0.1) else {
            Issue.record("the lock was taken while another held it")
            return
        }
        // A save elsewhere replaced the file: the lock on the old one no longer guards the path.
        folder.write("two", to: "g.koers.new")
        try #require(rename(folder.file("g.koers.new"), path) == 0)
        guard case .locked = GoalFileLock.acquire(path, patience: 0.1) else {
            Issue.record("the replaced file could not be locked")
            return
        }
        close(holder)
        guard case .noFile = GoalFileLock.acquire(folder.file("missing.koers")) else {
            Issue.record("a missing file was locked")
            return
        }
    }

    @Test("A report is refused when it would replace a loaded goal file by any of its names")
    func reportOverGoalFile() {
        let folder = Folder()
        let goalFile = folder.write("goal g\n", to: "g.koers")
        #expect(throws: WorkspaceError.wouldOverwriteSourceFile(goalFile)) {
            try FileWriting.atomically("<html>", to: folder.path + "/./g.koers", sparing: [goalFile])
        }
        #expect(folder.text("g.koers") == "goal g\n")
    }

    @Test("The fallback recovery path holds the goal file's whole path in one name")
    func fallbackRecoveryPath() {
        var editing = EditingState()
        #expect(editing.fallbackRecoveryPath(for: "/srv/goals/g.koers") == nil)
        editing.recoveryFallbackDirectory = EditingState.recoveryFallbackDirectory(environment: ["HOME": "/home/ann"])
        #expect(editing.fallbackRecoveryPath(for: "/srv/100%/g.koers") == "/home/ann/.local/state/koers/recovered/%2Fsrv%2F100%25%2Fg.koers.recovered")
        #expect(EditingState.recoveryFallbackDirectory(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/ann"]) == "/state/koers/recovered")
        #expect(EditingState.recoveryFallbackDirectory(environment: ["XDG_STATE_HOME": "relative"]) == nil)
        #expect(HangupRecovery.outerFolders(of: "/a/b/c") == ["/a", "/a/b"])
    }

    @Test("save refuses a read-only goal file unless forced, and keeps it read-only")
    func writeProtectedSave() throws {
        let folder = Folder()
        let path = folder.write("goal g\n    title \"Old\"\n", to: "g.koers")
        try #require(chmod(path, 0o444) == 0)
        var workspace = Workspace()
        _ = try workspace.load([path], today: nil)
        _ = try workspace.apply(.setField(.goal, id: "g", field: "title \"New\""), command: "set", today: nil)
        #expect(throws: WorkspaceError.writeProtected([path])) { try workspace.save(force: false) { _ in } }
        #expect(folder.text("g.koers") == "goal g\n    title \"Old\"\n")
        #expect(try workspace.save(force: true) { _ in })
        #expect(folder.text("g.koers") == "goal g\n    title \"New\"\n")
        #expect(AtomicFile.isWriteProtected(path))
    }

    @Test("recover refuses a recovery file older than its goal file, with both texts, unless forced")
    func staleRecovery() throws {
        let folder = Folder()
        let path = folder.write("goal g\n    title \"Colleague\"\n", to: "g.koers")
        folder.write("goal g\n    title \"Mine\"\n", to: ".g.koers.recovered")
        folder.setModified(".g.koers.recovered", secondsAgo: 86400)
        var workspace = Workspace()
        _ = try workspace.load([path], today: nil)
        let stale = StaleRecovery(
            goalFile: path, recoveryFile: folder.file(".g.koers.recovered"),
            goalText: "goal g\n    title \"Colleague\"\n", recoveryText: "goal g\n    title \"Mine\"\n")
        #expect(throws: WorkspaceError.recoveryOlderThanGoalFile([stale])) { try workspace.recover(today: nil) }
        _ = try workspace.recover(force: true, today: nil)
        #expect(workspace.unsavedChanges.first?.current == "goal g\n    title \"Mine\"\n")
    }
}
