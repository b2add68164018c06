/// The best `limit` ranking keys seen so far, best first.
struct TopRanked {
    let limit: Int
    private(set) var keys: [RankingKey] = []

    init(limit: Int) {
        self.limit = limit
        keys.reserveCapacity(limit + 1)
    }

    /// Keeps `key` if it ranks among the best `limit`. Most keys of a long query rank below
    /// the last one kept: that test is inlined into the caller's loop, the insertion is not.
    @inline(__always)
    mutating func insert(_ key: RankingKey) {
        if keys.count == limit {
            guard limit > 0, key < keys[limit - 1] else { return }
        }
        place(key)
    }

    private mutating func place(_ key: RankingKey) {
        var position = keys.count
        while position > 0, key < keys[position - 1] { position -= 1 }
        keys.insert(key, at: position)
        if keys.count > limit { keys.removeLast() }
    }
}
