/// A read-only map from short byte strings (words) to small numbers, looked up by the FNV-1a hash
/// of `WordFilter` and one comparison: far fewer instructions than a Swift `Dictionary` keyed by
/// `[UInt8]`, which hashes every byte with SipHash. Built once; matching only reads it.
struct ByteTable: Sendable {
    private var keys: [[UInt8]] = []
    private var values: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing, linear probing: an index into `keys`, or -1 for an empty place.
    private var places: [Int32]
    private var mask: Int

    /// - Parameter entries: words and their numbers; a word given twice keeps its first number.
    init<S: Sequence>(_ entries: S) where S.Element == ([UInt8], Int) {
        let list = Array(entries)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        places = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in list where self[key[...]] == nil {
            let hash = WordFilter.hash(key[...])
            var place = Int(truncatingIfNeeded: hash) & mask
            while places[place] >= 0 { place = (place + 1) & mask }
            places[place] = Int32(keys.count)
            keys.append(key)
            values.append(value)
            hashes.append(hash)
        }
    }

    init() { self.init([]) }

    var count: Int { keys.count }

    /// The number of `word`, or nil when the table does not hold it.
    subscript(word: ArraySlice<UInt8>) -> Int? {
        index(of: word, hash: WordFilter.hash(word)).map { values[$0] }
    }

    subscript(word: [UInt8]) -> Int? { self[word[...]] }

    /// The stored copy of `word` (its storage shared, not copied), or nil.
    func key(_ word: ArraySlice<UInt8>) -> [UInt8]? {
        index(of: word, hash: WordFilter.hash(word)).map { keys[$0] }
    }

    private func index(of word: ArraySlice<UInt8>, hash: UInt64) -> Int? {
        var place = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(places[place])
            if entry < 0 { return nil }
            if hashes[entry] == hash && keys[entry].count == word.count && keys[entry].elementsEqual(word) { return entry }
            place = (place + 1) & mask
        }
    }
}
