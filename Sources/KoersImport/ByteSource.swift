import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KoersCore
import Synchronization

/// Where a data file's bytes come from: a buffer already in memory, read in place, or an open
/// regular file read by offset (`pread`) a chunk at a time, so that its bytes are never held
/// whole. Readers on two threads may read one file at the same time.
final class ByteSource: @unchecked Sendable {
    private enum Storage {
        case memory(ByteBuffer)
        /// The file's size and modification time when it was opened.
        case file(descriptor: Int32, size: Int, modified: timespec)
    }

    private let storage: Storage
    let count: Int
    /// How much of a file a pass over it (`forEachChunk`) and each CSV reader's window hold at
    /// a time (a reader's window grows for a longer record). Tests make it tiny, so that
    /// records and characters straddle every boundary.
    let chunkBytes: Int
    static let defaultChunkBytes = 1 << 20
    /// Set by any reader that got fewer bytes than the file's size promised (it shrank), or an
    /// error: what was read is then not the file that was opened.
    private let readShort = Atomic<Bool>(false)

    init(_ buffer: ByteBuffer) {
        storage = .memory(buffer)
        count = buffer.count
        chunkBytes = Self.defaultChunkBytes
    }

    private init(descriptor: Int32, size: Int, modified: timespec, chunkBytes: Int) {
        storage = .file(descriptor: descriptor, size: size, modified: modified)
        count = size
        self.chunkBytes = max(1, chunkBytes)
    }

    /// Why a data file could not be opened, in words a user can act on.
    enum OpenProblem: Error, Equatable {
        case missing
        case noPermission
        case isDirectory
        /// A pipe, a socket or a device: reading a named pipe would wait for a writer for ever,
        /// and a device may never end.
        case notARegularFile
        /// Anything else, in the system's own (English) words.
        case system(String)

        static func of(_ code: Int32) -> OpenProblem {
            switch code {
            case ENOENT, ENOTDIR: .missing
            case EACCES, EPERM: .noPermission
            default: .system(String(cString: strerror(code)))
            }
        }
    }

    /// Opens the regular file at `path`, read from disk as it is needed. Anything else is refused
    /// without waiting: the open does not block (`O_NONBLOCK`), so a named pipe with no writer
    /// cannot hang a run.
    static func opening(atPath path: String, chunkBytes: Int = defaultChunkBytes) -> Result<ByteSource, OpenProblem> {
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.of(errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let problem = OpenProblem.of(errno)
            close(descriptor)
            return .failure(problem)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return .success(ByteSource(descriptor: descriptor, size: max(0, Int(status.st_size)), modified: status.st_mtim, chunkBytes: chunkBytes))
        case S_IFDIR:
            close(descriptor)
            return .failure(.isDirectory)
        default:
            close(descriptor)
            return .failure(.notARegularFile)
        }
    }

    /// `opening`, for callers that need no reason.
    static func open(atPath path: String, chunkBytes: Int = defaultChunkBytes) -> ByteSource? {
        try? opening(atPath: path, chunkBytes: chunkBytes).get()
    }

    deinit {
        if case let .file(descriptor, _, _) = storage { close(descriptor) }
    }

    /// The buffer, when the bytes are in memory: readers then read it in place.
    var inMemory: ByteBuffer? {
        if case let .memory(buffer) = storage { return buffer }
        return nil
    }

    /// Copies the bytes from `offset` into `destination` as far as they go; fewer than it holds
    /// only at the end of the bytes, or when the file shrank (which `isUnchanged` then reports).
    func read(into destination: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let wanted = max(0, min(destination.count, count - offset))
        guard wanted > 0, let base = destination.baseAddress else { return 0 }
        switch storage {
        case let .memory(buffer):
            _ = UnsafeMutableBufferPointer(rebasing: destination[0..<wanted])
                .initialize(from: UnsafeBufferPointer(rebasing: buffer.bytes[offset..<offset + wanted]))
            return wanted
        case let .file(descriptor, _, _):
            var filled = 0
            while filled < wanted {
                let got = pread(descriptor, base + filled, wanted - filled, off_t(offset + filled))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            if filled < wanted { readShort.store(true, ordering: .relaxed) }
            return filled
        }
    }

    /// Up to `maximum` bytes from the start of `range`.
    func prefix(of range: Range<Int>, maximum: Int) -> [UInt8] {
        let wanted = max(0, min(maximum, range.count))
        return [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            initialized = read(into: buffer, at: range.lowerBound)
        }
    }

    /// All of `range` in one buffer, for the rare texts that are read whole (Windows-1252, the
    /// doubled-quotes repair, xlsx); in memory, the buffer itself when `range` is all of it.
    func whole(_ range: Range<Int>) -> ByteBuffer {
        if let buffer = inMemory, range == 0..<buffer.count { return buffer }
        return ByteBuffer(capacity: range.count) { read(into: $0, at: range.lowerBound) }
    }

    /// Calls `body` with consecutive chunks of `range` and the offset of each chunk's first byte;
    /// the flag says whether the chunk reaches the end of `range`. In memory, `range` is one
    /// chunk; from a file, chunks of `chunkBytes` (at least 16) are read into one reused buffer.
    /// `body` returns how many of the chunk's bytes it is done with (the rest, a few bytes of a
    /// character cut by the chunk's end, come again at the start of the next chunk), or nil to stop.
    func forEachChunk(
        of range: Range<Int>,
        _ body: (_ chunk: UnsafeBufferPointer<UInt8>, _ offset: Int, _ isLast: Bool) -> Int?
    ) {
        if let buffer = inMemory {
            _ = body(UnsafeBufferPointer(rebasing: buffer.bytes[range.clamped(to: 0..<buffer.count)]), range.lowerBound, true)
            return
        }
        // Room for a byte order mark, and for a cut character's few bytes with more after them.
        let capacity = max(16, chunkBytes)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        defer { chunk.deallocate() }
        var offset = range.lowerBound
        var kept = 0
        while true {
            let wanted = min(capacity - kept, range.upperBound - offset - kept)
            let got = read(into: UnsafeMutableBufferPointer(rebasing: chunk[kept..<kept + wanted]), at: offset + kept)
            let filled = kept + got
            let isLast = got < wanted || offset + filled >= range.upperBound
            guard let done = body(UnsafeBufferPointer(rebasing: chunk[0..<filled]), offset, isLast), !isLast,
                done > 0 || filled < capacity
            else { return }
            kept = filled - done
            if kept > 0, let base = chunk.baseAddress {
                UnsafeMutableRawPointer(base).copyMemory(from: UnsafeRawPointer(base + done), byteCount: kept)
            }
            offset += done
        }
    }

    /// Whether everything read came from the file as it was opened: no read came up short and
    /// the file's size and modification time are still the same. Always true in memory.
    func isUnchanged() -> Bool {
        guard case let .file(descriptor, size, modified) = storage else { return true }
        guard !readShort.load(ordering: .relaxed) else { return false }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return false }
        return Int(status.st_size) == size && status.st_mtim.tv_sec == modified.tv_sec
            && status.st_mtim.tv_nsec == modified.tv_nsec
    }
}

/// The SHA-256 hex digest of a source's bytes, computed on another thread while this one checks
/// and reads the text (at once for a small source); `value()` waits for it. It reads the bytes
/// itself, a chunk at a time; `ByteSource.isUnchanged` tells whether they were the file's.
final class BackgroundDigest: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written only by the worker (or the initialiser) before it signals; read only after the wait.
    private var digest = ""

    /// Sources below this size are hashed at once: waking a worker thread costs more than the
    /// hash (the Almelo sample's files are a few kilobytes, and every start reads them).
    static let inlineLimit = 1 << 20

    init(of source: ByteSource) {
        guard source.count >= Self.inlineLimit else {
            hash(source)
            return
        }
        DispatchQueue.global().async { [self] in hash(source) }
    }

    private func hash(_ source: ByteSource) {
        var hasher = SHA256()
        source.forEachChunk(of: 0..<source.count) { chunk, _, _ in
            hasher.update(chunk)
            return chunk.count
        }
        digest = hasher.finalizeHex()
        finished.signal()
    }

    func value() -> String {
        finished.wait()
        finished.signal()
        return digest
    }
}
