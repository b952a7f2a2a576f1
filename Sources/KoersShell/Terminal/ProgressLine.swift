import Foundation
import KoersCore

/// A line on a terminal's standard error that says koers is still at work (loading a national
/// goal file, importing a large spreadsheet): shown only once the work has taken `delay`,
/// rewritten in place with the seconds spent, and erased when the work ends, so what the
/// command writes next starts on a clean line. A thread of its own draws it; the work runs
/// where it was, and nothing else writes to the terminal meanwhile.
enum ProgressLine {
    /// Runs `work`, with `text` (then the seconds) on `fileDescriptor` while it lasts beyond
    /// `delay` seconds; the text is cut to fit `width` columns, since a line that wrapped could
    /// not be rewritten in place.
    @discardableResult
    static func during<Result, Failure: Error>(
        _ text: String, on fileDescriptor: Int32 = STDERR_FILENO, width: Int = 80, delay: Double = 1, work: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let room = max(10, width - 8)
        let fitted = text.count > room ? String(text.prefix(room - 1)) + "…" : text
        let drawer = Drawer(text: fitted, fileDescriptor: fileDescriptor, delay: delay)
        let thread = Thread { drawer.draw() }
        thread.start()
        defer { drawer.finish() }
        return try work()
    }

    /// What the drawing thread and the working one share: two semaphores.
    private final class Drawer: Sendable {
        let text: String
        let fileDescriptor: Int32
        let delay: Double
        /// Signalled by the working thread when the work ends, to wake the drawer early.
        private let wake = DispatchSemaphore(value: 0)
        /// Signalled by the drawer once it has erased its line and will write no more.
        private let done = DispatchSemaphore(value: 0)

        init(text: String, fileDescriptor: Int32, delay: Double) {
            self.text = text
            self.fileDescriptor = fileDescriptor
            self.delay = delay
        }

        func draw() {
            defer { done.signal() }
            guard wake.wait(timeout: .now() + delay) == .timedOut else { return }
            let start = Date()
            var shown: Int?
            repeat {
                let seconds = Int(Date().timeIntervalSince(start) + delay)
                // Carriage return, the text, and "erase to the end of the line" for a shorter text.
                if seconds != shown { write("\r" + text + " \(seconds) s\u{1B}[K") }
                shown = seconds
            } while wake.wait(timeout: .now() + 0.25) == .timedOut
            write("\r\u{1B}[K")
        }

        func finish() {
            wake.signal()
            done.wait()
        }

        private func write(_ text: String) {
            let bytes = Array(text.utf8)
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { Glibc.write(fileDescriptor, $0.baseAddress! + written, $0.count - written) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}

extension ShellSession {
    /// `work` under a progress line saying `text`, when standard error is a terminal.
    func withProgress<Result, Failure: Error>(_ text: LocalizedText, _ work: () throws(Failure) -> Result) throws(Failure) -> Result {
        guard showsProgress else { return try work() }
        return try ProgressLine.during(text.text(in: language), width: style.width, work: work)
    }
}

enum ProgressMessages {
    static func loading(_ paths: [String]) -> LocalizedText {
        let names = paths.map(\.shownSafely).joined(separator: ", ")
        return LocalizedText(en: "Loading \(names)…", nl: "Bezig met laden van \(names)…")
    }

    static func reading(_ path: String) -> LocalizedText {
        LocalizedText(en: "Reading \(path.shownSafely)…", nl: "Bezig met lezen van \(path.shownSafely)…")
    }

    static let reloading = LocalizedText(en: "Reading the goal files again…", nl: "Bezig met opnieuw lezen van de doelbestanden…")
}
