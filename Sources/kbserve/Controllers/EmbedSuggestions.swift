import KnowledgeBase

/// The articles the help panel suggests for an app route: those whose `contexts` name it,
/// in content order, then the best search results for the route's words (`registration/verify-identity`
/// → "registration verify identity"). Route searches are the app's, not a patient's: they are not
/// counted in the search log.
struct EmbedSuggestions {
    let edition: ContentEdition

    struct Suggestion: Sendable, Hashable {
        var id: ArticleID
        var title: String
        var summary: String
        /// The section to open at, for a search hit.
        var anchor: String?
    }

    func articles(for route: AppRoute, excluding shown: Set<ArticleID> = [], limit: Int) -> [Suggestion] {
        var seen = shown
        var suggestions: [Suggestion] = []
        for article in edition.knowledgeBase.articles(visibleTo: .patient) where article.contexts.contains(route.rawValue) {
            guard suggestions.count < limit, seen.insert(article.id).inserted else { continue }
            suggestions.append(Suggestion(id: article.id, title: article.title, summary: article.summary, anchor: nil))
        }
        guard suggestions.count < limit else { return suggestions }
        let results = edition.search(SearchRequest(query: route.words, limit: limit))
        for hit in results.hits where !hit.partial && suggestions.count < limit && seen.insert(hit.id).inserted {
            let summary = edition.knowledgeBase.article(hit.id)?.summary ?? ""
            suggestions.append(Suggestion(id: hit.id, title: hit.title, summary: summary, anchor: hit.anchor))
        }
        return suggestions
    }
}
