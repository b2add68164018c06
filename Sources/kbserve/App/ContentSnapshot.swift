import Diagnoser
import Foundation
import KnowledgeBase
import NIOCore

/// One loaded content snapshot: the knowledge base and a Diagnoser over its articles.
/// Requests read a snapshot; a reload swaps in a whole new one.
struct ContentSnapshot: Sendable {
    let knowledgeBase: KnowledgeBase
    let diagnoser: Diagnoser
    let loadedAt: Date
    /// A hash of the content files (`ContentVersion`); empty for content built in code.
    let contentVersion: String
    /// Search results by request.
    let searchCache: BoundedCache<SearchRequest, SearchResults>
    /// `/api/v1/search` bodies by request (JSON encoding costs more than a cached search).
    let encodedSearches: BoundedCache<SearchRequest, EncodedSearch>

    init(
        knowledgeBase: KnowledgeBase, loadedAt: Date = Date(), searchCacheSize: Int = ContentSnapshot.defaultSearchCacheSize,
        contentVersion: String = ""
    ) {
        self.knowledgeBase = knowledgeBase
        self.contentVersion = contentVersion
        self.searchCache = BoundedCache(capacity: searchCacheSize)
        self.encodedSearches = BoundedCache(capacity: searchCacheSize)
        self.diagnoser = Diagnoser(knowledgeBase: knowledgeBase)
        self.loadedAt = loadedAt
    }

    static let defaultSearchCacheSize = 2_000

    /// Searches through the snapshot's cache.
    func search(_ request: SearchRequest) -> SearchResults {
        searchCache.value(for: request) { knowledgeBase.search(request) }
    }
}

/// An encoded search response, and its total (0 when no article answers it, see
/// `SearchResults.answeredTotal`) and redacted query for the search log.
struct EncodedSearch: Sendable {
    var body: ByteBuffer
    var total: Int
    var redactedQuery: String
}

extension SearchResults {
    /// What the search log counts: the matches, or 0 when no article answers the query
    /// (`confident` false), so insights count it with the zero-result queries.
    var answeredTotal: Int { confident ? total : 0 }
}
