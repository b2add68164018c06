import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing
import TestSupport

@testable import kbserve

/// Spanish pages: the string catalogs, `/es/` routes, negotiation on `/`, the language switch,
/// `hreflang`, and the notice on an article that has no translation.
@Suite struct LanguageTests {
    /// A Spanish translation of the security-code fixture (same id, causes and anchors); the
    /// other fixtures have none.
    static let spanishSecurityCode = Article(
        id: "invalid-pin-or-security-code", title: "Mensaje de error: PIN o código de seguridad no válido",
        summary: "Qué hacer si el portal dice que su PIN o su código no es válido.", category: "registration",
        aliases: ["no me acepta el pin"],
        errors: Fixtures.securityCode.errors, causes: spanishCauses, related: ["reset-password"], updated: "2026-12-02",
        sections: [
            Section(heading: "", level: 0, anchor: "", text: "Si el portal dice que su código no es válido…", html: "<p>Si el portal dice que su código no es válido…</p>"),
            Section(
                heading: "El código es el número del remitente", level: 2, anchor: "the-code-is-the-sender-number",
                text: "El código de seguridad es el número de 5 dígitos dentro del mensaje.",
                html: "<p>El código de seguridad es el número de 5 dígitos dentro del mensaje.</p>"
            ),
        ],
        html: """
            <p>Si el portal dice que su código no es válido…</p>
            <h2 id="the-code-is-the-sender-number">El código es el número del remitente</h2>
            <p>El código de seguridad es el número de 5 dígitos dentro del mensaje.</p>
            """
    )

    /// The fixture's causes (same ids, conditions and anchors) with their text in Spanish.
    static var spanishCauses: [CauseDefinition] {
        Fixtures.securityCode.causes.map { cause in
            var translated = cause
            translated.explanation = "Los códigos de seguridad tienen 5 dígitos."
            translated.steps = ["Abra el mensaje de texto más reciente.", "Escriba los 5 dígitos del código."]
            translated.reply = "Hola, escriba el código de 5 dígitos del mensaje más reciente."
            translated.office = cause.office.isEmpty ? [] : ["Léale al paciente el PIN de la ventana de acceso al portal."]
            return translated
        }
    }

    static func components(configuration: ServerConfiguration = ServerConfiguration()) async throws -> ServerComponents {
        ServerComponents(
            content: ContentStore(
                ContentSnapshot(knowledgeBase: Fixtures.knowledgeBase, translations: [.es: KnowledgeBase(articles: [spanishSecurityCode], language: .es)])
            ),
            feedback: InMemoryFeedbackStore(), searchLog: InMemorySearchLogStore(), views: try await PageRenderer.bundled(),
            assets: try Assets(), configuration: configuration
        )
    }

    @Test func everyCatalogHasTheSameKeysAndEveryKeyTheTemplatesUse() throws {
        let english = try StringCatalog(bundled: .en)
        let spanish = try StringCatalog(bundled: .es)
        #expect(english.keys.count > 100)
        #expect(english.keys == spanish.keys, "\(english.keys.symmetricDifference(spanish.keys).sorted())")
        for key in english.keys {
            #expect(!english[key].isEmpty && !spanish[key].isEmpty, "\(key)")
        }
        let templates = Assets.resourcesDirectory.appendingPathComponent("templates")
        var used: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: templates.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            let pattern = /\{\{t\.([a-zA-Z0-9_\-]+)\}\}/
            used.formUnion(text.matches(of: pattern).map { String($0.output.1) })
        }
        #expect(used.count > 50)
        // The embed script's own text, which the server gives it from the catalogs.
        let script = try String(contentsOf: Assets.resourcesDirectory.appendingPathComponent("embed/help.js"), encoding: .utf8)
        let scriptKeys = Set(script.matches(of: /\bt\("([a-zA-Z0-9_\-]+)"\)/).map { String($0.output.1) })
        #expect(scriptKeys == Set(EmbedScript.textKeys), "help.js shows exactly the keys the server gives it")
        used.formUnion(scriptKeys)
        #expect(used.subtracting(english.keys).isEmpty, "\(used.subtracting(english.keys).sorted())")
    }

    @Test func theHomePageSendsBrowsersThatPreferSpanishToSpanishUnlessTheCookieSaysOtherwise() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "es-MX,es;q=0.9,en;q=0.5"]) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/es/")
                #expect(response.headers[.vary]?.contains("Accept-Language") == true)
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-US,en;q=0.9,es;q=0.8"]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.vary]?.contains("Accept-Language") == true)
                #expect(response.text.contains("<html lang=\"en\">"))
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "es", .cookie: "lang=en"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/es/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<html lang=\"es\">"))
                #expect(response.text.contains("¿Cómo podemos ayudarle?"))
            }
        }
    }

    @Test func theLanguageSwitchSetsTheCookieAndOpensTheSamePageOnlyOnThisSite() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/language?set=es&next=%2Farticles%2Freset-password%23steps", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/es/articles/reset-password#steps")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasPrefix("lang=es") && cookie.contains("Path=/"))
            }
            try await client.execute(uri: "/language?set=en&next=%2Fes%2Fsearch%3Fq%3Dpin", method: .get) { response in
                #expect(response.headers[.location] == "/search?q=pin")
            }
            try await client.execute(uri: "/language?set=es&next=%2F%2Fevil.example%2F", method: .get) { response in
                #expect(response.headers[.location] == "/es/")
            }
            try await client.execute(uri: "/language?set=fr", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func pagesInBothLanguagesHaveHreflangAlternatesAndASwitch() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/es/articles/invalid-pin-or-security-code", method: .get) { response in
                let html = response.text
                #expect(html.contains("<html lang=\"es\">"))
                #expect(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/articles/invalid-pin-or-security-code\">"))
                #expect(html.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"/es/articles/invalid-pin-or-security-code\">"))
                #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/articles/invalid-pin-or-security-code\">"))
                #expect(html.contains("href=\"/language?set=en&amp;next=%2Farticles%2Finvalid-pin-or-security-code\""))
                #expect(html.contains("Mensaje de error: PIN o código de seguridad no válido"))
                #expect(html.contains("action=\"/es/articles/invalid-pin-or-security-code/feedback\""))
                #expect(!html.contains("Se muestra en inglés"))
            }
        }
    }

    @Test func anArticleWithoutATranslationIsShownInEnglishWithANotice() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/es/articles/reset-password", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<html lang=\"es\">"))
                #expect(html.contains("Este artículo todavía no está traducido al español. Se muestra en inglés."))
                #expect(html.contains("<div class=\"article-body\" lang=\"en\">"))
                #expect(html.contains("Reset your password"))
                #expect(!html.contains("hreflang=\"x-default\""), "alternates only where both versions exist")
            }
            try await client.execute(uri: "/es/articles/no-such-article", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("No encontramos ese artículo."))
                #expect(response.text.contains("<html lang=\"es\">"))
            }
        }
    }

    /// Every Spanish page, in every state, shows no English interface text.
    @Test func spanishPagesShowNoEnglishInterfaceText() async throws {
        let english = try StringCatalog(bundled: .en)
        let spanish = try StringCatalog(bundled: .es)
        // Fragments of English strings (split at placeholders) that Spanish does not share.
        let spanishText = spanish.keys.map { spanish[$0] }.joined(separator: "\n")
        let fragments = Set(
            english.keys.filter { english[$0] != spanish[$0] }.flatMap { english[$0].split(separator: /\{[a-zA-Z]+\}/) }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
                .filter { $0.count >= 6 && !spanishText.contains($0) }
        )
        #expect(fragments.count > 80)
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            var pages: [(String, String)] = []
            for uri in [
                "/es/", "/es/search?q=codigo+de+seguridad", "/es/search?q=zzzz+qqqq", "/es/search", "/es/search?q=codgo",
                "/es/articles/invalid-pin-or-security-code", "/es/articles/invalid-pin-or-security-code?feedback=thanks",
                "/es/categories/registration", "/es/troubleshoot", "/es/troubleshoot?view=agent", "/es/no-such-page",
            ] {
                pages.append((uri, try await client.execute(uri: uri, method: .get) { $0.text }))
            }
            for (uri, body) in [
                ("/es/troubleshoot", "message=Invalid+security+code&securityCode=123456"),
                ("/es/troubleshoot?view=agent", "message=Invalid+security+code&securityCode=123456"),
                ("/es/troubleshoot", "message=zzzz+qqqq"), ("/es/troubleshoot", "message="),
            ] {
                let html = try await client.execute(
                    uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body)
                ) { $0.text }
                pages.append(("POST " + uri, html))
            }
            for (uri, html) in pages {
                #expect(html.contains("<html lang=\"es\">"), "\(uri)")
                let found = fragments.filter { html.contains($0) || html.contains(HTMLText.escape($0)) }
                #expect(found.isEmpty, "\(uri): \(found.sorted())")
            }
        }
    }
}

/// `lang` on the JSON API: the Spanish edition's articles and `/es/` URLs, results that say
/// their language, the original where there is no translation, and a 400 for an unknown one.
@Suite struct LanguageAPITests {
    @Test func theAPIAnswersInTheLanguageAsked() async throws {
        let app = Fixtures.app(try await LanguageTests.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=codigo&lang=es", method: .get) { response in
                let json = try response.json()
                #expect(json["lang"] as? String == "es")
                let first = try #require((json["results"] as? [[String: Any]])?.first)
                #expect(first["title"] as? String == "Mensaje de error: PIN o código de seguridad no válido")
                #expect((first["url"] as? String)?.hasPrefix("/es/articles/invalid-pin-or-security-code") == true)
            }
            try await client.execute(uri: "/api/v1/search?q=codigo", method: .get, headers: [.acceptLanguage: "es-US"]) { response in
                let json = try response.json()
                #expect(json["lang"] as? String == "es")
            }
            try await client.execute(uri: "/api/v1/search?q=code&lang=fr", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/articles/reset-password?lang=es", method: .get) { response in
                let json = try response.json()
                #expect(json["lang"] as? String == "en", "no translation: the original")
                #expect(json["url"] as? String == "/es/articles/reset-password")
            }
            try await client.execute(uri: "/api/v1/articles?lang=es", method: .get) { response in
                let json = try response.json()
                let articles = try #require(json["articles"] as? [[String: Any]])
                let languages = Dictionary(uniqueKeysWithValues: articles.map { ($0["id"] as? String ?? "", $0["lang"] as? String ?? "") })
                #expect(languages["invalid-pin-or-security-code"] == "es" && languages["reset-password"] == "en")
            }
            try await client.execute(uri: "/api/v1/context?error=invalid-security-code&lang=es", method: .get) { response in
                let json = try response.json()
                #expect(json["lang"] as? String == "es")
                #expect((json["steps"] as? [String])?.first == "Abra el mensaje de texto más reciente.")
                #expect((((json["article"] as? [String: Any])?["url"]) as? String)?.hasPrefix("/es/articles/") == true)
            }
        }
    }

    /// A query written in the other language: the API names that language and its count, the
    /// page links to its results in that language's words; the results themselves stay.
    @Test func aQueryInTheOtherLanguagePointsToItsResults() async throws {
        let app = Fixtures.app(try await LanguageTests.components())
        let spanishQuery = "el código de seguridad no es válido"
        let encoded = "el%20c%C3%B3digo%20de%20seguridad%20no%20es%20v%C3%A1lido"
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=" + encoded, method: .get) { response in
                let json = try response.json()
                #expect(json["lang"] as? String == "en")
                let other = try #require(json["otherLanguage"] as? [String: Any])
                #expect(other["lang"] as? String == "es")
                #expect(other["total"] as? Int == 1)
            }

            try await client.execute(uri: "/api/v1/search?q=invalid%20security%20code", method: .get) { response in
                let json = try response.json()
                #expect(json["otherLanguage"] == nil)
            }
            let page = try await client.execute(uri: "/search?q=" + encoded, method: .get) { $0.text }
            #expect(page.contains(
                "<p class=\"other-language\" lang=\"es\">Esta búsqueda tiene respuestas en español: "
                    + "<a href=\"/es/search?q=\(encoded)\" hreflang=\"es\">ver los resultados en español</a></p>"
            ), "\(spanishQuery)")
            let english = try await client.execute(uri: "/search?q=invalid+security+code", method: .get) { $0.text }
            #expect(!english.contains("other-language"))
        }
    }

    /// A search pointed to the other language is answered there: insights count it among the
    /// zero-result searches, say how many were pointed, and leave it out of the content gaps.
    @Test func searchesPointedToTheOtherLanguageAreCountedAndAreNoContentGap() async throws {
        let app = Fixtures.app(try await LanguageTests.components(configuration: ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord()))
        let today = SearchLogDay.string(for: Date())
        try await app.test(.router) { client in
            let spanish = "el%20c%C3%B3digo%20de%20seguridad%20no%20es%20v%C3%A1lido"
            for query in [spanish, "zzqx%20wqvv"] {
                for _ in 0..<3 { try await client.execute(uri: "/api/v1/search?q=" + query, method: .get) { #expect($0.status == .ok) } }
            }
            try await client.execute(uri: "/search?q=" + spanish, method: .get) { #expect($0.status == .ok) }
            let range = "from=\(today)&to=\(today)"
            let overview = try await client.execute(uri: "/api/v1/insights/overview?\(range)", method: .get, headers: InsightsRouteTests.bearer) {
                try $0.json()
            }
            #expect(overview["searches"] as? Int == 7)
            #expect(overview["zeroResultSearches"] as? Int == 7)
            #expect(overview["otherLanguageSearches"] as? Int == 4, "from the API and from the page")
            let queries = try #require(overview["queries"] as? [[String: Any]])
            #expect(queries.map { $0["otherLanguageSearches"] as? Int } == [4, 0])
            let gaps = try #require(
                try await client.execute(uri: "/api/v1/insights/gaps?\(range)", method: .get, headers: InsightsRouteTests.bearer) { try $0.json() }["gaps"]
                    as? [[String: Any]])
            #expect(gaps.map { $0["text"] as? String } == ["wqvv zzqx"], "only the search nothing answered is a gap")
            let cookie = try await AdminClient.signIn(client)
            let dashboard = try await client.execute(uri: "/admin?\(range)", method: .get, headers: [.cookie: cookie]) { $0.text }
            #expect(dashboard.contains(
                "<li><span class=\"figure-name\">Of those, pointed to the other language</span> <strong class=\"figure-value\">4</strong></li>"))
        }
    }

    /// The people who keep the Spanish articles see the Spanish searches: insights count the
    /// searches of one language when `lang` asks for it, and the dashboard keeps the choice.
    @Test func insightsCountTheSearchesOfOneLanguageWhenAsked() async throws {
        let app = Fixtures.app(try await LanguageTests.components(configuration: ServerConfiguration(adminToken: "s3cret-token")))
        let today = SearchLogDay.string(for: Date())
        try await app.test(.router) { client in
            for suffix in ["", "&lang=es"] {
                for _ in 0..<3 { try await client.execute(uri: "/api/v1/search?q=zzqx%20wqvv" + suffix, method: .get) { #expect($0.status == .ok) } }
            }
            try await client.execute(uri: "/api/v1/search?q=invalid%20security%20code", method: .get) { #expect($0.status == .ok) }
            let bearer = InsightsRouteTests.bearer
            func overview(_ lang: String) async throws -> [String: Any] {
                try await client.execute(uri: "/api/v1/insights/overview?from=\(today)&to=\(today)" + lang, method: .get, headers: bearer) {
                    try $0.json()
                }
            }
            let every = try await overview(""), spanish = try await overview("&lang=es"), english = try await overview("&lang=en")
            #expect(every["searches"] as? Int == 7 && every["lang"] == nil)
            #expect(spanish["searches"] as? Int == 3 && spanish["zeroResultSearches"] as? Int == 3 && spanish["lang"] as? String == "es")
            #expect(english["searches"] as? Int == 4 && english["zeroResultSearches"] as? Int == 3)
            let gaps = try await client.execute(uri: "/api/v1/insights/gaps?lang=es&from=\(today)&to=\(today)", method: .get, headers: bearer) {
                try #require($0.json()["gaps"] as? [[String: Any]])
            }
            #expect(gaps.map { $0["searches"] as? Int } == [3])
            try await client.execute(uri: "/api/v1/insights/overview?lang=xx", method: .get, headers: bearer) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("'lang' must be one of en, es"))
            }
            let cookie = try await AdminClient.signIn(client)
            let dashboard = try await client.execute(uri: "/admin?from=\(today)&to=\(today)&lang=es", method: .get, headers: [.cookie: cookie]) { $0.text }
            #expect(dashboard.contains("<option value=\"es\" lang=\"es\" selected>Español</option>"), "its own name, marked as Spanish")
            #expect(dashboard.contains("<option value=\"en\">English</option>"))
            #expect(dashboard.contains("<li><span class=\"figure-name\">Searches</span> <strong class=\"figure-value\">3</strong></li>"))
            #expect(dashboard.contains("href=\"/admin/gaps?from=\(today)&amp;to=\(today)&amp;lang=es\""), "the pages keep the language")
        }
    }

    /// Spanish words are not English misspellings: no English "did you mean" beside the pointer
    /// (on the real articles, "como cierro sesion" would get "come cierro session").
    @Test func aQueryInTheOtherLanguageGetsNoCorrectionInThisOne() async throws {
        let snapshot = ContentSnapshot(
            knowledgeBase: try ContentFixture.knowledgeBase(), translations: [.es: try ContentFixture.spanishKnowledgeBase()])
        let results = snapshot.edition(.en).search(SearchRequest(query: "como cierro sesion"))
        #expect(results.suggestion != nil, "the English search alone corrects the Spanish words")
        let app = Fixtures.app(
            ServerComponents(
                content: ContentStore(snapshot), feedback: InMemoryFeedbackStore(), searchLog: InMemorySearchLogStore(),
                views: try await PageRenderer.bundled(), assets: try Assets(), configuration: ServerConfiguration()
            )
        )
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=como%20cierro%20sesion", method: .get) { response in
                let json = try response.json()
                #expect((json["otherLanguage"] as? [String: Any])?["lang"] as? String == "es")
                #expect(json["suggestion"] == nil)
            }
            let page = try await client.execute(uri: "/search?q=como+cierro+sesion", method: .get) { $0.text }
            #expect(page.contains("<p class=\"other-language\" lang=\"es\">"))
            #expect(!page.contains("did-you-mean"))
        }
    }

    @Test func diagnoseAnswersInTheLanguageTheMessageIsWrittenIn() async throws {
        let app = Fixtures.app(try await LanguageTests.components())
        try await app.test(.router) { client in
            let spanish = #"{"message": "Me sale Invalid security code cuando pongo el código que me llegó", "values": {"securityCode": "123456"}}"#
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: spanish)
            ) { response in
                #expect(response.headers[.contentLanguage] == "es")
                let json = try response.json()
                let cause = try #require((json["causes"] as? [[String: Any]])?.first)
                #expect(cause["id"] as? String == "code-is-sender-number")
                #expect((cause["steps"] as? [String])?.first == "Abra el mensaje de texto más reciente.")
            }
            let english = #"{"message": "It says Invalid security code when I type the code from the text", "values": {"securityCode": "123456"}}"#
            try await client.execute(
                uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: english)
            ) { response in
                #expect(response.headers[.contentLanguage] == "en")
            }
        }
    }

    @Test(arguments: [
        ("No me llega el código de seguridad al celular", Language.es), ("My security code never arrives on my phone", .en),
        ("Me sale Invalid PIN y no sé por qué", .es), ("Invalid PIN", nil),
        // "ya" stays a search word ("already"), and a Spanish one.
        ("el correo ya registrado", .es), ("el correo registrado", nil),
    ] as [(String, Language?)])
    func theLanguageOfAMessageIsGuessedFromItsFunctionWords(message: String, expected: Language?) {
        #expect(Language.guess(message) == expected)
    }
}
