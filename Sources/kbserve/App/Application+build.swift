import Foundation
import Hummingbird
import KnowledgeBase
import Logging

/// What `buildApplication` needs to know: where to listen, what to serve, where to keep data.
protocol AppArguments {
    var host: String { get }
    var port: Int { get }
    var contentDirectory: URL { get }
    var dataDirectory: URL { get }
    var corsOrigins: [String] { get }
    /// `--embed-origin`: origins whose pages may frame the help panel (`KBSERVE_EMBED_ORIGINS` adds more).
    var embedOrigins: [String] { get }
    /// Entries in the search cache (0 turns it off).
    var searchCacheSize: Int { get }
    /// Idle and read timeouts, and the connection cap.
    var connectionLimits: ConnectionLimits { get }
    /// Per-client limits on POST requests and on searches.
    var postRateLimit: RateLimit { get }
    var searchRateLimit: RateLimit { get }
    /// Per-client limit on failed insights authentications.
    var authFailureRateLimit: RateLimit { get }
    /// Days search counts, searches, clicks and feedback are kept.
    var retentionDays: Int { get }
    /// Clients that must use a word no article writes before the search log or a comment keeps it (`UnknownWordGate`).
    var unknownWordThreshold: Int { get }
    /// Hosts whose images articles may show (other external images are dropped).
    var imageHosts: [String] { get }
    /// `--database`: a `sqlite://` or `postgres://` URL; nil reads `KBSERVE_DATABASE_URL`, then
    /// falls back to `kbserve.sqlite` under `dataDirectory`.
    var databaseURL: String? { get }
    /// `--trusted-proxy`: CIDR blocks of proxies whose `X-Forwarded-For` is believed.
    var trustedProxies: [String] { get }
    /// `--database-timeout`: the longest a PostgreSQL operation may take before it counts as unavailable.
    var databaseTimeout: Duration { get }
}

extension AppArguments {
    var connectionLimits: ConnectionLimits { ConnectionLimits() }
    var postRateLimit: RateLimit { .post }
    var searchRateLimit: RateLimit { .search }
    var authFailureRateLimit: RateLimit { .authFailures(perMinute: 1) }
    var retentionDays: Int { ServerConfiguration.defaultRetentionDays }
    var unknownWordThreshold: Int { UnknownWordGate.defaultThreshold }
    var imageHosts: [String] { [] }
    var embedOrigins: [String] { [] }
    var databaseURL: String? { nil }
    var trustedProxies: [String] { [] }
    var databaseTimeout: Duration { .seconds(5) }
}

/// The server: content loaded from `contentDirectory` (reloaded on SIGHUP or when files
/// change), feedback and search counts in SQLite under `dataDirectory` or in the database
/// `--database`/`KBSERVE_DATABASE_URL` names (see `DatabaseURL`), metrics at `/metrics`.
func buildApplication(
    _ arguments: some AppArguments,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    logger: Logger
) async throws -> some ApplicationProtocol {
    let metrics = AppMetrics()
    var reloader = ContentReloader(directory: arguments.contentDirectory, logger: logger)
    reloader.searchCacheSize = arguments.searchCacheSize
    reloader.imageHosts = Set(arguments.imageHosts)
    reloader.onReloadFailure = { metrics.recordReloadFailure() }
    let content = ContentStore(try reloader.loadInitial())
    let databaseText = arguments.databaseURL ?? environment[DatabaseURL.environmentKey].flatMap { $0.isEmpty ? nil : $0 }
    let storage = try StorageBackend.open(
        try databaseText.map(DatabaseURL.init(parsing:)), dataDirectory: arguments.dataDirectory,
        retentionDays: arguments.retentionDays, logger: logger, metrics: metrics, operationTimeout: arguments.databaseTimeout
    )
    let assets = try Assets()
    var configuration = ServerConfiguration(environment: environment, corsOrigins: arguments.corsOrigins)
    configuration.rateLimit = arguments.postRateLimit
    configuration.searchRateLimit = arguments.searchRateLimit
    configuration.authFailureRateLimit = arguments.authFailureRateLimit
    configuration.retentionDays = arguments.retentionDays
    configuration.unknownWordThreshold = arguments.unknownWordThreshold
    configuration.trustedProxies = try TrustedProxies(parsing: arguments.trustedProxies)
    configuration.embedOrigins = try EmbedOrigins(parsing: arguments.embedOrigins, environment: environment)
    var components = ServerComponents(
        content: content, feedback: storage.feedback, searchLog: storage.searchLog,
        views: try await PageRenderer.bundled(assets: assets), assets: assets, configuration: configuration, storage: storage.status,
        sessions: storage.sessions
    )
    components.searchCacheSize = arguments.searchCacheSize
    if configuration.adminToken == nil {
        logger.notice("Insights are disabled: set KBSERVE_ADMIN_TOKEN to enable GET /api/v1/insights.")
    }
    logger.info(
        "Content version", metadata: ["content.version": "\(content.current.contentVersion)", "database.engine": "\(storage.engine)"]
    )
    var app = makeApplication(
        router: buildRouter(components, metrics: metrics).buildResponder(), host: arguments.host, port: arguments.port,
        limits: arguments.connectionLimits, services: storage.services + [reloader.watching(content)], logger: logger
    )
    app.beforeServerStarts { await storage.prepare() }
    return app
}

/// Every route, behind the shared middleware (request log, security headers, error
/// responses, body and rate limits; client address and metrics first). Each controller gets only what it uses.
func buildRouter(_ components: ServerComponents, metrics: AppMetrics = AppMetrics()) -> Router<AppRequestContext> {
    // HEAD is answered as GET without the body (load balancers and link checkers use it).
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    let routeTable = RouteTable()
    let configuration = components.configuration
    let content = components.content
    router.add(middleware: ClientAddressMiddleware(trustedProxies: configuration.trustedProxies))
    router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(embedOrigins: configuration.embedOrigins))
    router.add(middleware: ErrorResponseMiddleware(views: components.views, routes: routeTable))
    router.add(
        middleware: LimitsMiddleware(
            rateLimiter: RateLimiter(limit: configuration.rateLimit), searchRateLimiter: RateLimiter(limit: configuration.searchRateLimit)
        )
    )
    for language in Language.allCases {
        let pages = PagesController(
            language: language, catalog: components.views.catalogs[language], views: components.views, content: content,
            searcher: components.searcher, diagnoser: components.diagnoser, feedback: components.feedbackRecorder, redactor: components.redactor
        )
        let panel = EmbedController(
            language: language, catalog: components.views.catalogs[language], views: components.views, content: content,
            searcher: components.searcher, embedOrigins: configuration.embedOrigins
        )
        if language == .original {
            router.addRoutes(pages.endpoints)
            router.addRoutes(panel.endpoints)
        } else {
            router.addRoutes(pages.endpoints, atPath: RouterPath(Paths.prefix(language)))
            router.addRoutes(panel.endpoints, atPath: RouterPath(Paths.prefix(language)))
        }
    }
    router.addRoutes(LanguageController().endpoints)
    router.addRoutes(ContextController(content: content, corsOrigins: configuration.corsOrigins).endpoints)
    router.addRoutes(HealthController(content: content, storage: components.storage).endpoints)
    router.addRoutes(ProbesController(store: content, storage: components.storage).endpoints)
    router.addRoutes(MetricsController(metrics: metrics, store: content, storage: components.storage).endpoints)
    router.addRoutes(OpenAPIController(assets: components.assets).endpoints)
    router.addRoutes(StaticController(assets: components.assets).endpoints)
    let api: RouterPath = "api/v1"
    router.addRoutes(
        SearchAPIController(content: content, searcher: components.searcher, cacheSize: components.searchCacheSize).endpoints, atPath: api)
    router.addRoutes(ArticlesAPIController(content: content).endpoints, atPath: api)
    router.addRoutes(DiagnoseAPIController(diagnoser: components.diagnoser).endpoints, atPath: api)
    router.addRoutes(FeedbackController(recorder: components.feedbackRecorder).endpoints, atPath: api)
    // One limiter for failed bearer tokens and failed dashboard sign-ins.
    let authorization = AdminAuthorization(token: configuration.adminToken, failures: RateLimiter(limit: configuration.authFailureRateLimit))
    router.addRoutes(
        InsightsController(content: content, searchLog: components.searchLog, feedback: components.feedback, authorization: authorization)
            .endpoints, atPath: api
    )
    router.addRoutes(
        AdminController(
            views: components.views, service: InsightsService(content: content, searchLog: components.searchLog, feedback: components.feedback),
            authorization: authorization, sessions: components.sessions
        ).endpoints, atPath: "admin"
    )
    routeTable.record(router.routes.map { ($0.method.rawValue, $0.path.description) })
    return router
}
