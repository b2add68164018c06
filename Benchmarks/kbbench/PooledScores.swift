import Evaluation

/// The scores of several query sets taken as one, per engine: the figure the search targets
/// are stated in ("on the sets never tuned on"), overall and for one kind of query. Engines are
/// printed in the order they were first added.
struct PooledScores {
    private(set) var engines: [String] = []
    private var scores: [String: RelevanceScore] = [:]
    private(set) var sets = 0

    /// Counts one more set; its engines' scores follow with `add`.
    mutating func addSet() { sets += 1 }

    mutating func add(_ engine: String, _ score: RelevanceScore) {
        if scores[engine] == nil { engines.append(engine) }
        scores[engine, default: RelevanceScore()].add(score)
    }

    /// "kbserve hit@1 0.804 MRR@10 0.871 (714 queries)  | FTS5 0.643 / 0.742  | …": the first
    /// engine in full, the others as hit@1 / MRR@10; nil when nothing was added.
    var summary: String? {
        guard let first = engines.first, let ours = scores[first], ours.count > 0 else { return nil }
        var line = "\(first) hit@1 \(SearchMeasure.f(ours.hitAt1)) MRR@10 \(SearchMeasure.f(ours.mrr)) (\(ours.count) queries)"
        for engine in engines.dropFirst() {
            guard let score = scores[engine] else { continue }
            line += "  | \(engine) \(SearchMeasure.f(score.hitAt1)) / \(SearchMeasure.f(score.mrr))"
        }
        return line
    }
}
