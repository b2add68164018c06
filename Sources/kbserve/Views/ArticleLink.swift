import KnowledgeBase

/// An article in a list: title, link and summary.
struct ArticleLink: Sendable {
    var title: String
    var url: String
    var summary: String?

    init(_ article: Article, anchor: String? = nil) {
        title = article.title
        url = Paths.article(article, anchor: anchor)
        summary = article.summary.isEmpty ? nil : article.summary
    }
}

/// A category with its articles, for the home page and category pages.
struct CategorySummary: Sendable {
    var id: String
    var name: String
    var url: String
    var articles: [ArticleLink]
    var count: Int

    init(_ category: Category, articles: [Article]) {
        id = category.rawValue
        name = category.displayName
        url = Paths.category(category)
        self.articles = articles.map { ArticleLink($0) }
        count = articles.count
    }
}

extension KnowledgeBase {
    /// The known categories in order, then any others, each with the articles patients see;
    /// empty ones left out.
    var categorySummaries: [CategorySummary] {
        let grouped = articlesByCategory(visibleTo: .patient)
        let others = grouped.keys.filter { !Category.known.contains($0) }.sorted()
        return (Category.known + others).compactMap { category in
            guard let articles = grouped[category], !articles.isEmpty else { return nil }
            return CategorySummary(category, articles: articles)
        }
    }
}
