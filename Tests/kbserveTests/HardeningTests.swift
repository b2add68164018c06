import Synchronization
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Logging
import ServiceLifecycle
import Testing
import TestSupport

@testable import kbserve

/// Items 2, 5-10 and 12 of the hardening issue (1 is `ConnectionLimitsTests`, 3-4
/// `RedactorPropertyTests`, 11 `SanitizerHardeningTests`).
@Suite struct HardeningTests {
    // MARK: 2. Bounded storage

    @Test func searchCountsStayBoundedPerDayAndOldDaysAreDropped() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(directory: directory)
        let day = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        let store = SQLiteSearchLogStore(database: database, retentionDays: 3, now: { day.withLock { $0 } })
        for round in 0..<3 {
            for index in 0..<2_500 {
                store.record(SearchLogEntry(kind: .search, text: "unique query \(round) \(index) zz", resultCount: 0))
                if index % 500 == 0 { store.record(SearchLogEntry(kind: .search, text: "reset password", resultCount: 2)) }
            }
            try await store.flush()
        }
        let rows = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM searchDay") ?? 0 }
        #expect(rows <= SearchLogCounts.maxTextsPerDay + 1, "rows: \(rows)")
        let total = try await database.read { db in try Int.fetchOne(db, sql: "SELECT SUM(total) FROM searchDay") ?? 0 }
        #expect(total == 3 * 2_505, "every search is still counted, in its row or in 'other'")
        try #expect(await store.topTexts(kind: .search, onlyWithoutResults: false, limit: 1) == [TextCount(text: "reset password", count: 15)])
        // Four days later the first day is past the 3-day retention.
        day.withLock { $0 = $0.addingTimeInterval(4 * 86_400) }
        store.record(SearchLogEntry(kind: .search, text: "new day", resultCount: 1))
        try await store.flush()
        try #expect(await store.topTexts(kind: .search, onlyWithoutResults: false, limit: 5) == [TextCount(text: "new day", count: 1)])
    }

    @Test func searchesAreRateLimitedPerClientWithRetryAfter() async throws {
        let components = try await Fixtures.components(configuration: ServerConfiguration(searchRateLimit: RateLimit(burst: 3, perSecond: 0.01)))
        let app = Fixtures.app(components)
        try await app.test(.router) { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/api/v1/search?q=pin", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/search?q=pin", method: .get) { response in
                #expect(response.status == .tooManyRequests)
                #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 >= 1)
            }
            try await client.execute(uri: "/articles/reset-password", method: .get) { #expect($0.status == .ok) }
        }
    }

    /// A search form or the suggestions posted take from the search bucket (searches are
    /// many), not from the small bucket of other POSTs; Spanish searches are limited too.
    @Test func postedSearchesShareTheSearchLimitInEveryLanguage() async throws {
        let configuration = ServerConfiguration(
            rateLimit: RateLimit(burst: 1, perSecond: 0.01), searchRateLimit: RateLimit(burst: 4, perSecond: 0.01))
        let app = Fixtures.app(try await Fixtures.components(configuration: configuration))
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/suggest", method: .post, headers: form, body: ByteBuffer(string: "q=reset")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/search", method: .post, headers: form, body: ByteBuffer(string: "q=reset")) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/es/search", method: .post, headers: form, body: ByteBuffer(string: "q=pin+1234")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/es/search?q=pin", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/es/search?q=pin", method: .get) { #expect($0.status == .tooManyRequests) }
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"message": "Invalid PIN"}"#)
            ) { #expect($0.status == .ok, "the other POSTs keep their own bucket") }
        }
    }

    // MARK: 5. No personal values in URLs

    @Test func valuesTravelOnlyInAPostBody() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for uri in ["/api/v1/context?error=invalid-security-code&securityCode=123456", "/help/context?error=invalid-pin&pin=4821",
                        "/api/v1/context?error=invalid-pin&dateOfBirth=01/02/1990"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest)
                    let message = uri.hasPrefix("/api/")
                        ? try #require((response.json()["error"] as? [String: Any])?["message"] as? String) : response.text
                    #expect(message.contains("POST them as JSON to /api/v1/context"), "\(message)")
                    #expect(!response.text.contains("123456") && !response.text.contains("4821"))
                }
            }
            try await client.execute(uri: "/help/context?error=invalid-pin&flow=registration", method: .get) { #expect($0.status == .seeOther) }
            try await client.execute(
                uri: "/api/v1/context", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"error": "invalid-security-code", "values": {"securityCode": "123456"}, "context": {"flow": "registration"}}"#)
            ) { response in
                #expect(response.status == .ok)
                try #expect(response.json()["cause"] as? String == "code-is-sender-number")
                #expect(!response.text.contains("123456"))
            }
            try await client.execute(
                uri: "/api/v1/context", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"values": {}}"#)
            ) { #expect($0.status == .badRequest) }
        }
        let openAPI = try String(contentsOf: Assets.resourcesDirectory.appendingPathComponent("openapi.json"), encoding: .utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(openAPI.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        let context = try #require(paths["/api/v1/context"] as? [String: Any])
        #expect(context["post"] != nil)
        for path in ["/api/v1/context", "/help/context"] {
            let get = try #require((paths[path] as? [String: Any])?["get"] as? [String: Any])
            let names = (get["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(Set(names).isDisjoint(with: ["pin", "securityCode", "dateOfBirth", "phone", "email", "username", "password", "link"]), "\(path): \(names)")
        }
    }

    // MARK: 6. Cache-Control

    @Test func responsesWithInputAreNotStoredAndStaticFilesAreVersioned() async throws {
        let components = try await Fixtures.components()
        let app = Fixtures.app(components)
        try await app.test(.router) { client in
            for uri in ["/search?q=pin", "/api/v1/search?q=pin", "/troubleshoot", "/api/v1/suggest?q=pi", "/help/context?error=invalid-pin",
                        "/articles/reset-password", "/no-such-page"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.cacheControl] == "no-store", "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer s3cret-token"]) {
                #expect($0.headers[.cacheControl] == "no-store")
            }
            try await client.execute(
                uri: "/troubleshoot", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "message=Invalid+PIN")
            ) {
                // Answered to a post and showing only what the redactor kept: the browser alone may keep it, for Back (`GoingBackTests`).
                #expect($0.headers[.cacheControl] == "private, no-cache")
            }
            var styleURL = ""
            try await client.execute(uri: "/", method: .get) { response in
                let match = try #require(response.text.firstRange(of: #/\/static\/style\.css\?v=[0-9a-f]+/#))
                styleURL = String(response.text[match])
            }
            try await client.execute(uri: styleURL, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl]?.contains("max-age=31536000") == true)
                #expect(response.headers[.cacheControl]?.contains("immutable") == true)
            }
            try await client.execute(uri: "/static/style.css", method: .get) { response in
                #expect(response.headers[.cacheControl]?.contains("immutable") != true, "an unversioned URL is revalidated")
            }
        }
    }

    // MARK: 7. Reload guard

    @Test func aReloadThatDropsAllOrMostArticlesIsRefused() throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<5 {
            try "---\nid: a\(index)\ntitle: Article \(index)\ncategory: registration\n---\n\nHello.\n"
                .write(to: directory.appendingPathComponent("a\(index).md"), atomically: true, encoding: .utf8)
        }
        let capture = LogCapture()
        let reloader = ContentReloader(directory: directory, logger: capture.logger)
        let store = ContentStore(try reloader.loadInitial())
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a0.md"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a1.md"))
        #expect(reloader.reload(into: store, reason: "test"), "less than half of the articles may go (5 → 3)")
        #expect(store.current.knowledgeBase.articles.count == 3)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a2.md"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a3.md"))
        #expect(!reloader.reload(into: store, reason: "test"), "more than half may not (3 → 1)")
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a4.md"))
        #expect(!reloader.reload(into: store, reason: "test"), "an emptied folder is refused")
        #expect(store.current.knowledgeBase.articles.count == 3)
        #expect(capture.text.contains("keeping the running content"))
    }

    @Test func healthSaysSoWhenNoArticlesAreLoaded() async throws {
        let components = ServerComponents(
            content: ContentStore(ContentSnapshot(knowledgeBase: KnowledgeBase(articles: []))), feedback: InMemoryFeedbackStore(),
            searchLog: InMemorySearchLogStore(), views: try await PageRenderer.bundled(), assets: try Assets(),
            configuration: ServerConfiguration()
        )
        try await Fixtures.app(components).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { try #expect($0.json()["status"] as? String == "degraded") }
        }
    }

    // MARK: 8. Malformed chunked bodies

    /// Against the built server (the parse error comes from the socket's HTTP decoder).
    @Test func malformedChunkedBodiesGet400() throws {
        let data = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let server = try ServerProcess(arguments: ["--data", data.path])
        defer { server.stop() }
        for body in ["zz\r\n{}\r\n0\r\n\r\n", "-5\r\n{}\r\n0\r\n\r\n", "ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n", "2\r\n{}XX0\r\n\r\n"] {
            for path in ["/api/v1/feedback", "/api/v1/diagnose", "/api/v1/context"] {
                let socket = try RawSocket(port: server.port)
                try socket.send(
                    "POST \(path) HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + body
                )
                let response = socket.readResponse()
                #expect(response.hasPrefix("HTTP/1.1 400"), "\(path) \(body.debugDescription): \(response)")
                #expect(response.contains(#"{"error":{"message":"#), "\(response)")
            }
        }
    }

    // MARK: 9. Counts flushed on graceful shutdown

    struct Arguments: AppArguments {
        var host = "127.0.0.1"
        var port = 0
        var contentDirectory = RepoPaths.content
        var dataDirectory: URL
        var corsOrigins: [String] = []
        var searchCacheSize = 0
    }

    @Test func gracefulShutdownWritesTheBufferedSearchCounts() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = try await buildApplication(Arguments(dataDirectory: directory), environment: [:], logger: Fixtures.quietLogger)
        try await app.test(.live) { client in
            for query in ["pin wont work", "reset password", "pin wont work"] {
                try await client.execute(uri: "/api/v1/search?q=" + query.replacingOccurrences(of: " ", with: "+"), method: .get) {
                    #expect($0.status == .ok)
                }
            }
        }
        let database = try SQLiteDatabase(directory: directory)
        let count = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(total) FROM searchDay WHERE text = 'pin wont work'") ?? 0
        }
        #expect(count == 2)
    }

    // MARK: 10. Data-directory failures

    @Test func aMissingDataFolderIsReportedAnswered503AndRecoveredFrom() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(directory: directory, retryInterval: 0)
        let mode = try FileManager.default.attributesOfItem(atPath: database.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let components = ServerComponents(
            content: ContentStore(ContentSnapshot(knowledgeBase: Fixtures.knowledgeBase)), feedback: SQLiteFeedbackStore(database: database),
            searchLog: SQLiteSearchLogStore(database: database), views: try await PageRenderer.bundled(), assets: try Assets(),
            configuration: ServerConfiguration(), storage: database
        )
        let vote = ByteBuffer(string: #"{"article": "reset-password", "helpful": true}"#)
        try await Fixtures.app(components).test(.router) { client in
            try await client.execute(uri: "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"], body: vote) {
                #expect($0.status == .created)
            }
            try FileManager.default.removeItem(at: directory)
            try await client.execute(uri: "/healthz", method: .get) { response in
                let json = try response.json()
                #expect(json["status"] as? String == "degraded")
                #expect(json["storage"] as? String == "unavailable")
            }
            try await client.execute(uri: "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"], body: vote) { response in
                #expect(response.status == .serviceUnavailable)
                try #expect(response.json()["error"] != nil)
            }
            // The folder is back: the database is opened again.
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try await client.execute(uri: "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"], body: vote) {
                #expect($0.status == .created)
            }
            try await client.execute(uri: "/healthz", method: .get) { try #expect($0.json()["status"] as? String == "ok") }
        }
    }

    // MARK: 12. Failed insights authentication is rate limited

    @Test func failedInsightsAuthenticationIsRateLimited() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for _ in 0..<Int(ServerConfiguration().authFailureRateLimit.burst) {
                try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer guess"]) {
                    #expect($0.status == .unauthorized)
                }
            }
            try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer guess"]) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] != nil)
            }
            try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer s3cret-token"]) {
                #expect($0.status == .tooManyRequests, "even the right token waits once guessing was limited")
            }
        }
    }
}

/// Item 11: the sanitizer's list of the page's own ids covers every id the templates write,
/// so no content id can equal one of them.
@Suite struct PageIDTests {
    @Test func everyTemplateIDIsReservedFromContent() throws {
        let folder = Assets.resourcesDirectory.appendingPathComponent("templates")
        var ids: [String] = []
        // The dashboard's templates (`admin-*`) never show content, so its ids cannot meet a content id.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") && !name.hasPrefix("admin-") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: #/ id="([^"]*)"/#) {
                // `ts-{{name}}` stands for every id with that prefix: check the prefix with a sample.
                // `{{replyID}}` is `reply-<n>` (TroubleshootPage).
                let id = match.1 == "{{replyID}}" ? "reply-1" : String(match.1).replacingOccurrences(of: #"\{\{[^}]*\}\}.*"#, with: "x", options: .regularExpression)
                ids.append(id)
            }
        }
        #expect(ids.count > 20)
        for id in ids {
            #expect(HTMLSanitizer.contentID(id) != id, "the page id '\(id)' is not reserved from content")
        }
    }
}
