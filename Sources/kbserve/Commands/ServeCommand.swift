import ArgumentParser
import Foundation
import Hummingbird
import Logging

/// `kbserve serve` (the default command): the help center, troubleshooter and JSON API.
struct ServeCommand: AsyncParsableCommand, AppArguments {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the help center, the troubleshooter and the JSON API.",
        discussion: """
            Reloads the content on SIGHUP or when its files change (only if it loads without errors).
            Environment: KBSERVE_ADMIN_TOKEN enables GET /api/v1/insights; KBSERVE_CORS_ORIGINS \
            (comma-separated) adds origins allowed to call /api/v1/context.
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

    @Option(help: "How many recent searches to keep answers for (0 turns the cache off).")
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

    @Option(help: "Days search counts are kept.")
    var retentionDays = ServerConfiguration.defaultRetentionDays

    @Option(name: .customLong("image-host"), help: "A host whose images articles may show (repeatable); other external images are dropped.")
    var imageHost: [String] = []

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    var contentDirectory: URL { options.contentURL }
    var dataDirectory: URL { URL(fileURLWithPath: data, isDirectory: true) }
    var corsOrigins: [String] { corsOrigin }
    var searchCacheSize: Int { searchCache }
    var connectionLimits: ConnectionLimits {
        ConnectionLimits(idleTimeout: .seconds(idleTimeout), maxConnections: maxConnections ?? ConnectionLimits.defaultMaxConnections)
    }
    var postRateLimit: RateLimit { RateLimit(perMinute: postsPerMinute) }
    var searchRateLimit: RateLimit { RateLimit(perMinute: searchesPerMinute) }
    var authFailureRateLimit: RateLimit { .authFailures(perMinute: authFailuresPerMinute) }
    var imageHosts: [String] { imageHost.map { $0.lowercased() } }

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        guard searchCache >= 0 else { throw ValidationError("--search-cache must be 0 or more.") }
        guard idleTimeout >= 1 else { throw ValidationError("--idle-timeout must be 1 second or more.") }
        guard (maxConnections ?? 1) >= 1 else { throw ValidationError("--max-connections must be 1 or more.") }
        guard postsPerMinute >= 1, searchesPerMinute >= 1, authFailuresPerMinute >= 1 else {
            throw ValidationError("--post-rate-limit, --search-rate-limit and --auth-failure-rate-limit must be 1 or more.")
        }
        guard retentionDays >= 1 else { throw ValidationError("--retention-days must be 1 or more.") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical.")
        }
        for origin in corsOrigin where !(origin.hasPrefix("http://") || origin.hasPrefix("https://")) {
            throw ValidationError("--cors-origin '\(origin)' must be an origin such as https://app.example.com.")
        }
    }

    func run() async throws {
        var logger = Logger(label: "kbserve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let app = try await buildApplication(self, logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
