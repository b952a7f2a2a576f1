extension Array {
    /// The same elements in an array of their own count: an array grown by appending keeps up to
    /// twice the room it needs (41,040 goals held room for 65,536, 5.7 MB of the national load's
    /// peak). Copies only when more than an eighth would be spare.
    public func trimmedToFit() -> [Element] {
        guard capacity > count + count / 8 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
