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

        /// A hit linked to `url`, with its category in `catalog`'s language (none when `showsCategory` is false).
        init(_ hit: SearchHit, url: String, catalog t: StringCatalog, showsCategory: Bool = true) {
            title = hit.title
            self.url = url
            snippet = hit.snippet
            categoryName = showsCategory ? hit.category.map(t.name(of:)) : nil
            categoryURL = showsCategory ? hit.category.map { Paths.category($0, language: t.language) } : nil
        }
    }

    /// "3 articles found", or that no article answers the search.
    static func countSummary(confident: Bool, total: Int, catalog t: StringCatalog) -> String {
        confident ? (total == 1 ? t["search_found_one"] : t.format("search_found_many", ["count": String(total)])) : t["search_no_answer_count"]
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

    /// The other language's articles answer the query, which is written in that language: a
    /// line in that language (`lang` marks it for screen readers) with a link to its results.
    struct OtherLanguageLink: Sendable {
        var lang: String
        var text: String
        var linkText: String
        var url: String

        /// The link to `answer`'s results for the same search, worded by `catalog` (the other language's).
        init(_ answer: OtherLanguageAnswer, query: String, category: Category?, audience: Audience, catalog t: StringCatalog) {
            lang = answer.language.rawValue
            text = t["search_other_language"]
            linkText = t["search_other_language_link"]
            url = Paths.search(query, category: category, audience: audience, language: answer.language)
        }
    }

    var chrome: PageChrome
    /// The interface text (`{{t.key}}`): the chrome's catalog, stored for the templates.
    let t: StringCatalog
    var pageTitle: String
    var heading: String
    var query: String
    var hasQuery: Bool
    var results: [Result]
    /// Whether there is a result list: an empty one would be read out as a list of no items.
    var hasResults: Bool
    var total: Int
    var summary: String
    var suggestion: Suggestion?
    var otherLanguage: OtherLanguageLink?
    var categories: [Option]
    var categoryName: String?
    /// Related articles that cover only part of the query.
    var related: [Result]
    var hasRelated: Bool
    /// A query with no article that answers it: say so, and offer the troubleshooter and who to contact.
    var noAnswer: Bool
    /// The no-answer advice, escaped, with its links.
    var noAnswerTroubleshooterHTML: String
    var noAnswerBrowseHTML: String
    var contactOfficeHTML: String
    var contactPortalHTML: String
    /// `staff` when staff guides are included; the form sends it back.
    var audience: String?

    /// - Parameter searchID: the search's id, carried by each result link with its position.
    init(
        query: String, category: Category?, audience: Audience = .patient, results: SearchResults?, searchID: SearchID? = nil,
        otherLanguage: OtherLanguageLink? = nil, chrome: PageChrome
    ) {
        self.otherLanguage = otherLanguage
        self.chrome = chrome
        self.t = chrome.t
        let t = chrome.t  // (the stored `t` is not readable before every property is set)
        let language = t.language
        self.query = query
        hasQuery = !query.isEmpty
        pageTitle = query.isEmpty ? t["search_title"] : t.format("search_results_title", ["query": query])
        heading = query.isEmpty ? t["search_title"] : t.format("search_results_heading", ["query": query])
        categories = [Option(value: "", name: t["search_all_topics"], selected: category == nil)]
            + Category.known.map { Option(value: $0.rawValue, name: t.name(of: $0), selected: $0 == category) }
        categoryName = category.map(t.name(of:))
        let hits = results?.hits ?? []
        func result(_ hit: SearchHit) -> Result {
            let position = (hits.firstIndex { $0.id == hit.id && $0.anchor == hit.anchor } ?? 0) + 1
            let url = Paths.article(hit.id, anchor: hit.anchor, audience: audience, language: language)
            return Result(hit, url: Paths.result(url, searchID: searchID, position: position), catalog: t)
        }
        let confident = results?.confident ?? false
        // Without a confident answer, every hit is only related.
        self.results = confident ? hits.filter { !$0.partial }.map(result) : []
        hasResults = !self.results.isEmpty
        related = confident ? hits.filter(\.partial).map(result) : hits.map(result)
        hasRelated = !related.isEmpty
        total = results?.total ?? 0
        var summary = Self.countSummary(confident: confident, total: total, catalog: t)
        if let categoryName { summary += " " + t.format("search_in_category", ["category": categoryName]) }
        self.summary = summary
        suggestion = results?.suggestion.flatMap { text in
            text.lowercased() == query.lowercased()
                ? nil : Suggestion(text: text, url: Paths.search(text, category: category, audience: audience, language: language))
        }
        self.audience = audience == .default ? nil : audience.rawValue
        let troubleshootURL = Paths.troubleshoot(language, agentView: audience == .staff)
        let gettingHelp = Paths.category("getting-help", language: language)
        noAnswerTroubleshooterHTML = t.html("search_no_answer_troubleshooter", links: ["troubleshooter": ("footer_troubleshooter_link", troubleshootURL)])
        noAnswerBrowseHTML = t.html("search_no_answer_browse", links: ["allTopics": ("search_all_topics_link", Paths.home(language))])
        contactOfficeHTML = t.html("search_contact_office", links: [:])
            .replacingOccurrences(of: "{callOffice}", with: "<strong>" + HTMLText.escape(t["search_call_office"]) + "</strong>")
        contactPortalHTML = t.html("search_contact_portal", links: ["gettingHelp": ("footer_getting_help_link", gettingHelp)])
        noAnswer = hasQuery && (!confident || hits.isEmpty)
    }
}
