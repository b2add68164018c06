import Foundation

/// Every distinct word form of the collection (normalized, not stemmed), sorted by bytes,
/// with the index term it analyzes to and how often it occurs. A word is found by its hash,
/// a prefix by binary search; typo lookup one edit away looks the typed word's deletions up
/// in `SurfaceDeletions`, and further away walks the same words as a `SurfaceTrie`, with a
/// Damerau-Levenshtein row per prefix, skipping every word under a prefix that is already
/// too far away.
struct SurfaceDictionary: Sendable {
    /// Concatenated UTF-8 of the sorted words; word `i` is `bytes[start[i]..<start[i+1]]`.
    let bytes: [UInt8]
    let start: [Int32]
    /// The index term of each word (-1 when it is a stop word).
    let term: [Int32]
    /// Occurrences in the collection.
    let frequency: [Int32]
    /// How many index terms each word analyzes to: 0 (stop word), 1, or 2 for several ("doesn't").
    let termCount: [UInt8]
    /// Bytes of the longest word (the rows a typo search may need).
    let longestWord: Int
    /// The words as a trie, for typo lookup.
    let trie: SurfaceTrie
    /// The shorter words under their one-byte deletions, for the commonest typo lookup (one edit).
    let deletions: SurfaceDeletions
    /// The words by their bytes (ids in dictionary order), for `find`: a hash and one
    /// comparison instead of a binary search that compares a dozen words.
    private let lookup: ByteStringInterner

    /// The longest word (in bytes) filed in `deletions`: one edit from a typed word of up to
    /// 9 bytes, which covers every word of the one-typo rule (5 to 8 letters) in plain letters.
    static let deletionWordLength = 10

    init(words: [String], terms: [Int32], frequencies: [Int32], termCounts: [UInt8]? = nil) {
        let utf8 = words.map { Array($0.utf8) }
        let order = utf8.indices.sorted { utf8[$0].lexicographicallyPrecedes(utf8[$1]) }
        var bytes: [UInt8] = []
        var start: [Int32] = [0]
        for index in order {
            bytes.append(contentsOf: utf8[index])
            start.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.start = start
        self.term = order.map { terms[$0] }
        self.frequency = order.map { frequencies[$0] }
        self.termCount = order.map { termCounts?[$0] ?? (terms[$0] >= 0 ? 1 : 0) }
        self.longestWord = utf8.map(\.count).max() ?? 0
        self.trie = SurfaceTrie(bytes: bytes, start: start)
        self.deletions = SurfaceDeletions(bytes: bytes, start: start, longestWord: Self.deletionWordLength)
        self.lookup = ByteStringInterner(order.map { utf8[$0] })
    }

    var count: Int { start.count - 1 }

    func word(_ index: Int) -> String {
        String(decoding: bytes[Int(start[index])..<Int(start[index + 1])], as: UTF8.self)
    }

    /// The UTF-8 length of word `index`, without making its string.
    func length(_ index: Int) -> Int { Int(start[index + 1] - start[index]) }

    /// Compares word `index` with `key` (negative, zero, positive), looking at most `limit` bytes of the word.
    private func compare(_ index: Int, _ key: [UInt8], prefixOnly: Bool) -> Int {
        let from = Int(start[index]), to = Int(start[index + 1])
        var offset = 0
        while offset < key.count {
            if from + offset >= to { return -1 }
            let a = bytes[from + offset], b = key[offset]
            if a != b { return a < b ? -1 : 1 }
            offset += 1
        }
        return prefixOnly || to - from == key.count ? 0 : 1
    }

    /// The first word not below `key` (as a prefix when `prefixOnly`): lower or upper bound.
    private func bound(_ key: [UInt8], upper: Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(middle, key, prefixOnly: true)
            if order < 0 || (upper && order == 0) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of `word`, if it occurs.
    func find(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { lookup.id(of: $0) }
    }

    /// The words that start with `prefix`.
    func prefixRange(_ prefix: String) -> Range<Int> {
        let key = Array(prefix.utf8)
        return bound(key, upper: false)..<bound(key, upper: true)
    }

    /// A word form within a typo allowance: its index here and its distance from the word typed.
    struct FuzzyMatch: Sendable, Equatable {
        var index: Int
        var distance: Int
    }

    /// Words within Damerau-Levenshtein (optimal string alignment) distance `maxDistance`
    /// of `word`, in dictionary order, with their distance: from `deletions` for one edit,
    /// else by a walk over `trie`.
    func fuzzyMatches(_ word: String, maxDistance: Int) -> [FuzzyMatch] {
        // Nothing typed is nothing to correct (not every word of `maxDistance` letters).
        guard count > 0, !word.isEmpty else { return [] }
        let target = Array(word.utf8)
        if maxDistance == 1, deletions.covers(length: target.count) { return oneEditMatches(target) }
        return trie.fuzzyMatches(target, maxDistance: maxDistance, longestWord: longestWord)
    }

    /// The words at most one edit from `target` (whose length `deletions` covers), from the deletion index.
    func oneEditMatches(_ target: [UInt8]) -> [FuzzyMatch] {
        target.withUnsafeBufferPointer { target in
            bytes.withUnsafeBufferPointer { all in
                deletions.matches(target) { UnsafeBufferPointer(rebasing: all[Int(start[$0])..<Int(start[$0 + 1])]) }
            }
        }
    }

    var estimatedBytes: Int {
        bytes.count + start.count * 4 + term.count * 4 + frequency.count * 4 + termCount.count + trie.estimatedBytes
            + deletions.estimatedBytes + lookup.estimatedBytes
    }
}
