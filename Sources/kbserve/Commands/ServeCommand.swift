import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// `kbserve serve` (the default command): the help center, troubleshooter and JSON API.
struct ServeCommand: AsyncParsableCommand, AppArguments {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the help center, the troubleshooter and the JSON API.",
        discussion: """
            Reloads the content on SIGHUP or when its files change (only if it loads without errors).
            Environment: KBSERVE_ADMIN_TOKEN enables GET /api/v1/insights; KBSERVE_CORS_ORIGINS \
            (comma-separated) adds origins allowed to call /api/v1/context; KBSERVE_EMBED_ORIGINS \
            (comma-separated) adds origins whose pages may embed the help panel; KBSERVE_DATABASE_URL \
            chooses the database when --database is not given.
            On SIGTERM or SIGINT the server stops accepting connections, lets requests in flight \
            finish (at most --shutdown-timeout seconds), writes the buffered search counts and \
            closes the database.
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The folder for the SQLite database (feedback and search counts).")
    var data = "./.kbserve"

    @Option(name: .customLong("cors-origin"), help: "An origin allowed to call /api/v1/context (repeatable).")
    var corsOrigin: [String] = []

    @Option(
        name: .customLong("embed-origin"),
        help: "An origin whose pages may embed the help panel (/embed/help.js, /embed/panel) (repeatable)."
    )
    var embedOrigin: [String] = []

    @Option(help: "How many searches to keep answers for; the ones people repeat stay longest (0 turns the cache off).")
    var searchCache = ContentSnapshot.defaultSearchCacheSize

    @Option(help: "Seconds a connection may send nothing (idle, or stalled in a request) before it is closed.")
    var idleTimeout = ConnectionLimits.defaultIdleTimeoutSeconds

    @Option(help: "The most connections open at once (default: 10000, or the file limit less 128).")
    var maxConnections: Int?

    @Option(name: .customLong("post-rate-limit"), help: "POST requests a minute per client (a third of them at once).")
    var postsPerMinute = 60

    @Option(name: .customLong("search-rate-limit"), help: "Searches a minute per client (a third of them at once).")
    var searchesPerMinute = 600

    @Option(name: .customLong("auth-failure-rate-limit"), help: "Failed insights authentications a minute per client (at least 5 at once).")
    var authFailuresPerMinute = 1

    @Option(help: "Days search counts, searches, clicks and feedback are kept.")
    var retentionDays = ServerConfiguration.defaultRetentionDays

    @Option(
        name: .customLong("unknown-word-clients"),
        help: "Clients (addresses) that must use a word no article writes before the search log or a comment keeps it (until then it is kept as [word]; 1 keeps every word)."
    )
    var unknownWordThreshold = UnknownWordGate.defaultThreshold

    @Option(name: .customLong("image-host"), help: "A host whose images articles may show (repeatable); other external images are dropped.")
    var imageHost: [String] = []

    @Option(
        help: """
            Where feedback and search counts are kept: sqlite:///path/kbserve.sqlite or \
            postgres://user:password@host:5432/database (default: KBSERVE_DATABASE_URL, else kbserve.sqlite under --data).
            """
    )
    var database: String?

    @Option(
        name: .customLong("trusted-proxy"),
        help: "A proxy (CIDR block, e.g. 10.0.0.0/8) whose X-Forwarded-For gives the client address (repeatable)."
    )
    var trustedProxy: [String] = []

    @Option(name: .customLong("database-timeout"), help: "Seconds a PostgreSQL operation may take before the database counts as unavailable (503).")
    var databaseTimeoutSeconds = 5

    @Option(help: "Seconds to let requests in flight finish at shutdown before they are cancelled.")
    var shutdownTimeout = 10

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    var contentDirectory: URL { options.contentURL }
    var dataDirectory: URL { URL(fileURLWithPath: data, isDirectory: true) }
    var corsOrigins: [String] { corsOrigin }
    var embedOrigins: [String] { embedOrigin }
    var searchCacheSize: Int { searchCache }
    var connectionLimits: ConnectionLimits {
        ConnectionLimits(idleTimeout: .seconds(idleTimeout), maxConnections: maxConnections ?? ConnectionLimits.defaultMaxConnections)
    }
    var postRateLimit: RateLimit { RateLimit(perMinute: postsPerMinute) }
    var searchRateLimit: RateLimit { RateLimit(perMinute: searchesPerMinute) }
    var authFailureRateLimit: RateLimit { .authFailures(perMinute: authFailuresPerMinute) }
    var imageHosts: [String] { imageHost.map { $0.lowercased() } }
    var databaseURL: String? { database }
    var trustedProxies: [String] { trustedProxy }
    var databaseTimeout: Duration { .seconds(databaseTimeoutSeconds) }

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        guard searchCache >= 0 else { throw ValidationError("--search-cache must be 0 or more.") }
        guard idleTimeout >= 1 else { throw ValidationError("--idle-timeout must be 1 second or more.") }
        guard (maxConnections ?? 1) >= 1 else { throw ValidationError("--max-connections must be 1 or more.") }
        guard postsPerMinute >= 1, searchesPerMinute >= 1, authFailuresPerMinute >= 1 else {
            throw ValidationError("--post-rate-limit, --search-rate-limit and --auth-failure-rate-limit must be 1 or more.")
        }
        guard retentionDays >= 1 else { throw ValidationError("--retention-days must be 1 or more.") }
        guard unknownWordThreshold >= 1 else { throw ValidationError("--unknown-word-clients must be 1 or more.") }
        guard shutdownTimeout >= 0 else { throw ValidationError("--shutdown-timeout must be 0 or more.") }
        guard databaseTimeoutSeconds >= 1 else { throw ValidationError("--database-timeout must be 1 second or more.") }
        do {
            if let database { _ = try DatabaseURL(parsing: database) }
            _ = try TrustedProxies(parsing: trustedProxy)
            _ = try EmbedOrigins(parsing: embedOrigin)
        } catch {
            throw ValidationError("\(error)")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical.")
        }
        for origin in corsOrigin where !(origin.hasPrefix("http://") || origin.hasPrefix("https://")) {
            throw ValidationError("--cors-origin '\(origin)' must be an origin such as https://app.example.com.")
        }
    }

    func run() async throws {
        var logger = Logger(label: "kbserve", factory: DeferredMetadataLogHandler.init(label:))
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        // Handlers run on the event loop that read their request (NIO's loops become Swift
        // concurrency's global executor, as in Vapor's template): no hop to another thread
        // and back for every request. Blocking work (content loads, SQLite) stays on its own
        // threads.
        let onEventLoops = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        logger.debug("Swift concurrency executor", metadata: ["executor.eventLoops": "\(onEventLoops)"])
        let app = try await buildApplication(self, logger: logger)
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: app)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
        )
        // Requests in flight get --shutdown-timeout seconds; then they are cancelled, and the
        // rest (the last search-count write, closing the pool) gets a few more.
        configuration.maximumGracefulShutdownDuration = .seconds(shutdownTimeout)
        configuration.maximumCancellationDuration = .seconds(5)
        try await ServiceGroup(configuration: configuration).run()
    }
}
