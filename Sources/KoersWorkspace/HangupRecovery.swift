import Glibc
import Synchronization

/// One recovery file, prepared in memory that a signal handler can read without allocating.
private struct RecoveryEntry {
    var temporaryPath: UnsafeMutablePointer<CChar>
    var finalPath: UnsafeMutablePointer<CChar>
    /// The same in the state directory, for when the goal file's folder refuses (nil: none).
    var fallbackTemporaryPath: UnsafeMutablePointer<CChar>?
    var fallbackFinalPath: UnsafeMutablePointer<CChar>?
    /// The folders to make, outermost first, before writing the fallback; NUL-separated.
    var fallbackFolders: UnsafeMutablePointer<CChar>?
    var fallbackFoldersCount: Int
    /// What to tell standard error when the fallback was used (it names the file).
    var fallbackNotice: UnsafeMutablePointer<CChar>?
    var bytes: UnsafeMutablePointer<UInt8>
    var count: Int
}

/// The files to write on a hang-up. Replaced only while SIGHUP is blocked, read only by the handler.
nonisolated(unsafe) private var recoveryEntries = UnsafeMutableBufferPointer<RecoveryEntry>(start: nil, count: 0)

/// Held while the entries are replaced: two workspaces (tests run them side by side) must not
/// free the same old entries.
private let replacingEntries = Mutex<Void>(())

/// A hang-up (SIGHUP: the terminal closed, the SSH connection dropped) must not lose unsaved
/// edits. After every change the session prepares the unsaved texts here; the front end's
/// SIGHUP handler calls `writePreparedFiles`, which only writes prepared bytes with
/// async-signal-safe calls (open, write, fsync, rename, mkdir) to the recovery files beside the
/// goal files, never to the goal files themselves; where a goal file's folder refuses (it is
/// read-only), to the state directory instead, saying so on standard error.
public enum HangupRecovery {
    /// Writes the prepared texts to their recovery files. Safe to call from a signal handler:
    /// it allocates nothing and makes only async-signal-safe calls.
    public static func writePreparedFiles() {
        for entry in recoveryEntries {
            if write(entry.bytes, count: entry.count, to: entry.temporaryPath, final: entry.finalPath) { continue }
            guard let temporary = entry.fallbackTemporaryPath, let final = entry.fallbackFinalPath else { continue }
            if let folders = entry.fallbackFolders {
                var folder = folders
                for _ in 0..<entry.fallbackFoldersCount {
                    mkdir(folder, 0o700)
                    folder += strlen(folder) + 1
                }
            }
            if write(entry.bytes, count: entry.count, to: temporary, final: final), let notice = entry.fallbackNotice {
                _ = Glibc.write(STDERR_FILENO, notice, strlen(notice))
            }
        }
    }

    /// Writes the bytes to `temporary`, then renames it to `final`; false when the folder refused,
    /// or when either name is taken by what is not a regular file (a named pipe there must
    /// neither block the handler nor be replaced).
    private static func write(_ bytes: UnsafeMutablePointer<UInt8>, count: Int, to temporary: UnsafeMutablePointer<CChar>, final: UnsafeMutablePointer<CChar>) -> Bool {
        var status = stat()
        if lstat(final, &status) == 0, status.st_mode & S_IFMT != S_IFREG { return false }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return false
        }
        var written = 0
        while written < count {
            let result = Glibc.write(descriptor, bytes + written, count - written)
            if result <= 0 { break }
            written += result
        }
        fsync(descriptor)
        close(descriptor)
        guard written == count, rename(temporary, final) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// One file to write on a hang-up: its recovery path, and where it goes when that folder
    /// refuses (`fallback`), with the notice to print then.
    public struct File {
        public var path: String
        public var text: String
        public var fallback: String?
        public var fallbackNotice: String

        public init(path: String, text: String, fallback: String?, fallbackNotice: String) {
            self.path = path
            self.text = text
            self.fallback = fallback
            self.fallbackNotice = fallbackNotice
        }
    }

    /// Prepares the texts to write on a hang-up. An empty list means there is nothing unsaved.
    public static func prepare(_ files: [File]) {
        let entries = UnsafeMutableBufferPointer<RecoveryEntry>.allocate(capacity: files.count)
        for (index, file) in files.enumerated() {
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(file.text.utf8.count, 1))
            _ = UnsafeMutableBufferPointer(start: bytes, count: file.text.utf8.count).initialize(from: file.text.utf8)
            let folders = file.fallback.map(outerFolders(of:)) ?? []
            entries.baseAddress?.advanced(by: index).initialize(to: RecoveryEntry(
                temporaryPath: strdup(file.path + ".tmp"), finalPath: strdup(file.path),
                fallbackTemporaryPath: file.fallback.map { strdup($0 + ".tmp") }, fallbackFinalPath: file.fallback.map { strdup($0) },
                fallbackFolders: folders.isEmpty ? nil : nulSeparated(folders), fallbackFoldersCount: folders.count,
                fallbackNotice: file.fallback == nil ? nil : strdup(file.fallbackNotice),
                bytes: bytes, count: file.text.utf8.count))
        }
        replacingEntries.withLock { _ in
            var hangup = sigset_t()
            sigemptyset(&hangup)
            sigaddset(&hangup, SIGHUP)
            var previous = sigset_t()
            pthread_sigmask(SIG_BLOCK, &hangup, &previous)
            let old = recoveryEntries
            recoveryEntries = entries
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            for entry in old {
                free(entry.temporaryPath)
                free(entry.finalPath)
                free(entry.fallbackTemporaryPath)
                free(entry.fallbackFinalPath)
                entry.fallbackFolders?.deallocate()
                free(entry.fallbackNotice)
                entry.bytes.deallocate()
            }
            old.deallocate()
        }
    }

    /// The folders above a file, outermost first, below the root: `/a/b/c` gives `/a`, `/a/b`.
    static func outerFolders(of path: String) -> [String] {
        var folders: [String] = []
        var index = path.startIndex
        while let slash = path[path.index(after: index)...].firstIndex(of: "/") {
            folders.append(String(path[..<slash]))
            index = slash
        }
        return folders.filter { !$0.isEmpty }
    }

    /// Strings in one allocation, each ended by a NUL, for the handler to walk without allocating.
    private static func nulSeparated(_ strings: [String]) -> UnsafeMutablePointer<CChar> {
        let bytes = strings.flatMap { Array($0.utf8CString) }
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        return buffer
    }
}
