import Hummingbird

/// The admin token that opens insights (the API's bearer token, the dashboard's sign-in), and
/// the limiter that slows down guessing it: after a few failures a client waits, right token or not.
struct AdminAuthorization: Sendable {
    /// Nil: insights and the dashboard are disabled (404).
    let token: String?
    /// Failed authentications per client.
    let failures: RateLimiter

    static let disabledMessage = "Insights are disabled: start the server with KBSERVE_ADMIN_TOKEN set to enable them."

    /// The configured token, or 404 when there is none.
    func requireToken() throws -> String {
        guard let token else { throw HTTPError(.notFound, message: Self.disabledMessage) }
        return token
    }

    /// 429 while the client must wait after failed attempts.
    func checkNotLimited(_ context: AppRequestContext) throws {
        if let wait = failures.wait(context.clientKey) { throw LimitsMiddleware.tooManyRequests(wait: wait) }
    }

    /// Whether `given` is the token (in constant time); a wrong one counts as a failure.
    func accepts(_ given: Substring?, context: AppRequestContext) throws -> Bool {
        let token = try requireToken()
        guard let given, Self.constantTimeEqual(Array(given.utf8), Array(token.utf8)) else {
            _ = failures.take(context.clientKey)
            return false
        }
        return true
    }

    /// Checks `Authorization: Bearer <token>`: 404 when disabled, 429 while limited, 401 when wrong.
    func checkBearer(_ request: Request, context: AppRequestContext) throws {
        _ = try requireToken()
        try checkNotLimited(context)
        let given = request.headers[.authorization].flatMap { value -> Substring? in
            value.lowercased().hasPrefix("bearer ") ? value.dropFirst(7) : nil
        }
        guard try accepts(given, context: context) else {
            throw HTTPError(
                .unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"kbserve insights\""],
                message: "Send Authorization: Bearer <KBSERVE_ADMIN_TOKEN> to read insights."
            )
        }
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
