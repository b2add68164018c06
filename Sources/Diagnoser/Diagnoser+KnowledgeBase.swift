import KnowledgeBase
import Logging

extension Diagnoser {
    /// A diagnoser over the knowledge base's articles that falls back to its search.
    public init(knowledgeBase: KnowledgeBase, logger: Logger? = nil) {
        self.init(articles: knowledgeBase.articles, synonyms: knowledgeBase.synonyms, search: { query, limit in
            // Only the hits are shown: no "did you mean".
            knowledgeBase.search(SearchRequest(query: query, limit: limit, suggestsSpelling: false)).hits
        }, logger: logger, language: knowledgeBase.language)
    }
}
