import Diagnoser
import Hummingbird
import KnowledgeBase

/// The server-rendered pages: home, search, articles (with the feedback form),
/// categories and the troubleshooter. They work without JavaScript.
struct PagesController {
    let services: HelpCenterServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/", use: home)
        routes.get("search", use: search)
        routes.get("articles/{id}", use: article)
        routes.post("articles/{id}/feedback", use: feedback)
        routes.get("categories/{id}", use: category)
        routes.get("troubleshoot", use: troubleshootForm)
        routes.post("troubleshoot", use: troubleshoot)
        return routes
    }

    private var views: PageRenderer { services.views }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        HTMLResponse(html: views.render(HomePage(knowledgeBase: services.store.current.knowledgeBase)))
    }

    @Sendable func search(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let parameters = try SearchParameters(request.query)
        let results = parameters.query.isEmpty ? nil : services.search(parameters.request)
        return HTMLResponse(
            html: views.render(
                SearchPage(query: parameters.query, category: parameters.category, audience: parameters.audience, results: results)))
    }

    @Sendable func article(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let knowledgeBase = services.store.current.knowledgeBase
        let article = try Self.article(context, in: knowledgeBase, audience: try request.query.audience())
        let thanks = request.query["feedback"] == "thanks"
        return HTMLResponse(html: views.render(ArticlePage(article: article, knowledgeBase: knowledgeBase, thanks: thanks)))
    }

    /// The "Was this helpful?" form: records the vote, then 303 back to the article's thanks note.
    @Sendable func feedback(_ request: Request, context: AppRequestContext) async throws -> Response {
        let article = try Self.article(context, in: services.store.current.knowledgeBase, audience: try request.query.audience())
        let fields = try await request.formFields(context: context)
        let helpful: Bool
        switch fields["helpful"] {
        case "yes": helpful = true
        case "no": helpful = false
        default: throw HTTPError(.badRequest, message: "Choose “Yes” or “No” to send your feedback.")
        }
        try await services.recordFeedback(article: article.id.rawValue, helpful: helpful, comment: fields["comment"])
        let thanks = Paths.article(article.id, anchor: "feedback", audience: article.audience, query: ["feedback=thanks"])
        return Response(status: .seeOther, headers: [.location: thanks])
    }

    @Sendable func category(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let name = context.parameters.get("id") ?? ""
        let category = Category(rawValue: name)
        let articles = services.store.current.knowledgeBase.articlesByCategory(visibleTo: .patient)[category] ?? []
        guard Category.known.contains(category) || !articles.isEmpty else {
            throw HTTPError(.notFound, message: "There is no such topic.")
        }
        return HTMLResponse(html: views.render(CategoryPage(category: category, articles: articles)))
    }

    @Sendable func troubleshootForm(_ request: Request, context: AppRequestContext) async throws -> HTMLResponse {
        let fields = request.query
        let page = TroubleshootPage(
            flow: fields.nonEmpty("flow"), agentView: Self.isAgentView(fields), knowledgeBase: services.store.current.knowledgeBase)
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
        guard !message.isEmpty || hasValues else {
            let page = TroubleshootPage(
                flow: flow, agentView: agentView, knowledgeBase: services.store.current.knowledgeBase,
                problem: "Paste the error message, or fill in at least one of the values that were typed."
            )
            return HTMLResponse(html: views.render(page), status: .unprocessableContent)
        }
        let diagnosis = services.diagnose(DiagnosisRequest(fields: fields, message: message))
        // The message goes back into the form without the values written in it (codes, dates, phones, e-mails).
        let page = TroubleshootPage(
            message: services.redactor.redact(message), flow: flow, agentView: agentView, diagnosis: diagnosis,
            knowledgeBase: services.store.current.knowledgeBase
        )
        return HTMLResponse(html: views.render(page))
    }

    private static func isAgentView(_ fields: FormFields) -> Bool { fields["view"] == "agent" }

    /// The article of the path if `audience` may see it: a staff guide without `?audience=staff` is a 404,
    /// the same as an article that does not exist.
    private static func article(_ context: AppRequestContext, in knowledgeBase: KnowledgeBase, audience: Audience) throws -> Article {
        guard let id = context.parameters.get("id"), let article = knowledgeBase.article(ArticleID(id), visibleTo: audience) else {
            throw HTTPError(.notFound, message: "We couldn't find that article.")
        }
        return article
    }
}
