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

    typealias ArticleReference = ContextHelpResolver.ArticleReference
    typealias ContextHelp = ContextHelpResolver.ContextHelp

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

    /// The same for an error id and what was typed (`ContextHelpResolver`).
    func resolve(errorID: ErrorID, values: [String: String], context: DiagnosisContext, language: Language = .original) throws -> ContextHelp {
        try ContextHelpResolver(content: content).resolve(errorID: errorID, values: values, context: context, language: language)
    }
}
