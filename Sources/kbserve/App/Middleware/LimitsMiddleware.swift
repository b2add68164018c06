import Hummingbird

/// Refuses bodies over the limit up front (413, from Content-Length; streamed bodies
/// are cut when read) and rate-limits per client POST requests and searches (each with
/// its own bucket; 429 with Retry-After).
struct LimitsMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let rateLimiter: RateLimiter
    var searchRateLimiter: RateLimiter?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > ServerConfiguration.maxBodyBytes {
            throw HTTPError(.contentTooLarge, message: "The request body is larger than 1 MB.")
        }
        // Each request to a search route runs a search or a prefix lookup, or sends a search
        // form on to its address: the search bucket, whatever the method.
        if let searchRateLimiter, Paths.searchRoutes.contains(request.uri.path) {
            try Self.take(searchRateLimiter, context.clientKey)
        } else if request.method == .post {
            try Self.take(rateLimiter, context.clientKey)
        }
        return try await next(request, context)
    }

    /// Takes a token, or throws 429 with the seconds to wait.
    static func take(_ limiter: RateLimiter, _ key: String) throws {
        if let wait = limiter.take(key) { throw tooManyRequests(wait: wait) }
    }

    static func tooManyRequests(wait: Int) -> HTTPError {
        HTTPError(
            .tooManyRequests, headers: [.retryAfter: String(wait)],
            message: "Too many requests; please try again in \(wait) second\(wait == 1 ? "" : "s")."
        )
    }
}
