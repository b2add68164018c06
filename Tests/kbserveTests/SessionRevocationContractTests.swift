import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

/// Signed-out dashboard sessions on every engine (`StoreEngine`), against the in-memory
/// reference: what one replica revokes, every replica refuses; expired entries are forgotten.
@Suite struct SessionRevocationContractTests {
    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// The same steps on `stores` (one per replica, sharing a database) and on the reference;
    /// what each answers after each step.
    static func revocations(_ stores: [any SessionRevocationStore]) async throws -> [[Bool]] {
        let ids = ["first", "second", "third"]
        func answers() async throws -> [Bool] {
            var answers: [Bool] = []
            for store in stores { for id in ids { answers.append(try await store.isRevoked(id)) } }
            return answers
        }
        var steps = [try await answers()]
        try await stores[0].revoke("first", expires: at(100), now: at(10))
        steps.append(try await answers())
        try await stores[stores.count - 1].revoke("second", expires: at(300), now: at(50))
        try await stores[0].revoke("second", expires: at(200), now: at(60))  // twice: one entry, the later expiry
        steps.append(try await answers())
        // At 250 "first" (expired at 100) is forgotten; "second" is kept until 300.
        try await stores[0].revoke("third", expires: at(400), now: at(250))
        steps.append(try await answers())
        return steps
    }

    @Test(arguments: await StoreEngine.available())
    func aSessionRevokedOnOneReplicaIsRevokedOnEveryAndExpiredOnesAreForgotten(_ engine: StoreEngine) async throws {
        try await engine.withStores(replicas: 2) { replicas in
            let steps = try await Self.revocations(replicas.map(\.sessions))
            let (f, t) = (false, true)
            #expect(steps == [
                [f, f, f, f, f, f],
                [t, f, f, t, f, f],
                [t, t, f, t, t, f],
                [f, t, t, f, t, t],
            ])
            let reference = InMemorySessionRevocationStore()
            #expect(try await Self.revocations([reference, reference]) == steps, "the engine agrees with the reference")
        }
    }

    @Test(arguments: await StoreEngine.available())
    func aCookieSignedOutOnOneReplicaIsRefusedByAnother(_ engine: StoreEngine) async throws {
        try await engine.withStores(replicas: 2) { replicas in
            let apps = try await replicas.asyncMap { stores in
                let base = try await Fixtures.components()
                return Fixtures.app(
                    ServerComponents(
                        content: base.content, feedback: stores.feedback, searchLog: stores.searchLog, views: base.views, assets: base.assets,
                        configuration: base.configuration, sessions: stores.sessions
                    )
                )
            }
            try await apps[0].test(.router) { a in
                try await apps[1].test(.router) { b in
                    let cookie = try await AdminClient.signIn(a)
                    let html = try await b.execute(uri: "/admin", method: .get, headers: [.cookie: cookie]) { response in
                        #expect(response.status == .ok, "B accepts A's session")
                        return response.text
                    }
                    let out = try await b.execute(
                        uri: "/admin/sign-out", method: .post, headers: AdminClient.formHeaders + [.cookie: cookie],
                        body: ByteBuffer(string: "csrf=\(try AdminClient.csrf(in: html))")
                    ) { $0 }
                    #expect(out.status == .seeOther)
                    for client in [a, b] {
                        try await client.execute(uri: "/admin", method: .get, headers: [.cookie: cookie]) { response in
                            #expect(response.status == .seeOther, "the copied cookie is refused")
                            #expect(response.headers[.location] == "/admin/sign-in")
                        }
                    }
                }
            }
        }
    }
}
