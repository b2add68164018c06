import Hummingbird
import KnowledgeBase

/// `GET /api/v1/articles` and `GET /api/v1/articles/{id}`.
struct ArticlesAPIController {
    let content: ContentStore

    struct Summary: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var summary: String
        var category: Category?
        var audience: Audience
        /// The language of the title and summary (the original where there is no translation).
        var lang: Language
        var url: String
        var updated: String?

        init(_ article: Article, language: Language = .original) {
            lang = language
            id = article.id
            title = article.title
            summary = article.summary
            category = article.category
            audience = article.audience
            url = Paths.article(article, language: language)
            updated = article.updated
        }
    }

    struct Heading: Encodable, Sendable {
        var heading: String
        var level: Int
        var anchor: String
        var url: String
    }

    struct Detail: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var summary: String
        var category: Category?
        var audience: Audience
        var lang: Language
        var url: String
        var updated: String?
        var aliases: [String]
        var errors: [ErrorMessage]
        var sections: [Heading]
        var related: [Summary]
        /// Sanitized body HTML.
        var html: String
    }

    struct List: Encodable, Sendable {
        var total: Int
        var articles: [Summary]
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("articles", use: list)
        routes.get("articles/{id}", use: detail)
        return routes
    }

    /// The articles the `audience` parameter may see: patient articles unless `audience=staff`.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<List> {
        let language = try request.requestedLanguage()
        let snapshot = content.current
        let articles = snapshot.knowledgeBase.articles(visibleTo: try request.query.audience()).map { original in
            snapshot.translations[language]?.knowledgeBase.article(original.id).map { Summary($0, language: language) }
                ?? Summary(original, language: .original)
        }
        return JSONResponse(value: List(total: articles.count, articles: articles))
    }

    @Sendable func detail(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Detail> {
        let snapshot = content.current
        let requested = try request.requestedLanguage()
        let audience = try request.query.audience()
        guard let id = context.parameters.get("id"), let found = snapshot.article(ArticleID(id), in: requested, visibleTo: audience) else {
            throw HTTPError(.notFound, message: "There is no article with that id.")
        }
        let article = found.article
        let language = found.translated ? requested : .original
        let knowledgeBase = snapshot.edition(language).knowledgeBase
        return JSONResponse(
            value: Detail(
                id: article.id, title: article.title, summary: article.summary, category: article.category,
                audience: article.audience, lang: language, url: Paths.article(article, language: requested), updated: article.updated,
                aliases: article.aliases, errors: article.errors,
                sections: article.sections.filter { !$0.anchor.isEmpty }.map {
                    Heading(heading: $0.heading, level: $0.level, anchor: $0.anchor, url: Paths.article(article, anchor: $0.anchor, language: requested))
                },
                related: article.related.compactMap { knowledgeBase.article($0, visibleTo: audience) }.map { Summary($0, language: language) },
                html: article.html
            )
        )
    }
}
