import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

/// The dashboard at `/admin`: sign-in, the session cookie, CSRF, the limiter, every page, CSV
/// and comment status.
@Suite struct AdminDashboardTests {
    @Test func pagesSendSignedOutVisitorsToTheSignInForm() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for path in ["/admin", "/admin/gaps", "/admin/articles", "/admin/diagnoses", "/admin/gaps.csv"] {
                for cookie in ["", "kbserve_admin=forged", "kbserve_admin=v1.99999999999.\(SearchID()).\(String(repeating: "A", count: 43))"] {
                    try await client.execute(uri: path, method: .get, headers: cookie.isEmpty ? [:] : [.cookie: cookie]) { response in
                        #expect(response.status == .seeOther, "\(path) \(cookie)")
                        #expect(response.headers[.location] == "/admin/sign-in")
                    }
                }
            }
        }
    }

    @Test func signingInSetsASecureHttpOnlyStrictCookieThatExpires() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            let csrf = try await client.execute(uri: "/admin/sign-in", method: .get) { response in
                #expect(response.text.contains("<label for=\"admin-token\">"))
                let header = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(AdminSession.signInCookieName) })
                for attribute in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/admin"] { #expect(header.contains(attribute)) }
                let csrf = try #require(AdminClient.cookie(AdminSession.signInCookieName, in: response))
                #expect(response.text.contains("name=\"csrf\" value=\"\(csrf)\""))
                return csrf
            }
            try await client.execute(
                uri: "/admin/sign-in", method: .post, headers: AdminClient.formHeaders + [.cookie: "\(AdminSession.signInCookieName)=\(csrf)"],
                body: ByteBuffer(string: "csrf=\(csrf)&token=s3cret-token")
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/admin")
                let header = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(AdminSession.cookieName + "=") })
                for attribute in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/admin", "Max-Age=\(AdminSession.lifetime)"] {
                    #expect(header.contains(attribute), "\(attribute)")
                }
            }
        }
    }

    @Test func aSignInWithoutTheFormsTokenOrWithAWrongTokenIsRefused() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            let csrf = try await AdminClient.signInCSRF(client)
            // No cookie (a form posted from another site), or a field that does not match it.
            for (cookie, field) in [("", csrf), ("\(AdminSession.signInCookieName)=\(csrf)", "other"), ("\(AdminSession.signInCookieName)=\(csrf)", "")] {
                try await client.execute(
                    uri: "/admin/sign-in", method: .post, headers: AdminClient.formHeaders + (cookie.isEmpty ? [:] : [.cookie: cookie]),
                    body: ByteBuffer(string: "csrf=\(field)&token=s3cret-token")
                ) { response in
                    #expect(response.status == .forbidden)
                    #expect(AdminClient.cookie(AdminSession.cookieName, in: response) == nil)
                }
            }
            try await client.execute(
                uri: "/admin/sign-in", method: .post, headers: AdminClient.formHeaders + [.cookie: "\(AdminSession.signInCookieName)=\(csrf)"],
                body: ByteBuffer(string: "csrf=\(csrf)&token=guess")
            ) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("role=\"alert\""))
                #expect(AdminClient.cookie(AdminSession.cookieName, in: response) == nil)
            }
        }
    }

    @Test func repeatedFailedSignInsAreSlowedDownWithTheAPIsLimiter() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            let csrf = try await AdminClient.signInCSRF(client)
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<7 {
                try await client.execute(
                    uri: "/admin/sign-in", method: .post, headers: AdminClient.formHeaders + [.cookie: "\(AdminSession.signInCookieName)=\(csrf)"],
                    body: ByteBuffer(string: "csrf=\(csrf)&token=guess")
                ) { response in
                    statuses.append(response.status)
                    if response.status == .tooManyRequests { #expect(response.headers[.retryAfter] != nil) }
                }
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized })
            #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
            // The bearer token of the API shares the limiter: the right token waits too.
            try await client.execute(uri: "/api/v1/insights/overview", method: .get, headers: InsightsRouteTests.bearer) { response in
                #expect(response.status == .tooManyRequests)
            }
        }
    }

    @Test func sessionsAreSignedExpireAndEndWithTheToken() {
        let keys = AdminSession.Keys(adminToken: "one")
        let now = Date(timeIntervalSince1970: 1_796_169_600)
        let (session, token) = keys.issue(now: now)
        #expect(keys.session(from: token, now: now) == session)
        #expect(keys.session(from: token, now: now.addingTimeInterval(Double(AdminSession.lifetime) - 1)) == session)
        #expect(keys.session(from: token, now: now.addingTimeInterval(Double(AdminSession.lifetime))) == nil, "expired")
        #expect(AdminSession.Keys(adminToken: "two").session(from: token, now: now) == nil, "another token")
        let parts = token.split(separator: ".")
        let longer = "v1.\(Int(parts[1])! + 3600).\(parts[2]).\(parts[3])"
        #expect(keys.session(from: longer, now: now) == nil, "a changed expiry breaks the MAC")
        let csrf = keys.csrfToken(for: session)
        #expect(keys.acceptsCSRF(csrf, for: session))
        #expect(!keys.acceptsCSRF(csrf, for: keys.issue(now: now).session), "another session's token")
        #expect(!keys.acceptsCSRF(nil, for: session) && !keys.acceptsCSRF("x", for: session))
    }

    @Test func everyPageRendersAccessiblyForASignedInMaintainer() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            let cookie = try await AdminClient.signIn(client)
            for kind in AdminPage.Kind.allCases {
                try await client.execute(uri: kind.path + "?from=2026-11-01&to=2026-11-03", method: .get, headers: [.cookie: cookie]) { response in
                    #expect(response.status == .ok, "\(kind)")
                    let html = response.text
                    #expect(html.contains("<html lang=\"en\">"))
                    #expect(html.contains("aria-current=\"page\">\(kind.name)</a>"))
                    #expect(html.contains("<label for=\"range-from\">") && html.contains("value=\"2026-11-01\""))
                    #expect(html.contains("<caption"))
                    #expect(html.contains("<th scope=\"col\">"))
                    #expect(html.contains(".csv?from=2026-11-01&amp;to=2026-11-03"))
                    #expect(html.contains("name=\"csrf\""), "the sign-out form")
                    #expect(!html.contains("<script"), "no script")
                }
            }
            try await client.execute(uri: "/admin?from=2026-11-01&to=2026-11-03", method: .get, headers: [.cookie: cookie]) { response in
                let html = response.text
                #expect(html.components(separatedBy: "<svg class=\"chart\"").count == 3, "two charts")
                #expect(html.contains("role=\"img\"") && html.contains("<title id=\"chart-searches-title\">") && html.contains("<desc id=\"chart-rates-desc\">"))
            }
            try await client.execute(uri: "/admin?from=2026-11-05&to=2026-11-31", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/admin/comments.csv", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.text.hasPrefix("Comment,Date,Article,Vote,Reason,Status,Text\r\n"))
            }
            try await client.execute(uri: "/admin/sign-in", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .seeOther, "already signed in")
            }
        }
    }

    @Test func maintainersSetACommentsStatusWithTheFormsCSRFToken() async throws {
        let feedback = InMemoryFeedbackStore()
        try await feedback.add(Feedback(article: "reset-password", helpful: false, comment: "steps missing", createdAt: Date(), reason: .missingInformation))
        try await feedback.add(Feedback(article: "reset-password", helpful: true, comment: nil, createdAt: Date()))
        let app = Fixtures.app(try await Fixtures.components(feedback: feedback))
        try await app.test(.router) { client in
            let cookie = try await AdminClient.signIn(client)
            let html = try await client.execute(uri: "/admin/articles", method: .get, headers: [.cookie: cookie]) { $0.text }
            #expect(html.contains("<blockquote>steps missing</blockquote>"))
            #expect(html.contains("<label for=\"status-1\">Status of comment #1</label>"))
            let csrf = try AdminClient.csrf(in: html)
            func post(_ path: String, _ body: String, cookie: String = cookie) async throws -> TestResponse {
                try await client.execute(uri: path, method: .post, headers: AdminClient.formHeaders + [.cookie: cookie], body: ByteBuffer(string: body)) { $0 }
            }
            #expect(try await post("/admin/comments/1/status", "status=planned").status == .forbidden, "no CSRF token")
            #expect(try await post("/admin/comments/1/status", "status=planned&csrf=\(csrf)x").status == .forbidden)
            #expect(try await post("/admin/comments/1/status", "status=someday&csrf=\(csrf)").status == .badRequest)
            #expect(try await post("/admin/comments/2/status", "status=done&csrf=\(csrf)").status == .notFound, "a vote without a comment")
            #expect(try await post("/admin/comments/abc/status", "status=done&csrf=\(csrf)").status == .notFound)
            #expect(try await post("/admin/comments/1/status", "status=done&csrf=\(csrf)", cookie: "").status == .seeOther, "signed out: to the form")
            #expect(try await feedback.comments(from: .distantPast, to: .distantFuture, limit: 5).first?.status == .new)
            let saved = try await post("/admin/comments/1/status", "status=planned&csrf=\(csrf)&from=2026-11-01&to=2026-12-31")
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/admin/articles?from=2026-11-01&to=2026-12-31&saved=1#comment-1")
            #expect(try await feedback.comments(from: .distantPast, to: .distantFuture, limit: 5).first?.status == .planned)
            let after = try await client.execute(uri: "/admin/articles?saved=1", method: .get, headers: [.cookie: cookie]) { $0.text }
            #expect(after.contains("<option value=\"planned\" selected>planned</option>"))
            #expect(after.contains("The status of comment #1 is saved."))
            // Signing out needs the token too, and removes the cookie.
            #expect(try await post("/admin/sign-out", "").status == .forbidden)
            let out = try await post("/admin/sign-out", "csrf=\(csrf)")
            #expect(out.status == .seeOther)
            #expect(out.headers[values: .setCookie].contains { $0.hasPrefix(AdminSession.cookieName + "=;") && $0.contains("Max-Age=0") })
        }
    }

    @Test func aSignedOutSessionsCookieIsRefusedEvenWhenCopiedBeforeSigningOut() async throws {
        let feedback = InMemoryFeedbackStore()
        try await feedback.add(Feedback(article: "reset-password", helpful: false, comment: "steps missing", createdAt: Date()))
        let app = Fixtures.app(try await Fixtures.components(feedback: feedback))
        try await app.test(.router) { client in
            let copied = try await AdminClient.signIn(client)
            let other = try await AdminClient.signIn(client)
            let csrf = try AdminClient.csrf(in: try await client.execute(uri: "/admin", method: .get, headers: [.cookie: copied]) { $0.text })
            func post(_ path: String, _ body: String, cookie: String) async throws -> TestResponse {
                try await client.execute(uri: path, method: .post, headers: AdminClient.formHeaders + [.cookie: cookie], body: ByteBuffer(string: body)) { $0 }
            }
            #expect(try await post("/admin/sign-out", "csrf=\(csrf)", cookie: copied).status == .seeOther)
            for path in ["/admin", "/admin/articles", "/admin/comments.csv"] {
                try await client.execute(uri: path, method: .get, headers: [.cookie: copied]) { response in
                    #expect(response.status == .seeOther, "\(path)")
                    #expect(response.headers[.location] == "/admin/sign-in")
                }
            }
            try await client.execute(uri: "/admin/sign-in", method: .get, headers: [.cookie: copied]) { response in
                #expect(response.status == .ok, "the sign-in form, not a redirect to the dashboard")
            }
            let saved = try await post("/admin/comments/1/status", "status=done&csrf=\(csrf)", cookie: copied)
            #expect(saved.headers[.location] == "/admin/sign-in", "no change with a signed-out session")
            #expect(try await feedback.comments(from: .distantPast, to: .distantFuture, limit: 5).first?.status == .new)
            try await client.execute(uri: "/admin", method: .get, headers: [.cookie: other]) { response in
                #expect(response.status == .ok, "another session is not signed out")
            }
        }
    }
}
