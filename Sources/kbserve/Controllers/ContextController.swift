import Diagnoser
import Hummingbird
import KnowledgeBase

/// Contextual help for the registration app: `GET /help/context?error=ID[&flow=…]` answers
/// 303 to the section of the most likely cause; `GET /api/v1/context?error=ID` (plus optional
/// values and context) answers JSON for an in-app help panel, with CORS for configured origins.
struct ContextController {
    let services: HelpCenterServices

    struct ArticleReference: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var url: String
    }

    struct ContextHelp: Encodable, Sendable {
        var error: String
        var message: String
        var cause: String?
        var article: ArticleReference
        var summary: String
        var explanation: String?
        var steps: [String]
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("help/context", use: redirect)
        routes.get("api/v1/context", use: help)
        routes.on("api/v1/context", method: .options, use: preflight)
        return routes
    }

    @Sendable func redirect(_ request: Request, context: AppRequestContext) async throws -> Response {
        let help = try resolve(request.query)
        return Response(status: .seeOther, headers: [.location: help.article.url])
    }

    @Sendable func help(_ request: Request, context: AppRequestContext) async throws -> Response {
        var response = try JSONResponse(value: try resolve(request.query)).response(from: request, context: context)
        addCORSHeaders(to: &response, request: request)
        return response
    }

    @Sendable func preflight(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let origin = request.headers[.origin], services.configuration.corsOrigins.contains(origin) else {
            throw HTTPError(.forbidden, message: "This origin may not call the context API.")
        }
        return Response(
            status: .noContent,
            headers: [
                .accessControlAllowOrigin: origin, .accessControlAllowMethods: "GET, OPTIONS",
                .accessControlAllowHeaders: "Content-Type", .accessControlMaxAge: "600", .vary: "Origin",
            ]
        )
    }

    private func addCORSHeaders(to response: inout Response, request: Request) {
        response.headers[.vary] = "Origin"
        if let origin = request.headers[.origin], services.configuration.corsOrigins.contains(origin) {
            response.headers[.accessControlAllowOrigin] = origin
        }
    }

    /// The article section of the error's most likely cause given the values and context:
    /// the Diagnoser ranks the error's causes; without a ranking, the error's default cause.
    func resolve(_ fields: FormFields) throws -> ContextHelp {
        guard let errorID = fields.nonEmpty("error") else {
            throw HTTPError(.badRequest, message: "Give the error id in the error parameter.")
        }
        let current = services.store.current
        guard let article = current.knowledgeBase.articles.first(where: { $0.errors.contains { $0.id == errorID } }),
            let error = article.errors.first(where: { $0.id == errorID })
        else {
            throw HTTPError(.notFound, message: "There is no help for that error id.")
        }
        let diagnosis = current.diagnoser.diagnose(try DiagnosisRequest(fields: fields, message: error.message))
        if let top = diagnosis.causes.first {
            let causeArticle = current.knowledgeBase.article(top.article.id) ?? article
            return ContextHelp(
                error: errorID, message: error.message, cause: top.id,
                article: ArticleReference(id: causeArticle.id, title: causeArticle.title, url: top.article.url),
                summary: causeArticle.summary, explanation: top.explanation.isEmpty ? nil : top.explanation, steps: top.steps
            )
        }
        let fallback = article.causes.first { $0.isDefault && $0.errors.contains(errorID) }
            ?? article.causes.first { $0.errors.contains(errorID) }
        return ContextHelp(
            error: errorID, message: error.message, cause: fallback?.id,
            article: ArticleReference(id: article.id, title: article.title, url: Paths.article(article.id, anchor: fallback?.anchor)),
            summary: article.summary, explanation: nil, steps: fallback?.steps ?? []
        )
    }
}
