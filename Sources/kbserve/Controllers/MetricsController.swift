import Hummingbird
import NIOCore

/// `GET /metrics`: every metric in Prometheus text format (see `AppMetrics`), with the content
/// version, article count and database state read at the scrape. Holds no personal data; a
/// deployment still keeps it to its monitoring network (see deploy/nginx).
struct MetricsController {
    let metrics: AppMetrics
    let store: ContentStore
    let storage: (any StorageStatus)?

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("metrics", use: scrape)
        return routes
    }

    @Sendable func scrape(_ request: Request, context: AppRequestContext) async throws -> Response {
        let current = store.current
        metrics.observe(
            contentVersion: current.contentVersion, articleCount: current.knowledgeBase.articles.count,
            databaseAvailable: storage.map { $0.problem == nil }
        )
        let body = ByteBuffer(string: metrics.render())
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .contentLength: String(body.readableBytes)],
            body: .init(byteBuffer: body)
        )
    }
}
