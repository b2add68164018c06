import Synchronization

/// Recently computed values by key, bounded by `capacity` entries and evicted by the CLOCK
/// rule (second chance, an approximation of least recently used): each entry has a bit set
/// when it is read; when the cache is full, a hand sweeps the slots in turn, clearing set bits
/// and evicting the first entry whose bit is clear. So a query people keep asking stays
/// cached however many one-off queries pass through, and eviction costs O(1) amortized.
/// Each content snapshot has its own caches (search results, encoded search responses), so
/// a reload starts empty and nothing outlives its content. A capacity of 0 turns it off.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Slot {
        var key: Key
        var value: Value
        var referenced: Bool
    }

    private struct State {
        var slotOfKey: [Key: Int] = [:]
        var slots: [Slot] = []
        var hand = 0

        mutating func read(_ key: Key) -> Value? {
            guard let slot = slotOfKey[key] else { return nil }
            slots[slot].referenced = true
            return slots[slot].value
        }

        mutating func insert(_ key: Key, _ value: Value, capacity: Int) {
            guard slotOfKey[key] == nil else { return }
            guard slots.count >= capacity else {
                slotOfKey[key] = slots.count
                slots.append(Slot(key: key, value: value, referenced: false))
                return
            }
            while slots[hand].referenced {
                slots[hand].referenced = false
                hand = (hand + 1) % slots.count
            }
            slotOfKey[slots[hand].key] = nil
            slotOfKey[key] = hand
            slots[hand] = Slot(key: key, value: value, referenced: false)
            hand = (hand + 1) % slots.count
        }
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The cached value for `key`, else `make()` (then cached).
    func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        guard capacity > 0 else { return try make() }
        if let cached = state.withLock({ $0.read(key) }) { return cached }
        let value = try make()
        state.withLock { $0.insert(key, value, capacity: capacity) }
        return value
    }

    var count: Int { state.withLock { $0.slotOfKey.count } }
}
