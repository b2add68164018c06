/// A set of words (byte strings) that says "certainly not here" in a few instructions: a Bloom
/// filter over 64-bit FNV-1a hashes, two bits per word. It answers before a dictionary is asked
/// (hashing a word for a Swift dictionary costs far more), so that the words of a message no
/// template knows cost little. "Maybe" still goes to the dictionary: answers do not change.
struct WordFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt64

    /// - Parameter bitCount: a power of two; 65,536 bits keep false "maybe"s under 0.5% for
    ///   2,000 words.
    init(bitCount: Int = 1 << 16) {
        precondition(bitCount >= 64 && bitCount & (bitCount - 1) == 0, "bitCount must be a power of two")
        bits = [UInt64](repeating: 0, count: bitCount / 64)
        mask = UInt64(bitCount - 1)
    }

    mutating func insert(hash: UInt64) {
        let (first, second) = Self.probes(hash, mask)
        for bit in [first, second] { bits[Int(bit >> 6)] |= 1 << (bit & 63) }
    }

    mutating func insert(_ word: [UInt8]) { insert(hash: Self.hash(word[...])) }

    func mayContain(hash: UInt64) -> Bool {
        let (first, second) = Self.probes(hash, mask)
        return bits[Int(first >> 6)] & (1 << (first & 63)) != 0 && bits[Int(second >> 6)] & (1 << (second & 63)) != 0
    }

    func mayContain(_ word: [UInt8]) -> Bool { mayContain(hash: Self.hash(word[...])) }

    static let seed: UInt64 = 0xcbf29ce484222325

    /// FNV-1a of `bytes`, continuing from `hash` (so a word and the next one hash as their concatenation).
    static func hash(_ bytes: ArraySlice<UInt8>, from hash: UInt64 = seed) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    /// Two bit positions from one hash: its low and its high half (mixed, as FNV's high bits are weak).
    private static func probes(_ hash: UInt64, _ mask: UInt64) -> (UInt64, UInt64) {
        let mixed = (hash ^ (hash >> 29)) &* 0xbf58476d1ce4e5b9
        return (hash & mask, (mixed >> 32) & mask)
    }
}
