import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

/// The click model (search ids, result links, the article route), feedback reasons and the
/// insights API over a range: every route and its errors.
@Suite struct InsightsRouteTests {
    static let bearer: HTTPFields = [.authorization: "Bearer s3cret-token"]
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func apiSearchesGetTheirOwnIdWhichEveryResultURLCarriesWithItsPosition() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(searchLog: log))
        try await app.test(.router) { client in
            var ids: [String] = []
            for _ in 0..<2 {  // the second answer comes from the cache, with a new id
                try await client.execute(uri: "/api/v1/search?q=reset+password", method: .get) { response in
                    let body = try response.json()
                    let id = try #require(body["searchId"] as? String)
                    #expect(SearchID(validating: id) != nil)
                    let results = try #require(body["results"] as? [[String: Any]])
                    #expect(!results.isEmpty)
                    for (offset, result) in results.enumerated() {
                        let url = try #require(result["url"] as? String)
                        #expect(url.contains("sid=\(id)&pos=\(offset + 1)"), "\(url)")
                        #expect(!url.contains("reset") || url.hasPrefix("/articles/reset-password"))
                    }
                    ids.append(id)
                }
            }
            #expect(ids[0] != ids[1])
            let today = SearchLogDay.string(for: Date())
            let summaries = try await log.summaries(from: today, to: today)
            #expect(summaries.map(\.searches) == [2])
            #expect(summaries.first?.text == "reset password")
            #expect(summaries.first?.words == SearchEvent.words(of: "reset password", by: Fixtures.knowledgeBase.searcher))
        }
    }

    @Test func followingAResultLinkCountsOneClickAndKeepsTheCanonicalURL() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(searchLog: log))
        try await app.test(.router) { client in
            let html = try await client.execute(uri: "/search?q=reset+password", method: .get) { $0.text }
            let start = try #require(html.range(of: "href=\"/articles/reset-password?sid=")).lowerBound
            let link = String(html[html.index(start, offsetBy: 6)...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            #expect(link.contains("&pos=1"))
            try await client.execute(uri: link, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<link rel=\"canonical\" href=\"/articles/reset-password\">"))
                #expect(!response.text.contains("sid="), "no link on the page carries the click")
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(uri: link, method: .get) { _ in }  // reloaded: still one click
            let today = SearchLogDay.string(for: Date())
            let summary = try #require(try await log.summaries(from: today, to: today).first)
            #expect(summary.searches == 1 && summary.clicked == 1 && summary.clicks == 1 && summary.positionSum == 1)
        }
    }

    @Test func malformedClickParametersAreIgnoredAndThePageStillOpens() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(searchLog: log))
        let valid = SearchID().rawValue
        try await app.test(.router) { client in
            for query in ["sid=short&pos=1", "sid=\(valid)&pos=0", "sid=\(valid)&pos=101", "sid=\(valid)&pos=x", "sid=\(valid)",
                "pos=1", "sid=\(valid)%3Cscript%3E&pos=1", "sid=\(valid)&pos=99999999999999999999"]
            {
                try await client.execute(uri: "/articles/reset-password?\(query)", method: .get) { response in
                    #expect(response.status == .ok, "\(query)")
                }
            }
            try await client.execute(uri: "/es/articles/reset-password?sid=\(valid)&pos=2", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/articles/no-such-article?sid=\(valid)&pos=2", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        // Only the well-formed Spanish click was recorded; no search has that id, so it counts for nothing.
        let today = SearchLogDay.string(for: Date())
        #expect(try await log.summaries(from: today, to: today) == [])
    }

    @Test func troubleshooterCauseLinksCarryTheAnswersIdAndRank() async throws {
        let log = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(searchLog: log))
        try await app.test(.router) { client in
            let html = try await client.execute(
                uri: "/troubleshoot", method: .post, headers: AdminClient.formHeaders, body: ByteBuffer(string: "message=Invalid+security+code")
            ) { $0.text }
            #expect(html.contains("sid="))
            #expect(html.contains("pos=1"))
        }
        let today = SearchLogDay.string(for: Date())
        let summary = try #require(try await log.summaries(from: today, to: today).first)
        #expect(summary.source == .troubleshoot && summary.text == "invalid security code" && summary.top != nil)
    }

    @Test func feedbackTakesAReasonWithANoAndRefusesAnUnknownOne() async throws {
        let store = InMemoryFeedbackStore()
        let app = Fixtures.app(try await Fixtures.components(feedback: store))
        try await app.test(.router) { client in
            for (helpful, reason) in [(false, "out-of-date"), (true, "broken-link"), (false, nil)] as [(Bool, String?)] {
                let reasonField = reason.map { #", "reason": "\#($0)""# } ?? ""
                try await client.execute(
                    uri: "/api/v1/feedback", method: .post, headers: Self.json,
                    body: ByteBuffer(string: #"{"article": "reset-password", "helpful": \#(helpful)\#(reasonField)}"#)
                ) { response in
                    #expect(response.status == .created)
                }
            }
            try await client.execute(
                uri: "/api/v1/feedback", method: .post, headers: Self.json,
                body: ByteBuffer(string: #"{"article": "reset-password", "helpful": false, "reason": "boring"}"#)
            ) { response in
                #expect(response.status == .badRequest)
                let message = try #require((response.json()["error"] as? [String: Any])?["message"] as? String)
                #expect(message.contains("boring") && message.contains("missing-information") && message.contains("broken-link"))
            }
            // The article page's form: a reason with "No"; an unknown one is a 400 page, not stored.
            try await client.execute(
                uri: "/articles/reset-password/feedback", method: .post, headers: AdminClient.formHeaders,
                body: ByteBuffer(string: "helpful=no&reason=hard-to-understand&comment=")
            ) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(
                uri: "/es/articles/reset-password/feedback", method: .post, headers: AdminClient.formHeaders,
                body: ByteBuffer(string: "helpful=no&reason=nope")
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.text.contains("nope"))
            }
        }
        #expect(store.all.map(\.reason) == [.outOfDate, nil, nil, .hardToUnderstand])
    }

    @Test func theArticleFormOffersEveryReasonInBothLanguages() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for (path, label) in [("/articles/reset-password", "It&#39;s out of date"), ("/es/articles/reset-password", "Está desactualizado")] {
                try await client.execute(uri: path, method: .get) { response in
                    let html = response.text
                    for reason in FeedbackReason.allCases {
                        #expect(html.contains("<label class=\"choice\"><input type=\"radio\" name=\"reason\" value=\"\(reason.rawValue)\"> "))
                    }
                    #expect(html.contains("<legend>"))
                    #expect(html.contains(label) || html.contains(label.replacingOccurrences(of: "&#39;", with: "'")), "\(path)")
                }
            }
        }
    }

    @Test func rangeReportsNeedTheBearerTokenAndAreDisabledWithoutOne() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            // Five failures: the limiter's burst (the sixth would wait).
            for path in ["overview", "gaps", "articles", "diagnoses", "comments.csv"] {
                try await client.execute(uri: "/api/v1/insights/\(path)", method: .get, headers: [.authorization: "Bearer wrong"]) { response in
                    #expect(response.status == .unauthorized, "\(path)")
                    #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                }
            }
        }
        let disabled = Fixtures.app(try await Fixtures.components(configuration: ServerConfiguration(adminToken: nil)))
        try await disabled.test(.router) { client in
            for path in ["/api/v1/insights/overview", "/api/v1/insights/gaps.csv", "/admin", "/admin/sign-in", "/admin/gaps.csv"] {
                try await client.execute(uri: path, method: .get, headers: Self.bearer) { response in
                    #expect(response.status == .notFound, "\(path)")
                }
            }
        }
    }

    @Test func badDatesAreA400ThatSaysWhyAndRangesAreKeptInBounds() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let cases = [
            ("from=2026-13-01", "yyyy-MM-dd"), ("from=2026-02-30", "yyyy-MM-dd"), ("to=yesterday", "yyyy-MM-dd"), ("from=2026-1-01", "yyyy-MM-dd"),
            ("from=%EF%BC%92026-01-01", "yyyy-MM-dd"), ("to=2026-12-01T00:00", "yyyy-MM-dd"), ("from=0000-01-01", "yyyy-MM-dd"), ("to=", "yyyy-MM-dd"),
        ]
        try await app.test(.router) { client in
            for (query, reason) in cases {
                for path in ["overview", "articles", "gaps.csv"] {
                    try await client.execute(uri: "/api/v1/insights/\(path)?\(query)", method: .get, headers: Self.bearer) { response in
                        #expect(response.status == .badRequest, "\(path)?\(query)")
                        let message = (try? response.json()["error"] as? [String: Any])?["message"] as? String ?? ""
                        #expect(message.contains(reason), "\(query): \(message)")
                    }
                }
            }
            try await client.execute(uri: "/api/v1/insights/overview?from=2026-11-01&to=2026-11-30", method: .get, headers: Self.bearer) { response in
                #expect(response.status == .ok)
                let body = try response.json()
                #expect(body["from"] as? String == "2026-11-01" && body["to"] as? String == "2026-11-30")
                #expect((body["days"] as? [Any])?.count == 30)
            }
            // Reversed dates are swapped; a longer range than 366 days keeps the 366 that end at 'to'.
            for (query, from, to, days) in [
                ("from=2026-12-02&to=2026-12-01", "2026-12-01", "2026-12-02", 2), ("from=2024-01-01&to=2026-01-01", "2025-01-01", "2026-01-01", 366),
                // Before the Gregorian reform: read and written with the same calendar.
                ("from=1176-01-21&to=1176-01-22", "1176-01-21", "1176-01-22", 2),
            ] {
                try await client.execute(uri: "/api/v1/insights/overview?\(query)", method: .get, headers: Self.bearer) { response in
                    #expect(response.status == .ok, "\(query)")
                    let body = try response.json()
                    #expect(body["from"] as? String == from && body["to"] as? String == to, "\(query)")
                    #expect((body["days"] as? [Any])?.count == days)
                }
            }
            try await client.execute(uri: "/api/v1/insights/overview", method: .get, headers: Self.bearer) { response in
                let days = try response.json()["days"] as? [Any]
                #expect(days?.count == InsightsRange.defaultDays)
            }
        }
    }

    @Test func everyTableIsACSVDownload() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for name in InsightsReport.tableNames {
                try await client.execute(uri: "/api/v1/insights/\(name).csv?from=2026-12-01&to=2026-12-01", method: .get, headers: Self.bearer) {
                    response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"kbserve-\(name)-2026-12-01-2026-12-01.csv\"")
                    #expect(response.text.hasSuffix("\r\n"))
                }
            }
            try await client.execute(uri: "/api/v1/insights/nothing.csv", method: .get, headers: Self.bearer) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func csvCellsAreQuotedAndFormulasDisarmed() {
        let table = InsightsTable(name: "t", caption: "c", columns: ["a", "b"], rows: [["=HYPERLINK(\"x\")", "1,5"], ["-3", "line\nbreak"], ["@x", "+1"]])
        #expect(table.csv == "a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",\"1,5\"\r\n-3,\"line\nbreak\"\r\n'@x,+1\r\n")
    }

    @Test func theOldInsightsRouteStillAnswers() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/insights", method: .get, headers: Self.bearer) { response in
                #expect(response.status == .ok)
                let body = try response.json()
                #expect(body["topQueries"] != nil)
            }
        }
    }
}
