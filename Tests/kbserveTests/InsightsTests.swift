import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

@Suite struct InsightsTests {
    @Test func insightsNeedTheBearerToken() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer wrong"], [.authorization: "Basic s3cret-token"]] {
                try await client.execute(uri: "/api/v1/insights", method: .get, headers: headers) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    try #expect(response.json()["error"] != nil)
                }
            }
        }
    }

    @Test func insightsAreDisabledWithoutAToken() async throws {
        let app = Fixtures.app(try await Fixtures.components(configuration: ServerConfiguration(adminToken: nil)))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer anything"]) { response in
                #expect(response.status == .notFound)
                let error = try #require(response.json()["error"] as? [String: Any])
                #expect((error["message"] as? String)?.contains("KBSERVE_ADMIN_TOKEN") == true)
            }
        }
    }

    @Test func insightsReportQueriesHelpfulnessAndUnmatchedDiagnoses() async throws {
        let app = Fixtures.app(try await Fixtures.components(configuration: ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord()))
        let json: HTTPFields = [.contentType: "application/json"]
        try await app.test(.router) { client in
            for query in ["reset password", "reset password", "zzqx wqvv"] {
                try await client.execute(uri: "/api/v1/search?q=\(query.replacingOccurrences(of: " ", with: "+"))", method: .get) { _ in }
            }
            for (helpful, comment) in [(true, "great"), (false, "call me on 555 201 3344")] {
                let body = #"{"article": "reset-password", "helpful": \#(helpful), "comment": "\#(comment)"}"#
                try await client.execute(uri: "/api/v1/feedback", method: .post, headers: json, body: ByteBuffer(string: body)) { _ in }
            }
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: json, body: ByteBuffer(string: #"{"message": "qqqq xxxx zzzz"}"#)
            ) { _ in }
            try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer s3cret-token"]) { response in
                #expect(response.status == .ok)
                let insights = try response.json()
                let top = try #require(insights["topQueries"] as? [[String: Any]])
                #expect(top.first?["text"] as? String == "reset password")
                #expect(top.first?["count"] as? Int == 2)
                let zero = try #require(insights["zeroResultQueries"] as? [[String: Any]])
                #expect(zero.map { $0["text"] as? String } == ["zzqx wqvv"])
                let helpfulness = try #require(insights["helpfulness"] as? [[String: Any]])
                #expect(helpfulness.first?["article"] as? String == "reset-password")
                #expect(helpfulness.first?["helpful"] as? Int == 1)
                #expect(helpfulness.first?["notHelpful"] as? Int == 1)
                #expect(Set(helpfulness.first?["comments"] as? [String] ?? []) == ["great", "call me on [phone]"])
                let unmatched = try #require(insights["unmatchedDiagnoses"] as? [[String: Any]])
                #expect(unmatched.map { $0["text"] as? String } == ["qqqq xxxx zzzz"])
            }
            // The all-time lists of one language: the English searches above, none in Spanish.
            try await client.execute(uri: "/api/v1/search?q=restablecer%20contrase%C3%B1a&lang=es", method: .get) { _ in }
            try await client.execute(uri: "/api/v1/insights?lang=es", method: .get, headers: [.authorization: "Bearer s3cret-token"]) { response in
                #expect(response.status == .ok)
                let top = try #require(try response.json()["topQueries"] as? [[String: Any]])
                #expect(top.map { $0["text"] as? String } == ["restablecer contraseña"])
            }
            try await client.execute(uri: "/api/v1/insights?lang=en", method: .get, headers: [.authorization: "Bearer s3cret-token"]) { response in
                let top = try #require(try response.json()["topQueries"] as? [[String: Any]])
                #expect(top.first?["text"] as? String == "reset password")
                #expect(!top.contains { $0["text"] as? String == "restablecer contraseña" })
            }
            // They cover every day kept: a range is refused, not ignored; so is a language the site does not have.
            for query in ["from=2026-11-01", "to=2026-11-01", "lang=fr"] {
                try await client.execute(uri: "/api/v1/insights?\(query)", method: .get, headers: [.authorization: "Bearer s3cret-token"]) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    let message = (try response.json()["error"] as? [String: Any])?["message"] as? String
                    #expect(message?.contains(query.hasPrefix("lang") ? "'lang' must be one of" : "/api/v1/insights/overview") == true, "\(response.text)")
                }
            }
        }
    }
}
