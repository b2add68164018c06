import Diagnoser
import Hummingbird
import KnowledgeBase

/// Contextual help for the registration app: `GET /help/context?error=ID[&flow=…]` answers
/// 303 to the section of the most likely cause; `GET /api/v1/context?error=ID[&flow=…]` answers
/// JSON for an in-app help panel, with CORS for configured origins. What the patient typed
/// (PIN, date of birth, …) travels only in a body: `POST /api/v1/context` with
/// `{"error", "values", "context"}`. A GET carrying a value gets 400 naming that route,
/// since browsers, proxies and logs keep URLs.
struct ContextController {
    let content: ContentStore
    /// Origins allowed to call the JSON routes from a browser.
    let corsOrigins: Set<String>

    struct ArticleReference: Encodable, Sendable {
        var id: ArticleID
        var title: String
        var url: String
    }

    struct ContextHelp: Encodable, Sendable {
        /// The language of the texts and the URL.
        var lang: Language
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
        routes.post("api/v1/context", use: helpWithValues)
        routes.on("api/v1/context", method: .options, use: preflight)
        return routes
    }

    @Sendable func redirect(_ request: Request, context: AppRequestContext) async throws -> Response {
        let help = try resolve(try Self.withoutValues(request.query), language: try request.requestedLanguage())
        return Response(status: .seeOther, headers: [.location: help.article.url])
    }

    @Sendable func help(_ request: Request, context: AppRequestContext) async throws -> Response {
        var response = try JSONResponse(value: try resolve(try Self.withoutValues(request.query), language: try request.requestedLanguage())).response(from: request, context: context)
        addCORSHeaders(to: &response, request: request)
        return response
    }

    /// The body of `POST /api/v1/context`: the error id, and the Diagnoser contract's values and context.
    struct Input: Decodable, Sendable {
        var error: String
    }

    @Sendable func helpWithValues(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await request.jsonBody(context: context)
        let input = try Request.decodeJSON(as: Input.self, from: body)
        let typed = try Request.decodeJSON(as: DiagnosisRequest.self, from: body)
        let help = try resolve(
            errorID: input.error.trimmingWhitespace, values: typed.values, context: typed.context, language: try request.requestedLanguage())
        var response = try JSONResponse(value: help).response(from: request, context: context)
        addCORSHeaders(to: &response, request: request)
        return response
    }

    /// The query's fields, refused (400) when one of them is a typed value.
    static func withoutValues(_ fields: FormFields) throws -> FormFields {
        let personal = fields.names.filter { DiagnosisRequest.ValueField(key: $0) != nil }
        guard personal.isEmpty else {
            throw HTTPError(
                .badRequest,
                message: "Typed values (\(Set(personal).sorted().joined(separator: ", "))) must not be sent in a URL: "
                    + "POST them as JSON to /api/v1/context."
            )
        }
        return fields
    }

    @Sendable func preflight(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let origin = request.headers[.origin], corsOrigins.contains(origin) else {
            throw HTTPError(.forbidden, message: "This origin may not call the context API.")
        }
        return Response(
            status: .noContent,
            headers: [
                .accessControlAllowOrigin: origin, .accessControlAllowMethods: "GET, POST, OPTIONS",
                .accessControlAllowHeaders: "Content-Type", .accessControlMaxAge: "600", .vary: "Origin",
            ]
        )
    }

    private func addCORSHeaders(to response: inout Response, request: Request) {
        response.headers[.vary] = "Origin"
        if let origin = request.headers[.origin], corsOrigins.contains(origin) {
            response.headers[.accessControlAllowOrigin] = origin
        }
    }

    /// The article section of the error's most likely cause given the values and context
    /// (the error's default cause when they say nothing).
    func resolve(_ fields: FormFields, language: Language = .original) throws -> ContextHelp {
        guard let errorID = fields.nonEmpty("error") else {
            throw HTTPError(.badRequest, message: "Give the error id in the error parameter.")
        }
        let typed = DiagnosisRequest(fields: fields, message: nil)
        return try resolve(errorID: errorID, values: typed.values, context: typed.context, language: language)
    }

    /// The same for an error id and what was typed: the Diagnoser ranks that error's causes.
    func resolve(errorID: ErrorID, values: [String: String], context: DiagnosisContext, language: Language = .original) throws -> ContextHelp {
        guard !errorID.isEmpty else { throw HTTPError(.badRequest, message: "Give the error id in the error field.") }
        let edition = content.current.edition(language)
        guard let error = edition.knowledgeBase.error(errorID), let article = edition.knowledgeBase.article(explaining: errorID),
            let diagnosis = edition.diagnoser.help(forError: errorID, values: values, context: context)
        else {
            throw HTTPError(.notFound, message: "There is no help for that error id.")
        }
        guard let top = diagnosis.causes.first else {
            // An error no cause explains: its article, from the top.
            return ContextHelp(
                lang: edition.language, error: errorID, message: error.message, cause: nil,
                article: ArticleReference(id: article.id, title: article.title, url: Paths.article(article.id, language: edition.language)),
                summary: article.summary, explanation: nil, steps: []
            )
        }
        return ContextHelp(
            lang: edition.language, error: errorID, message: error.message, cause: top.id,
            article: ArticleReference(
                id: top.article.id, title: top.article.title, url: Paths.article(top.article.id, anchor: top.article.anchor, language: edition.language)),
            summary: edition.knowledgeBase.article(top.article.id)?.summary ?? article.summary,
            explanation: top.explanation.isEmpty ? nil : top.explanation, steps: top.steps
        )
    }
}
