import Diagnoser
import KnowledgeBase

/// The content in one language: its articles (indexed with that language's analysis), a
/// Diagnoser over them, and a cache of the searches it answered. A class of constants, so that
/// a request that reads it shares it instead of copying (and retaining) the index and tables.
final class ContentEdition: Sendable {
    let language: Language
    let knowledgeBase: KnowledgeBase
    let diagnoser: Diagnoser
    /// Search results by request, for this content only.
    let searchCache: BoundedCache<SearchRequest, SearchResults>

    /// - Parameter diagnoser: the Diagnoser validation built over `knowledgeBase`, if any.
    init(language: Language, knowledgeBase: KnowledgeBase, diagnoser: Diagnoser? = nil, searchCacheSize: Int) {
        self.language = language
        self.knowledgeBase = knowledgeBase
        self.diagnoser = diagnoser ?? Diagnoser(knowledgeBase: knowledgeBase)
        self.searchCache = BoundedCache(capacity: searchCacheSize)
    }

    /// Searches through the edition's cache.
    func search(_ request: SearchRequest) -> SearchResults {
        searchCache.value(for: request) { knowledgeBase.search(request) }
    }
}
