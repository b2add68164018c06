import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct OpenAPITests {
    /// "METHOD /path" for every route the router has.
    static func routerRoutes() async throws -> Set<String> {
        let router = buildRouter(try await Fixtures.components())
        return Set(router.routes.map { "\($0.method.rawValue) \($0.path.description)" })
    }

    /// "METHOD /path" for every operation the document describes.
    static func documentRoutes(_ data: Data) throws -> Set<String> {
        let document = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        return Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
    }

    @Test func theDocumentDescribesExactlyTheRouterRoutes() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let served = try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                return Data(response.text.utf8)
            }
        }
        let documented = try Self.documentRoutes(served)
        let routed = try await Self.routerRoutes()
        #expect(routed.count >= 20)
        #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed).sorted())")
        #expect(routed.subtracting(documented).isEmpty, "routed but not documented: \(routed.subtracting(documented).sorted())")
    }

    /// Every `category` parameter lists exactly the known categories (the search page also the
    /// empty "All topics" its form sends), so the document cannot fall behind a new category.
    @Test func categoryParametersListTheKnownCategories() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let data = try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { Data($0.text.utf8) }
        }
        let document = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let known = Set(Category.known.map(\.rawValue))
        var checked = 0
        for (path, item) in paths {
            for case let operation as [String: Any] in item.values {
                for case let parameter as [String: Any] in operation["parameters"] as? [Any] ?? [] where parameter["name"] as? String == "category" {
                    let listed = Set((parameter["schema"] as? [String: Any])?["enum"] as? [String] ?? [])
                    #expect(listed == (path.hasSuffix("/search") && !path.hasPrefix("/api") ? known.union([""]) : known), "\(path)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 2)
    }
}
