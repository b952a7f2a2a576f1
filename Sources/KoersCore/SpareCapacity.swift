extension Array {
    /// The same elements in an array of their own count: an array grown by appending keeps up to
    /// twice the room it needs (docs/performance.md). Copies only when more than an eighth would
    /// be spare.
    public func trimmedToFit() -> [Element] {
        guard capacity > count + count / 8 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
