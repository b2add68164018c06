import Foundation
import Hummingbird

/// `GET /healthz`, for load balancers and monitoring: `ok`, or `degraded` with the
/// problems (no articles loaded, the database unavailable). Degraded is still 200: the
/// help center keeps answering from memory, and taking every server out of a balancer
/// over a shared disk problem would only make it worse. `contentVersion` (a hash of the
/// content files) shows whether every replica serves the same content.
struct HealthController {
    let content: ContentStore
    /// Whether the database works (nil: stores that cannot fail, as in tests).
    let storage: (any StorageStatus)?

    struct Health: Encodable, Sendable {
        var status: String
        var articles: Int
        var loadedAt: Date
        var contentVersion: String
        var storage: String
        var problems: [String]
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("healthz", use: health)
        return routes
    }

    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Health> {
        let current = content.current
        var problems: [String] = []
        let articles = current.knowledgeBase.articles.count
        if articles == 0 { problems.append("No articles are loaded.") }
        let storageProblem = storage?.problem
        if let storageProblem { problems.append("Storage is unavailable: \(storageProblem); feedback and search counts are not saved.") }
        return JSONResponse(
            value: Health(
                status: problems.isEmpty ? "ok" : "degraded", articles: articles, loadedAt: current.loadedAt,
                contentVersion: current.contentVersion,
                storage: storageProblem == nil ? "ok" : "unavailable", problems: problems
            )
        )
    }
}
