import Foundation

/// Where a command's text goes: standard output or error, or a buffer in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
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

    public static func standardOutput() -> FileDescriptorOutput { FileDescriptorOutput(fileDescriptor: 1) }
    public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(fileDescriptor: 2) }
}

/// Collects output in memory, for tests.
public final class BufferedOutput: TextOutput {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}
