import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KoersCore

/// Bytes that stay put and never change once filled: the CSV reader's fields point into them,
/// and the content hash reads them on another thread at the same time, so a file's text is
/// held once, not once per reader.
final class ByteBuffer: @unchecked Sendable {
    /// Written only while the buffer is filled, before it is shared; read-only afterwards.
    private let storage: UnsafeMutableBufferPointer<UInt8>
    let count: Int

    private init(storage: UnsafeMutableBufferPointer<UInt8>, count: Int) {
        self.storage = storage
        self.count = count
    }

    /// Fills at most `capacity` bytes with `fill`, which returns how many it wrote.
    convenience init(capacity: Int, fill: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, capacity))
        let written = fill(UnsafeMutableBufferPointer(rebasing: storage[0..<capacity]))
        self.init(storage: storage, count: min(max(0, written), capacity))
    }

    convenience init(copying bytes: some Collection<UInt8>) {
        let count = bytes.count
        self.init(capacity: count) { buffer in
            var written = 0
            for byte in bytes where written < count {
                buffer[written] = byte
                written += 1
            }
            return written
        }
    }

    deinit { storage.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<count]) }

    func starts(with prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
}

/// Reads a whole file straight into a `ByteBuffer` (no intermediate `Data` or array copy).
enum FileBytes {
    static func read(atPath path: String) -> ByteBuffer? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            // Not a plain file (a pipe, a device): let Foundation read it as far as it goes.
            return FileManager.default.contents(atPath: path).map { ByteBuffer(copying: $0) }
        }
        let size = max(0, Int(status.st_size))
        return ByteBuffer(capacity: size) { buffer in
            var filled = 0
            while filled < size, let start = buffer.baseAddress {
                let got = Glibc.read(descriptor, start + filled, size - filled)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            // A file that shrank while being read is taken as far as it went.
            return filled
        }
    }
}

/// A SHA-256 hex digest computed on another thread (at once for a small file); `value()` waits for it.
final class BackgroundDigest: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Each written only by the worker (or the initialiser) before it signals; read only after the wait.
    private var digest = ""
    /// The bytes being hashed: let go before the worker signals, so that a caller done with
    /// them knows they are freed once `value()` returns.
    private var buffer: ByteBuffer?

    /// Files below this size are hashed at once: waking a worker thread costs more than the
    /// hash (the Almelo sample's files are a few kilobytes, and every start reads them).
    static let inlineLimit = 1 << 20

    init(of buffer: ByteBuffer) {
        self.buffer = buffer
        guard buffer.bytes.count >= Self.inlineLimit else {
            hash()
            return
        }
        DispatchQueue.global().async { [self] in hash() }
    }

    private func hash() {
        var hasher = SHA256()
        if let bytes = buffer?.bytes { hasher.update(bytes) }
        buffer = nil
        digest = hasher.finalizeHex()
        finished.signal()
    }

    func value() -> String {
        finished.wait()
        finished.signal()
        return digest
    }
}
