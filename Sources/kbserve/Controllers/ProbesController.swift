import Foundation
import Hummingbird

/// The probes of orchestrators and load balancers: `GET /livez` answers 200 while the process
/// serves requests (restart it when this fails); `GET /readyz` answers 200 when the content is
/// loaded and the database can be used, else 503 with the reasons (send it no traffic until
/// then; it becomes ready again by itself, without a restart, once the database returns).
/// Both report the content version, so an operator can see that every replica agrees.
struct ProbesController {
    let store: ContentStore
    /// Whether the database works (nil: stores that cannot fail, as in tests).
    let storage: (any StorageStatus)?

    struct Liveness: Encodable, Sendable {
        var status = "alive"
        var contentVersion: String
    }

    struct Readiness: Encodable, Sendable {
        /// `ready` or `not ready`.
        var status: String
        var contentVersion: String
        var articles: Int
        /// `ok` or `unavailable`.
        var database: String
        /// Why the server is not ready; empty when it is.
        var reasons: [String]
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("livez", use: live)
        routes.get("readyz", use: ready)
        return routes
    }

    @Sendable func live(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Liveness> {
        JSONResponse(value: Liveness(contentVersion: store.current.contentVersion))
    }

    @Sendable func ready(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<JSONResponse<Readiness>> {
        let current = store.current
        let articles = current.knowledgeBase.articles.count
        var reasons: [String] = []
        if articles == 0 { reasons.append("No articles are loaded.") }
        let problem = storage?.problem
        if let problem { reasons.append("The database is unavailable: \(problem).") }
        return EditedResponse(
            status: reasons.isEmpty ? .ok : .serviceUnavailable,
            response: JSONResponse(
                value: Readiness(
                    status: reasons.isEmpty ? "ready" : "not ready", contentVersion: current.contentVersion, articles: articles,
                    database: problem == nil ? "ok" : "unavailable", reasons: reasons
                )
            )
        )
    }
}
