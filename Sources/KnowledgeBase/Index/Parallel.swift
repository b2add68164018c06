import Dispatch

/// Work spread over the cores with `DispatchQueue.concurrentPerform`: each element (or
/// index) is handled by exactly one thread, so no locking is needed.
enum Parallel {
    /// A buffer whose elements are each touched by one thread only.
    private struct Elements<Value>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Value>
    }

    /// Calls `body` with the index and the element, for every element of `values`, concurrently.
    static func update<Value: Sendable>(_ values: inout [Value], _ body: @Sendable (Int, inout Value) -> Void) {
        values.withUnsafeMutableBufferPointer { buffer in
            let elements = Elements(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in body(index, &elements.buffer[index]) }
        }
    }

    /// `[body(0), …, body(count - 1)]`, computed concurrently.
    static func map<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
        [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            let elements = Elements(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (elements.buffer.baseAddress! + index).initialize(to: body(index))
            }
            initialized = count
        }
    }
}
