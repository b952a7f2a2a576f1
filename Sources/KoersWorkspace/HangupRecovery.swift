import Glibc
import Synchronization

/// One recovery file, prepared in memory that a signal handler can read without allocating.
private struct RecoveryEntry {
    var temporaryPath: UnsafeMutablePointer<CChar>
    var finalPath: UnsafeMutablePointer<CChar>
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
/// async-signal-safe calls (open, write, fsync, rename) to the recovery files beside the goal
/// files, never to the goal files themselves.
public enum HangupRecovery {
    /// Writes the prepared texts to their recovery files. Safe to call from a signal handler:
    /// it allocates nothing and makes only async-signal-safe calls.
    public static func writePreparedFiles() {
        for entry in recoveryEntries {
            let descriptor = open(entry.temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            guard descriptor >= 0 else { continue }
            var written = 0
            while written < entry.count {
                let result = write(descriptor, entry.bytes + written, entry.count - written)
                if result <= 0 { break }
                written += result
            }
            fsync(descriptor)
            close(descriptor)
            if written == entry.count { rename(entry.temporaryPath, entry.finalPath) } else { unlink(entry.temporaryPath) }
        }
    }

    /// Prepares the texts to write on a hang-up: (recovery file path, text). An empty list
    /// means there is nothing unsaved.
    public static func prepare(_ files: [(path: String, text: String)]) {
        let entries = UnsafeMutableBufferPointer<RecoveryEntry>.allocate(capacity: files.count)
        for (index, file) in files.enumerated() {
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(file.text.utf8.count, 1))
            _ = UnsafeMutableBufferPointer(start: bytes, count: file.text.utf8.count).initialize(from: file.text.utf8)
            entries.baseAddress?.advanced(by: index).initialize(to: RecoveryEntry(
                temporaryPath: strdup(file.path + ".tmp"), finalPath: strdup(file.path), bytes: bytes, count: file.text.utf8.count))
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
                entry.bytes.deallocate()
            }
            old.deallocate()
        }
    }
}
