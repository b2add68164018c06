/// The sorted word forms of a `SurfaceDictionary` as a trie laid out in preorder, for typo
/// lookup: node 0 is the empty prefix, a node's children follow it in byte order, and its
/// subtree ends at `subtreeEnd`. Each node records the shortest and longest word below it,
/// so a typo search skips a whole subtree whose lengths are out of reach without visiting it.
struct SurfaceTrie: Sendable {
    /// The byte on the edge into each node (0 for the root).
    let label: [UInt8]
    /// Bytes from the root: the length of the node's prefix.
    let depth: [Int32]
    /// One past the last node of each node's subtree.
    let subtreeEnd: [Int32]
    /// The dictionary index of the word that ends at each node, or -1.
    let word: [Int32]
    /// The shortest and the longest word in each node's subtree, in bytes.
    let shortest: [Int32]
    let longest: [Int32]

    /// Builds the trie of the words `bytes[start[i]..<start[i+1]]`, which must be sorted by
    /// bytes (a prefix before its extensions) and distinct.
    init(bytes: [UInt8], start: [Int32]) {
        var label: [UInt8] = [0], depth: [Int32] = [0], subtreeEnd: [Int32] = [0], word: [Int32] = [-1]
        var shortest: [Int32] = [.max], longest: [Int32] = [0]
        // At most one node per byte, and the root.
        for capacity in [bytes.count + 1] {
            label.reserveCapacity(capacity); depth.reserveCapacity(capacity); subtreeEnd.reserveCapacity(capacity)
            word.reserveCapacity(capacity); shortest.reserveCapacity(capacity); longest.reserveCapacity(capacity)
        }
        var path: [Int] = [0] // the nodes from the root to the last word's node
        // Ends the deepest node of the path: its subtree is complete, and its lengths go to its parent.
        func close() {
            let node = path.removeLast(), parent = path[path.count - 1]
            subtreeEnd[node] = Int32(label.count)
            shortest[parent] = min(shortest[parent], shortest[node])
            longest[parent] = max(longest[parent], longest[node])
        }
        var previousFrom = 0, previousLength = 0
        for index in 0..<(start.count - 1) {
            let from = Int(start[index]), length = Int(start[index + 1]) - from
            var common = 0
            while common < min(previousLength, length), bytes[previousFrom + common] == bytes[from + common] { common += 1 }
            while path.count - 1 > common { close() }
            for offset in common..<length {
                path.append(label.count)
                label.append(bytes[from + offset])
                depth.append(Int32(offset + 1))
                subtreeEnd.append(0)
                word.append(-1)
                shortest.append(.max)
                longest.append(0)
            }
            let node = path[path.count - 1]
            word[node] = Int32(index)
            shortest[node] = min(shortest[node], Int32(length))
            longest[node] = max(longest[node], Int32(length))
            (previousFrom, previousLength) = (from, length)
        }
        while path.count > 1 { close() }
        subtreeEnd[0] = Int32(label.count)
        self.label = label
        self.depth = depth
        self.subtreeEnd = subtreeEnd
        self.word = word
        self.shortest = shortest
        self.longest = longest
    }

    var nodeCount: Int { label.count }

    /// Words within Damerau-Levenshtein (optimal string alignment) distance `maxDistance` of
    /// `target`, in dictionary order, with their distance.
    ///
    /// One dynamic-programming row per node, computed from its parent's row (rows are kept by
    /// depth: in preorder a node's ancestors are the last nodes visited at each smaller depth).
    /// Only the band of cells within `maxDistance` of the diagonal is computed, with values
    /// capped at `maxDistance + 1` (a cell outside the band is always farther than that). A
    /// subtree is skipped when its words are all too long or too short, or when the node's
    /// whole row is out of reach (a row's minimum grows by at most one per byte).
    func fuzzyMatches(_ target: [UInt8], maxDistance: Int, longestWord: Int) -> [SurfaceDictionary.FuzzyMatch] {
        guard maxDistance > 0, nodeCount > 1 else { return [] }
        let targetLength = target.count
        let width = targetLength + 1
        let cap = UInt8(truncatingIfNeeded: min(maxDistance + 1, 254))
        let shortestReachable = Int32(clamping: targetLength - maxDistance)
        let longestReachable = Int32(clamping: targetLength + maxDistance)
        let rowCount = min(longestWord, targetLength + maxDistance) + 1
        var results: [SurfaceDictionary.FuzzyMatch] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rowCount * width) { rows in
            for column in 0..<width { rows[column] = UInt8(min(column, Int(cap))) }
            // The bytes of the current path: path[k - 1] is the label at depth k.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rowCount) { path in
                target.withUnsafeBufferPointer { target in
                    label.withUnsafeBufferPointer { label in
                    depth.withUnsafeBufferPointer { depth in
                    subtreeEnd.withUnsafeBufferPointer { subtreeEnd in
                    word.withUnsafeBufferPointer { word in
                    shortest.withUnsafeBufferPointer { shortest in
                    longest.withUnsafeBufferPointer { longest in
                        if word[0] >= 0, targetLength <= maxDistance {
                            results.append(.init(index: Int(word[0]), distance: targetLength))
                        }
                        let rowBase = rows.baseAddress!, targetBase = target.baseAddress!
                        let band = maxDistance
                        var node = 1
                        while node < label.count {
                            if shortest[node] > longestReachable || longest[node] < shortestReachable {
                                node = Int(subtreeEnd[node])
                                continue
                            }
                            let row = Int(depth[node])
                            let character = label[node]
                            path[row - 1] = character
                            let above = rowBase + (row - 1) * width, here = above + width
                            let low = max(1, row - band), high = min(targetLength, row + band)
                            var minimum = cap
                            if low == 1 {
                                here[0] = UInt8(truncatingIfNeeded: min(row, Int(cap)))
                            } else {
                                here[low - 1] = cap
                            }
                            let previousCharacter = row >= 2 ? path[row - 2] : 0
                            var column = low
                            while column <= high {
                                let expected = targetBase[column - 1]
                                var value = min(above[column], here[column - 1]) &+ 1
                                if character == expected {
                                    value = min(value, above[column - 1])
                                } else {
                                    value = min(value, above[column - 1] &+ 1)
                                    if row >= 2, column >= 2, character == targetBase[column - 2], previousCharacter == expected {
                                        value = min(value, (above - width)[column - 2] &+ 1)
                                    }
                                }
                                value = min(value, cap)
                                here[column] = value
                                minimum = min(minimum, value)
                                column &+= 1
                            }
                            if high + 1 < width { here[high + 1] = cap }
                            if Int(minimum) > maxDistance {
                                node = Int(subtreeEnd[node])
                                continue
                            }
                            if word[node] >= 0, abs(row - targetLength) <= maxDistance {
                                let distance = Int(here[targetLength])
                                if distance <= maxDistance { results.append(.init(index: Int(word[node]), distance: distance)) }
                            }
                            node += 1
                        }
                    }
                    }
                    }
                    }
                    }
                    }
                }
            }
        }
        return results
    }

    /// How far `length` is from the range `shortest...longest` (0 inside it).
    @inline(__always)
    private static func gap(_ length: Int, _ shortest: Int, _ longest: Int) -> Int {
        length < shortest ? shortest - length : (length > longest ? length - longest : 0)
    }

    var estimatedBytes: Int { label.count * (1 + 4 * 5) }
}
