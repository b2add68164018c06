import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct APITests {
    @Test func searchReturnsTheContractShape() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(searchLog: log))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=invalid+security+code&limit=2", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let json = try response.json()
                #expect(json["query"] as? String == "invalid security code")
                #expect((json["total"] as? Int ?? 0) >= 1)
                let results = try #require(json["results"] as? [[String: Any]])
                #expect(results.count <= 2)
                let first = try #require(results.first)
                #expect(first["id"] as? String == "invalid-pin-or-security-code")
                #expect(first["title"] as? String == "Invalid PIN or security code error message")
                #expect(first["category"] as? String == "registration")
                let anchor = try #require(first["anchor"] as? String)
                // The link carries this search's id and the result's position, for insights' clicks.
                let searchID = try #require(json["searchId"] as? String)
                #expect(first["url"] as? String == "/articles/invalid-pin-or-security-code?sid=\(searchID)&pos=1" + (anchor.isEmpty ? "" : "#\(anchor)"))
                #expect((first["snippet"] as? String)?.contains("<mark>") == true)
                #expect(first["score"] is Double)
            }
        }
        #expect(try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 5).map(\.text) == ["invalid security code"])
    }

    @Test func searchSaysWhenNoArticleAnswersAndCountsItAsZeroResults() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(configuration: ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord(), searchLog: log))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=cancel+password", method: .get) { response in
                let json = try response.json()
                #expect(json["confident"] as? Bool == false)
                #expect(json["total"] as? Int == 0)
                let results = try #require(json["results"] as? [[String: Any]])
                #expect(!results.isEmpty)
                #expect(results.allSatisfy { $0["partial"] as? Bool == true })
            }
            try await client.execute(uri: "/api/v1/search?q=reset+my+password", method: .get) { response in
                let json = try response.json()
                #expect(json["confident"] as? Bool == true)
                let first = try #require((json["results"] as? [[String: Any]])?.first)
                #expect(first["partial"] as? Bool == false)
            }
        }
        let unanswered = try await log.topTexts(kind: .search, onlyWithoutResults: true, limit: 5).map(\.text)
        #expect(unanswered == ["cancel password"])
    }

    /// The API caches encoded answers; a reload must not serve the old content's answer.
    @Test func cachedAnswersDoNotOutliveAReload() async throws {
        let components = try await Fixtures.components()
        let app = Fixtures.app(components)
        try await app.test(.router) { client in
            func firstID() async throws -> String? {
                let json = try await client.execute(uri: "/api/v1/search?q=reset+password", method: .get) { try $0.json() }
                return (json["results"] as? [[String: Any]])?.first?["id"] as? String
            }
            let before = try await firstID()
            let cached = try await firstID()
            components.content.replace(with: ContentSnapshot(knowledgeBase: KnowledgeBase(articles: [Fixtures.securityCode, Fixtures.contact])))
            let after = try await firstID()
            #expect(before == "reset-password")
            #expect(cached == "reset-password")
            #expect(after != "reset-password")
        }
    }

    /// Lengths are counted in Unicode scalars, as the OpenAPI document's `maxLength` is: 150
    /// letters with a combining mark each are 300 scalars, over suggest's 200.
    @Test func lengthLimitsCountUnicodeScalarsLikeTheSchema() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let marked = String(repeating: "e\u{0301}", count: 150)
        let encoded = try #require(marked.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/suggest?q=\(encoded)", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/suggest?q=\(String(repeating: "e", count: 150))", method: .get) { response in
                #expect(response.status == .ok)
            }
            // As sent: white space around the text counts, as the schema's maxLength counts it.
            let padded = "%0B%20" + String(repeating: "e", count: 199)
            try await client.execute(uri: "/api/v1/suggest?q=\(padded)", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(
                uri: "/api/v1/suggest", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "q=\(padded)")
            ) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/v1/search?q=%20\(String(repeating: "e", count: 1_000))", method: .get) { #expect($0.status == .badRequest) }
        }
    }

    /// The document's "not blank" pattern says blank exactly where the server does (Foundation's
    /// white space and new lines, which JavaScript's `\S` reads otherwise: U+0085 is blank
    /// here, U+FEFF is not), and every not-blank field of the document uses it.
    @Test func theNotBlankPatternAgreesWithTheServer() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let document = try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { Data($0.text.utf8) }
        }
        let text = String(decoding: document, as: UTF8.self)
        #expect(!text.contains(#""pattern": "\\S""#))
        let json = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        let paths = try #require(json["paths"] as? [String: Any])
        let search = try #require((paths["/api/v1/search"] as? [String: Any])?["get"] as? [String: Any])
        let q = try #require((search["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "q" })
        let pattern = try #require((q["schema"] as? [String: Any])?["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        // Every character up to U+3100, where the white space ends, and the byte-order mark.
        let samples = ((0x1...0x3100).compactMap(Unicode.Scalar.init) + ["\u{FEFF}"]).map { String($0) } + [" a ", " \t\n"]
        for sample in samples {
            let matches = regex.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
            #expect(matches == !sample.trimmingWhitespace.isEmpty, "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func searchLogIsRedacted() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(configuration: ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord(), searchLog: log))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=code+482913+for+jo%40example.com", method: .get) { _ in }
            try await client.execute(uri: "/search?q=born+03%2F14%2F1985", method: .get) { _ in }
        }
        let texts = try await log.topTexts(kind: .search, onlyWithoutResults: false, limit: 5).map(\.text).sorted()
        #expect(texts == ["born [date]", "code [number] for [email]"])
    }

    @Test func searchFiltersByCategoryAndValidatesParameters() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            // "security" is in a registration article and in a signing-in one.
            try await client.execute(uri: "/api/v1/search?q=security", method: .get) { response in
                let results = try #require(response.json()["results"] as? [[String: Any]])
                #expect(Set(results.compactMap { $0["category"] as? String }) == ["registration", "signing-in"])
            }
            try await client.execute(uri: "/api/v1/search?q=security&category=registration", method: .get) { response in
                let results = try #require(response.json()["results"] as? [[String: Any]])
                #expect(!results.isEmpty)
                #expect(results.allSatisfy { $0["category"] as? String == "registration" })
            }
            for (uri, message) in [
                ("/api/v1/search", "q parameter"), ("/api/v1/search?q=", "q parameter"),
                ("/api/v1/search?q=pin&limit=0", "limit"), ("/api/v1/search?q=pin&limit=abc", "limit"),
                ("/api/v1/search?q=pin&limit=51", "limit"), ("/api/v1/search?q=pin&category=xyz", "Unknown category"),
                // Given but blank: the schema's integer and category names, not "absent".
                ("/api/v1/search?q=pin&limit=", "limit"), ("/api/v1/search?q=pin&limit=%20", "limit"), ("/api/v1/search?q=pin&limit=%205", "limit"),
                ("/api/v1/search?q=pin&category=", "Unknown category"), ("/api/v1/search?q=pin&category=registration%20", "Unknown category"),
                ("/api/v1/search?q=\(String(repeating: "a", count: 1_001))", "longer than"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri.prefix(60))")
                    let error = try #require(response.json()["error"] as? [String: Any])
                    #expect((error["message"] as? String)?.contains(message) == true, "\(uri.prefix(60))")
                }
            }
        }
    }

    @Test func suggestReturnsAtMostFiveTitlesByPrefix() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/suggest?q=rese", method: .get) { response in
                #expect(response.status == .ok)
                let suggestions = try #require(response.json()["suggestions"] as? [[String: Any]])
                #expect(suggestions.count <= 5)
                #expect(suggestions.contains { $0["id"] as? String == "reset-password" && ($0["url"] as? String)?.hasPrefix("/articles/reset-password") == true })
            }
            try await client.execute(uri: "/api/v1/suggest?q=", method: .get) { response in
                #expect(response.status == .ok)
                try #expect((response.json()["suggestions"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test func articlesListAndDetail() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/articles", method: .get) { response in
                let json = try response.json()
                #expect(json["total"] as? Int == 3)
                let ids = (json["articles"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                #expect(ids == ["contact-support", "invalid-pin-or-security-code", "reset-password"])
            }
            try await client.execute(uri: "/api/v1/articles/reset-password", method: .get) { response in
                let json = try response.json()
                #expect(json["title"] as? String == "Reset your password")
                #expect(json["url"] as? String == "/articles/reset-password")
                let sections = try #require(json["sections"] as? [[String: Any]])
                #expect(sections.first?["url"] as? String == "/articles/reset-password#password-rules")
                let related = try #require(json["related"] as? [[String: Any]])
                #expect(related.first?["id"] as? String == "invalid-pin-or-security-code")
                #expect((json["html"] as? String)?.contains("<h2 id=\"password-rules\">") == true)
            }
            try await client.execute(uri: "/api/v1/articles/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let error = try #require(response.json()["error"] as? [String: Any])
                #expect(error["message"] as? String == "There is no article with that id.")
            }
            try await client.execute(uri: "/api/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                try #expect(response.json()["error"] != nil)
            }
        }
    }

    @Test func healthAndStaticFiles() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                #expect(json["status"] as? String == "ok")
                #expect(json["articles"] as? Int == 3)
            }
            var etag = ""
            try await client.execute(uri: "/static/style.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.text.contains("@media print"))
                etag = response.headers[.eTag] ?? ""
            }
            try await client.execute(uri: "/static/style.css", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/static/app.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(response.text.contains("/api/v1/suggest"))
            }
            try await client.execute(uri: "/static/..%2FPackage.swift", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
