import Foundation

/// Settings of a running server that are not about where it listens.
struct ServerConfiguration: Sendable {
    /// Origins allowed to call `/api/v1/context` from a browser (CORS).
    var corsOrigins: Set<String> = []
    /// Origins whose pages may frame the help panel and exchange messages with it.
    var embedOrigins = EmbedOrigins()
    /// The bearer token of `/api/v1/insights`; insights are disabled when nil.
    var adminToken: String?
    /// Per-client limit on POST requests (and failed insights authentication).
    var rateLimit = RateLimit.post
    /// Per-client limit on searches (pages, API and suggestions).
    var searchRateLimit = RateLimit.search
    /// Per-client limit on failed insights authentications.
    var authFailureRateLimit = RateLimit.authFailures(perMinute: 1)
    /// Proxies whose `X-Forwarded-For` gives the client address (`--trusted-proxy`).
    var trustedProxies = TrustedProxies()
    /// Days search counts, searches, clicks and feedback are kept.
    var retentionDays = ServerConfiguration.defaultRetentionDays
    static let defaultRetentionDays = 90
    /// Votes ("Was this helpful?") kept a day; they are kept `retentionDays` days.
    var maxFeedbackPerDay = FeedbackBounds.defaultMaxPerDay
    /// Clients that must use a word no article writes before the search log or a comment keeps it (`UnknownWordGate`).
    var unknownWordThreshold = UnknownWordGate.defaultThreshold
    /// Request bodies above this get 413.
    static let maxBodyBytes = 1_048_576

    /// Reads `KBSERVE_ADMIN_TOKEN` and `KBSERVE_CORS_ORIGINS` (comma-separated) from `environment`.
    init(environment: [String: String], corsOrigins: [String] = []) {
        let token = environment["KBSERVE_ADMIN_TOKEN"]?.trimmingCharacters(in: .whitespaces)
        adminToken = token?.isEmpty == false ? token : nil
        let fromEnvironment = (environment["KBSERVE_CORS_ORIGINS"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        self.corsOrigins = Set((corsOrigins + fromEnvironment).filter { !$0.isEmpty })
    }

    init(
        corsOrigins: Set<String> = [], adminToken: String? = nil, rateLimit: RateLimit = .post,
        searchRateLimit: RateLimit = .search, embedOrigins: EmbedOrigins = EmbedOrigins()
    ) {
        self.corsOrigins = corsOrigins
        self.embedOrigins = embedOrigins
        self.adminToken = adminToken
        self.rateLimit = rateLimit
        self.searchRateLimit = searchRateLimit
    }
}

/// A token bucket's size and refill rate.
struct RateLimit: Sendable, Hashable {
    var burst: Int
    var perSecond: Double

    /// `perMinute` requests a minute, a third of them at once.
    init(perMinute: Int) {
        burst = max(1, perMinute / 3)
        perSecond = Double(perMinute) / 60
    }

    init(burst: Int, perSecond: Double) {
        self.burst = burst
        self.perSecond = perSecond
    }

    /// POST routes: 60 a minute (20 at once).
    static let post = RateLimit(perMinute: 60)
    /// Searches: 600 a minute (200 at once).
    static let search = RateLimit(perMinute: 600)

    /// Failed authentications: `perMinute` a minute, at least 5 at once.
    static func authFailures(perMinute: Int) -> RateLimit {
        RateLimit(burst: max(5, perMinute / 3), perSecond: Double(perMinute) / 60)
    }
}
