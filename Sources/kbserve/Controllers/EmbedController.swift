import Diagnoser
import Hummingbird
import KnowledgeBase

/// The help panel that apps embed with `/embed/help.js`, in one language (`buildRouter`
/// mounts English at `/embed/panel`, Spanish at `/es/embed/panel`):
///
/// - `GET embed/panel?error=ID&route=ROUTE`: suggestions for the app's context;
/// - `POST embed/panel` (form: `q`, and `error`, `route`): the same with a search; the search text
///   travels in the body, never in a URL;
/// - `GET embed/panel/articles/{id}`: an article in the panel.
///
/// The URL carries the error id and the route only, each checked as a name; a GET with search
/// text or a typed value is refused. `lang=` on a panel URL answers 303 to that language's panel.
/// Errors keep the panel's layout (only panel pages may be framed by the embed origins).
struct EmbedController {
    let language: Language
    let catalog: StringCatalog
    let views: PageRenderer
    let content: ContentStore
    let searcher: RecordingSearcher
    let embedOrigins: EmbedOrigins

    /// The most articles suggested for a route, and the most search results shown.
    static let suggestionLimit = 5

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("embed/panel", use: suggestions)
        routes.post("embed/panel", use: search)
        routes.get("embed/panel/articles/{id}", use: article)
        return routes
    }

    private func chrome(_ request: Request) -> PageChrome {
        PageChrome(language: language, catalog: catalog, path: request.uri.path)
    }

    @Sendable func suggestions(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields = request.query
        if let refused = try refusingTypedText(request, context) { return refused }
        if Self.context(fields) != nil, let redirect = try languageRedirect(request) { return redirect }
        return try panel(request, context, fields: fields, query: "")
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields = try await request.formFields(context: context)
        let parameters = try SearchParameters(fields)
        return try panel(request, context, fields: fields, query: parameters.query)
    }

    @Sendable func article(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let refused = try refusingTypedText(request, context) { return refused }
        guard let embedContext = Self.context(request.query) else {
            return try panel(request, context, fields: FormFields(nil), query: "", problem: "panel_problem_bad_context", status: .badRequest)
        }
        if let redirect = try languageRedirect(request) { return redirect }
        let snapshot = content.current
        guard let id = context.parameters.get("id"), let shown = snapshot.article(ArticleID(id), in: language, visibleTo: .patient) else {
            return try panel(
                request, context, fields: request.query, query: "", problem: "error_message_article_not_found", status: .notFound)
        }
        let page = ArticlePage(
            article: shown.article, knowledgeBase: snapshot.edition(language).knowledgeBase, thanks: false, chrome: chrome(request),
            untranslated: !shown.translated
        )
        if request.method == .get { searcher.recordClick(sid: request.query["sid"], pos: request.query["pos"], article: shown.article.id) }
        let html = views.render(EmbedArticlePage(article: page, source: shown.article, context: embedContext, embedOrigins: embedOrigins))
        return try HTMLResponse(html: html).response(from: request, context: context)
    }

    /// 400 for a panel URL carrying search text (`q`) or a typed value (`pin`, `dateOfBirth`, …):
    /// the panel starts over without it, and never echoes it.
    private func refusingTypedText(_ request: Request, _ context: AppRequestContext) throws -> Response? {
        let fields = request.query
        guard fields["q"] != nil || fields.names.contains(where: { DiagnosisRequest.ValueField(key: $0) != nil }) else { return nil }
        return try panel(request, context, fields: FormFields(nil), query: "", problem: "panel_problem_text_in_url", status: .badRequest)
    }

    /// The suggestions page for `fields` (`error`, `route`) and a search for `query`.
    private func panel(
        _ request: Request, _ context: AppRequestContext, fields: FormFields, query: String, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        var status = status
        var problem = problem.map { catalog[$0] }
        let embedContext: EmbedContext
        if let parsed = Self.context(fields) {
            embedContext = parsed
        } else {
            embedContext = .none
            problem = catalog["panel_problem_bad_context"]
            status = .badRequest
        }
        let edition = content.current.edition(language)
        var errorHelp: EmbedPanelPage.ErrorHelp?
        if let error = embedContext.error {
            if let help = try? ContextHelpResolver(content: content).resolve(
                errorID: error, values: [:], context: DiagnosisContext(), language: language)
            {
                errorHelp = EmbedPanelPage.ErrorHelp(
                    errorTitle: catalog.format("panel_error_title", ["message": help.message]), articleID: help.article.id.rawValue,
                    title: help.article.title,
                    url: Paths.embedArticle(help.article.id, anchor: help.article.anchor, language: language, context: embedContext),
                    summary: help.summary.isEmpty ? nil : help.summary, steps: help.steps, hasSteps: !help.steps.isEmpty
                )
            } else if status == .ok {
                problem = catalog["panel_error_unknown"]
                status = .notFound
            }
        }
        let shown = Set(errorHelp.map { [ArticleID($0.articleID)] } ?? [])
        var suggestions = embedContext.route.map { route in
            EmbedSuggestions(edition: edition).articles(for: route, excluding: shown, limit: Self.suggestionLimit).map {
                EmbedPanelPage.Suggestion(
                    id: $0.id.rawValue, title: $0.title, url: Paths.embedArticle($0.id, anchor: $0.anchor, language: language, context: embedContext),
                    summary: $0.summary.isEmpty ? nil : $0.summary)
            }
        } ?? []
        // Each opening (or search) of the panel is a search for insights: what it suggested are
        // its results, and the links carry its id and their position, so an opened article is a click.
        let search = query.isEmpty ? nil : searcher.search(SearchRequest(query: query, limit: Self.suggestionLimit), in: language, source: .panel, from: context.logClient)
        let suggested = (errorHelp.map { [$0.articleID] } ?? []) + suggestions.map(\.id)
        let searchID = search?.searchID ?? searcher.recordEvent(
            source: .panel, language: language, text: embedContext.insightsText, words: "", resultCount: suggested.count, top: suggested.first
        )
        if search == nil {
            if let help = errorHelp { errorHelp?.url = Paths.result(help.url, searchID: searchID, position: 1) }
            let first = errorHelp == nil ? 1 : 2
            for offset in suggestions.indices {
                suggestions[offset].url = Paths.result(suggestions[offset].url, searchID: searchID, position: first + offset)
            }
        }
        let page = EmbedPanelPage(
            context: embedContext, errorHelp: errorHelp, suggestions: suggestions, query: search?.results.query ?? "", results: search?.results,
            searchID: search?.searchID,
            otherLanguage: search?.otherLanguage.map { EmbedPanelPage.OtherLanguageForm($0, catalog: views.catalogs[$0.language]) },
            problem: problem, embedOrigins: embedOrigins, chrome: chrome(request)
        )
        // A post (a search) is answered in the page: kept for going back, as it shows only what the `Redactor` kept.
        let cacheControl = request.method == .post ? HTMLResponse.keptForGoingBack : nil
        return try HTMLResponse(html: views.render(page), status: status, cacheControl: cacheControl).response(from: request, context: context)
    }

    /// The error id and route of `fields`; nil when one of them is not a name (an error id is one
    /// segment of lowercase letters, digits and dashes; a route is an `AppRoute`).
    /// An empty value is an absent one; any other must be written exactly as the name (no spaces or outer slashes).
    static func context(_ fields: FormFields) -> EmbedContext? {
        var context = EmbedContext()
        if let error = fields["error"], !error.isEmpty {
            guard case .success(let name) = AppRoute.parse(error), name.rawValue == error, !error.contains("/") else { return nil }
            context.error = error
        }
        if let route = fields["route"], !route.isEmpty {
            guard case .success(let parsed) = AppRoute.parse(route), parsed.rawValue == route else { return nil }
            context.route = parsed
        }
        return context
    }

    /// `lang=` naming another language: 303 to the same panel page there; an unknown one is 400.
    private func languageRedirect(_ request: Request) throws -> Response? {
        guard request.query["lang"] != nil, let requested = try request.explicitLanguage(), requested != language else { return nil }
        let kept = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") && $0 != "lang" }
        let path = Paths.translate(request.uri.path, to: requested)
        let query = kept.joined(separator: "&")
        return Response(status: .seeOther, headers: [.location: path + (query.isEmpty ? "" : "?" + query)])
    }
}
