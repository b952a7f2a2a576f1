import Foundation
import KoersCore
import KoersRender

/// Where a command's text goes: standard output or error, or a buffer in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    /// Text already encoded as UTF-8 (a national `check` report), written without making a
    /// `String` of it where the output allows.
    func write(utf8 bytes: [UInt8])
}

extension TextOutput {
    public func write(utf8 bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// Writes to a file descriptor unbuffered, so output and prompts interleave in order.
public final class FileDescriptorOutput: TextOutput {
    private let handle: FileHandle

    public init(fileDescriptor: Int32) {
        handle = FileHandle(fileDescriptor: fileDescriptor, closeOnDealloc: false)
    }

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    public func write(utf8 bytes: [UInt8]) {
        handle.write(Data(bytes))
    }

    public static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(fileDescriptor: 1) }
    public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(fileDescriptor: 2) }
}

/// Collects output in memory, for tests.
public final class BufferedOutput: TextOutput {
    /// Kept as bytes, as a terminal or pipe would receive them.
    private var bytes: [UInt8] = []

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether nothing was written, without making the text.
    public var isEmpty: Bool { bytes.isEmpty }

    public init() {}

    public func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public func write(utf8 bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }
}

/// The one way out to the terminal for everything a session writes: control characters in
/// text from files (a goal title, a spreadsheet cell, a file name, a quoted source line) are
/// written visibly (`\u{1B}`, see `VisibleControls`), so a file cannot command the terminal.
/// koers's own color codes pass while the session colors its output. JSON has no control
/// characters left (its writer escapes them), so it passes unchanged.
final class VisibleControlsOutput: TextOutput {
    private let destination: TextOutput
    var keepsColorCodes: Bool

    init(_ destination: TextOutput, keepsColorCodes: Bool) {
        self.destination = destination
        self.keepsColorCodes = keepsColorCodes
    }

    func write(_ text: String) {
        var contiguous = text
        let shown = contiguous.withUTF8 { VisibleControls.shown(utf8: $0, keepingColorCodes: keepsColorCodes) }
        if let shown { destination.write(utf8: shown) } else { destination.write(text) }
    }

    func write(utf8 bytes: [UInt8]) {
        destination.write(utf8: VisibleControls.shown(utf8: bytes, keepingColorCodes: keepsColorCodes) ?? bytes)
    }
}

/// Standard error on a terminal: each line fitted to the window, as `say` fits messages. A
/// quoted source line and the caret under it stay as they are, so the caret still points.
/// Without a width (a pipe or a file) the text passes byte for byte.
final class FittedLinesOutput: TextOutput {
    private let destination: TextOutput
    /// Measures the window before each write (nil: not a terminal).
    var width: (() -> Int)?

    init(_ destination: TextOutput) {
        self.destination = destination
    }

    func write(_ text: String) {
        guard let width = width?() else { return destination.write(text) }
        destination.write(Self.fitted(text, width: width))
    }

    func write(utf8 bytes: [UInt8]) {
        guard width != nil else { return destination.write(utf8: bytes) }
        write(String(decoding: bytes, as: UTF8.self))
    }

    static func fitted(_ text: String, width: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isCaret(_ index: Int) -> Bool {
            index < lines.count && lines[index].contains("^") && lines[index].allSatisfy { $0 == " " || $0 == "^" }
        }
        return lines.indices.map { index in
            guard !isCaret(index), !isCaret(index + 1) else { return String(lines[index]) }
            return TerminalLines.fitted(String(lines[index]), width: width).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

extension String {
    /// Typed or read text as it may be echoed in a message: control characters (an escape
    /// sequence from a binary file would drive the terminal) written as `\u{1B}`, and cut
    /// after 60 characters, so a line of garbage does not fill the screen.
    public var shownSafely: String {
        let limit = 60
        var shown = ""
        for scalar in unicodeScalars.prefix(limit) {
            shown += VisibleControls.isHidden(scalar) || scalar == "\n" || scalar == "\t" ? VisibleControls.written(scalar) : String(scalar)
        }
        return unicodeScalars.count > limit ? shown + "…" : shown
    }
}
