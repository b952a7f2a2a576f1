import Glibc
import Testing

/// The end of every prompt, with or without a loaded-goals summary: `koers> `, `koers (…)> `.
let promptEnd = "> "

/// Why an end-to-end step failed; carries what the terminal showed so far.
struct PseudoTerminalFailure: Error, CustomStringConvertible {
    let description: String
}

/// The built `koers` binary driven through a real pseudo-terminal (`forkpty`), the way a
/// person at a terminal would: keystrokes in, screen output out. Every wait is bounded; the
/// child is killed when the session ends, whatever happened.
final class PseudoTerminalSession {
    /// Generous because the tests share two cores with other builds.
    static let defaultTimeout: Double = 30

    let processID: pid_t
    private let primary: Int32
    private var exitStatus: Int32?
    /// Everything the terminal showed, raw.
    private(set) var output: [UInt8] = []

    /// Starts `executable` on a new pseudo-terminal 24 rows high and `columns` wide with exactly `environment`, in
    /// `directory` (else the test's own).
    init(executable: String, arguments: [String], environment: [String: String], directory: String? = nil, columns: UInt16 = 80) throws {
        // Everything the child needs is built before fork: after it, only exec.
        let argumentStrings = [executable] + arguments
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }
        let argv = argumentStrings.map { strdup($0) } + [nil]
        let envp = environmentStrings.map { strdup($0) } + [nil]
        let workingDirectory: UnsafeMutablePointer<CChar>? = directory.flatMap { strdup($0) }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            free(workingDirectory)
        }
        // The test runner may block or ignore signals in its threads; a child inherits both
        // through exec, so it gets a clean slate, as from a login shell.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var primary: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        let processID = forkpty(&primary, nil, nil, &size)
        if processID == 0 {
            for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD] { Glibc.signal(signal, SIG_DFL) }
            sigprocmask(SIG_SETMASK, &noSignals, nil)
            if let workingDirectory, chdir(workingDirectory) != 0 { _exit(126) }
            execve(executable, argv, envp)
            _exit(127)
        }
        guard processID > 0 else {
            throw PseudoTerminalFailure(description: "forkpty failed: \(String(cString: strerror(errno)))")
        }
        self.processID = processID
        self.primary = primary
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            waitpid(processID, &status, 0)
        }
        close(primary)
    }

    /// The output as text with escape sequences and carriage returns removed, starting at
    /// byte `offset` of the raw output.
    func visibleText(from offset: Int = 0) -> String {
        Self.visible(String(decoding: output[min(offset, output.count)...], as: UTF8.self))
    }

    /// Types `keys` (a string may hold control characters: "\u{3}" is Ctrl-C).
    func type(_ keys: String) throws {
        var bytes = Array(keys.utf8)
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("could not type \(keys.debugDescription): \(String(cString: strerror(errno)))")
            }
            bytes.removeFirst(count)
        }
    }

    /// Changes the window size, as dragging the terminal window does; the terminal sends SIGWINCH.
    func resize(columns: UInt16, rows: UInt16) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(primary, UInt(TIOCSWINSZ), &size) == 0 else { throw failure("could not resize the terminal") }
    }

    /// Reads until the visible output after byte `offset` contains `text`; returns the raw
    /// offset just past the match, to wait for what comes after it.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, timeout: Double = defaultTimeout) throws -> Int {
        let deadline = Self.now() + timeout
        while !visibleText(from: offset).contains(text) {
            guard Self.now() < deadline else { throw failure("timed out after \(timeout) s waiting for \(text.debugDescription)") }
            guard readAvailable(waitingAtMost: min(0.2, max(0, deadline - Self.now()))) else {
                throw failure("the terminal closed while waiting for \(text.debugDescription)")
            }
        }
        // The shortest stretch of output that shows the text ends where the match ends.
        var low = offset
        var high = output.count
        while low < high {
            let middle = (low + high) / 2
            if Self.visible(String(decoding: output[offset..<middle], as: UTF8.self)).contains(text) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }

    /// Waits for the prompt after `offset` and then for libedit to take the terminal into
    /// its editing mode: keys typed before that are seen by the terminal's line discipline
    /// (a Ctrl-D there is swallowed as end-of-file), not by the editor.
    @discardableResult
    func waitForPrompt(after offset: Int = 0, timeout: Double = defaultTimeout) throws -> Int {
        let end = try waitFor(promptEnd, after: offset, timeout: timeout)
        let deadline = Self.now() + timeout
        while true {
            var settings = termios()
            if tcgetattr(primary, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return end }
            guard Self.now() < deadline else { throw failure("timed out after \(timeout) s waiting for the editor to read keys") }
            guard readAvailable(waitingAtMost: 0.01) else { throw failure("the terminal closed while waiting for the editor") }
        }
    }

    /// Waits for the process to end, reading its output meanwhile; its exit status, or the
    /// negated signal number when a signal ended it.
    func waitForExit(timeout: Double = defaultTimeout) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Self.now() + timeout
        while true {
            var status: Int32 = 0
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID {
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
                exitStatus = code
                while readAvailable(waitingAtMost: 0) && hasPendingOutput() {}
                return code
            }
            guard Self.now() < deadline else { throw failure("timed out after \(timeout) s waiting for the process to exit") }
            _ = readAvailable(waitingAtMost: 0.1)
        }
    }

    /// Waits up to `seconds` for output and reads what is there. False once the terminal is closed.
    private func readAvailable(waitingAtMost seconds: Double) -> Bool {
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(seconds * 1000))
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return true }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
        if count > 0 {
            output += chunk[0..<count]
            return true
        }
        // EIO: the child closed its side of the terminal.
        return count < 0 && errno == EINTR
    }

    private func hasPendingOutput() -> Bool {
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && (descriptor.revents & Int16(POLLIN)) != 0
    }

    private func failure(_ what: String) -> PseudoTerminalFailure {
        PseudoTerminalFailure(description: "\(what) (process state: \(processState()))\n--- terminal so far ---\n\(visibleText())\n--- raw ---\n\(String(decoding: output, as: UTF8.self).debugDescription)")
    }

    /// The child's state letter from /proc (S sleeping, T stopped…), to tell a hang from a stop.
    private func processState() -> String {
        guard let file = fopen("/proc/\(processID)/stat", "r") else { return "gone" }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 512)
        guard fgets(&line, Int32(line.count), file) != nil else { return "unknown" }
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return "unknown" }
        return String(text[text.index(after: close)...].dropFirst().prefix(1))
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Drops ANSI escape sequences (`ESC [ … final`, `ESC` + one character), carriage
    /// returns, bells and backspaces: what remains is the text, not the cursor dance.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\u{1B}":
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let part = iterator.next(), !(0x40...0x7E).contains(part.value) {}
                }
            case "\r", "\u{7}", "\u{8}", "\u{1}":
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}

/// A temporary home for one test: history, state and HOME live here, never in the user's.
final class ScratchDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/koers-e2e-XXXXXX".utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw PseudoTerminalFailure(description: "mkdtemp failed: \(String(cString: strerror(errno)))")
        }
        path = String(cString: created)
    }

    deinit { Self.remove(path) }

    func contents(of name: String) -> String? {
        guard let file = fopen(path + "/" + name, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        while true {
            let character = fgetc(file)
            if character == EOF { break }
            bytes.append(UInt8(truncatingIfNeeded: character))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `text` to the file `name`; false if that failed.
    func write(_ text: String, to name: String) -> Bool {
        guard let file = fopen(path + "/" + name, "w") else { return false }
        let written = fputs(text, file) >= 0
        return fclose(file) == 0 && written
    }

    func mode(of name: String) -> mode_t? {
        var status = stat()
        guard stat(path + "/" + name, &status) == 0 else { return nil }
        return status.st_mode & 0o777
    }

    private static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR, let directory = opendir(path) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { remove(path + "/" + name) }
            }
            closedir(directory)
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// Where the `koers` binary under test is: `KOERS_BINARY` if set, else next to the running
/// test bundle (SwiftPM builds both into the same folder), else `.build/debug` of this package.
enum KoersBinary {
    static func path() throws -> String {
        var candidates: [String] = []
        if let explicit = getenv("KOERS_BINARY").map({ String(cString: $0) }), !explicit.isEmpty {
            candidates.append(explicit)
        }
        if let executable = realpath("/proc/self/exe", nil) {
            let testBinary = String(cString: executable)
            free(executable)
            candidates.append(directory(of: testBinary) + "/koers")
        }
        // …/Tests/KoersEndToEndTests/PseudoTerminal.swift → the package root.
        let packageRoot = directory(of: directory(of: directory(of: "\(#filePath)")))
        candidates.append(packageRoot + "/.build/debug/koers")
        for candidate in candidates where access(candidate, X_OK) == 0 {
            return candidate
        }
        throw PseudoTerminalFailure(description: "no koers binary found; looked at \(candidates). Run `swift build` first or set KOERS_BINARY.")
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
