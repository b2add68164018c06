import Foundation

/// Standard measures of a ranked list against judgments.
public enum RelevanceMetrics {
    /// 1 when the first result is relevant.
    public static func hitAt1<ID: Hashable>(_ ranked: [ID], relevant: Set<ID>) -> Double {
        ranked.first.map { relevant.contains($0) ? 1 : 0 } ?? 0
    }

    /// Reciprocal rank of the first relevant result within the first `k`, else 0.
    public static func reciprocalRank<ID: Hashable>(_ ranked: [ID], relevant: Set<ID>, k: Int = 10) -> Double {
        for (offset, id) in ranked.prefix(k).enumerated() where relevant.contains(id) { return 1 / Double(offset + 1) }
        return 0
    }

    /// nDCG@k with linear gain (trec_eval's `ndcg_cut`): DCG = Σ gain / log2(rank + 1).
    public static func ndcg<ID: Hashable>(_ ranked: [ID], grades: [ID: Int], k: Int = 10) -> Double {
        var dcg = 0.0
        for (offset, id) in ranked.prefix(k).enumerated() {
            dcg += Double(grades[id] ?? 0) / log2(Double(offset + 2))
        }
        let ideal = grades.values.sorted(by: >).prefix(k).enumerated().reduce(0.0) { sum, entry in
            sum + Double(entry.element) / log2(Double(entry.offset + 2))
        }
        return ideal > 0 ? dcg / ideal : 0
    }
}
