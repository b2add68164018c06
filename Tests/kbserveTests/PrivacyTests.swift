import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve
import TestSupport

/// Typed values are PHI: they must never reach the logs, the database or a response.
@Suite struct PrivacyTests {
    static let values: [String: String] = [
        "pin": "48213", "securityCode": "905117", "dateOfBirth": "03/14/1985", "phone": "+1 555 201 3344",
        "email": "jane.doe@gmial.com", "username": "jane.doe@gmial.com", "password": "Hunter2Secret!",
        "link": "https://safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.example%2Freg%2Fq8Zt7",
    ]
    static let needles = ["48213", "905117", "03/14/1985", "555 201 3344", "jane.doe", "Hunter2Secret", "q8Zt7"]

    @Test func typedValuesNeverReachLogsDatabaseOrResponses() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (database, searchLog, capture, app) = try await PrivacyHarness.make(directory)
        let messages = ["Invalid security code", "Phone number does not match records", "Invalid PIN", "something else entirely", ""]
        let responses = try await app.test(.router) { client in
            var responses: [String] = []
            for message in messages {
                let body = try JSONSerialization.data(withJSONObject: ["message": message, "values": Self.values, "context": ["flow": "registration"]])
                responses.append(try await client.execute(
                    uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body)
                ) { response in
                    #expect(response.status == .ok)
                    return response.text
                })
                var form = "message=" + (message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                for (key, value) in Self.values {
                    form += "&\(key)=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                }
                responses.append(try await client.execute(
                    uri: "/troubleshoot?view=agent", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: form)
                ) { response in
                    #expect(response.status == .ok)
                    return response.text
                })
                let context = try JSONSerialization.data(withJSONObject: ["error": "invalid-security-code", "values": Self.values])
                responses.append(try await client.execute(
                    uri: "/api/v1/context", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: context)
                ) { response in
                    #expect(response.status == .ok)
                    return response.text
                })
            }
            return responses
        }
        try await searchLog.flush()
        let stored = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM searchDay").map(\.description)
                + Row.fetchAll(db, sql: "SELECT * FROM feedback").map(\.description)
        }
        let logs = capture.linesWithoutGeneratedValues
        #expect(!logs.isEmpty, "requests were logged")
        #expect(logs.contains { $0.contains("http.path=/api/v1/context") && !$0.contains("error=") }, "paths are logged without the query")
        for needle in Self.needles {
            #expect(!logs.contains { $0.contains(needle) }, "log contains \(needle)")
            #expect(!stored.contains { $0.contains(needle) }, "database contains \(needle)")
            #expect(!responses.contains { $0.contains(needle) }, "a response contains \(needle)")
        }
    }
}

/// Values written inside the message text (not in fields) are PHI too: the Diagnoser reads them,
/// and they must not reach the logs, a JSON or HTML response, the search log or insights.
@Suite struct MessageTextPrivacyTests {
    static let messages = [
        "Hi, I typed 4821O from the text and it says the code you entered is incorrect. My cell is 312 555 0187.\n-- Zelda Quux, zelda.quux@gmial.com",
        "Invalid PIN. The PIN on my paper is 60418 and I was born March 3rd 1990.",
        "The link https://nam02.safelinks.protection.outlook.com/?url=q8Zt7xyzLongToken gives page not found",
        "qqqq zzzz I wrote 60418 and 312 555 0187 and zelda.quux@gmial.com",
    ]
    static let needles = ["4821O", "60418", "555 0187", "5550187", "zelda.quux", "q8Zt7", "March 3rd 1990"]

    @Test func valuesInTheMessageNeverLeak() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (database, searchLog, capture, app) = try await PrivacyHarness.make(directory)
        let (responses, causes) = try await app.test(.router) { client in
            var responses: [String] = []
            var causes = 0
            for message in Self.messages {
                let body = try JSONSerialization.data(withJSONObject: ["message": message])
                let (text, count) = try await client.execute(
                    uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body)
                ) { response in
                    #expect(response.status == .ok)
                    return (response.text, ((try? response.json()["causes"]) as? [Any])?.count ?? 0)
                }
                responses.append(text)
                causes += count
                for view in ["/troubleshoot", "/troubleshoot?view=agent"] {
                    let form = "message=" + (message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                    responses.append(try await client.execute(
                        uri: view, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form)
                    ) { response in
                        #expect(response.status == .ok)
                        return response.text
                    })
                }
            }
            try await searchLog.flush()
            responses.append(try await client.execute(uri: "/api/v1/insights", method: .get, headers: [.authorization: "Bearer t"]) { response in
                #expect(response.status == .ok)
                return response.text
            })
            return (responses, causes)
        }
        #expect(causes >= 3, "the messages were diagnosed from the values in them")
        let stored = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM searchDay").map(\.description)
        }
        #expect(!stored.isEmpty, "the unmatched message reached the search log (redacted)")
        for needle in Self.needles {
            #expect(!capture.linesWithoutGeneratedValues.contains { $0.contains(needle) }, "log contains \(needle)")
            #expect(!stored.contains { $0.contains(needle) }, "search log contains \(needle)")
            #expect(!responses.contains { $0.contains(needle) }, "a response contains \(needle)")
        }
    }
}

/// A value typed in a search box (a PIN, a date of birth, an e-mail address) is PHI too: the
/// search forms post what is typed, only a search in which the redactor finds nothing goes on
/// to an address, and no page, answer, log or stored search shows the value back.
@Suite struct SearchTextPrivacyTests {
    static let queries = ["my pin 48213 wont work", "my dob is 03/14/1985 and it fails", "code 905117 sent to jane.doe@gmial.com"]
    static let needles = ["48213", "905117", "03/14/1985", "1985", "jane.doe"]

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.0)=" + ($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }.joined(separator: "&"))
    }

    @Test func searchFormsPostAndOnlyAQueryWithNothingToRedactGoesToAnAddress() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, _, _, app) = try await PrivacyHarness.make(directory, content: try PrivacyHarness.realContent())
        try await app.test(.router) { client in
            for (page, action) in [("/", "/search"), ("/search?q=reset", "/search"), ("/es/", "/es/search"), ("/troubleshoot?view=agent", "/search")] {
                try await client.execute(uri: page, method: .get) { response in
                    let html = response.text
                    #expect(html.contains("action=\"\(action)\" method=\"post\""), "\(page) posts its search form")
                    #expect(!html.contains("action=\"\(action)\" method=\"get\""), "\(page) has no search form that puts the text in the URL")
                }
            }
            let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(
                uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", "pin wont work"), ("category", "registration")])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/search?q=pin%20wont%20work&category=registration")
            }
            try await client.execute(uri: "/es/search", method: .post, headers: formHeaders, body: Self.form([("q", "olvidé mi contraseña")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/es/search?q=olvid%C3%A9%20mi%20contrase%C3%B1a")
            }
            try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", "")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/search")
            }
            for query in Self.queries {
                try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", query)])) { response in
                    #expect(response.status == .ok, "answered in the body, not sent on to an address")
                    #expect(response.headers[.location] == nil)
                    #expect(response.text.contains("class=\"result-title\""), "\(query) is searched as typed")
                }
            }
            try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", "my pin 48213 wont work")])) { response in
                #expect(response.text.contains("<h1>Results for “my pin [number] wont work”</h1>"), "\(response.text)")
                #expect(response.text.contains("value=\"my pin [number] wont work\""), "the form keeps the search, redacted")
            }
            try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", "reset"), ("limit", "0")])) { response in
                #expect(response.status == .badRequest, "the form's fields are checked as the address's are")
            }
        }
    }

    /// A word no article writes may be a name in lowercase, a username or a password typed bare,
    /// which the redactor's rules cannot tell from a misspelling: such a search is answered in
    /// the body too. Words the help center knows, in either language or through a synonym, travel.
    @Test func aSearchWithAWordNoArticleWritesStaysOutOfTheAddress() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, _, _, app) = try await PrivacyHarness.make(directory, content: try PrivacyHarness.realContent())
        let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await app.test(.router) { client in
            for (query, word) in [("this is maria lopez and i cant sign in", "maria"), ("username jsmithx is taken", "jsmithx"), ("forgot my pasword", "pasword"),
                                 ("pasword resett for jsmithx", "jsmithx")] {
                try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", query)])) { response in
                    #expect(response.status == .ok, "\(query) is answered in the body")
                    #expect(response.headers[.location] == nil)
                    #expect(response.text.contains("class=\"result-title\""), "\(query) is searched as typed")
                    // Nor does a link of the page carry it (the language switch, the alternates, a "did you mean").
                    let links = response.text.matches(of: #/href="([^"]*)"/#).map { String($0.output.1) }
                    #expect(!links.isEmpty && !links.contains { $0.contains(word) }, "\(query): \(links.filter { $0.contains(word) })")
                }
            }
            // A misspelling's correction, whose words the help center knows, is still offered.
            try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: Self.form([("q", "forgot my pasword")])) { response in
                #expect(response.text.contains("href=\"/search?q=forgot%20my%20password\""), "did you mean 'forgot my password'")
            }
            for (uri, query) in [("/search", "forgot my password"), ("/search", "ie11 cannot display the page"), ("/es/search", "olvidé mi contraseña"),
                                 ("/search", "olvidé mi contraseña")] {
                try await client.execute(uri: uri, method: .post, headers: formHeaders, body: Self.form([("q", query)])) { response in
                    #expect(response.status == .seeOther, "\(query) goes on to its address")
                }
            }
        }
    }

    @Test func valuesTypedInASearchAreNeverShownBackLoggedOrStored() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (database, searchLog, capture, app) = try await PrivacyHarness.make(directory)
        let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        let responses = try await app.test(.router) { client in
            var responses: [String] = []
            for query in Self.queries {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                for (uri, body) in [
                    ("/search", Self.form([("q", query)])), ("/es/search", Self.form([("q", query)])),
                    ("/embed/panel", Self.form([("q", query), ("route", "sign-in")])),
                    ("/api/v1/suggest", Self.form([("q", query), ("lang", "en")])),
                ] {
                    responses.append(try await client.execute(uri: uri, method: .post, headers: formHeaders, body: body) { response in
                        #expect(response.status == .ok, "\(uri)")
                        return response.text
                    })
                }
                for uri in ["/search?q=\(encoded)", "/api/v1/search?q=\(encoded)", "/api/v1/suggest?q=\(encoded)"] {
                    responses.append(try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .ok, "\(uri)")
                        return response.text
                    })
                }
            }
            try await client.execute(uri: "/api/v1/search?q=my%20pin%2048213%20wont%20work", method: .get) { response in
                let query = try response.json()["query"] as? String
                #expect(query == "my pin [number] wont work")
            }
            return responses
        }
        try await searchLog.flush()
        let stored = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM searchDay").map(\.description)
                + Row.fetchAll(db, sql: "SELECT * FROM searchEvent").map(\.description)
        }
        #expect(stored.contains { $0.contains("[number]") }, "the searches were recorded, redacted")
        for needle in Self.needles {
            let lines = capture.linesWithoutGeneratedValues
            #expect(!lines.contains { $0.contains(needle) }, "log contains \(needle): \(lines.filter { $0.contains(needle) })")
            #expect(!stored.contains { $0.contains(needle) }, "search log contains \(needle)")
            #expect(!responses.contains { $0.contains(needle) }, "a response contains \(needle)")
        }
    }
}

/// A page answered to a form post shows only what the redactor kept, so the browser may keep it
/// for Back (`private, no-cache`): going back to the results of a search with a date of birth, or to
/// a diagnosis, shows them again instead of asking to resend the form. Everything else stays
/// `no-store`, and no proxy may keep either.
@Suite struct GoingBackTests {
    @Test func pagesAnsweredToAPostAreKeptForGoingBackAndShowNoValue() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, _, _, app) = try await PrivacyHarness.make(directory, content: try PrivacyHarness.realContent())
        let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await app.test(.router) { client in
            for query in SearchTextPrivacyTests.queries {
                for (uri, fields) in [
                    ("/search", [("q", query)]), ("/es/search", [("q", query)]), ("/embed/panel", [("q", query), ("route", "sign-in")]),
                    ("/troubleshoot", [("message", query)]), ("/troubleshoot?view=agent", [("message", query)]),
                    ("/es/troubleshoot", [("message", query)]),
                ] {
                    try await client.execute(uri: uri, method: .post, headers: formHeaders, body: SearchTextPrivacyTests.form(fields)) { response in
                        #expect(response.status == .ok, "\(uri)")
                        #expect(response.headers[.cacheControl] == "private, no-cache", "\(uri) may be gone back to")
                        for needle in SearchTextPrivacyTests.needles {
                            #expect(!response.text.contains(needle), "\(uri) shows \(needle), so it must not be kept")
                        }
                    }
                }
            }
            // A search with nothing to redact goes on to its address; errors and other answers are kept nowhere.
            for (uri, fields, status) in [
                ("/search", [("q", "reset my pin")], HTTPResponse.Status.seeOther), ("/search", [("q", "reset"), ("limit", "0")], .badRequest),
                ("/troubleshoot", [("message", "")], .unprocessableContent), ("/api/v1/suggest", [("q", "my pin 48213")], .ok),
            ] {
                try await client.execute(uri: uri, method: .post, headers: formHeaders, body: SearchTextPrivacyTests.form(fields)) { response in
                    #expect(response.status == status, "\(uri) \(fields)")
                    #expect(response.headers[.cacheControl] == "no-store", "\(uri) \(fields)")
                }
            }
            for uri in ["/search?q=reset", "/embed/panel?route=sign-in", "/troubleshoot"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.headers[.cacheControl] == "no-store", "\(uri)") }
            }
        }
    }
}

/// A server over real SQLite stores with its logs captured, for the privacy suites.
enum PrivacyHarness {
    static func realContent() throws -> ContentSnapshot {
        ContentSnapshot(knowledgeBase: try ContentFixture.knowledgeBase(), translations: [.es: try ContentFixture.spanishKnowledgeBase()])
    }

    /// `content`: the fixture articles unless given (`realContent`: `Content/` in both languages).
    static func make(_ directory: URL, content: ContentSnapshot? = nil) async throws
        -> (SQLiteDatabase, SQLiteSearchLogStore, LogCapture, some ApplicationProtocol) {
        let database = try SQLiteDatabase(directory: directory)
        let searchLog = SQLiteSearchLogStore(database: database)
        let components = try await Fixtures.components(
            configuration: ServerConfiguration(adminToken: "t", rateLimit: RateLimit(burst: 1_000, perSecond: 100)),
            feedback: SQLiteFeedbackStore(database: database), searchLog: searchLog, content: content
        )
        let capture = LogCapture()
        return (database, searchLog, capture, Fixtures.app(components, logger: capture.logger))
    }
}
