import Hummingbird

/// Refuses bodies over the limit up front (413, from Content-Length; streamed bodies
/// are cut when read) and rate-limits POST requests per client (429 with Retry-After).
struct LimitsMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let rateLimiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > ServerConfiguration.maxBodyBytes {
            throw HTTPError(.contentTooLarge, message: "The request body is larger than 1 MB.")
        }
        if request.method == .post, let wait = rateLimiter.take(context.clientKey) {
            throw HTTPError(
                .tooManyRequests, headers: [.retryAfter: String(wait)],
                message: "Too many requests; please try again in \(wait) second\(wait == 1 ? "" : "s")."
            )
        }
        return try await next(request, context)
    }
}
