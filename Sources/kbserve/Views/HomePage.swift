import KnowledgeBase

/// `/`: a search box and the categories with their articles.
struct HomePage: PageView {
    static let template = "home"
    var chrome: PageChrome
    /// The interface text (`{{t.key}}`): the chrome's catalog, stored for the templates.
    let t: StringCatalog
    var pageTitle: String
    var query = ""
    var categories: [CategorySummary]
    var uncategorized: [ArticleLink]
    var hasUncategorized: Bool

    init(knowledgeBase: KnowledgeBase, chrome: PageChrome) {
        self.chrome = chrome
        self.t = chrome.t
        pageTitle = chrome.t["home_title"]
        categories = knowledgeBase.categorySummaries(catalog: chrome.t)
        uncategorized = knowledgeBase.articles(visibleTo: .patient).filter { $0.category == nil }
            .map { ArticleLink($0, language: chrome.t.language) }
        hasUncategorized = !uncategorized.isEmpty
    }
}
