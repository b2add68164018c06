import Synchronization
/// Recently computed values by key, bounded: when full, the oldest half is dropped. Each
/// content snapshot has its own caches (search results, encoded search responses), so a
/// reload starts empty and nothing outlives its content. A capacity of 0 turns it off.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var values: [Key: Value] = [:]
        var order: [Key] = []
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached value for `key`, else `make()` (then cached).
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        guard capacity > 0 else { return try make() }
        if let cached = state.withLock({ $0.values[key] }) { return cached }
        let value = try make()
        state.withLock { state in
            guard state.values[key] == nil else { return }
            if state.order.count >= capacity {
                let dropped = state.order.prefix(capacity / 2 + 1)
                for old in dropped { state.values[old] = nil }
                state.order.removeFirst(dropped.count)
            }
            state.values[key] = value
            state.order.append(key)
        }
        return value
    }

    var count: Int { state.withLock { $0.values.count } }
}
