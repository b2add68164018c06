/// hit@1, MRR@10 and nDCG@10 averaged over the ranked lists added to it.
public struct RelevanceScore: Sendable {
    /// How many ranked lists were added.
    public private(set) var count = 0
    private var hits = 0.0, reciprocalRanks = 0.0, gains = 0.0

    public init() {}

    /// Adds one query's ranking, judged by grades (0 or absent: not relevant).
    public mutating func add<ID: Hashable>(_ ranked: [ID], grades: [ID: Int]) {
        let relevant = Set(grades.filter { $0.value > 0 }.keys)
        hits += RelevanceMetrics.hitAt1(ranked, relevant: relevant)
        reciprocalRanks += RelevanceMetrics.reciprocalRank(ranked, relevant: relevant)
        gains += RelevanceMetrics.ndcg(ranked, grades: grades)
        count += 1
    }

    /// Adds one query's ranking, every relevant id of grade 1.
    public mutating func add<ID: Hashable>(_ ranked: [ID], relevant: Set<ID>) {
        add(ranked, grades: Dictionary(uniqueKeysWithValues: relevant.map { ($0, 1) }))
    }

    /// Adds every ranking of `other`: the score of two sets taken as one (a pooled mean, each
    /// query counting once, not a mean of the two means).
    public mutating func add(_ other: RelevanceScore) {
        hits += other.hits
        reciprocalRanks += other.reciprocalRanks
        gains += other.gains
        count += other.count
    }

    /// 0 when nothing was added, as for every mean below.
    public var hitAt1: Double { mean(hits) }
    public var mrr: Double { mean(reciprocalRanks) }
    public var ndcg: Double { mean(gains) }

    private func mean(_ sum: Double) -> Double { count > 0 ? sum / Double(count) : 0 }
}
