import ArgumentParser
import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

/// The embeddable help panel: `/embed/help.js`, `/embed/panel` (suggestions for an error id
/// and an app route, search by POST), `/embed/panel/articles/{id}`, in both languages; who may
/// frame it; and that nothing a patient typed reaches its URLs.
@Suite struct EmbedTests {
    static let origin = "https://app.example.com"

    /// The fixture articles, two of them for the identity step of registration.
    static func components(embedOrigins: [String] = [origin]) async throws -> ServerComponents {
        var securityCode = Fixtures.securityCode
        securityCode.contexts = ["registration/verify-identity"]
        var reset = Fixtures.resetPassword
        reset.contexts = ["sign-in", "registration/verify-identity"]
        var spanishReset = reset
        spanishReset.title = "Restablecer la contraseña"
        let snapshot = ContentSnapshot(
            knowledgeBase: KnowledgeBase(articles: [securityCode, reset, Fixtures.contact]),
            translations: [.es: KnowledgeBase(articles: [spanishReset], language: .es)]
        )
        return ServerComponents(
            content: ContentStore(snapshot), feedback: InMemoryFeedbackStore(), searchLog: InMemorySearchLogStore(),
            views: try await PageRenderer.bundled(), assets: try Assets(),
            configuration: ServerConfiguration(adminToken: "s3cret-token", embedOrigins: try EmbedOrigins(parsing: embedOrigins))
        )
    }

    static func frameAncestors(_ response: TestResponse) -> String? {
        response.headers[.contentSecurityPolicy]?.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("frame-ancestors") }
    }

    static let frameOptions = HTTPFields.Element.Name("X-Frame-Options")!

    @Test func theScriptIsSmallCachedJavaScript() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            let etag = try await client.execute(uri: "/embed/help.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(response.headers[.cacheControl] == "public, max-age=3600")
                #expect(response.body.readableBytes < 10_240)
                #expect(response.text.contains("window.kbHelp = kbHelp"))
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/embed/help.js", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
        }
    }

    /// The languages the served script carries (the literal the server put in its `SPOKEN` line).
    static func scriptLanguages(_ script: String) throws -> [String: Any] {
        let marker = "  var SPOKEN = "
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix(marker) })
        #expect(line.hasSuffix(";"))
        let literal = line.dropFirst(marker.count).dropLast()
        return try #require(JSONSerialization.jsonObject(with: Data(literal.utf8)) as? [String: Any])
    }

    @Test func theScriptSpeaksEachLanguageWithItsCatalogsText() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            let script = try await client.execute(uri: "/embed/help.js", method: .get) { $0.text }
            #expect(!script.contains(EmbedScript.placeholder))
            let spoken = try Self.scriptLanguages(script)
            #expect(spoken["original"] as? String == "en")
            let languages = try #require(spoken["languages"] as? [String: [String: Any]])
            #expect(Set(languages.keys) == ["en", "es"])
            #expect(languages["en"]?["prefix"] as? String == "")
            #expect(languages["es"]?["prefix"] as? String == "/es")
            let english = try StringCatalog(bundled: .en)
            let spanish = try StringCatalog(bundled: .es)
            let spanishText = try #require(languages["es"]?["text"] as? [String: String])
            let englishText = try #require(languages["en"]?["text"] as? [String: String])
            #expect(spanishText == Dictionary(uniqueKeysWithValues: EmbedScript.textKeys.map { ($0, spanish[$0]) }))
            #expect(englishText == Dictionary(uniqueKeysWithValues: EmbedScript.textKeys.map { ($0, english[$0]) }))
            #expect(spanishText["embed_button"] == "Ayuda" && spanishText["embed_close"] == "Cerrar la ayuda")
            for key in EmbedScript.textKeys { #expect(spanishText[key] != englishText[key], "\(key) is Spanish") }
            let source = try String(contentsOf: Assets.resourcesDirectory.appendingPathComponent("embed/help.js"), encoding: .utf8)
            for text in ["\"Help\"", "Close help", "Ayuda"] { #expect(!source.contains(text), "no interface text written in help.js itself") }
        }
    }

    @Test func theScriptIsNotServedWithoutItsPlaceholderOrACatalogsText() throws {
        let catalogs = try StringCatalogs.bundled()
        #expect(throws: EmbedScript.MissingPlaceholder.self) { try EmbedScript.source(template: "var SPOKEN = null;", catalogs: catalogs) }
        #expect(throws: EmbedScript.MissingPlaceholder.self) {
            try EmbedScript.source(template: "\(EmbedScript.placeholder) \(EmbedScript.placeholder)", catalogs: catalogs)
        }
        let english = try StringCatalog(bundled: .en)
        let partial = StringCatalogs([english, StringCatalog(language: .es, strings: ["embed_button": "Ayuda"])])
        #expect(throws: EmbedScript.MissingText.self) { try EmbedScript.source(template: EmbedScript.placeholder, catalogs: partial) }
    }

    @Test func suggestionsForAnErrorAndARoute() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/embed/panel?error=invalid-pin&route=registration/verify-identity", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                // The error's most likely cause first, at its section, keeping the panel's context.
                #expect(html.contains(
                    "href=\"/embed/panel/articles/invalid-pin-or-security-code?error=invalid-pin&amp;route=registration%2Fverify-identity&amp;sid="
                ), "\(html)")
                #expect(html.contains("&amp;pos=1#the-pin-was-mistyped\""), "\(html)")
                #expect(html.contains("About “Invalid PIN”"))
                #expect(html.contains("Type the PIN from the newest invitation."), "the cause's steps")
                // Then the route's articles from `contexts`, without repeating the error's article.
                let suggested = try #require(html.range(of: "Suggested articles"))
                let rest = html[suggested.upperBound...]
                #expect(rest.contains("/embed/panel/articles/reset-password?"))
                #expect(!rest.contains("/embed/panel/articles/invalid-pin-or-security-code?"))
                // Search text goes in the POST form, with the context as hidden fields.
                #expect(html.contains("<form class=\"search-form panel-search\" role=\"search\""))
                #expect(html.contains("method=\"post\""))
                #expect(html.contains("<input type=\"hidden\" name=\"error\" value=\"invalid-pin\">"))
                #expect(html.contains("data-embed-origins=\"\(Self.origin)\""))
                #expect(!html.contains("class=\"site-header\""), "compact: no site header")
                #expect(Self.frameAncestors(response) == "frame-ancestors 'self' \(Self.origin)")
                #expect(response.headers[Self.frameOptions] == nil)
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func aRouteWithNoArticleFallsBackToSearchOrSaysSo() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            // No article names "password-reset", but its words find the reset article.
            try await client.execute(uri: "/embed/panel?route=password-reset", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("/embed/panel/articles/reset-password"), "\(response.text)")
            }
            try await client.execute(uri: "/embed/panel?route=billing/insurance-card", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("We have no suggestions for this page yet."))
                #expect(!response.text.contains("/embed/panel/articles/"))
            }
            try await client.execute(uri: "/embed/panel", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("We have no suggestions for this page yet."))
            }
        }
    }

    @Test func badErrorIDsAndRoutesGetAClearAnswerInThePanel() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/embed/panel?error=no-such-error&route=sign-in", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("We have no article about this error yet."))
                #expect(response.text.contains("/embed/panel/articles/reset-password?"), "the route's suggestions still show")
                #expect(Self.frameAncestors(response) == "frame-ancestors 'self' \(Self.origin)", "the panel can show its own errors")
            }
            try await client.execute(uri: "/embed/panel?error=&route=", method: .get) { response in
                #expect(response.status == .ok, "empty values are absent ones")
            }
            for query in ["error=My%20DOB%20is%2003%2F14%2F1990", "route=patients%2Fjane%40example.com", "error=a%2Fb", "route=%2Fsign-in%2F",
                "route=%20sign-in", "route=sign-in&lang=es&error=Jane"]
            {
                try await client.execute(uri: "/embed/panel?\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.text.contains("The app asked for help in a way we cannot read."))
                    #expect(!response.text.contains("1990") && !response.text.contains("jane"), "never echoed")
                }
            }
        }
    }

    @Test func searchTextAndTypedValuesNeverTravelInTheURL() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            for query in ["panel?q=my%20pin%204821", "panel?error=invalid-pin&pin=4821", "panel?dateOfBirth=03%2F14%2F1990",
                "panel/articles/reset-password?securityCode=4821"]
            {
                try await client.execute(uri: "/embed/\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.text.contains("never in the page address"))
                    #expect(!response.text.contains("4821") && !response.text.contains("1990"), "never echoed")
                }
            }
            // The same search in the body is answered, with links that stay in the panel.
            try await client.execute(
                uri: "/embed/panel", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q=reset+password&route=sign-in")
            ) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("Results for “reset password”"))
                #expect(html.contains("<h3 class=\"result-title\"><a href=\"/embed/panel/articles/reset-password?route=sign-in"), "\(html)")
                #expect(html.contains("value=\"reset password\""), "the form keeps the search")
            }
            try await client.execute(
                uri: "/embed/panel", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q=" + String(repeating: "a", count: 1_001))
            ) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func articlesOpenCompactlyInThePanel() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/embed/panel/articles/reset-password?error=password-requirements", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<h1 id=\"article-title\">Reset your password</h1>"), "the site's article partial")
                #expect(html.contains("<p>Passwords need 8 characters.</p>"))
                #expect(html.contains("data-article=\"reset-password\""))
                #expect(html.contains("href=\"/embed/panel?error=password-requirements\""), "back to the suggestions")
                #expect(html.contains("href=\"/embed/panel/articles/invalid-pin-or-security-code?error=password-requirements\""), "related, in the panel")
                #expect(html.contains("href=\"/articles/reset-password\" target=\"_blank\""), "the full article in a new tab")
                #expect(!html.contains("id=\"feedback\"") && !html.contains("class=\"site-header\""))
                #expect(Self.frameAncestors(response) == "frame-ancestors 'self' \(Self.origin)")
            }
            for path in ["/embed/panel/articles/no-such-article", "/embed/panel/articles/contact-support%3Caudience"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    #expect(response.text.contains("class=\"panel\""), "the panel's own layout")
                }
            }
            try await client.execute(uri: "/embed/panel/articles/reset-password?route=Not%20A%20Route", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func thePanelSpeaksSpanish() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/es/embed/panel?route=sign-in", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<html lang=\"es\">"))
                #expect(response.text.contains("Ayuda con este paso"))
                #expect(response.text.contains("href=\"/es/embed/panel/articles/reset-password?route=sign-in&amp;sid="), "\(response.text)")
                #expect(response.text.contains("&amp;pos=1\" data-article=\"reset-password\">Restablecer la contraseña</a>"), "\(response.text)")
                #expect(Self.frameAncestors(response) == "frame-ancestors 'self' \(Self.origin)")
            }
            try await client.execute(uri: "/es/embed/panel/articles/invalid-pin-or-security-code", method: .get) { response in
                #expect(response.status == .ok, "an untranslated article is shown in the original")
                #expect(response.text.contains("lang=\"en\""))
            }
            try await client.execute(uri: "/embed/panel?route=sign-in&lang=es", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/es/embed/panel?route=sign-in")
            }
            try await client.execute(uri: "/embed/panel?lang=xx", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/fr/embed/panel", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    /// A search typed in the other language: a form in that language posts the same search and
    /// route to that language's panel (the text stays out of every URL).
    @Test func aSearchInTheOtherLanguagePostsToThatLanguagesPanel() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/embed/panel", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q=la+contrase%C3%B1a&route=sign-in")
            ) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<form class=\"other-language\" lang=\"es\" action=\"/es/embed/panel\" method=\"post\">"), "\(html)")
                #expect(html.contains("<input type=\"hidden\" name=\"q\" value=\"la contraseña\">"))
                #expect(html.contains("<button type=\"submit\">ver los resultados en español</button>"))
                #expect(html.components(separatedBy: "<input type=\"hidden\" name=\"route\" value=\"sign-in\">").count == 3, "both forms keep the route")
                #expect(!html.contains("q=la"), "the search text is in no URL")
            }
            try await client.execute(
                uri: "/embed/panel", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q=reset+password&route=sign-in")
            ) { response in
                #expect(!response.text.contains("other-language"))
            }
        }
    }

    @Test func onlyTheEmbedOriginsMayFrameThePanel() async throws {
        let unconfigured = Fixtures.app(try await Self.components(embedOrigins: []))
        try await unconfigured.test(.router) { client in
            try await client.execute(uri: "/embed/panel", method: .get) { response in
                #expect(Self.frameAncestors(response) == "frame-ancestors 'self'")
                #expect(response.text.contains("data-embed-origins=\"\""))
            }
        }
        let configured = Fixtures.app(try await Self.components(embedOrigins: [Self.origin, "http://127.0.0.1:8123"]))
        try await configured.test(.router) { client in
            try await client.execute(uri: "/es/embed/panel/articles/reset-password", method: .get) { response in
                #expect(Self.frameAncestors(response) == "frame-ancestors 'self' \(Self.origin) http://127.0.0.1:8123")
            }
            // Every other page keeps refusing to be framed.
            for path in ["/", "/articles/reset-password", "/search?q=pin", "/embed/help.js", "/embed", "/api/v1/search?q=pin"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(Self.frameAncestors(response) == "frame-ancestors 'none'", "\(path)")
                    #expect(response.headers[Self.frameOptions] == "DENY", "\(path)")
                }
            }
        }
    }

    @Test func embedOriginsAreOriginsAsBrowsersWriteThem() throws {
        let origins = try EmbedOrigins(
            parsing: ["HTTPS://App.Example.com:443/", "http://127.0.0.1:8123", "https://app.example.com"],
            environment: [EmbedOrigins.environmentKey: " https://portal.example.org , "]
        )
        #expect(origins.origins == ["https://app.example.com", "http://127.0.0.1:8123", "https://portal.example.org"])
        for bad in ["https://app.example.com/register", "app.example.com", "ftp://app.example.com", "*", "https://user@app.example.com",
            "https://app.example.com?x=1", "https://app.example.com 'unsafe-inline'"]
        {
            #expect(throws: EmbedOrigins.Invalid.self, "\(bad)") { try EmbedOrigins(parsing: [bad]) }
        }
    }

    @Test func serveTakesRepeatableEmbedOriginsAndRefusesOthers() throws {
        let command = try ServeCommand.parse(["--embed-origin", "https://app.example.com", "--embed-origin", "http://127.0.0.1:8081"])
        #expect(command.embedOrigins == ["https://app.example.com", "http://127.0.0.1:8081"])
        #expect(throws: (any Error).self) { try ServeCommand.parse(["--embed-origin", "https://app.example.com/register"]) }
    }

    @Test func articleBodiesKeepTheirLinksInThePanelOrOpenANewTab() {
        let html = """
            <p><a href="/articles/reset-password#password-rules">rules</a> <a href="#why">why</a> \
            <a href="https://example.com/x">site</a> <a href="/categories/registration">topic</a></p>
            """
        let context = EmbedContext(error: "invalid-pin", route: try? AppRoute.parse("sign-in").get())
        let panel = Paths.embedLinks(in: html, language: .es, context: context)
        #expect(panel.contains("<a href=\"/es/embed/panel/articles/reset-password?error=invalid-pin&amp;route=sign-in#password-rules\">rules</a>"))
        #expect(panel.contains("<a href=\"#why\">why</a>"))
        #expect(panel.contains("<a target=\"_blank\" href=\"https://example.com/x\">site</a>"))
        #expect(panel.contains("<a target=\"_blank\" href=\"/es/categories/registration\">topic</a>"))
    }

    /// Each opening of the panel counts for insights, with what it suggested as its results;
    /// an article opened from it is a click at its position. They are kept apart from the help
    /// center's searches.
    @Test func panelOpeningsAndTheArticlesOpenedFromThemCountInInsights() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            let html = try await client.execute(uri: "/embed/panel?error=invalid-pin", method: .get) { $0.text }
            let match = try #require(html.firstMatch(of: /href="(\/embed\/panel\/articles\/invalid-pin-or-security-code\?[^"#]*)#/))
            let link = String(match.1).replacingOccurrences(of: "&amp;", with: "&")
            #expect(link.contains("sid=") && link.hasSuffix("&pos=1"), "\(link)")
            try await client.execute(uri: link, method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/embed/panel?route=sign-in", method: .get) { #expect($0.status == .ok) }
            let overview = try await client.execute(uri: "/api/v1/insights/overview", method: .get, headers: InsightsRouteTests.bearer) {
                try $0.json()
            }
            let panel = try #require(overview["panel"] as? [String: Any])
            #expect(panel["searches"] as? Int == 2)
            #expect(panel["clicks"] as? Int == 1)
            #expect(panel["noClickSearches"] as? Int == 1)
            #expect(overview["searches"] as? Int == 0, "panel openings are not help-center searches")
            try await client.execute(uri: "/api/v1/insights/panel.csv", method: .get, headers: InsightsRouteTests.bearer) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix("Opened for,Searches,"))
            }
        }
    }
}
