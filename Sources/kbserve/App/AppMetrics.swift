import Synchronization
import Foundation
import Metrics
import Prometheus

/// The server's metrics, exported by `GET /metrics` in Prometheus text format. Recorded
/// through swift-metrics with a Prometheus factory over a registry of this server's own (not
/// the process-wide bootstrap, so that tests, or several applications in one process, never
/// share counts). Labels hold only route templates (`/articles/{id}`, `unmatched`), methods,
/// status codes, kinds, engines and operation names: never a raw path, a query string or
/// anything a person typed, so every label's values are few and known in advance.
final class AppMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    private struct RequestKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    private struct RouteKey: Hashable {
        var route: String
        var method: String
    }

    private struct DatabaseKey: Hashable {
        var engine: String
        var operation: String
    }

    private let requests = Mutex<[RequestKey: Metrics.Counter]>([:])
    private let durations = Mutex<[RouteKey: Metrics.Timer]>([:])
    private let searchDurations = Mutex<[String: Metrics.Timer]>([:])
    private let diagnoseDurations = Mutex<[String: Metrics.Timer]>([:])
    private let rateLimited = Mutex<[String: Metrics.Counter]>([:])
    private let databaseErrors = Mutex<[DatabaseKey: Metrics.Counter]>([:])
    private let unanswered: [SearchLogEntry.Kind: Metrics.Counter]
    private let reloadFailures: Metrics.Counter
    private let articles: Metrics.Gauge
    /// Made at the first scrape that knows of a database (stores that cannot fail have none).
    private let databaseUp = Mutex<Metrics.Gauge?>(nil)
    /// The current `kbserve_content_info{version}` series (replaced when the version changes).
    private let contentInfo = Mutex<(version: String, gauge: Prometheus.Gauge)?>(nil)

    /// Buckets of every latency histogram: 0.5 ms to 5 s.
    static let latencyBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2_500), .seconds(5),
    ]

    init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.latencyBuckets
        self.factory = factory
        unanswered = [
            .search: Metrics.Counter(label: "kbserve_search_zero_results_total", dimensions: [("kind", "search")], factory: factory),
            .diagnose: Metrics.Counter(label: "kbserve_search_zero_results_total", dimensions: [("kind", "diagnose")], factory: factory),
        ]
        reloadFailures = Metrics.Counter(label: "kbserve_content_reload_failures_total", factory: factory)
        articles = Metrics.Gauge(label: "kbserve_content_articles", factory: factory)
    }

    // MARK: Recording

    /// One answered request: its route template (never the raw path), method, status and time.
    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = RequestKey(route: route, method: method, status: status)
        Self.cached(requests, key) {
            Metrics.Counter(
                label: "kbserve_http_requests_total", dimensions: [("route", route), ("method", method), ("status", String(status))],
                factory: factory
            )
        }
        .increment()
        Self.cached(durations, RouteKey(route: route, method: method)) {
            Metrics.Timer(label: "kbserve_http_request_duration_seconds", dimensions: [("route", route), ("method", method)], factory: factory)
        }
        .record(duration: duration)
        if status == 429 {
            Self.cached(rateLimited, route) {
                Metrics.Counter(label: "kbserve_rate_limited_requests_total", dimensions: [("route", route)], factory: factory)
            }
            .increment()
        }
    }

    /// The time a search route took to answer.
    func recordSearch(route: String, duration: Duration) {
        Self.cached(searchDurations, route) {
            Metrics.Timer(label: "kbserve_search_duration_seconds", dimensions: [("route", route)], factory: factory)
        }
        .record(duration: duration)
    }

    /// The time a troubleshooting route took to answer.
    func recordDiagnose(route: String, duration: Duration) {
        Self.cached(diagnoseDurations, route) {
            Metrics.Timer(label: "kbserve_diagnose_duration_seconds", dimensions: [("route", route)], factory: factory)
        }
        .record(duration: duration)
    }

    /// A search (or a troubleshooter message) that nothing answered; its text is not recorded.
    func recordUnanswered(_ kind: SearchLogEntry.Kind) {
        unanswered[kind]?.increment()
    }

    /// A content reload that was refused (errors, or too many articles gone).
    func recordReloadFailure() {
        reloadFailures.increment()
    }

    /// A failed database operation (`feedback.add`, `searchlog.flush`, …).
    func recordDatabaseError(engine: String, operation: String) {
        Self.cached(databaseErrors, DatabaseKey(engine: engine, operation: operation)) {
            Metrics.Counter(label: "kbserve_database_errors_total", dimensions: [("engine", engine), ("operation", operation)], factory: factory)
        }
        .increment()
    }

    /// The state read at each scrape: the content version and article count, and whether the
    /// database can be used (nil: stores that cannot fail).
    func observe(contentVersion: String, articleCount: Int, databaseAvailable: Bool?) {
        articles.record(articleCount)
        if let databaseAvailable {
            let gauge = databaseUp.withLock { gauge in
                if gauge == nil { gauge = Metrics.Gauge(label: "kbserve_database_up", factory: factory) }
                return gauge!
            }
            gauge.record(databaseAvailable ? 1 : 0)
        }
        contentInfo.withLock { current in
            guard current?.version != contentVersion else { return }
            if let old = current?.gauge { registry.unregisterGauge(old) }
            let gauge = registry.makeGauge(descriptor: Self.contentInfoDescriptor, labels: [("version", contentVersion)])
            gauge.set(to: 1.0)
            current = (contentVersion, gauge)
        }
    }

    private static var contentInfoDescriptor: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "kbserve", metricName: "content", unitName: "info",
            helpText: "The content version (a hash of the content files) that this server answers from."
        )
    }

    /// The metric for `key`, made by `make` the first time.
    private static func cached<Key: Hashable & Sendable, Metric: Sendable>(
        _ cache: borrowing Mutex<[Key: Metric]>, _ key: Key, _ make: () -> Metric
    ) -> Metric {
        cache.withLock { metrics in
            if let metric = metrics[key] { return metric }
            let metric = make()
            metrics[key] = metric
            return metric
        }
    }

    /// Every metric in Prometheus text format (version 0.0.4).
    func render() -> String {
        registry.emitToString()
    }
}
