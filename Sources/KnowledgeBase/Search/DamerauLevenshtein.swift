/// Optimal-string-alignment Damerau-Levenshtein distance over bytes: insertions, deletions,
/// substitutions and swaps of neighbours each cost 1. `limit` lets callers stop early: any
/// result above it is reported as `limit + 1`.
public enum DamerauLevenshtein {
    public static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int = .max) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit == .max ? abs(n - m) : limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        // Three rows on the stack: two rows back (for swaps), the previous row, the current row.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            var previous2 = 0, previous = m + 1, current = 2 * (m + 1)
            for j in 0...m { buffer[previous + j] = j; buffer[previous2 + j] = 0 }
            for i in 1...n {
                buffer[current] = i
                var rowMin = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(buffer[previous + j] + 1, buffer[current + j - 1] + 1, buffer[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, buffer[previous2 + j - 2] + 1)
                    }
                    buffer[current + j] = value
                    rowMin = min(rowMin, value)
                }
                if limit != .max && rowMin > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return buffer[previous + m]
        }
    }

    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        distance(Array(a.utf8), Array(b.utf8), limit: limit)
    }
}
