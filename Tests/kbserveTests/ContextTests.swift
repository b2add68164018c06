import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

@Suite struct ContextTests {
    static let origin = "https://app.example.com"

    static func components() async throws -> ServerComponents {
        try await Fixtures.components(configuration: ServerConfiguration(corsOrigins: [origin]))
    }

    @Test func helpContextRedirectsToTheMostLikelyCauseSection() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/help/context?error=invalid-pin", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/articles/invalid-pin-or-security-code#the-pin-was-mistyped")
            }
            // Typed values never go in a URL (they travel in POST /api/v1/context).
            try await client.execute(uri: "/help/context?error=invalid-security-code&securityCode=123456", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/help/context?error=no-such-error", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
            try await client.execute(uri: "/help/context", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func contextAPIAnswersJSONWithCORSForConfiguredOrigins() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/context?error=password-requirements", method: .get, headers: [.origin: Self.origin]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == Self.origin)
                let json = try response.json()
                #expect(json["error"] as? String == "password-requirements")
                #expect(json["cause"] as? String == "password-too-weak")
                let article = try #require(json["article"] as? [String: Any])
                #expect(article["id"] as? String == "reset-password")
                #expect(article["url"] as? String == "/articles/reset-password#password-rules")
                #expect(json["summary"] as? String == "How to reset a forgotten password.")
                #expect((json["steps"] as? [String])?.count == 1)
            }
            try await client.execute(
                uri: "/api/v1/context?error=password-requirements", method: .get, headers: [.origin: "https://evil.example"]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
            try await client.execute(uri: "/api/v1/context?error=nope", method: .get) { response in
                #expect(response.status == .notFound)
                try #expect(response.json()["error"] != nil)
            }
        }
    }

    @Test func corsPreflight() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/context", method: .options,
                headers: [.origin: Self.origin, .accessControlRequestMethod: "GET"]
            ) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowOrigin] == Self.origin)
                #expect(response.headers[.accessControlAllowMethods]?.contains("GET") == true)
            }
            try await client.execute(
                uri: "/api/v1/context", method: .options, headers: [.origin: "https://evil.example", .accessControlRequestMethod: "GET"]
            ) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
        }
    }

    @Test func corsOriginsComeFromOptionsAndEnvironment() {
        let configuration = ServerConfiguration(
            environment: ["KBSERVE_CORS_ORIGINS": "https://a.example, https://b.example", "KBSERVE_ADMIN_TOKEN": " t "],
            corsOrigins: ["https://c.example"]
        )
        #expect(configuration.corsOrigins == ["https://a.example", "https://b.example", "https://c.example"])
        #expect(configuration.adminToken == "t")
        #expect(ServerConfiguration(environment: ["KBSERVE_ADMIN_TOKEN": ""]).adminToken == nil)
    }
}
