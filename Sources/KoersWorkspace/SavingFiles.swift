import Glibc

/// What a path names when it is not a regular file: such a file is never replaced by a
/// save (renaming over `/dev/null` as root replaces the system's device with a plain file).
public enum FileKind: Sendable, Hashable {
    case directory, characterDevice, blockDevice, namedPipe, socket

    /// The kind of a file's mode; nil for a regular file (and a symbolic link, which `stat` follows).
    public init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFIFO: self = .namedPipe
        case S_IFSOCK: self = .socket
        default: return nil
        }
    }

    /// The kind of what `path` names (links followed); nil for a regular file or nothing at all.
    public static func of(_ path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileKind(mode: status.st_mode)
    }
}

/// Why a file could not be read, so that the message says which ("no such file, or no
/// permission" left the user to guess).
public enum ReadProblem: Error, Sendable, Hashable {
    case missing
    case noPermission
    case notARegularFile(FileKind)
    /// Anything else, in the system's own (English) words.
    case system(String)

    static func of(_ code: Int32) -> ReadProblem {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EACCES, EPERM: .noPermission
        case EISDIR: .notARegularFile(.directory)
        default: .system(String(cString: strerror(code)))
        }
    }

    /// Why `path` cannot be read, found after the fact (a failed read that gave no reason).
    public static func of(_ path: String) -> ReadProblem {
        if access(path, R_OK) != 0 { return .of(errno) }
        if let kind = FileKind.of(path) { return .notARegularFile(kind) }
        return .system(String(cString: strerror(EIO)))
    }
}

/// Writes a file so that a crash at any moment leaves either the old or the new bytes: a
/// temporary file in the same directory, written in full and flushed to disk, then renamed
/// over the original (an atomic step), and the directory flushed so the rename lasts.
/// Only a regular file is ever replaced; through a symbolic link the link's target is written
/// and the link stays.
public enum AtomicFile {
    public struct Failure: Error, Sendable {
        public var path: String
        public var problem: Problem
    }

    public enum Problem: Sendable, Hashable {
        /// The system refused; its reason in its own (English) words.
        case system(String)
        /// The path names a device, a pipe, a socket or a folder, which a save must not replace.
        case notARegularFile(FileKind)
        /// A new file was to be made, but another program made one first.
        case appearedMeanwhile
        /// A symbolic link koers will not write through: another user's (in a shared folder
        /// such as /tmp, a link planted to make root overwrite a system file), or one to nothing.
        case untrustedSymbolicLink
    }

    /// How long a temporary file of an interrupted save lies about before a later save of the
    /// same file removes it: long enough that no save still running is touched.
    static let staleTemporaryAge: time_t = 10 * 60

    /// Which symbolic links a write goes through to their targets.
    public enum Links: Sendable {
        /// Every link: a goal file the user loaded through a link is the file they meant.
        case follow
        /// Only the user's own links (a report, a chart, a recovery file): a name someone else
        /// put there is not followed, as the kernel's protected_symlinks does in /tmp.
        case followOwn
    }

    /// Writes `bytes` to `path`; an existing file's permissions (and, where the process may,
    /// owner) are kept, a new file gets 0644. `mustBeNew` refuses to replace a file that appeared
    /// after the caller looked (the save of a file koers created).
    public static func write(_ bytes: [UInt8], to path: String, mustBeNew: Bool = false, links: Links = .followOwn) throws(Failure) {
        try write(to: path, mustBeNew: mustBeNew, links: links) { descriptor, _ in
            var written = 0
            while written < bytes.count {
                let result = bytes.withUnsafeBytes { buffer in
                    Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
                }
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
    }

    /// Writes `path` the same way, the content made by `fill`: through the open temporary file's
    /// descriptor, or by a library that writes to a path (libxlsxwriter) through the temporary
    /// file's path, which it may replace; `fill` returns false when it failed, with `errno` set.
    public static func write(
        to path: String, mustBeNew: Bool = false, links: Links = .followOwn, by fill: (_ descriptor: Int32, _ temporaryPath: String) -> Bool
    ) throws(Failure) {
        let target = try resolvingSymbolicLink(path, links)
        var status = stat()
        let exists = stat(target, &status) == 0
        if exists, let kind = FileKind(mode: status.st_mode) { throw Failure(path: path, problem: .notARegularFile(kind)) }
        let mode: mode_t = exists ? status.st_mode & 0o7777 : 0o644
        let (directory, name) = split(target)
        removeStaleTemporaries(of: name, in: directory)
        var template = Array((directory + "/" + temporaryPrefix(of: name) + "XXXXXX").utf8CString)
        let created = mkstemp(&template)
        guard created >= 0 else { throw systemFailure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(closing descriptor: Int32) -> Failure {
            let failure = systemFailure(path)
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
            return failure
        }
        guard fill(created, temporary) else { throw fail(closing: created) }
        close(created)
        // Opened again by name: a library writing to the path may have made a new file there.
        let descriptor = open(temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(closing: -1) }
        // Root saving a colleague's file must not make it root's; an ordinary user cannot give a file away, and need not.
        if exists, status.st_uid != geteuid() || status.st_gid != getegid() { _ = fchown(descriptor, status.st_uid, status.st_gid) }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw fail(closing: descriptor) }
        guard close(descriptor) == 0 else {
            let failure = systemFailure(path)
            unlink(temporary)
            throw failure
        }
        // Looked at again just before the rename: a device put there meanwhile is still not replaced.
        var now = stat()
        if lstat(target, &now) == 0, let kind = FileKind(mode: now.st_mode) {
            unlink(temporary)
            throw Failure(path: path, problem: .notARegularFile(kind))
        }
        if mustBeNew {
            // `link` refuses an existing name, so a file another program made first is kept.
            guard link(temporary, target) == 0 else {
                let failure = errno == EEXIST ? Failure(path: path, problem: .appearedMeanwhile) : systemFailure(path)
                unlink(temporary)
                throw failure
            }
            unlink(temporary)
        } else {
            guard rename(temporary, target) == 0 else {
                let failure = systemFailure(path)
                unlink(temporary)
                throw failure
            }
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// The bytes of a regular file, nil when it does not exist, cannot be read, or is not a
    /// regular file (a pipe would wait for a writer for ever).
    public static func read(_ path: String) -> [UInt8]? {
        try? readRegularFile(path).get()
    }

    /// The bytes of a regular file, or why not. The open does not block, so a named pipe is
    /// refused at once instead of waiting for a writer.
    public static func readRegularFile(_ path: String) -> Result<[UInt8], ReadProblem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.of(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.of(errno)) }
        if let kind = FileKind(mode: status.st_mode) { return .failure(.notARegularFile(kind)) }
        // The size the file had is read straight into the array (a large goal file is read
        // once, not copied chunk by chunk); what it grew since is read after.
        var failed: Int32 = 0
        let expected = max(0, Int(status.st_size))
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = 0
            while initialized < expected, let base = buffer.baseAddress {
                let count = Glibc.read(descriptor, base + initialized, expected - initialized)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failed = errno }
                if count <= 0 { break }
                initialized += count
            }
        }
        if failed != 0 { return .failure(.of(failed)) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(.of(errno))
            }
        }
    }

    /// Whether a file is marked read-only: no one may write it (0444), or this user may not.
    /// A save could still replace it (the folder is writable, or the user is root), which is
    /// why koers asks for `save --force` rather than rely on the system to refuse.
    public static func isWriteProtected(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return status.st_mode & 0o222 == 0 || access(path, W_OK) != 0
    }

    /// The name a save's temporary file starts with: hidden, beside the file, naming it.
    static func temporaryPrefix(of name: String) -> String { "." + name + ".koers-save-" }

    /// Removes the temporary files a killed save of `name` left: only this user's, only by
    /// their name, only when older than `staleTemporaryAge`, only regular files.
    static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = temporaryPrefix(of: name)
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let now = time(nil)
        while let entry = readdir(stream) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard entryName.hasPrefix(prefix), entryName.utf8.count == prefix.utf8.count + 6 else { continue }
            let path = directory + "/" + entryName
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid(),
                  now - status.st_mtim.tv_sec > staleTemporaryAge else { continue }
            unlink(path)
        }
    }

    /// The file a symbolic link finally names, so that a save writes it and keeps the link;
    /// any other path as it is.
    static func resolvingSymbolicLink(_ path: String, _ links: Links) throws(Failure) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return path }
        if links == .followOwn, status.st_uid != geteuid() { throw Failure(path: path, problem: .untrustedSymbolicLink) }
        guard let resolved = realpath(path, nil) else { throw Failure(path: path, problem: .untrustedSymbolicLink) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder (never empty) and the name of a path.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func systemFailure(_ path: String) -> Failure {
        Failure(path: path, problem: .system(String(cString: strerror(errno))))
    }
}

/// An advisory lock (`flock`) on a goal file, held by a save from its look at the disk to its
/// rename, so that two sessions saving the same file at once cannot both succeed and lose one
/// edit: the second waits, then finds the file changed and refuses.
public final class GoalFileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    public enum Outcome {
        case locked(GoalFileLock)
        /// No file there yet: nothing to lock (a new file is made with `mustBeNew`).
        case noFile
        /// Another session held the lock for all of `patience`.
        case heldByAnother
    }

    /// Locks the file at `path` (its link target), waiting up to `patience` seconds for another
    /// session's save to finish. A save replaces the file, so a lock won on a file that was
    /// replaced meanwhile is let go and the new file locked.
    public static func acquire(_ path: String, patience: Double = 5) -> Outcome {
        let deadline = monotonicSeconds() + patience
        while true {
            let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { return .noFile }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                var held = stat(), current = stat()
                if fstat(descriptor, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                    return .locked(GoalFileLock(descriptor: descriptor))
                }
                flock(descriptor, LOCK_UN)
                close(descriptor)
                continue
            }
            close(descriptor)
            guard monotonicSeconds() < deadline else { return .heldByAnother }
            usleep(20_000)
        }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
