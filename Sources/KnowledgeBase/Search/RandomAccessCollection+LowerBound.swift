extension RandomAccessCollection where Element: Comparable {
    /// The index of the first element that is `value` or more, in a collection sorted
    /// ascending (binary search); `endIndex` when every element is less.
    func lowerBound(of value: Element) -> Index {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
            if self[middle] < value { low = index(after: middle) } else { high = middle }
        }
        return low
    }

    /// Whether the collection, sorted ascending, holds `value` (binary search).
    func sortedContains(_ value: Element) -> Bool {
        let found = lowerBound(of: value)
        return found < endIndex && self[found] == value
    }
}
