/// A value kept on the heap and shared by its copies until one of them changes it (copy on
/// write, as the standard library's arrays do): a large value that is copied often, and
/// seldom changed once made, then costs one reference per copy.
struct SharedValue<Value: Sendable>: Sendable {
    // Never changed while shared (a change to `value` copies it first), so it may cross threads.
    private final class Box: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        // Changed in place: a setter would copy the whole value out and back for every change.
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}
