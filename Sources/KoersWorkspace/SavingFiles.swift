import Glibc

/// Writes a file so that a crash at any moment leaves either the old or the new bytes: a
/// temporary file in the same directory, written in full and flushed to disk, then renamed
/// over the original (an atomic step), and the directory flushed so the rename lasts.
public enum AtomicFile {
    public struct Failure: Error, Sendable {
        public var path: String
        public var reason: String
    }

    /// Writes `bytes` to `path`; an existing file's permissions are kept, a new file gets 0644.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        var status = stat()
        let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array(((directory.isEmpty ? "/" : directory) + "/." + name + ".koers-save-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(path: path, reason: errorText()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail() -> Failure {
            let failure = Failure(path: path, reason: errorText())
            close(descriptor)
            unlink(temporary)
            return failure
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw fail()
            }
            written += result
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw fail() }
        guard close(descriptor) == 0 else {
            unlink(temporary)
            throw Failure(path: path, reason: errorText())
        }
        guard rename(temporary, path) == 0 else {
            let failure = Failure(path: path, reason: errorText())
            unlink(temporary)
            throw failure
        }
        let directoryDescriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// The bytes of a file, nil when it does not exist or cannot be read.
    public static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes += chunk[..<count] }
            if count < chunk.count { return ferror(file) == 0 ? bytes : nil }
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
