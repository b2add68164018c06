import Diagnoser
import Hummingbird
import KnowledgeBase

/// The server-rendered pages in one language: home, search, articles (with the feedback
/// form), categories and the troubleshooter. They work without JavaScript. `buildRouter`
/// mounts one per language: English at `/`, Spanish at `/es/`. An article with no
/// translation is shown in the original with a notice.
struct PagesController {
    let language: Language
    let catalog: StringCatalog
    let views: PageRenderer
    let content: ContentStore
    let searcher: RecordingSearcher
    let diagnoser: RecordingDiagnoser
    let feedback: FeedbackRecorder
    let redactor: Redactor

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/", use: home)
        routes.get("search", use: search)
        routes.post("search", use: searchForm)
        routes.get("articles/{id}", use: article)
        routes.post("articles/{id}/feedback", use: feedback)
        routes.get("categories/{id}", use: category)
        routes.get("troubleshoot", use: troubleshootForm)
        routes.post("troubleshoot", use: troubleshoot)
        return routes
    }

    private var edition: ContentEdition { content.current.edition(language) }

    /// The layout of a page at the request's path.
    private func chrome(_ request: Request, existsInBothLanguages: Bool = true) -> PageChrome {
        PageChrome(
            language: language, catalog: catalog, path: request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""),
            existsInBothLanguages: existsInBothLanguages
        )
    }

    /// The home page. The original's home first sends people whose browser prefers another
    /// language there, unless the language cookie says otherwise.
    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        if language == .original, case let preferred = LanguagePreference(request).language, preferred != .original {
            return Response(status: .found, headers: [.location: Paths.home(preferred), .vary: "Accept-Language, Cookie"])
        }
        var response = try HTMLResponse(html: views.render(HomePage(knowledgeBase: edition.knowledgeBase, chrome: chrome(request))))
            .response(from: request, context: context)
        response.headers[.vary] = "Accept-Language, Cookie"
        return response
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        searchPage(try SearchParameters(request.query), from: context.logClient)
    }

    /// The search forms post what was typed, so that it reaches the address bar, the history
    /// and the logs of proxies only when it is safe there: a query in which the `Redactor`
    /// finds nothing and whose every word the help center knows goes on to its address (303:
    /// it can be bookmarked, shared and gone back to). One with a date, a number, an e-mail or
    /// a name, or with a word no article writes (a name in lowercase, a username, a password
    /// typed bare, or a misspelling, which cannot be told apart), is answered here, in the
    /// body, in a page the browser may keep for going back (`HTMLResponse.keptForGoingBack`).
    @Sendable func searchForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let parameters = try SearchParameters(try await request.formFields(context: context))
        // One reading of the redacted text decides the address, the page's links and what the log keeps.
        let logged = content.current.loggedText(redactor.redact(parameters.query), in: language)
        let known = logged.unknownWords.isEmpty
        guard logged.text == parameters.query, known else {
            var page = searchPage(parameters, logged: logged, linksCarryQuery: known, from: context.logClient)
            page.cacheControl = HTMLResponse.keptForGoingBack
            return try page.response(from: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: Self.searchPath(parameters, query: parameters.query, language: language)])
    }

    /// The results page. What was typed is searched; the page shows the query redacted, and its
    /// links (language switch, alternates, the other language's results, "did you mean") carry
    /// only that (`logged`: the form's redaction, read for the log, when it was posted). Unless the help
    /// center knows the query's every word (`linksCarryQuery`), as for its address, no link
    /// carries it: the language switch goes to the other language's search form, the pointer to
    /// the other language is left out, and so is a "did you mean" with a word it does not know.
    private func searchPage(
        _ parameters: SearchParameters, logged: LoggedText? = nil, linksCarryQuery: Bool = true, from client: UnknownWordGate.Client
    ) -> HTMLResponse {
        let search = parameters.query.isEmpty ? nil : searcher.search(parameters.request, in: language, logged: logged, from: client)
        let shownQuery = search?.results.query ?? ""
        var results = search?.results
        if !linksCarryQuery, let suggestion = results?.suggestion, !content.current.knowsEveryWord(of: suggestion, in: language) { results?.suggestion = nil }
        let otherLanguage = linksCarryQuery ? search?.otherLanguage.map { answer in
            SearchPage.OtherLanguageLink(
                answer, query: shownQuery, category: parameters.category, audience: parameters.audience,
                catalog: views.catalogs[answer.language])
        } : nil
        let linkedQuery = linksCarryQuery ? shownQuery : ""
        let chrome = PageChrome(language: language, catalog: catalog, path: Self.searchPath(parameters, query: linkedQuery, language: language))
        return HTMLResponse(
            html: views.render(
                SearchPage(
                    query: shownQuery, category: parameters.category, audience: parameters.audience, results: results,
                    searchID: search?.searchID, otherLanguage: otherLanguage, chrome: chrome
                )
            )
        )
    }

    /// The address of a search for `query` with the filters of `parameters`; the bare form's without a query.
    private static func searchPath(_ parameters: SearchParameters, query: String, language: Language) -> String {
        query.isEmpty && parameters.category == nil && parameters.audience == .default
            ? Paths.searchForm(language)
            : Paths.search(query, category: parameters.category, audience: parameters.audience, language: language)
    }

    @Sendable func article(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let snapshot = content.current
        let shown = try article(context, in: snapshot, audience: try request.query.audience())
        let thanks = request.query["feedback"] == "thanks"
        // A followed result link is a GET; HEAD (link checkers) counts nothing.
        if request.method == .get { searcher.recordClick(sid: request.query["sid"], pos: request.query["pos"], article: shown.article.id) }
        let translatedEverywhere = snapshot.translations.values.allSatisfy { $0.knowledgeBase.article(shown.article.id) != nil }
        // The layout's links (language switch, alternates, canonical) use the article's own URL, without the click's sid and pos.
        let canonical = Paths.article(shown.article.id, audience: shown.article.audience, language: language)
        var chrome = PageChrome(language: language, catalog: catalog, path: canonical, existsInBothLanguages: translatedEverywhere)
        chrome.canonicalURL = canonical
        let page = ArticlePage(
            article: shown.article, knowledgeBase: snapshot.edition(language).knowledgeBase, thanks: thanks, chrome: chrome,
            untranslated: !shown.translated
        )
        return HTMLResponse(html: views.render(page))
    }

    /// The "Was this helpful?" form: records the vote, then 303 back to the article's thanks note.
    @Sendable func feedback(_ request: Request, context: AppRequestContext) async throws -> Response {
        let article = try article(context, in: content.current, audience: try request.query.audience()).article
        let fields = try await request.formFields(context: context)
        let helpful: Bool
        switch fields["helpful"] {
        case "yes": helpful = true
        case "no": helpful = false
        default: throw HTTPError(.badRequest, message: catalog["feedback_choose"])
        }
        try await feedback.record(
            article: article.id.rawValue, helpful: helpful, comment: fields["comment"], reason: fields.nonEmpty("reason"), language: language,
            from: context.logClient)
        let thanks = Paths.article(article.id, anchor: "feedback", audience: article.audience, language: language, query: ["feedback=thanks"])
        return Response(status: .seeOther, headers: [.location: thanks])
    }

    @Sendable func category(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let name = context.parameters.get("id") ?? ""
        let category = Category(rawValue: name)
        let articles = edition.knowledgeBase.articlesByCategory(visibleTo: .patient)[category] ?? []
        guard Category.known.contains(category) || !articles.isEmpty else {
            throw HTTPError(.notFound, message: catalog["error_message_topic_not_found"])
        }
        return HTMLResponse(html: views.render(CategoryPage(category: category, articles: articles, chrome: chrome(request))))
    }

    @Sendable func troubleshootForm(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let fields = request.query
        let page = TroubleshootPage(
            flow: fields.nonEmpty("flow"), agentView: Self.isAgentView(fields), knowledgeBase: edition.knowledgeBase, chrome: chrome(request))
        return HTMLResponse(html: views.render(page))
    }

    /// Diagnoses the posted form. The values typed are read for their shape only and never
    /// shown back; the message is shown back in the form so it can be edited.
    @Sendable func troubleshoot(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let fields = try await request.formFields(context: context)
        let agentView = Self.isAgentView(request.query) || Self.isAgentView(fields)
        let message = fields.nonEmpty("message") ?? ""
        let flow = fields.nonEmpty("flow")
        let hasValues = DiagnosisRequest.valueKeys.contains { fields.nonEmpty($0) != nil }
        let knowledgeBase = edition.knowledgeBase
        guard !message.isEmpty || hasValues else {
            let page = TroubleshootPage(
                flow: flow, agentView: agentView, knowledgeBase: knowledgeBase, problem: catalog["ts_problem_empty"], chrome: chrome(request)
            )
            return HTMLResponse(html: views.render(page), status: .unprocessableContent)
        }
        let (diagnosis, searchID) = diagnoser.diagnoseTracked(DiagnosisRequest(fields: fields, message: message), in: language, from: context.logClient)
        // The message goes back into the form without the values written in it (codes, dates, phones, e-mails).
        let page = TroubleshootPage(
            message: redactor.redact(message), flow: flow, agentView: agentView, diagnosis: diagnosis, searchID: searchID,
            knowledgeBase: knowledgeBase, chrome: chrome(request)
        )
        return HTMLResponse(html: views.render(page), cacheControl: HTMLResponse.keptForGoingBack)
    }

    private static func isAgentView(_ fields: FormFields) -> Bool { fields["view"] == "agent" }

    /// The article of the path in the page's language (or the original) if `audience` may see it:
    /// a staff guide without `?audience=staff` is a 404, the same as an article that does not exist.
    private func article(_ context: AppRequestContext, in snapshot: ContentSnapshot, audience: Audience) throws -> (article: Article, translated: Bool) {
        guard let id = context.parameters.get("id"), let found = snapshot.article(ArticleID(id), in: language, visibleTo: audience) else {
            throw HTTPError(.notFound, message: catalog["error_message_article_not_found"])
        }
        return found
    }
}
