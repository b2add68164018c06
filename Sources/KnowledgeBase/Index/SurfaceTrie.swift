/// The sorted word forms of a `SurfaceDictionary` as a trie laid out in preorder, for typo
/// lookup: node 0 is the empty prefix, a node's children follow it in byte order, and its
/// subtree ends at `subtreeEnd`. Each node records the shortest and longest word below it,
/// so a typo search skips a whole subtree whose lengths are out of reach without visiting it.
struct SurfaceTrie: Sendable {
    struct Node: Sendable {
        /// The byte on the edge into the node (0 for the root).
        var label: UInt8
        /// Bytes from the root: the length of the node's prefix.
        var depth: Int32
        /// One past the last node of the node's subtree.
        var subtreeEnd: Int32 = 0
        /// The dictionary index of the word that ends at the node, or -1.
        var word: Int32 = -1
        /// The shortest and the longest word in the node's subtree, in bytes.
        var shortest: Int32 = .max
        var longest: Int32 = 0
    }

    /// In preorder; node 0 is the root.
    let nodes: [Node]

    /// Builds the trie of the words `bytes[start[i]..<start[i+1]]`, which must be sorted by
    /// bytes (a prefix before its extensions) and distinct.
    init(bytes: [UInt8], start: [Int32]) {
        var nodes = [Node(label: 0, depth: 0)]
        nodes.reserveCapacity(bytes.count + 1) // at most one node per byte, and the root
        var path: [Int] = [0] // the nodes from the root to the last word's node
        // Ends the deepest node of the path: its subtree is complete, and its lengths go to its parent.
        func close() {
            let node = path.removeLast(), parent = path[path.count - 1]
            nodes[node].subtreeEnd = Int32(nodes.count)
            nodes[parent].shortest = min(nodes[parent].shortest, nodes[node].shortest)
            nodes[parent].longest = max(nodes[parent].longest, nodes[node].longest)
        }
        var previousFrom = 0, previousLength = 0
        for index in 0..<(start.count - 1) {
            let from = Int(start[index]), length = Int(start[index + 1]) - from
            var common = 0
            while common < min(previousLength, length), bytes[previousFrom + common] == bytes[from + common] { common += 1 }
            while path.count - 1 > common { close() }
            for offset in common..<length {
                path.append(nodes.count)
                nodes.append(Node(label: bytes[from + offset], depth: Int32(offset + 1)))
            }
            let node = path[path.count - 1]
            nodes[node].word = Int32(index)
            nodes[node].shortest = min(nodes[node].shortest, Int32(length))
            nodes[node].longest = max(nodes[node].longest, Int32(length))
            (previousFrom, previousLength) = (from, length)
        }
        while path.count > 1 { close() }
        nodes[0].subtreeEnd = Int32(nodes.count)
        self.nodes = nodes
    }

    var nodeCount: Int { nodes.count }

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
                    nodes.withUnsafeBufferPointer { nodes in
                        if nodes[0].word >= 0, targetLength <= maxDistance {
                            results.append(.init(index: Int(nodes[0].word), distance: targetLength))
                        }
                        let rowBase = rows.baseAddress!, targetBase = target.baseAddress!
                        var index = 1
                        while index < nodes.count {
                            let node = nodes[index]
                            if node.shortest > longestReachable || node.longest < shortestReachable {
                                index = Int(node.subtreeEnd)
                                continue
                            }
                            let row = Int(node.depth)
                            let character = node.label
                            path[row - 1] = character
                            let above = rowBase + (row - 1) * width, here = above + width
                            let low = max(1, row - maxDistance), high = min(targetLength, row + maxDistance)
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
                                index = Int(node.subtreeEnd)
                                continue
                            }
                            if node.word >= 0, abs(row - targetLength) <= maxDistance {
                                let distance = Int(here[targetLength])
                                if distance <= maxDistance { results.append(.init(index: Int(node.word), distance: distance)) }
                            }
                            index += 1
                        }
                    }
                }
            }
        }
        return results
    }

    var estimatedBytes: Int { nodes.count * MemoryLayout<Node>.stride }
}
