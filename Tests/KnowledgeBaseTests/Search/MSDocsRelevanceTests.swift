import Evaluation
import Foundation
import Testing
@testable import KnowledgeBase
import TestSupport

/// Relevance regression on the msdocs dev pairs, through the real loader. The floors are what
/// `kbbench search` measured (release), less a small margin. (The help-center dev set is in
/// `Content/RelevanceTests`.)
@Suite struct MSDocsRelevanceTests {
    /// The one test that loads the 5,000-article corpus: checks the count and the pairs' relevance.
    @Test func msdocsPairs() throws {
        let knowledgeBase = try KnowledgeBase.load(from: RepoPaths.msdocs)
        #expect(knowledgeBase.articles.count >= 4980)
        let pairs = try EvaluationQuery.loadPairs(RepoPaths.eval("msdocs-pairs-dev.jsonl"))
        #expect(pairs.count == 635)
        let missing = Set(pairs.flatMap(\.expected)).subtracting(knowledgeBase.articles.map(\.id))
        #expect(missing.isEmpty, "expected articles that do not exist: \(missing.map(\.rawValue).sorted().prefix(10))")
        let score = RelevanceRun(pairs, search: knowledgeBase.search).score
        #expect(score.count == pairs.count)
        // Measured hit@1 0.969, MRR@10 0.982 (SQLite FTS5: 0.904, 0.940).
        #expect(score.hitAt1 >= 0.95, "hit@1 \(score.hitAt1)")
        #expect(score.mrr >= 0.97, "MRR@10 \(score.mrr)")
    }
}
