import Diagnoser
import Foundation
import KnowledgeBase

/// One loaded content snapshot: the knowledge base and a Diagnoser over its articles.
/// Requests read a snapshot; a reload swaps in a whole new one.
struct ContentSnapshot: Sendable {
    let knowledgeBase: KnowledgeBase
    let diagnoser: Diagnoser
    let loadedAt: Date
    /// Counts the snapshots a `ContentStore` has held (0 for the first): caches of what a
    /// snapshot answered key on it, so a reload never serves answers of the old content.
    var generation = 0
    /// Search results by request, for this content only.
    let searchCache: BoundedCache<SearchRequest, SearchResults>

    init(knowledgeBase: KnowledgeBase, loadedAt: Date = Date(), searchCacheSize: Int = ContentSnapshot.defaultSearchCacheSize) {
        self.knowledgeBase = knowledgeBase
        self.searchCache = BoundedCache(capacity: searchCacheSize)
        self.diagnoser = Diagnoser(knowledgeBase: knowledgeBase)
        self.loadedAt = loadedAt
    }

    static let defaultSearchCacheSize = 2_000

    /// Searches through the snapshot's cache.
    func search(_ request: SearchRequest) -> SearchResults {
        searchCache.value(for: request) { knowledgeBase.search(request) }
    }
}

extension SearchResults {
    /// What the search log counts: the matches, or 0 when no article answers the query
    /// (`confident` false), so insights count it with the zero-result queries.
    var answeredTotal: Int { confident ? total : 0 }
}
