import KnowledgeBase

/// `/categories/{id}`: one category's articles.
struct CategoryPage: PageView {
    static let template = "category"
    var chrome: PageChrome
    /// The interface text (`{{t.key}}`): the chrome's catalog, stored for the templates.
    let t: StringCatalog
    var pageTitle: String
    var query = ""
    var category: CategorySummary

    init(category: Category, articles: [Article], chrome: PageChrome) {
        self.chrome = chrome
        self.t = chrome.t
        self.category = CategorySummary(category, articles: articles, catalog: chrome.t)
        pageTitle = self.category.name
    }
}
