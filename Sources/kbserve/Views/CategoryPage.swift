import KnowledgeBase

/// `/categories/{id}`: one category's articles.
struct CategoryPage: PageView {
    static let template = "category"
    var pageTitle: String
    var query = ""
    var category: CategorySummary

    init(category: Category, articles: [Article]) {
        self.category = CategorySummary(category, articles: articles)
        pageTitle = category.displayName
    }
}
