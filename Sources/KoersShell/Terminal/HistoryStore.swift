import Glibc
import KoersCore
import KoersWorkspace

/// The command history on disk, in libedit's own file format (`_HiStOrY_V2_`, then one
/// entry per line with spaces as `\040`), so libedit's `H_LOAD` reads what this store writes
/// and the other way round. The store, not libedit, owns the file because libedit's `H_SAVE`
/// rewrites the file in place and would silently wipe a foreign one; this store saves
/// atomically (temporary file + rename, mode 0600) and moves an unusable file aside first.
public final class HistoryStore {
    /// libedit's first line of a history file.
    public static let fileHeader = "_HiStOrY_V2_"

    /// Where the history lives: `KOERS_HISTORY`, else `$XDG_STATE_HOME/koers/history`
    /// (an absolute `XDG_STATE_HOME` only, as the XDG spec says), else
    /// `~/.local/state/koers/history`; nil without any of them.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let explicit = environment["KOERS_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/koers/history" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/koers/history" }
        return nil
    }

    /// The file, or nil for a history kept in memory only.
    public let path: String?
    public let maximumEntries: Int
    /// Oldest first, without consecutive duplicates.
    public private(set) var entries: [String] = []
    /// False once the file on disk must not be written (it could not be moved aside).
    public private(set) var savesToDisk: Bool
    private var pendingNotices: [LocalizedText] = []
    private var reportedSaveFailure = false

    /// Loads the history at `path`. A missing or empty file starts an empty history; a foreign
    /// or unreadable file is moved aside to `PATH.bak-N` (never overwriting an earlier backup)
    /// with a notice, and an empty history starts.
    public init(path: String?, maximumEntries: Int = 1000) {
        self.path = path
        self.maximumEntries = max(1, maximumEntries)
        self.savesToDisk = path != nil
        guard let path else { return }
        // A device (`KOERS_HISTORY=/dev/null`, the usual way to say "no history"), a pipe or a
        // socket is neither read (a pipe would wait for ever) nor replaced: history stays in memory.
        if let kind = FileKind.of(path), kind != .directory {
            savesToDisk = false
            if kind != .characterDevice { pendingNotices.append(HistoryMessages.notARegularFile(path: path)) }
            return
        }
        if Self.isForeignSymbolicLink(path) {
            savesToDisk = false
            pendingNotices.append(HistoryMessages.foreignSymbolicLink(path: path))
            return
        }
        load(from: path)
    }

    /// Notices for the user (a file moved aside, a failed save), each returned only once.
    public func takeNotices() -> [LocalizedText] {
        defer { pendingNotices.removeAll() }
        return pendingNotices
    }

    /// Appends `line` unless it is blank or repeats the newest entry, then saves.
    /// Returns whether the line was added.
    @discardableResult
    public func add(_ line: String) -> Bool {
        guard line.contains(where: { !$0.isWhitespace }), line != entries.last else { return false }
        entries.append(line)
        if entries.count > maximumEntries { entries.removeFirst(entries.count - maximumEntries) }
        save()
        return true
    }

    /// Writes every entry to the file atomically. A failure is reported once as a notice;
    /// the history in memory stays intact.
    public func save() {
        guard savesToDisk, let path else { return }
        // Looked at again at every save: a device or pipe put there since the start is not replaced either.
        if let kind = FileKind.of(path), kind != .directory {
            savesToDisk = false
            pendingNotices.append(HistoryMessages.notARegularFile(path: path))
            return
        }
        if Self.isForeignSymbolicLink(path) {
            savesToDisk = false
            pendingNotices.append(HistoryMessages.foreignSymbolicLink(path: path))
            return
        }
        if let failure = Self.writeAtomically(Self.encodeFile(entries), to: path) {
            if !reportedSaveFailure {
                pendingNotices.append(HistoryMessages.notSaved(path: path, reason: failure))
                reportedSaveFailure = true
            }
        } else {
            reportedSaveFailure = false
        }
    }

    // MARK: Loading

    private func load(from path: String) {
        switch Self.readFile(at: path) {
        case .missing:
            return
        case .contents(let bytes):
            if let decoded = Self.decodeFile(bytes) {
                entries = Array(Self.droppingConsecutiveDuplicates(decoded).suffix(maximumEntries))
            } else {
                moveAside(path) { HistoryMessages.foreignFormatBackedUp(path: path, backup: $0) }
            }
        case .unreadable(let reason):
            moveAside(path) { HistoryMessages.unreadableBackedUp(path: path, reason: reason, backup: $0) }
        }
    }

    private func moveAside(_ path: String, notice: (String) -> LocalizedText) {
        switch Self.backUp(path) {
        case .success(let backup):
            pendingNotices.append(notice(backup))
        case .failure(let reason):
            savesToDisk = false
            pendingNotices.append(HistoryMessages.notBackedUp(path: path, reason: reason.text))
        }
    }

    private static func droppingConsecutiveDuplicates(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines where line != result.last { result.append(line) }
        return result
    }

    // MARK: The file format

    /// The file for `entries`: the header, then one encoded entry per line.
    static func encodeFile(_ entries: [String]) -> [UInt8] {
        var bytes = Array(fileHeader.utf8)
        bytes.append(UInt8(ascii: "\n"))
        for entry in entries {
            bytes += encodeEntry(entry)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// The entries of a history file, or nil when it is not a libedit history file.
    /// An empty file is an empty history.
    static func decodeFile(_ bytes: [UInt8]) -> [String]? {
        if bytes.isEmpty { return [] }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first, Array(header) == Array(fileHeader.utf8) else { return nil }
        return lines.dropFirst().map { String(decoding: decodeEntry(Array($0)), as: UTF8.self) }
    }

    /// libedit's `strvis(VIS_WHITE)` encoding of one entry: white space and control characters
    /// as three-digit octal (`\040`), a backslash doubled; other bytes (UTF-8 included) as is.
    static func encodeEntry(_ entry: String) -> [UInt8] {
        var result: [UInt8] = []
        for byte in entry.utf8 {
            if byte == UInt8(ascii: "\\") {
                result += [byte, byte]
            } else if byte <= 0x20 || byte == 0x7F {
                result.append(UInt8(ascii: "\\"))
                result += [byte >> 6, (byte >> 3) & 7, byte & 7].map { UInt8(ascii: "0") + $0 }
            } else {
                result.append(byte)
            }
        }
        return result
    }

    /// libedit's `strunvis`: octal (`\040`), C-style (`\n`, `\s`, `\E`…), meta (`\M-x`, `\M^x`)
    /// and control (`\^x`) escapes. An escape it does not know is kept literally.
    static func decodeEntry(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        func isOctal(_ value: UInt8?) -> Bool { value.map { (0x30...0x37).contains($0) } ?? false }
        func control(_ value: UInt8) -> UInt8 { value == UInt8(ascii: "?") ? 0x7F : value & 0x1F }

        while index < bytes.count {
            let current = bytes[index]
            guard current == UInt8(ascii: "\\"), let next = byte(at: index + 1) else {
                result.append(current)
                index += 1
                continue
            }
            if isOctal(next) {
                var value = 0
                var length = 0
                while length < 3, let digit = byte(at: index + 1 + length), isOctal(digit) {
                    value = value * 8 + Int(digit - 0x30)
                    length += 1
                }
                result.append(UInt8(truncatingIfNeeded: value))
                index += 1 + length
                continue
            }
            switch next {
            case UInt8(ascii: "\\"): result.append(next); index += 2
            case UInt8(ascii: "n"): result.append(0x0A); index += 2
            case UInt8(ascii: "r"): result.append(0x0D); index += 2
            case UInt8(ascii: "t"): result.append(0x09); index += 2
            case UInt8(ascii: "b"): result.append(0x08); index += 2
            case UInt8(ascii: "a"): result.append(0x07); index += 2
            case UInt8(ascii: "v"): result.append(0x0B); index += 2
            case UInt8(ascii: "f"): result.append(0x0C); index += 2
            case UInt8(ascii: "s"): result.append(0x20); index += 2
            case UInt8(ascii: "E"): result.append(0x1B); index += 2
            case UInt8(ascii: "$"): index += 2
            case UInt8(ascii: "^") where index + 2 < bytes.count:
                result.append(control(bytes[index + 2]))
                index += 3
            case UInt8(ascii: "M"):
                if byte(at: index + 2) == UInt8(ascii: "-"), let target = byte(at: index + 3) {
                    result.append(target | 0x80)
                    index += 4
                } else if byte(at: index + 2) == UInt8(ascii: "^"), let target = byte(at: index + 3) {
                    result.append(control(target) | 0x80)
                    index += 4
                } else {
                    result.append(current)
                    index += 1
                }
            default:
                result.append(current)
                index += 1
            }
        }
        return result
    }

    // MARK: Files

    private enum ReadResult {
        case missing
        case contents([UInt8])
        case unreadable(String)
    }

    private static func readFile(at path: String) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            // ENOTDIR: a component of the path is a file, so there is no history file either.
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(SystemError(errno).text)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 {
                return .contents(bytes)
            } else if errno != EINTR {
                return .unreadable(SystemError(errno).text)
            }
        }
    }

    /// Moves `path` to the first free `PATH.bak-N`. `link` refuses an existing name, so an
    /// earlier backup is never replaced; `rename` covers what cannot be linked (a directory).
    private static func backUp(_ path: String) -> Result<String, SystemError> {
        for number in 1...1000 {
            let backup = "\(path).bak-\(number)"
            if link(path, backup) == 0 {
                unlink(path)
                return .success(backup)
            }
            if errno == EEXIST { continue }
            var status = stat()
            if lstat(backup, &status) == 0 { continue }
            if errno != ENOENT { return .failure(SystemError(errno)) }
            if rename(path, backup) == 0 { return .success(backup) }
            return .failure(SystemError(errno))
        }
        return .failure(SystemError(EEXIST))
    }

    /// Writes `bytes` to a temporary file next to `path` (mode 0600) and renames it over
    /// `path`, creating missing directories with mode 0700. Returns the failure, if any.
    private static func writeAtomically(_ bytes: [UInt8], to path: String) -> String? {
        let target = resolvingSymbolicLink(path)
        if let slash = target.lastIndex(of: "/"), slash != target.startIndex {
            if let failure = makeDirectories(String(target[..<slash])) { return failure }
        }
        let temporary = "\(target).tmp-\(getpid())"
        // Not blocking: a named pipe put in the temporary file's place must not hang the shell.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard descriptor >= 0 else { return SystemError(errno).text }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let failure = SystemError(errno).text
                close(descriptor)
                unlink(temporary)
                return failure
            }
            written += count
        }
        // The umask may have narrowed the mode, never widened it; make it exactly 0600.
        fchmod(descriptor, 0o600)
        guard close(descriptor) == 0, rename(temporary, target) == 0 else {
            let failure = SystemError(errno).text
            unlink(temporary)
            return failure
        }
        return nil
    }

    /// Whether `path` is a symbolic link another user owns: a link planted in a shared folder
    /// must not make koers (perhaps root) write its target.
    private static func isForeignSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK && status.st_uid != geteuid()
    }

    /// The file a symbolic link points to, so saving replaces that file and keeps the link.
    private static func resolvingSymbolicLink(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func makeDirectories(_ directory: String) -> String? {
        var status = stat()
        if stat(directory, &status) == 0 { return nil }
        if let slash = directory.lastIndex(of: "/"), slash != directory.startIndex {
            if let failure = makeDirectories(String(directory[..<slash])) { return failure }
        }
        if mkdir(directory, 0o700) != 0, errno != EEXIST { return SystemError(errno).text }
        return nil
    }
}

/// A failed system call's `errno`, described in the system's words.
struct SystemError: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var text: String { String(cString: strerror(code)) }
}
