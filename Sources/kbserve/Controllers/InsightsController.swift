import Hummingbird
import KnowledgeBase

/// `GET /api/v1/insights` for the people who maintain the content: top queries,
/// queries without results, helpfulness per article and diagnoses that matched nothing.
/// Needs `Authorization: Bearer <KBSERVE_ADMIN_TOKEN>`; disabled (404) when no token is configured.
struct InsightsController {
    let content: ContentStore
    let searchLog: any SearchLogStore
    let feedback: any FeedbackStore
    /// The bearer token; insights are disabled (404) when nil.
    let adminToken: String?
    /// Failed authentications per client.
    let authFailureLimiter: RateLimiter

    struct Helpfulness: Encodable, Sendable {
        var article: ArticleID
        var title: String?
        var helpful: Int
        var notHelpful: Int
        var comments: [String]
    }

    struct Insights: Encodable, Sendable {
        var topQueries: [TextCount]
        var zeroResultQueries: [TextCount]
        var helpfulness: [Helpfulness]
        var unmatchedDiagnoses: [TextCount]
    }

    static let limit = 20

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("insights", use: insights)
        return routes
    }

    @Sendable func insights(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Insights> {
        guard let token = adminToken else {
            throw HTTPError(.notFound, message: "Insights are disabled: start the server with KBSERVE_ADMIN_TOKEN set to enable them.")
        }
        // Guessing the token is rate limited: after a few failures a client waits, right token or not.
        if let wait = authFailureLimiter.wait(context.clientKey) { throw LimitsMiddleware.tooManyRequests(wait: wait) }
        let given = request.headers[.authorization].flatMap { value -> Substring? in
            value.lowercased().hasPrefix("bearer ") ? value.dropFirst(7) : nil
        }
        guard let given, Self.constantTimeEqual(Array(given.utf8), Array(token.utf8)) else {
            _ = authFailureLimiter.take(context.clientKey)
            throw HTTPError(
                .unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"kbserve insights\""],
                message: "Send Authorization: Bearer <KBSERVE_ADMIN_TOKEN> to read insights."
            )
        }
        let knowledgeBase = content.current.knowledgeBase
        let log = searchLog
        return JSONResponse(
            value: Insights(
                topQueries: try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: Self.limit),
                zeroResultQueries: try await log.topTexts(kind: .search, onlyWithoutResults: true, limit: Self.limit),
                helpfulness: try await feedback.helpfulness(commentsPerArticle: 5).map {
                    Helpfulness(
                        article: $0.article, title: knowledgeBase.article($0.article)?.title, helpful: $0.helpful,
                        notHelpful: $0.notHelpful, comments: $0.comments
                    )
                },
                unmatchedDiagnoses: try await log.topTexts(kind: .diagnose, onlyWithoutResults: true, limit: Self.limit)
            )
        )
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
