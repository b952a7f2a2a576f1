/// Bytes that stay put and never change once filled: the CSV reader's fields point into them
/// when the text is in memory (bytes given to `Importer.importData`, a pipe, a converted or
/// repaired text), so such a text is held once, not once per reader.
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
}
