import Evaluation
import Testing

@Suite struct RelevanceMetricsTests {
    @Test func metrics() {
        #expect(RelevanceMetrics.hitAt1(["a", "b"], relevant: ["a"]) == 1)
        #expect(RelevanceMetrics.hitAt1([String](), relevant: ["a"]) == 0)
        #expect(RelevanceMetrics.reciprocalRank(["a", "b"], relevant: ["b"]) == 0.5)
        #expect(RelevanceMetrics.reciprocalRank(["a"], relevant: ["b"]) == 0)
        #expect(RelevanceMetrics.ndcg(["a", "b"], grades: ["a": 2, "b": 1]) == 1)
        #expect(RelevanceMetrics.ndcg(["b", "a"], grades: ["a": 2, "b": 1]) < 1)
    }

    @Test func aScoreAveragesOverTheListsAdded() {
        var score = RelevanceScore()
        #expect(score.hitAt1 == 0 && score.mrr == 0 && score.ndcg == 0)
        score.add(["a", "b"], relevant: ["a"])
        score.add(["b", "a"], relevant: ["a"])
        #expect(score.count == 2)
        #expect(score.hitAt1 == 0.5)
        #expect(score.mrr == 0.75)
        #expect(score.ndcg > 0.5 && score.ndcg < 1)
    }

    @Test func scoresAddedTogetherCountEachQueryOnce() {
        var small = RelevanceScore()
        small.add(["a"], relevant: ["a"])
        var large = RelevanceScore()
        for _ in 0..<3 { large.add(["b", "a"], relevant: ["a"]) }
        var pooled = small
        pooled.add(large)
        #expect(pooled.count == 4)
        // One hit in four queries, not the mean of 1.0 and 0.0.
        #expect(pooled.hitAt1 == 0.25)
        #expect(pooled.mrr == (1 + 3 * 0.5) / 4)
        var empty = RelevanceScore()
        empty.add(RelevanceScore())
        #expect(empty.count == 0 && empty.hitAt1 == 0)
    }

    @Test func ungradedDocumentsAreNotRelevant() {
        var score = RelevanceScore()
        score.add(["a", "b"], grades: ["a": 0, "b": 3])
        #expect(score.hitAt1 == 0)
        #expect(score.mrr == 0.5)
    }
}
