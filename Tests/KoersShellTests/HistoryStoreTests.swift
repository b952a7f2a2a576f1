import CLibEdit
import Glibc
import Testing
@testable import KoersShell

/// A fresh directory for one test, removed afterwards.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/koers-shell-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { buffer in
            String(cString: mkdtemp(buffer.baseAddress!)!)
        }
    }

    deinit { remove(path) }

    private func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            chmod(path, 0o700)
            if let directory = opendir(path) {
                while let entry = readdir(directory) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                    if name != "." && name != ".." { remove(path + "/" + name) }
                }
                closedir(directory)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    func write(_ bytes: [UInt8], to name: String) {
        let descriptor = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    func read(_ name: String) -> [UInt8]? {
        let descriptor = open(path + "/" + name, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return result }
            result += chunk[0..<count]
        }
    }

    func mode(of name: String) -> mode_t? {
        var status = stat()
        guard stat(path + "/" + name, &status) == 0 else { return nil }
        return status.st_mode & 0o777
    }
}

@Suite struct HistoryStoreTests {
    @Test func aMissingFileStartsAnEmptyHistoryAndIsCreatedOnFirstSave() throws {
        let directory = TemporaryDirectory()
        let store = HistoryStore(path: directory.path + "/state/koers/history")
        #expect(store.entries.isEmpty)
        #expect(store.takeNotices().isEmpty)

        store.add("show digitaal-volume")
        #expect(directory.read("state/koers/history") == Array("_HiStOrY_V2_\nshow\\040digitaal-volume\n".utf8))
        #expect(directory.mode(of: "state/koers/history") == 0o600)
        #expect(directory.mode(of: "state/koers") == 0o700)
        #expect(directory.mode(of: "state") == 0o700)
        #expect(store.takeNotices().isEmpty)
    }

    @Test func entriesSurviveARestart() {
        let directory = TemporaryDirectory()
        let path = directory.path + "/history"
        let first = HistoryStore(path: path)
        first.add("goals")
        first.add("lang nl")
        first.add("show één")
        let second = HistoryStore(path: path)
        #expect(second.entries == ["goals", "lang nl", "show één"])
    }

    @Test func consecutiveDuplicatesAndBlankLinesAreDropped() {
        let store = HistoryStore(path: nil)
        #expect(store.add("goals"))
        #expect(!store.add("goals"))
        #expect(!store.add("   "))
        #expect(store.add("help"))
        #expect(store.add("goals"))
        #expect(store.entries == ["goals", "help", "goals"])
    }

    @Test func onlyTheNewestEntriesAreKept() {
        let directory = TemporaryDirectory()
        let path = directory.path + "/history"
        let store = HistoryStore(path: path, maximumEntries: 3)
        for number in 1...5 { store.add("show \(number)") }
        #expect(store.entries == ["show 3", "show 4", "show 5"])
        #expect(HistoryStore(path: path, maximumEntries: 2).entries == ["show 4", "show 5"])
    }

    @Test func aForeignFileIsMovedAsideWithOneNoticeAndNeverOverwritten() throws {
        let directory = TemporaryDirectory()
        let readlineHistory = Array("ls -la\ncd /tmp\n".utf8)
        directory.write(readlineHistory, to: "history")
        directory.write(Array("older backup".utf8), to: "history.bak-1")

        let store = HistoryStore(path: directory.path + "/history")
        #expect(store.entries.isEmpty)
        let notices = store.takeNotices()
        #expect(notices.count == 1)
        #expect(notices.first?.en.contains("history.bak-2") == true)
        #expect(notices.first?.nl.contains("history.bak-2") == true)
        #expect(store.takeNotices().isEmpty)
        #expect(directory.read("history.bak-2") == readlineHistory)
        #expect(directory.read("history.bak-1") == Array("older backup".utf8))
        #expect(directory.read("history") == nil)

        store.add("help")
        #expect(directory.read("history") == Array("_HiStOrY_V2_\nhelp\n".utf8))
        #expect(directory.read("history.bak-2") == readlineHistory)
    }

    @Test func anUnreadableFileIsMovedAsideToo() throws {
        // A directory where the file should be cannot be read as a history file.
        let directory = TemporaryDirectory()
        mkdir(directory.path + "/history", 0o700)
        let store = HistoryStore(path: directory.path + "/history")
        let notices = store.takeNotices()
        #expect(notices.count == 1)
        #expect(notices.first?.en.contains("could not be read") == true)
        var status = stat()
        #expect(stat(directory.path + "/history.bak-1", &status) == 0)
        store.add("goals")
        #expect(directory.read("history") == Array("_HiStOrY_V2_\ngoals\n".utf8))
    }

    @Test func aFileThatCannotBeMovedAsideIsLeftAloneAndNothingIsSaved() throws {
        guard getuid() != 0 else { return }  // root may write anywhere, so the setup cannot fail
        let directory = TemporaryDirectory()
        mkdir(directory.path + "/locked", 0o700)
        directory.write(Array("foreign\n".utf8), to: "locked/history")
        chmod(directory.path + "/locked", 0o500)
        defer { chmod(directory.path + "/locked", 0o700) }

        let store = HistoryStore(path: directory.path + "/locked/history")
        #expect(!store.savesToDisk)
        #expect(store.takeNotices().first?.en.contains("will not be saved") == true)
        store.add("goals")
        #expect(directory.read("locked/history") == Array("foreign\n".utf8))
        #expect(store.entries == ["goals"])
    }

    /// `KOERS_HISTORY=/dev/null` is the usual way to turn history off; the device is made here,
    /// never the system's own.
    @Test(.enabled(if: geteuid() == 0))
    func aDeviceTurnsTheHistoryOffWithoutANoticeAndIsNeverReplaced() throws {
        let directory = TemporaryDirectory()
        let device = directory.path + "/null"
        try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let store = HistoryStore(path: device)
        store.add("goals")
        #expect(!store.savesToDisk)
        #expect(store.takeNotices().isEmpty)
        var status = stat()
        try #require(lstat(device, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aNamedPipeIsNeitherReadNorReplacedAndSaysSo() throws {
        let directory = TemporaryDirectory()
        let pipe = directory.path + "/history"
        try #require(mkfifo(pipe, 0o600) == 0)
        let store = HistoryStore(path: pipe)
        store.add("goals")
        #expect(!store.savesToDisk)
        #expect(store.takeNotices() == [HistoryMessages.notARegularFile(path: pipe)])
        #expect(store.entries == ["goals"])
        var status = stat()
        try #require(lstat(pipe, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aNamedPipePutInPlaceAfterTheStartIsNotReplacedEither() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/history"
        let store = HistoryStore(path: path)
        store.add("goals")
        unlink(path)
        try #require(mkfifo(path, 0o600) == 0)
        store.add("help")
        #expect(!store.savesToDisk)
        var status = stat()
        try #require(lstat(path, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test(.enabled(if: geteuid() == 0))
    func anotherUsersSymbolicLinkIsNotWrittenThrough() throws {
        let directory = TemporaryDirectory()
        directory.write(Array("system file\n".utf8), to: "target")
        try #require(symlink(directory.path + "/target", directory.path + "/history") == 0)
        try #require(lchown(directory.path + "/history", 4321, 4321) == 0)
        let store = HistoryStore(path: directory.path + "/history")
        store.add("goals")
        #expect(!store.savesToDisk)
        #expect(store.takeNotices().contains(HistoryMessages.foreignSymbolicLink(path: directory.path + "/history")))
        #expect(directory.read("target") == Array("system file\n".utf8))
    }

    @Test func aFailedSaveIsReportedOnce() {
        let directory = TemporaryDirectory()
        directory.write([], to: "plain-file")
        let store = HistoryStore(path: directory.path + "/plain-file/history")
        store.add("goals")
        store.add("help")
        let notices = store.takeNotices()
        #expect(notices.count == 1)
        #expect(notices.first?.en.contains("could not be saved") == true)
        #expect(store.entries == ["goals", "help"])
    }

    @Test func anEmptyFileIsAnEmptyHistory() {
        let directory = TemporaryDirectory()
        directory.write([], to: "history")
        let store = HistoryStore(path: directory.path + "/history")
        #expect(store.entries.isEmpty)
        #expect(store.takeNotices().isEmpty)
    }

    @Test func savingReplacesTheFileWithModeSixHundred() {
        let directory = TemporaryDirectory()
        directory.write(Array("_HiStOrY_V2_\ngoals\n".utf8), to: "history")
        chmod(directory.path + "/history", 0o644)
        let store = HistoryStore(path: directory.path + "/history")
        store.add("help")
        #expect(directory.mode(of: "history") == 0o600)
        #expect(directory.read("history") == Array("_HiStOrY_V2_\ngoals\nhelp\n".utf8))
    }

    @Test(arguments: [
        "show doel-1",
        "a\tb\nc\\d",
        "één  twee",
        "\u{7F}\u{1}end ",
        "",
    ])
    func entriesEncodeAndDecodeBack(entry: String) {
        let encoded = HistoryStore.encodeEntry(entry)
        #expect(!encoded.contains(UInt8(ascii: " ")))
        #expect(!encoded.contains(UInt8(ascii: "\n")))
        #expect(HistoryStore.decodeEntry(encoded) == Array(entry.utf8))
    }

    @Test func decodingUnderstandsLibEditsOtherEscapes() {
        let decoded = HistoryStore.decodeEntry(Array(#"a\sb\tc\^Ad\M-C\M-)e\$\q\"#.utf8))
        #expect(decoded == Array("a b\tc\u{1}dée\\q\\".utf8))
    }

    @Test func libEditReadsWhatTheStoreWritesAndTheOtherWayRound() throws {
        let directory = TemporaryDirectory()
        let ours = directory.path + "/ours"
        let store = HistoryStore(path: ours)
        let lines = ["goals", "show één  twee", "tab\there", "back\\slash"]
        for line in lines { store.add(line) }

        let libEditHistory = try #require(history_init())
        defer { history_end(libEditHistory) }
        koers_history_set_size(libEditHistory, 100)
        #expect(koers_history_load(libEditHistory, ours) >= 0)
        let loaded = (0..<lines.count).reversed().compactMap { koers_history_entry(libEditHistory, Int32($0)).map { String(cString: $0) } }
        #expect(loaded == lines)

        let theirs = directory.path + "/theirs"
        #expect(koers_history_save(libEditHistory, theirs) >= 0)
        #expect(HistoryStore(path: theirs).entries == lines)
    }

    @Test func theDefaultPathFollowsTheEnvironment() {
        #expect(HistoryStore.defaultPath(environment: ["KOERS_HISTORY": "/x/h", "XDG_STATE_HOME": "/s", "HOME": "/home/a"]) == "/x/h")
        #expect(HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/a"]) == "/s/koers/history")
        #expect(HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.local/state/koers/history")
        #expect(HistoryStore.defaultPath(environment: ["KOERS_HISTORY": "", "HOME": "/home/a"]) == "/home/a/.local/state/koers/history")
        #expect(HistoryStore.defaultPath(environment: [:]) == nil)
    }
}
