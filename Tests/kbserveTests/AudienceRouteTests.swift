import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing
import TestSupport

@testable import kbserve

/// Over the real `Content/`: no guide for office staff is reachable from anything a patient
/// browses (home, categories, article pages, search, suggestions, the article list), and staff
/// find them with `audience=staff` and in the troubleshooter's agent view.
@Suite struct AudienceRouteTests {
    let knowledgeBase: KnowledgeBase
    let staff: [Article]

    init() throws {
        knowledgeBase = try KnowledgeBase.load(from: RepoPaths.content)
        staff = knowledgeBase.articles.filter { $0.audience == .staff }
    }

    private func components() async throws -> ServerComponents {
        ServerComponents(
            content: ContentStore(ContentSnapshot(knowledgeBase: knowledgeBase)), feedback: InMemoryFeedbackStore(),
            searchLog: InMemorySearchLogStore(), views: try await PageRenderer.bundled(), assets: try Assets(),
            configuration: ServerConfiguration(adminToken: "s3cret-token")
        )
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    private static func hrefs(_ html: String) -> [String] {
        html.matches(of: /href="([^"]*)"/).map { String($0.1) }
    }

    /// Whether `text` names a staff guide: its page, or its title.
    private func mentionsStaff(_ text: String) -> String? {
        staff.first { text.contains("/articles/\($0.id.rawValue)") || text.contains($0.id.rawValue) }?.id.rawValue
    }

    @Test func patientPagesNeverLinkAStaffGuide() async throws {
        try #require(staff.count >= 4)
        let app = Fixtures.app(try await components())
        try await app.test(.router) { client in
            var pages = ["/", "/troubleshoot", "/search?q=pin"]
            pages += Category.known.map { "/categories/\($0.rawValue)" }
            pages += knowledgeBase.articles(visibleTo: .patient).map { "/articles/\($0.id.rawValue)" }
            var linked = 0
            for page in pages {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == .ok, "\(page)")
                    for href in Self.hrefs(response.text) {
                        linked += 1
                        #expect(mentionsStaff(href) == nil, "\(page) links \(href)")
                        #expect(!href.contains("audience=staff"), "\(page) links \(href)")
                    }
                }
            }
            #expect(linked > 500)
        }
    }

    @Test func homeAndCategoryPagesListYourAccount() async throws {
        let app = Fixtures.app(try await components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("<a href=\"/categories/your-account\">Your account</a>"))
            }
            try await client.execute(uri: "/categories/your-account", method: .get) { response in
                #expect(response.status == .ok)
                for id in ["link-records-one-account", "update-contact-information", "connect-apps-to-health-record"] {
                    #expect(response.text.contains("href=\"/articles/\(id)\""), "\(id)")
                }
            }
        }
    }

    @Test func patientSearchAndSuggestionsNeverFindAStaffGuide() async throws {
        let app = Fixtures.app(try await components())
        try await app.test(.router) { client in
            for guide in staff {
                for query in [guide.title] + guide.aliases {
                    let q = Self.encoded(query)
                    try await client.execute(uri: "/api/v1/search?q=\(q)&limit=50", method: .get) { response in
                        #expect(response.status == .ok)
                        let ids = (try response.json()["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                        #expect(!ids.isEmpty, "'\(query)' finds nothing at all")
                        #expect(ids.allSatisfy { id in !staff.contains { $0.id.rawValue == id } }, "'\(query)': \(ids)")
                    }
                    try await client.execute(uri: "/search?q=\(q)", method: .get) { response in
                        #expect(mentionsStaff(response.text) == nil, "search page for '\(query)'")
                    }
                    try await client.execute(uri: "/api/v1/suggest?q=\(q)", method: .get) { response in
                        #expect(mentionsStaff(response.text) == nil, "suggest '\(query)': \(response.text)")
                    }
                }
            }
        }
    }

    @Test func articleListAndPagesNeedTheStaffAudience() async throws {
        let app = Fixtures.app(try await components())
        let guide = try #require(staff.first)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/articles", method: .get) { response in
                let json = try response.json()
                #expect(json["total"] as? Int == 35)
                #expect(mentionsStaff(response.text) == nil)
            }
            try await client.execute(uri: "/api/v1/articles?audience=staff", method: .get) { response in
                let total = try response.json()["total"] as? Int
                #expect(total == 35 + staff.count)
            }
            try await client.execute(uri: "/articles/\(guide.id.rawValue)", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!response.text.contains(guide.title))
            }
            try await client.execute(uri: "/api/v1/articles/\(guide.id.rawValue)", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/articles/\(guide.id.rawValue)?audience=staff", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("For office staff"))
                // Its related staff guides open for staff too.
                for related in guide.related where knowledgeBase.article(related)?.audience == .staff {
                    #expect(response.text.contains("href=\"/articles/\(related.rawValue)?audience=staff\""), "\(related)")
                }
            }
            try await client.execute(uri: "/api/v1/articles/\(guide.id.rawValue)?audience=staff", method: .get) { response in
                #expect(response.status == .ok)
                let audience = try response.json()["audience"] as? String
                #expect(audience == "staff")
            }
            try await client.execute(uri: "/articles/reset-password?audience=staff", method: .get) { response in
                #expect(response.status == .ok, "staff see patient articles too")
            }
            try await client.execute(uri: "/api/v1/search?q=pin&audience=doctors", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Unknown audience"))
            }
        }
    }

    @Test func staffSearchFindsTheGuidesWithLinksThatOpen() async throws {
        let app = Fixtures.app(try await components())
        try await app.test(.router) { client in
            for guide in staff {
                let q = Self.encoded(guide.title)
                try await client.execute(uri: "/api/v1/search?q=\(q)&audience=staff", method: .get) { response in
                    let results = try response.json()["results"] as? [[String: Any]] ?? []
                    let hit = results.first { $0["id"] as? String == guide.id.rawValue }
                    #expect(hit != nil, "'\(guide.title)' does not find its guide for staff")
                    #expect((hit?["url"] as? String)?.hasPrefix("/articles/\(guide.id.rawValue)?audience=staff") == true)
                }
                try await client.execute(uri: "/search?q=\(q)&audience=staff", method: .get) { response in
                    #expect(response.text.contains("href=\"/articles/\(guide.id.rawValue)?audience=staff"), "\(guide.id)")
                    #expect(response.text.contains("<input type=\"hidden\" name=\"audience\" value=\"staff\">"))
                }
            }
        }
    }

    @Test func agentViewListsTheGuidesAndTheOneForEachCause() async throws {
        let app = Fixtures.app(try await components())
        let lostPIN = try #require(knowledgeBase.article("staff-patient-lost-pin"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/troubleshoot?view=agent", method: .get) { response in
                for guide in staff {
                    #expect(response.text.contains("href=\"/articles/\(guide.id.rawValue)?audience=staff\""), "\(guide.id)")
                }
                #expect(response.text.contains("<input type=\"hidden\" name=\"audience\" value=\"staff\">"))
            }
            try await client.execute(
                uri: "/troubleshoot?view=agent", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "message=Invalid+PIN")
            ) { response in
                #expect(response.status == .ok)
                let html = response.text
                let causes = try #require(html.range(of: "class=\"cause-list\""))
                let guides = try #require(html.range(of: "id=\"staff-guides-title\""))
                let causeList = html[causes.upperBound..<guides.lowerBound]
                #expect(causeList.contains("For the office: "))
                #expect(causeList.contains("<a href=\"/articles/\(lostPIN.id.rawValue)?audience=staff\">\(lostPIN.title)</a>"))
            }
            try await client.execute(
                uri: "/troubleshoot", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "message=Invalid+PIN")
            ) { response in
                #expect(mentionsStaff(response.text) == nil, "the patient view shows no staff guide")
            }
        }
    }

    @Test func feedbackOnAStaffGuideReturnsToTheStaffPage() async throws {
        let app = Fixtures.app(try await components())
        let guide = try #require(staff.first)
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/articles/\(guide.id.rawValue)/feedback?audience=staff", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "helpful=yes")
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/articles/\(guide.id.rawValue)?audience=staff&feedback=thanks#feedback")
            }
            try await client.execute(
                uri: "/articles/\(guide.id.rawValue)/feedback", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "helpful=yes")
            ) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
