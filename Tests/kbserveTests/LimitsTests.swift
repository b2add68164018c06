import Synchronization
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

@Suite struct LimitsTests {
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for (uri, method) in [("/", HTTPRequest.Method.get), ("/api/v1/search?q=pin", .get), ("/missing", .get), ("/api/v1/diagnose", .post)] {
                try await client.execute(uri: uri, method: method) { response in
                    let csp = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                    #expect(csp.contains("default-src 'self'"))
                    #expect(csp.contains("frame-ancestors 'none'"))
                    #expect(!csp.contains("unsafe-inline"))
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[.init("Referrer-Policy")!] == "strict-origin-when-cross-origin")
                }
            }
        }
    }

    @Test func bodiesOverOneMegabyteGet413() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let big = ByteBuffer(string: "{\"message\": \"" + String(repeating: "a", count: 1_100_000) + "\"}")
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json", .contentLength: String(big.readableBytes)],
                body: big
            ) { response in
                #expect(response.status == .contentTooLarge)
                let error = try #require(response.json()["error"] as? [String: Any])
                #expect((error["message"] as? String)?.contains("1 MB") == true)
            }
            try await client.execute(uri: "/api/v1/diagnose", method: .post, headers: Self.json, body: big) { response in
                #expect(response.status == .contentTooLarge, "also when the length is not announced")
            }
            try await client.execute(
                uri: "/troubleshoot", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "message=" + String(repeating: "a", count: 1_100_000))
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    @Test func postRoutesAreRateLimitedPerClient() async throws {
        let configuration = ServerConfiguration(rateLimit: RateLimit(burst: 3, perSecond: 0.01))
        let app = Fixtures.app(try await Fixtures.components(configuration: configuration))
        try await app.test(.router) { client in
            for _ in 0..<3 {
                try await client.execute(
                    uri: "/api/v1/diagnose", method: .post, headers: Self.json, body: ByteBuffer(string: #"{"message": "Invalid PIN"}"#)
                ) { response in
                    #expect(response.status == .ok)
                }
            }
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: Self.json, body: ByteBuffer(string: #"{"message": "Invalid PIN"}"#)
            ) { response in
                #expect(response.status == .tooManyRequests)
                let retry = try #require(response.headers[.retryAfter].flatMap(Int.init))
                #expect(retry >= 1 && retry <= 100)
                try #expect(response.json()["error"] != nil)
            }
            try await client.execute(uri: "/api/v1/search?q=pin", method: .get) { response in
                #expect(response.status == .ok, "GET routes are not limited")
            }
        }
    }

    @Test func tokenBucketRefills() {
        let now = Mutex<TimeInterval>(0)
        let limiter = RateLimiter(limit: RateLimit(burst: 2, perSecond: 0.5)) { now.withLock { $0 } }
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") == 2)
        #expect(limiter.take("b") == nil, "buckets are per client")
        now.withLock { $0 = 2 }
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") != nil)
    }
}
