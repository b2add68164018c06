import Foundation
import Hummingbird
import NIOCore
import KnowledgeBase

/// `GET /api/v1/search` and `GET`/`POST /api/v1/suggest`. Answers give the query back
/// redacted (`Redactor.shownBack`).
struct SearchAPIController {
    let content: ContentStore
    let searcher: RecordingSearcher
    /// Response bodies by content generation and request: encoding JSON costs more than a
    /// cached search, and many people ask the same few things.
    let responses: BoundedCache<CachedResponseKey, EncodedSearch>

    init(content: ContentStore, searcher: RecordingSearcher, cacheSize: Int = ContentSnapshot.defaultSearchCacheSize) {
        self.content = content
        self.searcher = searcher
        self.responses = BoundedCache(capacity: cacheSize)
    }

    struct CachedResponseKey: Hashable, Sendable {
        var generation: Int
        var language: Language
        var request: SearchRequest
    }

    /// An encoded response, with its total (0 when no article answers it, see
    /// `SearchResults.answeredTotal`) and its query as the search log takes it. Its
    /// `searchId` and result URLs carry a search id that each request replaces with its own.
    struct EncodedSearch: Sendable {
        var body: SearchIDTemplate
        var total: Int
        var query: LoggedText
        var top: String?
        /// The language the search is pointed to (`otherLanguage` of the body), if any.
        var otherLanguage: Language?
    }

    struct Result: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var url: String
        var anchor: String
        /// HTML-escaped, with `<mark>` around matched words.
        var snippet: String
        var score: Double
        var category: Category?
        /// The article covers only part of the query: related, not counted in `total`.
        var partial: Bool
    }

    struct Results: Encodable, Sendable {
        /// This search's id: result URLs carry it (`sid`) with their position (`pos`), so that a followed link counts as a click.
        var searchId: String
        var query: String
        /// The language searched (the articles' and the URLs').
        var lang: Language
        var total: Int
        /// Whether the first result answers the query; false: no article does.
        var confident: Bool
        var results: [Result]
        var suggestion: String?
        /// Written in the other language, the query is answered there: that language and its count.
        var otherLanguage: OtherLanguage?
    }

    /// The other language's answer to a query written in it (`KnowledgeBase.otherLanguageAnswer`):
    /// the app searches again with `lang` set to it.
    struct OtherLanguage: Encodable, Sendable {
        var lang: Language
        var total: Int
    }

    struct Suggestion: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var url: String
    }

    struct Suggestions: Encodable, Sendable {
        var query: String
        var lang: Language
        var suggestions: [Suggestion]
    }

    static let maxSuggestions = 5

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("search", use: search)
        routes.get("suggest", use: suggest)
        routes.post("suggest", use: suggest)
        return routes
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields = request.query
        let parameters = try SearchParameters(fields, emptyCategoryMeansAll: false)
        guard !parameters.query.isEmpty else {
            throw HTTPError(.badRequest, message: "Give the text to search for in the q parameter.")
        }
        let language = try request.requestedLanguage(fields)
        let current = content.current
        let key = CachedResponseKey(generation: current.generation, language: language, request: parameters.request)
        let encoded = responses.value(for: key) {
            let (results, answer) = current.search(parameters.request, in: language)
            let template = SearchID()
            let redacted = searcher.redactor.redact(parameters.query)
            var body = Self.results(
                searcher.redactor.shownBack(results, redactedQuery: redacted), audience: parameters.audience, language: language, searchID: template)
            body.otherLanguage = answer.map { OtherLanguage(lang: $0.language, total: $0.total) }
            return EncodedSearch(
                body: SearchIDTemplate(JSONWriter.encode(body), id: template),
                total: results.answeredTotal, query: current.loggedText(redacted, in: language), top: results.hits.first?.id.rawValue,
                otherLanguage: answer?.language
            )
        }
        let searchID = searcher.record(
            encoded.query, total: encoded.total, top: encoded.top, language: language, otherLanguage: encoded.otherLanguage, from: context.logClient)
        let body = encoded.body.filled(with: searchID)
        return Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(body.readableBytes)],
            body: .init(byteBuffer: body)
        )
    }

    /// The JSON of `results`; links carry `audience` so that staff guides open for staff.
    static func results(_ results: SearchResults, audience: Audience = .patient, language: Language = .original, searchID: SearchID) -> Results {
        Results(
            searchId: searchID.rawValue, query: results.query, lang: language, total: results.total, confident: results.confident,
            results: results.hits.enumerated().map { offset, hit in
                Result(
                    id: hit.id, title: hit.title,
                    url: Paths.result(
                        Paths.article(hit.id, anchor: hit.anchor, audience: audience, language: language), searchID: searchID, position: offset + 1),
                    anchor: hit.anchor,
                    snippet: hit.snippet, score: hit.score, category: hit.category, partial: hit.partial
                )
            },
            suggestion: results.suggestion
        )
    }

    /// Articles whose titles complete what is being typed. The page's script posts the text
    /// (`q` and `lang` in a form body), so that it stays out of URLs and the logs of proxies.
    @Sendable func suggest(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Suggestions> {
        let fields = request.method == .post ? try await request.formFields(context: context) : request.query
        let prefix = fields.nonEmpty("q") ?? ""
        guard fields.sentLength(of: "q") <= 200 else {
            throw HTTPError(.badRequest, message: "The q parameter is longer than 200 characters.")
        }
        let language = try request.requestedLanguage(fields)
        let articles = content.current.edition(language).knowledgeBase.searcher
        let hits = prefix.isEmpty ? [] : articles.suggest(prefix: prefix, limit: Self.maxSuggestions)
        return JSONResponse(
            value: Suggestions(
                query: searcher.redactor.redact(prefix), lang: language,
                suggestions: hits.prefix(Self.maxSuggestions).map {
                    Suggestion(id: $0.id, title: $0.title, url: Paths.article($0.id, anchor: $0.anchor, language: language))
                }
            )
        )
    }
}
