import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

@Suite struct PagesTests {
    @Test func homeListsCategoriesWithTheirArticles() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = response.text
                #expect(html.contains("<a href=\"/categories/registration\">Registration</a>"))
                #expect(html.contains("href=\"/articles/invalid-pin-or-security-code\""))
                #expect(html.contains("<form class=\"search-form big-search\" role=\"search\""))
                #expect(html.contains("class=\"skip-link\" href=\"#main\""))
                #expect(html.contains("<main id=\"main\""))
                #expect(!html.contains("<script>"), "no inline script")
            }
        }
    }

    @Test func titlesAreEscaped() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/articles/contact-support", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Contact &lt;support&gt; &amp; your office"))
                #expect(!response.text.contains("<support>"))
            }
        }
    }

    @Test func articlePageHasContentsRelatedBreadcrumbAndFeedbackForm() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/articles/invalid-pin-or-security-code", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<h1 id=\"article-title\">Invalid PIN or security code error message</h1>"))
                #expect(html.components(separatedBy: "<h1").count == 2, "the body's own h1 is dropped")
                #expect(html.contains("<a href=\"#the-code-is-the-sender-number\">The code is the sender number</a>"))
                #expect(html.contains("<h2 id=\"the-code-is-not-5-digits\">"))
                #expect(html.contains("<a href=\"/articles/reset-password\">Reset your password</a>"))
                #expect(html.contains("aria-label=\"Breadcrumb\""))
                #expect(html.contains("<a href=\"/categories/registration\">Registration</a>"))
                #expect(html.contains("<time datetime=\"2026-11-20\">2026-11-20</time>"))
                #expect(html.contains("action=\"/articles/invalid-pin-or-security-code/feedback\" method=\"post\""))
                #expect(html.contains("name=\"helpful\" value=\"yes\""))
                #expect(html.contains("Please don&#39;t type personal information"))
            }
            try await client.execute(uri: "/articles/invalid-pin-or-security-code?feedback=thanks", method: .get) { response in
                #expect(response.text.contains("Thank you for your feedback"))
                #expect(!response.text.contains("name=\"helpful\""))
            }
        }
    }

    @Test func unknownArticleAndUnknownPathGetTheFriendly404() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            for uri in ["/articles/no-such-article", "/nowhere/at/all", "/categories/nonsense"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(response.text.contains("Page not found"))
                    #expect(response.text.contains("id=\"error-q\" name=\"q\""), "a search box")
                }
            }
        }
    }

    @Test func categoryPageListsItsArticles() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/categories/signing-in", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<h1>Signing in</h1>"))
                #expect(response.text.contains("href=\"/articles/reset-password\""))
                #expect(!response.text.contains("href=\"/articles/contact-support\""))
            }
            try await client.execute(uri: "/categories/appointments", method: .get) { response in
                #expect(response.status == .ok, "a known category without articles is still a page")
            }
        }
    }

    @Test func searchPageShowsMarkedSnippetsAndCategoryFilter() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=security+code", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("Results for “security code”"))
                #expect(html.contains("href=\"/articles/invalid-pin-or-security-code"))
                #expect(html.contains("<mark>"), "snippets keep the search's marks")
                #expect(html.contains("<option value=\"signing-in\">Signing in</option>"))
            }
            try await client.execute(uri: "/search?q=security+code&category=signing-in", method: .get) { response in
                #expect(!response.text.contains("href=\"/articles/invalid-pin-or-security-code"))
                #expect(response.text.contains("<option value=\"signing-in\" selected>"))
            }
        }
    }

    @Test func searchWithATypoStillFindsTheArticle() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=pasword", method: .get) { response in
                #expect(response.text.contains("href=\"/articles/reset-password"))
            }
        }
    }

    @Test func noResultsPageOffersTheTroubleshooterAndContacts() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=zzqx+wqvv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("We have no article that answers this"))
                #expect(response.text.contains("href=\"/troubleshoot\""))
                #expect(response.text.contains("Who to contact"))
                #expect(!response.text.contains("<ol class=\"result-list\">"), "no empty list for a screen reader to announce")
            }
            try await client.execute(uri: "/search?q=reset+my+password", method: .get) { response in
                #expect(response.text.components(separatedBy: "<ol class=\"result-list\">").count == 2, "the results are one list")
            }
        }
    }

    @Test func aQueryWithNoGoodAnswerSaysSoAndListsRelatedArticles() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            // The fixtures have a password article but none on cancelling one.
            try await client.execute(uri: "/search?q=cancel+password", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("We have no article that answers this"))
                #expect(response.text.contains("call your doctor&#39;s office"))
                #expect(response.text.contains("These articles may be related"))
                #expect(response.text.contains("href=\"/articles/reset-password"))
            }
            try await client.execute(uri: "/search?q=reset+my+password", method: .get) { response in
                #expect(!response.text.contains("We have no article that answers this"))
                #expect(response.text.contains("href=\"/articles/reset-password"))
            }
        }
    }

    @Test func searchQueryIsEscapedInThePage() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            // (Markup the redactor leaves as it is: the page shows a query redacted, and it reads a
            // word mixing letters and symbols, such as "<script>alert(1)", as a password.)
            try await client.execute(uri: "/search?q=reset%20%26%20%22password%22%20%3Ci%3E", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("&quot;password&quot; <i>"))
                #expect(response.text.contains("<h1>Results for “reset &amp; &quot;password&quot; &lt;i&gt;”</h1>"))
            }
        }
    }

    @Test func badSearchParametersGetAFriendlyPage() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            // A category is a name of the list exactly: blank or padded is not "every category".
            for category in ["nonsense", "%20", "%C2%A0", "registration%20"] {
                try await client.execute(uri: "/search?q=pin&category=\(category)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(category)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(response.text.contains("Unknown category"))
                }
            }
            // The form posts it the same way, in the body.
            try await client.execute(uri: "/search", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "q=pin&category=%C2%A0")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Unknown category"))
            }
        }
    }

    /// The form's "All topics" sends an empty category: every category, as in the API without one.
    @Test func theFormsAllTopicsSearchesEveryCategory() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=pin&category=", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("search-q"))
            }
            try await client.execute(uri: "/search?q=pin&limit=", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("limit"))
            }
        }
    }

    @Test func emptySearchShowsTheForm() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/search", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"search-q\""))
                #expect(!response.text.contains("Nothing matched"))
            }
        }
    }
}

/// What the office can do is for agents: the agent view of the troubleshooter shows it, the patient view never does.
@Suite struct TroubleshootOfficeTests {
    @Test func officeStepsOnlyInTheAgentView() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        let form = "message=Invalid+PIN&pin=4471"
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/troubleshoot?view=agent", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: form)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("What the office can do"))
                #expect(response.text.contains("Access code"))
            }
            try await client.execute(
                uri: "/troubleshoot", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: form)
            ) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("What the office can do"))
                #expect(!response.text.contains("Access code"))
            }
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"message": "Invalid PIN", "values": {"pin": "4471"}}"#)
            ) { response in
                let causes = try #require(try response.json()["causes"] as? [[String: Any]])
                #expect((causes.first?["office"] as? [String])?.isEmpty == false)
            }
        }
    }
}
