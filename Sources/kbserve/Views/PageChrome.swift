import KnowledgeBase

/// What the layout around every page shows in the page's language: `<html lang>`, the
/// interface text (`{{t.key}}`), the links that carry the language (home, search,
/// troubleshooter), the language switch, and the `hreflang` alternates where the page
/// exists in both languages.
struct PageChrome: Sendable {
    struct Alternate: Sendable {
        var hreflang: String
        var url: String
    }

    var lang: String
    var t: StringCatalog
    var homeURL: String
    var searchAction: String
    var troubleshootURL: String
    /// The footer's "trouble with the portal" line, escaped, with its links.
    var footerPortalHelpHTML: String
    /// The switch to the other language: sets the language cookie, then opens this page there.
    var switchURL: String
    var switchName: String
    var switchLang: String
    var alternates: [Alternate]
    var hasAlternates: Bool
    /// The page's own URL, for `<link rel="canonical">` (articles: without a click's `sid` and `pos`).
    var canonicalURL: String?

    /// - Parameters:
    ///   - path: the page's local path and query in its own language (`/es/search?q=…`).
    ///   - existsInBothLanguages: false for an article with no translation: no alternates.
    init(language: Language, catalog: StringCatalog, path: String, existsInBothLanguages: Bool = true) {
        lang = language.rawValue
        t = catalog
        homeURL = Paths.home(language)
        searchAction = Paths.searchForm(language)
        troubleshootURL = Paths.troubleshoot(language)
        footerPortalHelpHTML = catalog.html(
            "footer_portal_help",
            links: [
                "gettingHelp": ("footer_getting_help_link", Paths.category("getting-help", language: language)),
                "troubleshooter": ("footer_troubleshooter_link", Paths.troubleshoot(language)),
            ]
        )
        let other = Language.allCases.first { $0 != language } ?? .original
        switchURL = Paths.languageSwitch(to: other, next: Paths.translate(path, to: other))
        switchName = other.nativeName
        switchLang = other.rawValue
        if existsInBothLanguages {
            alternates = Language.allCases.map { Alternate(hreflang: $0.rawValue, url: Paths.translate(path, to: $0)) }
                + [Alternate(hreflang: "x-default", url: Paths.translate(path, to: .original))]
        } else {
            alternates = []
        }
        hasAlternates = !alternates.isEmpty
    }
}
