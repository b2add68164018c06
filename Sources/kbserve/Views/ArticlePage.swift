import KnowledgeBase

/// `/articles/{id}`: the article with its table of contents, related articles,
/// breadcrumb, last updated date and the "Was this helpful?" form.
struct ArticlePage: PageView {
    static let template = "article"

    struct Reason: Sendable {
        var value: String
        var label: String
    }

    struct Heading: Sendable {
        var heading: String
        var anchor: String
        var isSubsection: Bool
    }

    var chrome: PageChrome
    /// The interface text (`{{t.key}}`): the chrome's catalog, stored for the templates.
    let t: StringCatalog
    var pageTitle: String
    var query = ""
    var id: String
    var title: String
    var summary: String?
    var categoryName: String?
    var categoryURL: String?
    var updated: String?
    var contents: [Heading]
    var hasContents: Bool
    /// Sanitized by the loader.
    var html: String
    var related: [ArticleLink]
    var hasRelated: Bool
    var feedbackURL: String
    /// The reasons a "No" may give (`FeedbackReason`), in the page's language.
    var reasons: [Reason]
    var thanks: Bool
    /// A guide for office staff: the page says so.
    var forStaff: Bool
    /// The page's language has no translation of the article: it is shown in the original, with a notice.
    var untranslated: Bool
    /// The body's language when it differs from the page's (`lang` on the body).
    var bodyLang: String?

    /// - Parameter untranslated: `article` is the original, shown because the page's language has no translation.
    init(article: Article, knowledgeBase: KnowledgeBase, thanks: Bool, chrome: PageChrome, untranslated: Bool = false) {
        self.chrome = chrome
        self.t = chrome.t
        let language = chrome.t.language
        self.untranslated = untranslated
        bodyLang = untranslated ? Language.original.rawValue : nil
        id = article.id.rawValue
        title = article.title
        pageTitle = article.title
        summary = article.summary.isEmpty ? nil : article.summary
        categoryName = article.category.map(chrome.t.name(of:))
        categoryURL = article.category.map { Paths.category($0, language: language) }
        updated = article.updated
        contents = article.sections.filter { !$0.anchor.isEmpty && !$0.heading.isEmpty && (2...3).contains($0.level) }
            .map { Heading(heading: $0.heading, anchor: $0.anchor, isSubsection: $0.level == 3) }
        hasContents = contents.count >= 2
        html = Paths.localizingLinks(in: Self.withoutLeadingTitle(article.html), to: language)
        related = article.related.compactMap { knowledgeBase.article($0) }.map { ArticleLink($0, language: language) }
        hasRelated = !related.isEmpty
        feedbackURL = Paths.feedback(article, language: language)
        reasons = FeedbackReason.allCases.map { Reason(value: $0.rawValue, label: chrome.t["feedback_reason_" + $0.rawValue]) }
        self.thanks = thanks
        forStaff = article.audience == .staff
    }

    /// The page shows the title itself, so a body that starts with its own `<h1>` loses it.
    static func withoutLeadingTitle(_ html: String) -> String {
        let trimmed = html.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("<h1"), let end = trimmed.range(of: "</h1>") else { return html }
        return String(trimmed[end.upperBound...])
    }
}
