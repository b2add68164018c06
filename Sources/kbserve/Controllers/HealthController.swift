import Foundation
import Hummingbird

/// `GET /healthz`, for load balancers.
struct HealthController {
    let services: HelpCenterServices

    struct Health: Encodable, Sendable {
        var status: String
        var articles: Int
        var loadedAt: Date
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("healthz", use: health)
        return routes
    }

    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Health> {
        let current = services.store.current
        return JSONResponse(value: Health(status: "ok", articles: current.knowledgeBase.articles.count, loadedAt: current.loadedAt))
    }
}
