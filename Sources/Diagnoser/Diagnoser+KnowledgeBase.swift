import KnowledgeBase
import Logging

extension Diagnoser {
    /// A diagnoser over the knowledge base's articles that falls back to its search.
    public init(knowledgeBase: KnowledgeBase, logger: Logger? = nil) {
        self.init(articles: knowledgeBase.articles, synonyms: knowledgeBase.synonyms, search: { query, limit in
            knowledgeBase.search(SearchRequest(query: query, limit: limit)).hits
        }, logger: logger, language: knowledgeBase.language)
    }
}
