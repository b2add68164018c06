import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

@Suite struct LiveTests {
    @Test func servesOverARealSocket() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                try #expect(response.json()["status"] as? String == "ok")
            }
            try await client.execute(uri: "/healthz", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(Int(response.headers[.contentLength] ?? "") ?? 0 > 0)
            }
            try await client.execute(uri: "/articles/no-such-article", method: .head) { response in
                #expect(response.status == .notFound)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/api/v1/search?q=reset+password", method: .get) { response in
                let results = try #require(response.json()["results"] as? [[String: Any]])
                #expect(results.first?["id"] as? String == "reset-password")
            }
            try await client.execute(
                uri: "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"article": "reset-password", "helpful": true}"#)
            ) { response in
                #expect(response.status == .created)
            }
        }
    }
}
