import Hummingbird

/// Records every request in `AppMetrics`: count by route template, method and status, and
/// latency; the routes that search or diagnose also in their own latency histograms. The
/// route is the router's template (`/articles/{id}`), `unmatched` when no route matched:
/// never the raw path, which could carry what someone typed. Added before the error
/// middleware, so it sees the status that was sent.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: AppMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context: context, status: response.status.code, duration: ContinuousClock.now - start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(request, context: context, status: status, duration: ContinuousClock.now - start)
            throw error
        }
    }

    private func record(_ request: Request, context: Context, status: Int, duration: Duration) {
        // Hummingbird names no route (nil) or "NotFound" when none matched.
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched"
        let method = request.method.rawValue
        metrics.recordRequest(route: route, method: method, status: status, duration: duration)
        guard status < 400 else { return }
        // A search form sent on to its address (303) searched nothing.
        if Paths.searchRoutes.contains(route), request.method == .get || request.method == .head || (request.method == .post && status != 303) {
            metrics.recordSearch(route: route, duration: duration)
        } else if MetricRoutes.diagnose.contains(route), request.method == .post {
            metrics.recordDiagnose(route: route, duration: duration)
        }
    }
}

/// The route sets, built once (a generic type cannot hold static stored properties).
private enum MetricRoutes {
    /// Route templates (POST) whose time is the time of a diagnosis.
    static let diagnose: Set<String> = ["/troubleshoot", "/api/v1/diagnose", "/api/v1/context"]
}
