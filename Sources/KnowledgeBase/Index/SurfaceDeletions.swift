/// A deletion index (as in SymSpell and FastSS) for the commonest typo lookup, one edit away:
/// every word form of up to `longestWord` bytes is filed under itself and under each form with
/// one byte deleted. A word is one edit (insertion, deletion, substitution or swap of
/// neighbours) from a typed word exactly when some key of the one is a key of the other, so a
/// lookup hashes the typed word's own keys, gathers the words filed under them, and checks each.
/// Keys are 32-bit hashes in an open-addressing table: a collision only adds a candidate that
/// the check then refuses.
struct SurfaceDeletions: Sendable {
    /// Words longer than this are not filed; typed words of up to `longestWord - 1` bytes can be looked up.
    let longestWord: Int
    /// Per slot: the key's hash (0 for an empty slot) and the word filed there.
    private let hashes: [UInt32]
    private let words: [Int32]
    private let mask: Int

    /// Files the words `bytes[start[i]..<start[i+1]]` of up to `longestWord` bytes.
    init(bytes: [UInt8], start: [Int32], longestWord: Int) {
        self.longestWord = longestWord
        var keyCount = 0
        for index in 0..<(start.count - 1) {
            let length = Int(start[index + 1] - start[index])
            if length <= longestWord { keyCount += length + 1 }
        }
        var capacity = 16
        while capacity < keyCount * 2 { capacity *= 2 }
        var hashes = [UInt32](repeating: 0, count: capacity)
        var words = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for index in 0..<(start.count - 1) {
                let from = Int(start[index]), to = Int(start[index + 1])
                guard to - from <= longestWord else { continue }
                Self.forEachKey(UnsafeBufferPointer(rebasing: all[from..<to])) { hash in
                    var slot = Int(hash) & mask
                    while hashes[slot] != 0 {
                        // The same word under the same key twice ("pass" without either "s"): once is enough.
                        if hashes[slot] == hash, words[slot] == Int32(index) { return }
                        slot = (slot + 1) & mask
                    }
                    hashes[slot] = hash
                    words[slot] = Int32(index)
                }
            }
        }
        self.hashes = hashes
        self.words = words
        self.mask = mask
    }

    /// Whether a typed word of `length` bytes can be looked up here (the words one edit away
    /// from it are at most one byte longer).
    func covers(length: Int) -> Bool { length >= 1 && length < longestWord }

    /// The words at most one edit from `target` (which `covers`), in dictionary order, with
    /// their distance; `word(i)` gives word `i`'s bytes for the check.
    func matches(_ target: UnsafeBufferPointer<UInt8>, word: (Int) -> UnsafeBufferPointer<UInt8>) -> [SurfaceDictionary.FuzzyMatch] {
        var candidates: [Int32] = []
        Self.forEachKey(target) { hash in
            var slot = Int(hash) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == hash { candidates.append(words[slot]) }
                slot = (slot + 1) & mask
            }
        }
        candidates.sort()
        var results: [SurfaceDictionary.FuzzyMatch] = []
        var previous: Int32 = -1
        for candidate in candidates where candidate != previous {
            previous = candidate
            if let distance = Self.distanceWithinOne(target, word(Int(candidate))) {
                results.append(SurfaceDictionary.FuzzyMatch(index: Int(candidate), distance: distance))
            }
        }
        return results
    }

    /// The optimal-string-alignment distance of `a` and `b` when it is 0 or 1, else nil.
    static func distanceWithinOne(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var common = 0
        let shorter = min(a.count, b.count)
        while common < shorter, a[common] == b[common] { common += 1 }
        switch a.count - b.count {
        case 0:
            if common == a.count { return 0 }
            // One substitution, or two neighbours swapped; the rest equal.
            var rest = common + 1
            if common + 1 < a.count, a[common] == b[common + 1], a[common + 1] == b[common] { rest = common + 2 }
            while rest < a.count { if a[rest] != b[rest] { return nil }; rest += 1 }
            return 1
        case 1, -1:
            // One byte more in the longer: the rest of the shorter follows it shifted by one.
            let (long, short) = a.count > b.count ? (a, b) : (b, a)
            var rest = common
            while rest < short.count { if short[rest] != long[rest + 1] { return nil }; rest += 1 }
            return 1
        default:
            return nil
        }
    }

    /// Calls `body` with the hash of `word` and of each form of it with one byte deleted
    /// (a polynomial hash of the bytes and the length, never 0).
    private static func forEachKey(_ word: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        let base: UInt64 = 0x100000001B3
        let count = word.count
        // suffix[j] = hash of word[j...]; built from the end.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count + 1) { suffix in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count + 1) { power in
                suffix[count] = 0
                power[0] = 1
                var position = count
                while position > 0 {
                    position -= 1
                    power[count - position] = power[count - position - 1] &* base
                    suffix[position] = UInt64(word[position]) &+ 1 &+ suffix[position + 1] &* base
                }
                body(finish(suffix[0], length: count))
                // Deleting byte j joins word[..<j] and word[(j+1)...]: prefix + suffix × base^j.
                var prefix: UInt64 = 0
                for deleted in 0..<count {
                    body(finish(prefix &+ suffix[deleted + 1] &* power[deleted], length: count - 1))
                    prefix = prefix &+ (UInt64(word[deleted]) &+ 1) &* power[deleted]
                }
            }
        }
    }

    /// Mixes the length into the hash (splitmix64's finalizer) and folds it to 32 bits, never 0.
    @inline(__always)
    private static func finish(_ hash: UInt64, length: Int) -> UInt32 {
        var mixed = hash ^ (UInt64(length) &* 0x9E3779B97F4A7C15)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58476D1CE4E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D049BB133111EB
        mixed ^= mixed >> 31
        let folded = UInt32(truncatingIfNeeded: mixed ^ (mixed >> 32))
        return folded == 0 ? 1 : folded
    }

    var estimatedBytes: Int { hashes.count * 8 }
}
