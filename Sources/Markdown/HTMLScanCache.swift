// Remembers where a search for a terminator already failed, so repeated unclosed
// constructs (`<!--`, `<?`, `<![CDATA[`, quotes) stay linear.
struct HTMLScanCache {
    var failedFrom: [Int] = Array(repeating: Int.max, count: 6)
    var isEmpty = true

    mutating func reset() {
        guard !isEmpty else { return }
        for k in failedFrom.indices { failedFrom[k] = Int.max }
        isEmpty = true
    }

    static let comment = 0, instruction = 1, cdata = 2, declaration = 3, doubleQuote = 4, singleQuote = 5
}
