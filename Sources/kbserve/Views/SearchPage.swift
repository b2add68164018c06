import KnowledgeBase

/// `/search?q=`: results with marked snippets, "did you mean", a category filter, and
/// when no article answers the query, a plain statement of that, the troubleshooter, who to
/// contact, and any related articles. With `audience=staff` it also finds the guides for
/// office staff, and keeps that choice when the search is refined.
struct SearchPage: PageView {
    static let template = "search"

    struct Result: Sendable {
        var title: String
        var url: String
        /// Escaped by the search, with `<mark>` around matched words.
        var snippet: String
        var categoryName: String?
        var categoryURL: String?
    }

    struct Option: Sendable {
        var value: String
        var name: String
        var selected: Bool
    }

    struct Suggestion: Sendable {
        var text: String
        var url: String
    }

    var pageTitle: String
    var query: String
    var hasQuery: Bool
    var results: [Result]
    var total: Int
    var summary: String
    var suggestion: Suggestion?
    var categories: [Option]
    var categoryName: String?
    /// Related articles that cover only part of the query.
    var related: [Result]
    var hasRelated: Bool
    /// A query with no article that answers it: say so, and offer the troubleshooter and who to contact.
    var noAnswer: Bool
    var troubleshootURL = "/troubleshoot"
    /// `staff` when staff guides are included; the form sends it back.
    var audience: String?

    init(query: String, category: Category?, audience: Audience = .patient, results: SearchResults?) {
        self.query = query
        hasQuery = !query.isEmpty
        pageTitle = query.isEmpty ? "Search" : "Search results for \u{201C}\(query)\u{201D}"
        categories = [Option(value: "", name: "All topics", selected: category == nil)]
            + Category.known.map { Option(value: $0.rawValue, name: $0.displayName, selected: $0 == category) }
        categoryName = category?.displayName
        func result(_ hit: SearchHit) -> Result {
            Result(
                title: hit.title, url: Paths.article(hit.id, anchor: hit.anchor, audience: audience), snippet: hit.snippet,
                categoryName: hit.category?.displayName, categoryURL: hit.category.map(Paths.category)
            )
        }
        let hits = results?.hits ?? []
        let confident = results?.confident ?? false
        // Without a confident answer, every hit is only related.
        self.results = confident ? hits.filter { !$0.partial }.map(result) : []
        related = confident ? hits.filter(\.partial).map(result) : hits.map(result)
        hasRelated = !related.isEmpty
        total = results?.total ?? 0
        summary = confident ? (total == 1 ? "1 article found" : "\(total) articles found") : "No article answers this search"
        suggestion = results?.suggestion.flatMap { text in
            text.lowercased() == query.lowercased() ? nil : Suggestion(text: text, url: Paths.search(text, category: category, audience: audience))
        }
        self.audience = audience == .default ? nil : audience.rawValue
        if audience == .staff { troubleshootURL = "/troubleshoot?view=agent" }
        noAnswer = hasQuery && (!confident || hits.isEmpty)
    }
}
