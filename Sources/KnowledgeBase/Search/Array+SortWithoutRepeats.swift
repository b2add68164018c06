extension Array where Element: Comparable {
    /// Sorts the elements ascending and leaves each value once.
    mutating func sortWithoutRepeats() {
        sort()
        // Sorted, so a repeat sits next to its first occurrence.
        var kept = 0
        for index in indices where kept == 0 || self[kept - 1] != self[index] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }

    /// This array and `other`, both ascending without repeats, as one array of the same kind.
    func sortedUnion(_ other: [Element]) -> [Element] {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var merged = self + other
        merged.sortWithoutRepeats()
        return merged
    }
}
