/// Open-addressing hash table from a pair of term ids (a bigram) to a dense id.
struct BigramTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]  // id + 1; 0 = empty
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func key(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The ids of the adjacent pairs of `terms` that occur in the table.
    func ids(ofAdjacent terms: [Int32]) -> [Int32] {
        guard terms.count > 1 else { return [] }
        return (1..<terms.count).compactMap { find(terms[$0 - 1], terms[$0]).map(Int32.init) }
    }

    func find(_ first: Int32, _ second: Int32) -> Int? {
        let key = Self.key(first, second)
        var slot = Self.slot(key, mask)
        while values[slot] != 0 {
            if keys[slot] == key { return Int(values[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The id of the pair, added if new.
    mutating func intern(_ first: Int32, _ second: Int32) -> Int {
        let key = Self.key(first, second)
        var slot = Self.slot(key, mask)
        while values[slot] != 0 {
            if keys[slot] == key { return Int(values[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        let id = count
        keys[slot] = key
        values[slot] = Int32(id + 1)
        count += 1
        if count * 2 > keys.count { grow() }
        return id
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        for index in 0..<oldKeys.count where oldValues[index] != 0 {
            var slot = Self.slot(oldKeys[index], mask)
            while values[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }

    var estimatedBytes: Int { keys.count * 12 }
}
