/// The best `limit` ranking keys seen so far, best first.
struct TopRanked {
    let limit: Int
    private(set) var keys: [RankingKey] = []

    init(limit: Int) {
        self.limit = limit
        keys.reserveCapacity(limit + 1)
    }

    mutating func insert(_ key: RankingKey) {
        guard limit > 0 else { return }
        if keys.count == limit, let last = keys.last, !(key < last) { return }
        var position = keys.count
        while position > 0, key < keys[position - 1] { position -= 1 }
        keys.insert(key, at: position)
        if keys.count > limit { keys.removeLast() }
    }
}
