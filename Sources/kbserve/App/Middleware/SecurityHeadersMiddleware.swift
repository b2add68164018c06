import Hummingbird

/// Adds the security headers to every response: a Content-Security-Policy that allows
/// only this site's own scripts, styles and images (no inline script, no framing),
/// `nosniff`, a strict referrer policy, and `Cache-Control: no-store` on every response
/// that does not set its own caching (pages, API answers, errors and redirects may carry
/// what was typed or a diagnosis; only static files set their own).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String { SecurityHeaders.contentSecurityPolicy }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = SecurityHeaders.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[SecurityHeaders.referrerPolicy] = "strict-origin-when-cross-origin"
        response.headers[SecurityHeaders.frameOptions] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// The header names and values, built once (the same for every response; a generic type
/// cannot hold static stored properties).
private enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
    static let frameOptions = HTTPFields.Element.Name("X-Frame-Options")!
}
