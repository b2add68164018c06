/// A set of byte strings (words as UTF-8) numbered in the order they were added, looked up
/// straight from the bytes of a text: no `String` or `[UInt8]` is made to ask, and a word costs
/// one cheap hash instead of the SipHash over every byte of a Swift `Dictionary` keyed by bytes.
/// Open addressing with linear probing; the words are kept end to end in one buffer.
///
/// Callers keep what belongs to a word in arrays indexed by its id: the index builder interns
/// the raw words of the articles as it reads them; the Diagnoser builds its tables once and
/// only looks words up.
public struct ByteStringInterner: Sendable {
    /// Per place: the id + 1 of the word there, 0 for an empty place.
    @usableFromInline var slots: [Int32]
    @usableFromInline var hashes: [UInt64] = []
    /// Word `id`'s bytes are `keyBytes[keyStart[id]..<keyStart[id + 1]]`.
    @usableFromInline var keyStart: [Int32] = [0]
    @usableFromInline var keyBytes: [UInt8] = []
    @usableFromInline var mask: Int

    /// An empty set with room for `capacity` words before it first grows.
    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The words of `words`, numbered from 0 in order; a word given again keeps its first id.
    public init<S: Sequence>(_ words: S) where S.Element == [UInt8] {
        let list = Array(words)
        self.init(capacity: list.count)
        for word in list { _ = word.withUnsafeBufferPointer { intern($0) } }
    }

    /// The number of words.
    @inlinable public var count: Int { keyStart.count - 1 }

    /// An estimate of the memory the set holds: its places, hashes, offsets and bytes.
    var estimatedBytes: Int { slots.count * 4 + hashes.count * 8 + keyStart.count * 4 + keyBytes.count }

    /// The hash of `bytes`: eight bytes at a time (the last eight overlapping the ones before;
    /// a short word read in two overlapping halves), multiply-xorshift mixing. A few
    /// instructions for a word, where a byte-at-a-time hash costs a multiplication a byte.
    @inlinable @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        guard count > 0, let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        let tail: UInt64
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                offset &+= 8
            }
            tail = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            tail = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)) << 32
        } else {
            tail = UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count &- 1])
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

    /// The id of `bytes`, adding it when it is new, and whether it was added now.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(bytes)
        let found = place(of: bytes, hash: hash)
        if let id = found.id { return (id, false) }
        let id = count
        slots[found.slot] = Int32(id + 1)
        hashes.append(hash)
        keyBytes.append(contentsOf: bytes)
        keyStart.append(Int32(keyBytes.count))
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `bytes`, or nil when the set does not hold it.
    @inlinable
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        place(of: bytes, hash: Self.hash(bytes)).id
    }

    /// The id of `bytes` (a slice is looked up by its bytes alone), or nil.
    @inlinable
    public func id(of bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { id(of: $0) }
    }

    /// The id of `bytes`, or nil.
    @inlinable
    public func id(of bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { id(of: $0) }
    }

    /// Calls `body` with the bytes of word `id`.
    public func withKey<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        keyBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(keyStart[id])..<Int(keyStart[id + 1])])) }
    }

    /// Where `bytes` is (its place and id), or the empty place where it would go (id nil).
    @inlinable @inline(__always)
    func place(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, id: Int?) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return (slot, nil) }
            let id = stored - 1
            if hashes[id] == hash, equals(id, bytes) { return (slot, id) }
            slot = (slot + 1) & mask
        }
    }

    @inlinable @inline(__always)
    func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStart[id]), end = Int(keyStart[id + 1])
        let count = bytes.count
        guard end - start == count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        return keyBytes.withUnsafeBytes { stored in
            let key = UnsafeRawPointer(base), word = stored.baseAddress! + start
            var index = 0
            while index &+ 8 <= count {
                if word.loadUnaligned(fromByteOffset: index, as: UInt64.self) != key.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                    return false
                }
                index &+= 8
            }
            while index < count {
                if word.load(fromByteOffset: index, as: UInt8.self) != base[index] { return false }
                index &+= 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }
}
