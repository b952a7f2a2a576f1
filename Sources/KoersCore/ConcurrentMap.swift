import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores in chunks, results in order. For pure,
    /// thread-safe transforms over many elements (evaluating or checking every goal); short
    /// arrays are mapped on the calling thread, where a thread hand-off would cost more.
    public func concurrentMap<T: Sendable>(chunkSize: Int = 256, _ transform: @Sendable (Element) -> T) -> [T] {
        let chunkSize = Swift.max(1, chunkSize)
        guard count > chunkSize else { return map(transform) }
        let chunks = (count + chunkSize - 1) / chunkSize
        return withUnsafeBufferPointer { elements in
            [T](unsafeUninitializedCapacity: elements.count) { results, initialized in
                guard let base = results.baseAddress else { return }
                let buffers = ChunkBuffers(input: elements, output: base)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * chunkSize
                    for index in start..<Swift.min(start + chunkSize, buffers.input.count) {
                        (buffers.output + index).initialize(to: transform(buffers.input[index]))
                    }
                }
                initialized = elements.count
            }
        }
    }
}

/// The input and output of a concurrent map, shared by its chunks: each chunk reads and
/// writes only its own index range, so no two threads touch the same element.
private struct ChunkBuffers<Input, Output>: @unchecked Sendable {
    let input: UnsafeBufferPointer<Input>
    let output: UnsafeMutablePointer<Output>
}
