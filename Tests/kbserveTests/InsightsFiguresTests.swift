import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

/// A seeded series of searches, clicks, troubleshooter answers, votes and reasons, made through
/// the routes as people would, gives exactly the expected figures in the JSON, the CSV and on
/// the dashboard.
@Suite struct InsightsFiguresTests {
    /// Searches through the API; returns each search's id.
    static func search(_ client: some TestClientProtocol, _ query: String) async throws -> String {
        try await client.execute(uri: "/api/v1/search?q=\(query.replacingOccurrences(of: " ", with: "+"))", method: .get) { response in
            try #require(response.json()["searchId"] as? String)
        }
    }

    static func click(_ client: some TestClientProtocol, _ searchID: String, position: Int, article: String = "reset-password") async throws {
        try await client.execute(uri: "/articles/\(article)?sid=\(searchID)&pos=\(position)", method: .get) { response in
            #expect(response.status == .ok)
        }
    }

    static func seed(_ client: some TestClientProtocol) async throws {
        // "reset password" 4 times: clicks at 1; at 1 and 3; none; none.
        let reset = try await (0..<4).asyncMap { _ in try await search(client, "reset password") }
        try await click(client, reset[0], position: 1)
        try await click(client, reset[1], position: 1)
        try await click(client, reset[1], position: 3, article: "contact-support")
        // 3 searches nothing answers; 1 rare search (from the page), clicked: counted under "other".
        for _ in 0..<3 { _ = try await search(client, "zzqx wqvv") }
        let page = try await client.execute(uri: "/search?q=contact+support+office", method: .get) { $0.text }
        let marker = "sid="
        let start = try #require(page.range(of: marker)).upperBound
        try await click(client, String(page[start...].prefix(SearchID.length)), position: 1, article: "contact-support")
        // The troubleshooter: 3 messages nothing matches, 1 that it answers, whose article is opened.
        for _ in 0..<3 {
            try await client.execute(uri: "/troubleshoot", method: .post, headers: AdminClient.formHeaders, body: ByteBuffer(string: "message=qqqq+xxxx+zzzz")) { _ in }
        }
        let answer = try await client.execute(
            uri: "/troubleshoot", method: .post, headers: AdminClient.formHeaders, body: ByteBuffer(string: "message=Invalid+security+code")
        ) { $0.text }
        let cause = try #require(answer.range(of: "sid=")).upperBound
        try await click(client, String(answer[cause...].prefix(SearchID.length)), position: 1, article: "invalid-pin-or-security-code")
        // Votes: reset-password 1 yes, 3 no (2 missing information, one with a comment; 1 out of date); contact-support 1 yes.
        for body in [
            #"{"article": "reset-password", "helpful": true}"#,
            #"{"article": "reset-password", "helpful": false, "reason": "missing-information", "comment": "steps missing, call 555-201-3344"}"#,
            #"{"article": "reset-password", "helpful": false, "reason": "missing-information"}"#,
            #"{"article": "reset-password", "helpful": false, "reason": "out-of-date"}"#,
            #"{"article": "contact-support", "helpful": true}"#,
        ] {
            try await client.execute(uri: "/api/v1/feedback", method: .post, headers: InsightsRouteTests.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
            }
        }
    }

    @Test func theSeededSeriesGivesTheExpectedFiguresInJSONCSVAndOnTheDashboard() async throws {
        let app = Fixtures.app(try await Fixtures.components(configuration: ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord()))
        let today = SearchLogDay.string(for: Date())
        let range = "from=\(today)&to=\(today)"
        try await app.test(.router) { client in
            try await Self.seed(client)
            let bearer = InsightsRouteTests.bearer

            // Overview: 8 searches, 3 with no result, 3 clicked, 2 with results and no click; 4 clicks at positions 1, 1, 3, 1.
            let overview = try await client.execute(uri: "/api/v1/insights/overview?\(range)", method: .get, headers: bearer) { try $0.json() }
            #expect(overview["searches"] as? Int == 8)
            #expect(overview["zeroResultSearches"] as? Int == 3)
            #expect(overview["noClickSearches"] as? Int == 2)
            #expect(overview["clickedSearches"] as? Int == 3)
            #expect(overview["clicks"] as? Int == 4)
            #expect(overview["zeroResultRate"] as? Double == 0.375)
            #expect(overview["noClickRate"] as? Double == 0.25)
            #expect(overview["clickThroughRate"] as? Double == 0.375)
            #expect(overview["meanClickPosition"] as? Double == 1.5)
            let queries = try #require(overview["queries"] as? [[String: Any]])
            #expect(queries.map { $0["text"] as? String } == ["reset password", "zzqx wqvv", nil])
            #expect(queries.map { $0["searches"] as? Int } == [4, 3, 1])
            #expect(queries.map { $0["other"] as? Bool } == [false, false, true])
            #expect(queries[0]["clickThroughRate"] as? Double == 0.5)
            #expect(queries[0]["meanClickPosition"] as? Double == 1.6667)
            #expect(queries[0]["noClickSearches"] as? Int == 2)
            #expect(queries[1]["zeroResultRate"] as? Double == 1)
            #expect(queries[1]["meanClickPosition"] is NSNull)
            #expect(!"\(overview)".contains("contact support office"), "a query used once is not shown")

            // Content gaps, by words: the 3 zero-result searches, then reset password's 2 without a click.
            let gaps = try #require(try await client.execute(uri: "/api/v1/insights/gaps?\(range)", method: .get, headers: bearer) { try $0.json() }["gaps"]
                as? [[String: Any]])
            #expect(gaps.map { $0["text"] as? String } == ["wqvv zzqx", "password reset"])
            #expect(gaps.map { $0["searches"] as? Int } == [3, 2])
            #expect(gaps.map { $0["example"] as? String } == ["zzqx wqvv", "reset password"])

            // Articles: reset-password fails most: 1 yes, 3 no (2 missing information, 1 out of date).
            let articles = try await client.execute(uri: "/api/v1/insights/articles?\(range)", method: .get, headers: bearer) { try $0.json() }
            let figures = try #require(articles["articles"] as? [[String: Any]])
            #expect(figures.map { $0["article"] as? String } == ["reset-password", "contact-support"])
            #expect(figures[0]["helpful"] as? Int == 1 && figures[0]["notHelpful"] as? Int == 3 && figures[0]["helpfulRate"] as? Double == 0.25)
            let reasons = try #require(figures[0]["reasons"] as? [[String: Any]])
            #expect(reasons.map { $0["reason"] as? String } == FeedbackReason.allCases.map(\.rawValue))
            #expect(reasons.map { $0["count"] as? Int } == [2, 0, 0, 1, 0, 0])
            let comments = try #require(articles["comments"] as? [[String: Any]])
            #expect(comments.map { $0["text"] as? String } == ["steps missing, call [phone]"])
            #expect(comments.first?["status"] as? String == "new" && comments.first?["reason"] as? String == "missing-information")

            // Diagnoses: 4 answers, 3 matched nothing (the same message: shown), 1 whose article was opened.
            let diagnoses = try await client.execute(uri: "/api/v1/insights/diagnoses?\(range)", method: .get, headers: bearer) { try $0.json() }
            let answers = try #require(diagnoses["answers"] as? [String: Any])
            #expect(answers["searches"] as? Int == 4 && answers["zeroResultSearches"] as? Int == 3 && answers["clickedSearches"] as? Int == 1)
            let unmatched = try #require(diagnoses["unmatched"] as? [[String: Any]])
            #expect(unmatched.map { $0["text"] as? String } == ["qqqq xxxx zzzz"] && unmatched.first?["searches"] as? Int == 3)
            let causes = try #require(diagnoses["topCauses"] as? [[String: Any]])
            #expect(causes.count == 1 && causes.first?["clickedSearches"] as? Int == 1)

            // The same figures as CSV.
            let csv = { (name: String) in try await client.execute(uri: "/api/v1/insights/\(name).csv?\(range)", method: .get, headers: bearer) { $0.text } }
            let header = "Searches,Zero-result,Pointed to the other language,No-click,Clicked,Clicks,Zero-result rate,No-click rate,Click-through rate,Mean click position"
            #expect(try await csv("overview") == "Day,\(header)\r\n\(today),8,3,0,2,3,4,37.5%,25.0%,37.5%,1.50\r\n")
            #expect(try await csv("queries") == """
                Query,\(header)\r
                reset password,4,0,0,2,2,3,0.0%,50.0%,50.0%,1.67\r
                zzqx wqvv,3,3,0,0,0,0,100.0%,0.0%,0.0%,\r
                \(InsightsTable.otherLabel),1,0,0,0,1,1,0.0%,0.0%,100.0%,1.00\r

                """)
            #expect(try await csv("gaps") == """
                Words,Example query,Unanswered searches,Zero-result,No-click\r
                wqvv zzqx,zzqx wqvv,3,3,0\r
                password reset,reset password,2,0,2\r

                """)
            #expect(try await csv("articles") == """
                Article,Title,Helpful,Not helpful,Helpful rate,missing-information,did-not-solve,hard-to-understand,out-of-date,broken-link,other,No reason\r
                reset-password,Reset your password,1,3,25.0%,2,0,0,1,0,0,0\r
                contact-support,Contact <support> & your office,1,0,100.0%,0,0,0,0,0,0,0\r

                """)
            #expect(try await csv("comments").hasSuffix(",reset-password,no,missing-information,new,\"steps missing, call [phone]\"\r\n"))
            #expect(try await csv("unmatched-diagnoses").contains("\r\nqqqq xxxx zzzz,3,3,0,0,0,0,100.0%,0.0%,0.0%,\r\n"))

            // And on the dashboard.
            let cookie = try await AdminClient.signIn(client)
            let page = { (path: String) in try await client.execute(uri: "\(path)?\(range)", method: .get, headers: [.cookie: cookie]) { $0.text } }
            let home = try await page("/admin")
            #expect(home.contains("<li><span class=\"figure-name\">Searches</span> <strong class=\"figure-value\">8</strong></li>"))
            #expect(home.contains("<li><span class=\"figure-name\">Zero-result searches</span> <strong class=\"figure-value\">3 (37.5%)</strong></li>"))
            #expect(home.contains("<li><span class=\"figure-name\">No-click searches</span> <strong class=\"figure-value\">2 (25.0%)</strong></li>"))
            #expect(home.contains("<li><span class=\"figure-name\">Clicks</span> <strong class=\"figure-value\">4</strong></li>"))
            #expect(home.contains("<li><span class=\"figure-name\">Mean click position</span> <strong class=\"figure-value\">1.50</strong></li>"))
            #expect(home.contains("<tr><th scope=\"row\">\(today)</th><td>8</td><td>4</td></tr>"))
            #expect(home.contains("<tr><th scope=\"row\">\(today)</th><td>8</td><td>3</td><td>37.5%</td><td>2</td><td>25.0%</td></tr>"))
            #expect(home.contains("<tr><th scope=\"row\">reset password</th><td>4</td><td>0</td><td>0</td><td>2</td><td>2</td><td>3</td><td>0.0%</td><td>50.0%</td><td>50.0%</td><td>1.67</td></tr>"))
            #expect(!home.contains("contact support office"))
            let gapsPage = try await page("/admin/gaps")
            #expect(gapsPage.contains("<tr><th scope=\"row\">wqvv zzqx</th><td>zzqx wqvv</td><td>3</td><td>3</td><td>0</td></tr>"))
            let articlesPage = try await page("/admin/articles")
            #expect(articlesPage.contains("<tr><th scope=\"row\">reset-password</th><td>Reset your password</td><td>1</td><td>3</td><td>25.0%</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>"))
            #expect(articlesPage.contains("<blockquote>steps missing, call [phone]</blockquote>"))
            let diagnosesPage = try await page("/admin/diagnoses")
            #expect(diagnosesPage.contains("<li><span class=\"figure-name\">Troubleshooter answers</span> <strong class=\"figure-value\">4</strong></li>"))
            #expect(diagnosesPage.contains("<tr><th scope=\"row\">qqqq xxxx zzzz</th><td>3</td><td>3</td>"))
        }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var values: [T] = []
        for element in self { values.append(try await transform(element)) }
        return values
    }
}
