import KnowledgeBase

/// `/embed/panel`: the help panel's suggestions for the app's context (the article section
/// for the error on screen, then the articles for the route, from their `contexts` first and
/// then from search), the results of a search typed in the panel, and the search form (it
/// POSTs, so the text never reaches a URL). Compact for a 360-pixel side panel.
struct EmbedPanelPage: PageView {
    static let template = "panel"

    /// The article for the error on screen, at the section of its most likely cause.
    struct ErrorHelp: Sendable {
        var errorTitle: String
        var articleID: String
        var title: String
        var url: String
        var summary: String?
        var steps: [String]
        var hasSteps: Bool
    }

    struct Suggestion: Sendable {
        var id: String
        var title: String
        var url: String
        var summary: String?
    }

    /// The other language's articles answer the search, which is written in that language: a line
    /// in that language with a button that posts the same search (and context) to its panel.
    struct OtherLanguageForm: Sendable {
        var lang: String
        var text: String
        var buttonText: String
        var action: String

        /// The form for `answer`, worded by `catalog` (the other language's).
        init(_ answer: OtherLanguageAnswer, catalog t: StringCatalog) {
            lang = answer.language.rawValue
            text = t["search_other_language"]
            buttonText = t["search_other_language_link"]
            action = Paths.embedPanel(answer.language)
        }
    }

    var chrome: PageChrome
    let t: StringCatalog
    var pageTitle: String
    var heading: String
    /// Something the panel could not use (a malformed error id, text in the URL), said plainly.
    var problem: String?
    var errorHelp: ErrorHelp?
    var suggestions: [Suggestion]
    var hasSuggestions: Bool
    /// Nothing to suggest and nothing searched: the panel says so above the search form.
    var noSuggestions: Bool
    var query: String
    var hasQuery: Bool
    var resultsHeading: String
    var resultsSummary: String
    var results: [SearchPage.Result]
    var otherLanguage: OtherLanguageForm?
    var searchAction: String
    var errorName: String?
    var routeName: String?
    var helpCenterURL: String
    /// The origins the panel's script may talk to, space-separated.
    var embedOrigins: String

    init(
        context: EmbedContext, errorHelp: ErrorHelp?, suggestions: [Suggestion], query: String, results: SearchResults?, searchID: SearchID?,
        otherLanguage: OtherLanguageForm? = nil, problem: String? = nil, embedOrigins: EmbedOrigins, chrome: PageChrome
    ) {
        self.chrome = chrome
        self.otherLanguage = otherLanguage
        self.t = chrome.t
        let t = chrome.t
        let language = t.language
        pageTitle = t["panel_title"]
        heading = t["panel_heading"]
        self.problem = problem
        self.errorHelp = errorHelp
        self.suggestions = suggestions
        hasSuggestions = !suggestions.isEmpty
        self.query = query
        hasQuery = !query.isEmpty
        noSuggestions = errorHelp == nil && suggestions.isEmpty && !hasQuery
        resultsHeading = t.format("search_results_heading", ["query": query])
        let hits = results?.hits ?? []
        resultsSummary = SearchPage.countSummary(confident: results?.confident ?? false, total: results?.total ?? 0, catalog: t)
        self.results = hits.enumerated().map { offset, hit in
            let url = Paths.embedArticle(hit.id, anchor: hit.anchor, language: language, context: context)
            return SearchPage.Result(hit, url: Paths.result(url, searchID: searchID, position: offset + 1), catalog: t, showsCategory: false)
        }
        searchAction = Paths.embedPanel(language)
        errorName = context.error
        routeName = context.route?.rawValue
        helpCenterURL = Paths.home(language)
        self.embedOrigins = embedOrigins.origins.joined(separator: " ")
    }
}

/// `/embed/panel/articles/{id}`: an article in the panel, rendered by the site's own article
/// partials (`ArticlePage`), with links to other articles kept in the panel and the rest opened
/// in a new tab, a link back to the suggestions and one to the full article.
struct EmbedArticlePage: PageView {
    static let template = "panel-article"

    var chrome: PageChrome
    let t: StringCatalog
    var pageTitle: String
    var article: ArticlePage
    /// On `<body data-article>`: the panel's script tells the app which article is open.
    var articleID: String
    var backURL: String
    var fullArticleURL: String
    var embedOrigins: String

    init(article page: ArticlePage, source: Article, context: EmbedContext, embedOrigins: EmbedOrigins) {
        chrome = page.chrome
        t = page.t
        let language = page.t.language
        var page = page
        page.html = Paths.embedLinks(in: ArticlePage.withoutLeadingTitle(source.html), language: language, context: context)
        page.related = page.related.map { link in
            var link = link
            link.url = Paths.embedArticle(ArticleID(link.id), language: language, context: context)
            return link
        }
        article = page
        articleID = source.id.rawValue
        pageTitle = page.pageTitle
        backURL = Paths.embedPanel(language, context: context)
        fullArticleURL = Paths.article(source, language: language)
        self.embedOrigins = embedOrigins.origins.joined(separator: " ")
    }
}
