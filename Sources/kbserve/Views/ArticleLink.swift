import KnowledgeBase

/// An article in a list: title, link and summary.
struct ArticleLink: Sendable {
    var id: String
    var title: String
    var url: String
    var summary: String?

    init(_ article: Article, anchor: String? = nil, language: Language = .original) {
        id = article.id.rawValue
        title = article.title
        url = Paths.article(article, anchor: anchor, language: language)
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

    init(_ category: Category, articles: [Article], catalog: StringCatalog) {
        id = category.rawValue
        name = catalog.name(of: category)
        url = Paths.category(category, language: catalog.language)
        self.articles = articles.map { ArticleLink($0, language: catalog.language) }
        count = articles.count
    }
}

extension StringCatalog {
    /// A category's name in the catalog's language (`category_<id>`), else its English name.
    func name(of category: Category) -> String {
        text("category_" + category.rawValue) ?? category.displayName
    }
}

extension KnowledgeBase {
    /// The known categories in order, then any others, each with the articles patients see;
    /// empty ones left out.
    func categorySummaries(catalog: StringCatalog) -> [CategorySummary] {
        let grouped = articlesByCategory(visibleTo: .patient)
        let others = grouped.keys.filter { !Category.known.contains($0) }.sorted()
        return (Category.known + others).compactMap { category in
            guard let articles = grouped[category], !articles.isEmpty else { return nil }
            return CategorySummary(category, articles: articles, catalog: catalog)
        }
    }
}
