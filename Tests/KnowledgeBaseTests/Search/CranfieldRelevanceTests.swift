import Evaluation
import Foundation
import Testing
@testable import KnowledgeBase
import TestSupport

/// Relevance regression on Cranfield (1,400 abstracts, 225 queries, grades 1-4).
@Suite struct CranfieldRelevanceTests {
    @Test func nDCGAt10StaysAboveTheFloor() throws {
        let cranfield = try CranfieldCollection(directory: RepoPaths.eval("cranfield"))
        #expect(cranfield.articles.count == 1400)
        #expect(cranfield.queries.count == 225)
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build(cranfield.articles))
        let score = cranfield.score { searcher.search(SearchRequest(query: $0.text, limit: 10)).hits.map(\.id.rawValue) }
        #expect(score.count == 225)
        // Measured 0.374 (SQLite FTS5 0.367 in the same run of `kbbench search`).
        #expect(score.ndcg >= 0.37, "nDCG@10 \(score.ndcg)")
    }
}
