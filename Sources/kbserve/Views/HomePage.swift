import KnowledgeBase

/// `/`: a search box and the categories with their articles.
struct HomePage: PageView {
    static let template = "home"
    var pageTitle = "Help center"
    var query = ""
    var categories: [CategorySummary]
    var uncategorized: [ArticleLink]
    var hasUncategorized: Bool

    init(knowledgeBase: KnowledgeBase) {
        categories = knowledgeBase.categorySummaries
        uncategorized = knowledgeBase.articles(visibleTo: .patient).filter { $0.category == nil }.map { ArticleLink($0) }
        hasUncategorized = !uncategorized.isEmpty
    }
}
