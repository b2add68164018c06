import Hummingbird

/// Adds the security headers to every response: a Content-Security-Policy that allows
/// only this site's own scripts, styles and images (no inline script, no framing),
/// `nosniff`, a strict referrer policy, and `Cache-Control: no-store` on every response
/// that does not set its own caching (pages, API answers, errors and redirects may carry
/// what was typed or a diagnosis; static files set their own, and so do pages answered to a
/// form post that show only what the `Redactor` kept, `HTMLResponse.keptForGoingBack`).
///
/// The help panel's pages (`/embed/panel…`, in every language, errors included) are the one
/// exception to "no framing": their `frame-ancestors` names the site itself and the
/// `--embed-origin`s, and they carry no `X-Frame-Options` (which cannot name origins).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String { SecurityHeaders.contentSecurityPolicy }

    /// The policy of the help panel's pages.
    let panelContentSecurityPolicy: String

    init(embedOrigins: EmbedOrigins = EmbedOrigins()) {
        panelContentSecurityPolicy = SecurityHeaders.policy(frameAncestors: embedOrigins.frameAncestors)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        let path = request.uri.path
        // A panel path, in any language, contains "/embed/panel": others skip the translation.
        if path.containsBytes("/embed/panel"), Paths.isEmbedPanel(path) {
            response.headers[.contentSecurityPolicy] = panelContentSecurityPolicy
        } else {
            response.headers[.contentSecurityPolicy] = SecurityHeaders.contentSecurityPolicy
            response.headers[SecurityHeaders.frameOptions] = "DENY"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[SecurityHeaders.referrerPolicy] = "strict-origin-when-cross-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// The header names and values, built once (the same for every response; a generic type
/// cannot hold static stored properties).
private enum SecurityHeaders {
    static func policy(frameAncestors: String) -> String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors \(frameAncestors)"
    }
    static let contentSecurityPolicy = policy(frameAncestors: "'none'")
    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
    static let frameOptions = HTTPFields.Element.Name("X-Frame-Options")!
}
