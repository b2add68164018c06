import Synchronization
import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import TestSupport
import Testing

@testable import kbserve

/// Running several replicas: the database URL, the client address behind a proxy, the
/// content version, the probes and the metrics.
@Suite struct ScaleOutTests {
    struct Arguments: AppArguments {
        var host = "127.0.0.1"
        var port = 0
        var contentDirectory = RepoPaths.content
        var dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("kbserve-scale-\(UUID().uuidString)")
        var corsOrigins: [String] = []
        var searchCacheSize = 0
        var databaseURL: String?
        var trustedProxies: [String] = []
        var databaseTimeout: Duration = .seconds(5)
        /// Generous: while the whole suite keeps both cores busy, a test's client can wait longer
        /// than the 15 s idle timeout between two requests, and the server would close its
        /// connection under it ("I/O on closed channel" in a CI rehearsal).
        var connectionLimits = ConnectionLimits(idleTimeout: .seconds(120))
        var unknownWordThreshold = UnknownWordGate.defaultThreshold
    }

    // MARK: Database URL

    @Test func databaseURLsNameTheEngineAndItsSettings() throws {
        #expect(try DatabaseURL(parsing: "sqlite:///var/lib/kbserve/kb.sqlite") == .sqlite(path: "/var/lib/kbserve/kb.sqlite"))
        #expect(try DatabaseURL(parsing: "sqlite:data/kb.sqlite") == .sqlite(path: "data/kb.sqlite"))
        let url = try DatabaseURL(parsing: "postgres://kb%40user:p%2Fss%3Aw@db.internal:6543/help?sslmode=require")
        #expect(url == .postgres(.init(host: "db.internal", port: 6543, username: "kb@user", password: "p/ss:w", database: "help", tls: .require)))
        #expect(url.engine == "postgres")
        #expect(url.redacted == "postgres://kb@user@db.internal:6543/help", "no password")
        #expect(try DatabaseURL(parsing: "postgresql://u@[::1]/kb") == .postgres(.init(host: "::1", username: "u", password: nil, database: "kb")))
    }

    @Test(arguments: [
        ("mysql://u:p@h/db", "must start with sqlite:// or postgres://"),
        ("postgres://u:secret@h", "names no database"),
        ("postgres://:secret@h/db", "has no user"),
        ("postgres://u:secret@h:0/db", "port must be"),
        ("postgres://u:secret@h/db?sslmode=maybe", "sslmode must be"),
        ("postgres://u:secret@h/db?application_name=x", "is not supported"),
        ("sqlite:///var/lib/", "names a file"),
    ])
    func badDatabaseURLsAreRefusedWithoutRepeatingThePassword(_ text: String, _ expected: String) {
        #expect {
            try DatabaseURL(parsing: text)
        } throws: { error in
            let message = "\(error)"
            return message.contains(expected) && !message.contains("secret")
        }
    }

    // MARK: Client address behind a proxy

    @Test func forwardedForIsBelievedOnlyFromTrustedProxies() throws {
        let proxies = try TrustedProxies(parsing: ["10.0.0.0/8", "127.0.0.1", "fd00::/8"])
        #expect(proxies.contains("10.200.3.4"))
        #expect(!proxies.contains("11.0.0.1"))
        #expect(proxies.contains("fd12::1"))
        #expect(!proxies.contains("fe80::1"))
        #expect(!proxies.contains("not an address"))
        // An untrusted peer: its header is ignored, whatever it says.
        #expect(proxies.clientAddress(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"]) == "203.0.113.9")
        // A trusted peer: the rightmost address that is not a trusted proxy.
        #expect(proxies.clientAddress(peer: "10.0.0.2", forwardedFor: ["198.51.100.1", "203.0.113.7", "10.0.0.9"]) == "203.0.113.7")
        // What the client wrote left of what the proxy saw is not believed.
        #expect(proxies.clientAddress(peer: "127.0.0.1", forwardedFor: ["1.2.3.4", "203.0.113.7"]) == "203.0.113.7")
        #expect(proxies.clientAddress(peer: "10.0.0.2", forwardedFor: ["10.0.0.3"]) == "10.0.0.3", "all trusted: the leftmost")
        #expect(proxies.clientAddress(peer: "10.0.0.2", forwardedFor: ["garbage", "10.0.0.3"]) == "10.0.0.3", "stops at what is not an address")
        #expect(proxies.clientAddress(peer: "10.0.0.2", forwardedFor: ["[2001:db8::1]:443"]) == "2001:db8::1")
        #expect(proxies.clientAddress(peer: "10.0.0.2", forwardedFor: ["198.51.100.4:8080"]) == "198.51.100.4")
        #expect(TrustedProxies.forwardedAddresses(["1.1.1.1, 2.2.2.2", " 3.3.3.3 "]) == ["1.1.1.1", "2.2.2.2", "3.3.3.3"])
        #expect(throws: TrustedProxyError.self) { try TrustedProxies(parsing: ["10.0.0.0/33"]) }
        #expect(throws: TrustedProxyError.self) { try TrustedProxies(parsing: ["example.com"]) }
        #expect(try TrustedProxies.Block(parsing: "192.168.1.77/24").contains(TrustedProxies.bytes(of: "192.168.1.1")!))
    }

    /// Over a real socket (the peer is 127.0.0.1): behind a trusted proxy each forwarded client
    /// has its own rate-limit bucket; without one, the header changes nothing.
    @Test(arguments: [true, false])
    func rateLimitsKeyOnTheForwardedClientOnlyBehindATrustedProxy(_ trusted: Bool) async throws {
        var configuration = ServerConfiguration(adminToken: "right")
        if trusted { configuration.trustedProxies = try TrustedProxies(parsing: ["127.0.0.0/8"]) }
        let app = Fixtures.app(try await Fixtures.components(configuration: configuration))
        let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
        try await app.test(.live) { client in
            for _ in 0..<ServerConfiguration().authFailureRateLimit.burst {
                try await client.execute(
                    uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer guess", forwardedFor: "203.0.113.5"]
                ) { #expect($0.status == .unauthorized) }
            }
            try await client.execute(
                uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer guess", forwardedFor: "203.0.113.5"]
            ) { #expect($0.status == .tooManyRequests) }
            try await client.execute(
                uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer guess", forwardedFor: "198.51.100.23"]
            ) { response in
                #expect(response.status == (trusted ? .unauthorized : .tooManyRequests), "another client, by the proxy's word")
            }
        }
    }

    // MARK: Content version

    @Test func theContentVersionIsAHashOfTheFilesWhereverTheyAre() throws {
        let first = try StorageTests.temporaryDirectory()
        let second = try StorageTests.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for folder in [first, second] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("guides"), withIntermediateDirectories: true)
            try Data("# A\n".utf8).write(to: folder.appendingPathComponent("a.md"))
            try Data("# B\n".utf8).write(to: folder.appendingPathComponent("guides/b.md"))
        }
        let version = ContentVersion.of(directory: first)
        #expect(version.count == 16)
        #expect(ContentVersion.of(directory: second) == version, "same files elsewhere, same version")
        try Data("# B!\n".utf8).write(to: second.appendingPathComponent("guides/b.md"))
        #expect(ContentVersion.of(directory: second) != version, "one changed byte, another version")
        try Data("# B\n".utf8).write(to: second.appendingPathComponent("guides/b.md"))
        try FileManager.default.moveItem(at: second.appendingPathComponent("a.md"), to: second.appendingPathComponent("c.md"))
        #expect(ContentVersion.of(directory: second) != version, "a renamed file, another version")
    }

    @Test func aReloadCarriesTheNewVersionAndARefusedOneIsCounted() throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<2 {
            try "---\nid: a\(index)\ntitle: Article \(index)\nsummary: S.\ncategory: registration\n---\n\nText \(index).\n"
                .write(to: directory.appendingPathComponent("a\(index).md"), atomically: true, encoding: .utf8)
        }
        let failures = Mutex(0)
        var reloader = ContentReloader(directory: directory, logger: Fixtures.quietLogger)
        reloader.onReloadFailure = { failures.withLock { $0 += 1 } }
        let store = ContentStore(try reloader.loadInitial())
        let before = store.current.contentVersion
        #expect(before == ContentVersion.of(directory: directory))
        try "---\nid: a2\ntitle: Article 2\nsummary: S.\ncategory: registration\n---\n\nText.\n"
            .write(to: directory.appendingPathComponent("a2.md"), atomically: true, encoding: .utf8)
        #expect(reloader.reload(into: store, reason: "test"))
        #expect(store.current.contentVersion != before)
        #expect(failures.withLock { $0 } == 0)
        for index in 0..<3 { try FileManager.default.removeItem(at: directory.appendingPathComponent("a\(index).md")) }
        #expect(!reloader.reload(into: store, reason: "test"))
        #expect(failures.withLock { $0 } == 1)
    }

    // MARK: Probes

    @Test func probesReportLivenessReadinessAndTheContentVersion() async throws {
        let services = try await Fixtures.components()
        try await Fixtures.app(services).test(.router) { client in
            try await client.execute(uri: "/livez", method: .get) { response in
                #expect(response.status == .ok)
                try #expect(response.json()["status"] as? String == "alive")
            }
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try response.json()
                #expect(body["status"] as? String == "ready")
                #expect(body["reasons"] as? [String] == [])
                #expect(body["database"] as? String == "ok")
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                try #expect(response.json()["contentVersion"] as? String == "")
            }
            try await client.execute(uri: "/readyz", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                try #expect(response.json()["error"] != nil, "JSON errors on probe routes")
            }
        }
    }

    @Test func readinessIs503WithTheReasonWhenNoArticlesAreLoaded() async throws {
        let services = ServerComponents(
            content: ContentStore(ContentSnapshot(knowledgeBase: KnowledgeBase(articles: []))), feedback: InMemoryFeedbackStore(),
            searchLog: InMemorySearchLogStore(), views: try await PageRenderer.bundled(), assets: try Assets(), configuration: ServerConfiguration()
        )
        try await Fixtures.app(services).test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                try #expect(response.json()["reasons"] as? [String] == ["No articles are loaded."])
            }
            try await client.execute(uri: "/livez", method: .get) { #expect($0.status == .ok, "alive all the same") }
        }
    }

    @Test func readinessFollowsTheDatabaseAndReturnsWithoutARestart() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(directory: directory, retryInterval: 0)
        let services = ServerComponents(
            content: ContentStore(ContentSnapshot(knowledgeBase: Fixtures.knowledgeBase)), feedback: SQLiteFeedbackStore(database: database),
            searchLog: InMemorySearchLogStore(), views: try await PageRenderer.bundled(), assets: try Assets(),
            configuration: ServerConfiguration(), storage: database
        )
        try await Fixtures.app(services).test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
            try FileManager.default.removeItem(at: directory)
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try response.json()
                #expect(body["database"] as? String == "unavailable")
                #expect((body["reasons"] as? [String])?.first?.hasPrefix("The database is unavailable:") == true)
            }
            try await client.execute(uri: "/api/v1/search?q=reset+password", method: .get) { #expect($0.status == .ok) }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
        }
    }

    // MARK: Metrics

    /// Searches are timed in every language and however they come: a posted form that is
    /// answered searched; one sent on to its address (303) searched nothing.
    @Test func searchesAreTimedInEveryLanguageAndFromTheForms() async throws {
        let metrics = AppMetrics()
        let app = Fixtures.app(try await Fixtures.components(), metrics: metrics)
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await app.test(.router) { client in
            try await client.execute(uri: "/es/search?q=pin", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/search", method: .post, headers: form, body: ByteBuffer(string: "q=pin+4821")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/search", method: .post, headers: form, body: ByteBuffer(string: "q=pin")) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/api/v1/suggest", method: .post, headers: form, body: ByteBuffer(string: "q=pin")) { #expect($0.status == .ok) }
            let text = try await client.execute(uri: "/metrics", method: .get) { $0.text }
            #expect(text.contains(#"kbserve_search_duration_seconds_count{route="/es/search"} 1"#), "\(text)")
            #expect(text.contains(#"kbserve_search_duration_seconds_count{route="/search"} 1"#), "the form sent on is not timed")
            #expect(text.contains(#"kbserve_search_duration_seconds_count{route="/api/v1/suggest"} 1"#))
        }
    }

    @Test func metricsCountRoutesByTemplateAndNeverCarryWhatWasTyped() async throws {
        let metrics = AppMetrics()
        var configuration = ServerConfiguration(adminToken: "s3cret-token")
        configuration.searchRateLimit = RateLimit(burst: 3, perSecond: 0.001)
        let services = try await Fixtures.components(
            configuration: configuration, searchLog: MeteredSearchLogStore(base: InMemorySearchLogStore(), metrics: metrics)
        )
        let app = Fixtures.app(services, metrics: metrics)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=reset+password", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/search?q=xyzzy+jane.doe%40example.com", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/search?q=forgot+password", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/search?q=again", method: .get) { #expect($0.status == .tooManyRequests) }
            try await client.execute(uri: "/articles/reset-password", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/articles/no-such-secret-page", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/private/patient-4821", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"message": "blorp zzkk 5551234"}"#)
            ) { #expect($0.status == .ok) }
            let text = try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                return response.text
            }
            #expect(text.contains(#"kbserve_http_requests_total{route="/api/v1/search",method="GET",status="200"} 3"#), "\(text)")
            #expect(text.contains(#"kbserve_http_requests_total{route="/api/v1/search",method="GET",status="429"} 1"#))
            #expect(text.contains(#"kbserve_http_requests_total{route="/articles/{id}",method="GET",status="404"} 1"#))
            #expect(text.contains(#"kbserve_http_requests_total{route="unmatched",method="GET",status="404"} 1"#))
            #expect(text.contains(#"kbserve_rate_limited_requests_total{route="/api/v1/search"} 1"#))
            #expect(text.contains(#"kbserve_search_zero_results_total{kind="search"} 1"#))
            #expect(text.contains(#"kbserve_search_zero_results_total{kind="diagnose"} 1"#))
            #expect(text.contains(#"kbserve_http_request_duration_seconds_bucket{route="/api/v1/search",method="GET",le="+Inf"} 4"#))
            #expect(text.contains(#"kbserve_search_duration_seconds_count{route="/api/v1/search"} 3"#), "the refused search is not timed")
            #expect(text.contains(#"kbserve_diagnose_duration_seconds_count{route="/api/v1/diagnose"} 1"#))
            #expect(text.contains(#"kbserve_content_info{version=""} 1.0"#))
            #expect(text.contains("kbserve_content_articles 3.0"))
            #expect(text.contains("kbserve_content_reload_failures_total 0"))
            #expect(!text.contains("kbserve_database_up"), "no database, no database gauge")
            for typed in ["xyzzy", "jane", "example.com", "reset", "password", "no-such-secret-page", "patient-4821", "blorp", "5551234"] {
                #expect(!text.contains(typed), "'\(typed)' is in the metrics")
            }
        }
    }

    @Test func databaseErrorsAreCountedByOperation() async throws {
        let directory = try StorageTests.temporaryDirectory()
        let metrics = AppMetrics()
        let storage = try StorageBackend.open(
            .sqlite(path: directory.appendingPathComponent("db/kb.sqlite").path), dataDirectory: directory, retentionDays: 30,
            logger: Fixtures.quietLogger, metrics: metrics
        )
        #expect(storage.engine == "sqlite")
        try FileManager.default.removeItem(at: directory)
        await #expect(throws: StorageUnavailable.self) {
            try await storage.feedback.add(Feedback(article: "a", helpful: true, comment: nil, createdAt: Date()))
        }
        #expect(metrics.render().contains(#"kbserve_database_errors_total{engine="sqlite",operation="feedback.add"} 1"#))
        #expect(storage.status.problem != nil)
        metrics.observe(contentVersion: "v1", articleCount: 1, databaseAvailable: storage.status.problem == nil)
        metrics.observe(contentVersion: "v2", articleCount: 1, databaseAvailable: storage.status.problem == nil)
        let text = metrics.render()
        #expect(text.contains("kbserve_database_up 0.0"))
        #expect(text.contains(#"kbserve_content_info{version="v2"} 1.0"#))
        #expect(!text.contains(#"version="v1""#), "the old version's series is gone")
    }

    /// The default stays SQLite under the data folder; KBSERVE_DATABASE_URL and --database choose another.
    @Test func theDatabaseComesFromTheOptionThenTheEnvironmentThenTheDataFolder() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try await buildApplication(Arguments(dataDirectory: directory), environment: [:], logger: Fixtures.quietLogger)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("kbserve.sqlite").path))
        let fromEnvironment = directory.appendingPathComponent("env/kb.sqlite")
        _ = try await buildApplication(
            Arguments(dataDirectory: directory), environment: ["KBSERVE_DATABASE_URL": "sqlite://\(fromEnvironment.path)"], logger: Fixtures.quietLogger
        )
        #expect(FileManager.default.fileExists(atPath: fromEnvironment.path))
        let fromOption = directory.appendingPathComponent("option/kb.sqlite")
        _ = try await buildApplication(
            Arguments(dataDirectory: directory, databaseURL: "sqlite://\(fromOption.path)"),
            environment: ["KBSERVE_DATABASE_URL": "sqlite://\(fromEnvironment.path)-not"], logger: Fixtures.quietLogger
        )
        #expect(FileManager.default.fileExists(atPath: fromOption.path))
        #expect(!FileManager.default.fileExists(atPath: fromEnvironment.path + "-not"))
        await #expect(throws: DatabaseURLError.self) {
            _ = try await buildApplication(Arguments(dataDirectory: directory, databaseURL: "redis://x"), environment: [:], logger: Fixtures.quietLogger)
        }
    }
}
