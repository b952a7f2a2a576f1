/// Marks a property that says where or how something was written, not what it is: two goals
/// that differ only in their source location are the same goal. This is what lets a model
/// printed and parsed back compare equal to the original.
@propertyWrapper
public struct IgnoredInEquality<Value: Sendable>: Sendable, Hashable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

    public static func == (lhs: Self, rhs: Self) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
