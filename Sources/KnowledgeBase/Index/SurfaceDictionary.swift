import Foundation

/// Every distinct word form of the collection (normalized, not stemmed), sorted by bytes,
/// with the index term it analyzes to and how often it occurs. Prefix lookup is a binary
/// search; typo lookup walks the sorted list as an implicit trie with a Damerau-Levenshtein
/// row per prefix, skipping every word under a prefix that is already too far away.
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
    }

    var count: Int { start.count - 1 }

    func word(_ index: Int) -> String {
        String(decoding: bytes[Int(start[index])..<Int(start[index + 1])], as: UTF8.self)
    }

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

    /// The index of `word`, if it occurs (binary search over the bytes).
    func find(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = count
                while low < high {
                    let middle = (low + high) / 2
                    let from = Int(start[middle]), to = Int(start[middle + 1])
                    if Self.precedes(all, from, to, key) { low = middle + 1 } else { high = middle }
                }
                guard low < count else { return nil }
                let from = Int(start[low]), to = Int(start[low + 1])
                return UnsafeBufferPointer(rebasing: all[from..<to]).elementsEqual(key) ? low : nil
            }
        }
    }

    /// Whether `all[from..<to]` sorts before `key` (bytewise, a prefix first), as `memcmp` compares.
    @inline(__always)
    private static func precedes(_ all: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = to - from
        let common = min(length, key.count)
        if common > 0, let base = all.baseAddress, let keyBase = key.baseAddress {
            let order = memcmp(base + from, keyBase, common)
            if order != 0 { return order < 0 }
        }
        return length < key.count
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
    /// of `word`, with their distance.
    ///
    /// One dynamic-programming row per byte of the current word, kept for the prefix it
    /// shares with the next word (the sorted list is walked as a trie). Only the band of
    /// cells within `maxDistance` of the diagonal is computed, with values capped at
    /// `maxDistance + 1` (a cell outside the band is always farther than that), in one
    /// buffer allocated once per call. Words whose length is out of reach are passed over
    /// without a row, a word stops as soon as no cell can still reach its end within the
    /// allowance, and a prefix whose whole row is out of reach skips every word under it.
    func fuzzyMatches(_ word: String, maxDistance: Int) -> [FuzzyMatch] {
        guard maxDistance > 0, count > 0 else { return [] }
        let target = Array(word.utf8)
        let width = target.count + 1
        let cap = UInt8(truncatingIfNeeded: min(maxDistance + 1, 255))
        let band = maxDistance
        var results: [FuzzyMatch] = []
        let rowCount = longestWord + 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rowCount * width) { rows in
            for column in 0..<width { rows[column] = UInt8(min(column, Int(cap))) }
            target.withUnsafeBufferPointer { target in
                bytes.withUnsafeBufferPointer { all in
                    start.withUnsafeBufferPointer { start in
                        // Rows 0...computed hold the prefix all[previousFrom..<previousFrom+computed].
                        var computed = 0
                        var previousFrom = 0
                        var index = 0
                        while index < count {
                            let from = Int(start[index]), to = Int(start[index + 1])
                            let length = to - from
                            // A word longer or shorter by more than the allowance can never match.
                            if abs(length - target.count) > maxDistance { index += 1; continue }
                            var common = 0
                            let limit = min(computed, length)
                            while common < limit, all[previousFrom + common] == all[from + common] { common += 1 }
                            previousFrom = from
                            computed = common
                            var outcome = WalkOutcome.complete
                            while computed < length {
                                let character = all[from + computed]
                                let row = computed + 1
                                let above = computed * width, here = row * width
                                let low = max(1, row - band), high = min(width - 1, row + band)
                                var minimum = cap
                                // The least distance this word can still end at: a cell plus the
                                // difference of what is left of the word and of the target.
                                var reachable = Int.max
                                if low <= high {
                                    if low == 1 {
                                        rows[here] = UInt8(min(row, Int(cap)))
                                        reachable = row + abs((length - row) - target.count)
                                    } else {
                                        rows[here + low - 1] = cap
                                    }
                                    let previousCharacter = row >= 2 ? all[from + computed - 1] : 0
                                    for column in low...high {
                                        let expected = target[column - 1]
                                        var value = min(rows[above + column], rows[here + column - 1]) + 1
                                        if character == expected {
                                            value = min(value, rows[above + column - 1])
                                        } else {
                                            value = min(value, rows[above + column - 1] + 1)
                                            if row >= 2, column >= 2, character == target[column - 2], previousCharacter == expected {
                                                value = min(value, rows[above - width + column - 2] + 1)
                                            }
                                        }
                                        value = min(value, cap)
                                        rows[here + column] = value
                                        minimum = min(minimum, value)
                                        reachable = min(reachable, Int(value) + abs((length - row) - (target.count - column)))
                                    }
                                    if high + 1 < width { rows[here + high + 1] = cap }
                                } else {
                                    rows[here + width - 1] = cap
                                }
                                computed = row
                                if Int(minimum) > maxDistance {
                                    // No word with this prefix can come close (a row's minimum
                                    // grows by at most one per byte): skip them all.
                                    outcome = .prefixTooFar
                                    break
                                }
                                if reachable > maxDistance {
                                    // This word cannot come close; a longer or shorter word with
                                    // the same prefix still may.
                                    outcome = .wordTooFar
                                    break
                                }
                            }
                            switch outcome {
                            case .prefixTooFar:
                                index = endOfPrefix(all, from: from, length: computed, after: index)
                            case .wordTooFar:
                                index += 1
                            case .complete:
                                let distance = Int(rows[length * width + width - 1])
                                if distance <= maxDistance { results.append(FuzzyMatch(index: index, distance: distance)) }
                                index += 1
                            }
                        }
                    }
                }
            }
        }
        return results
    }

    /// How the walk over one word ended.
    private enum WalkOutcome {
        case complete, wordTooFar, prefixTooFar
    }

    /// The first word after `index` that does not start with `all[from..<from+length]`.
    private func endOfPrefix(_ all: UnsafeBufferPointer<UInt8>, from: Int, length: Int, after index: Int) -> Int {
        var low = index + 1, high = count
        while low < high {
            let middle = (low + high) / 2
            let wordFrom = Int(start[middle]), wordTo = Int(start[middle + 1])
            var sharesPrefix = wordTo - wordFrom >= length
            if sharesPrefix {
                for offset in 0..<length where all[wordFrom + offset] != all[from + offset] { sharesPrefix = false; break }
            }
            if sharesPrefix { low = middle + 1 } else { high = middle }
        }
        return low
    }

    var estimatedBytes: Int { bytes.count + start.count * 4 + term.count * 4 + frequency.count * 4 + termCount.count }
}
