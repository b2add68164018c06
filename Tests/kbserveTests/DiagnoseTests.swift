import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@testable import kbserve

@Suite struct DiagnoseTests {
    static let json: HTTPFields = [.contentType: "application/json"]
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func diagnoseAPIFollowsTheContract() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            let body = #"{"message": "It says Invalid security code", "values": {"securityCode": "555123"}, "context": {"flow": "registration"}}"#
            try await client.execute(uri: "/api/v1/diagnose", method: .post, headers: Self.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                let error = try #require(json["error"] as? [String: Any])
                #expect(error["id"] as? String == "invalid-security-code")
                let causes = try #require(json["causes"] as? [[String: Any]])
                let top = try #require(causes.first)
                #expect(top["id"] as? String == "code-is-sender-number")
                let article = try #require(top["article"] as? [String: Any])
                #expect(article["url"] as? String == "/articles/invalid-pin-or-security-code#the-code-is-the-sender-number")
                #expect((top["steps"] as? [String])?.isEmpty == false)
                #expect(!response.text.contains("555123"), "a typed value is never echoed")
            }
        }
    }

    @Test func diagnoseAPIRejectsMalformedInput() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/diagnose", method: .post, headers: Self.json, body: ByteBuffer(string: "{\"message\": ")) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let error = try #require(response.json()["error"] as? [String: Any])
                #expect(error["message"] as? String == "The request body is not valid JSON.")
            }
            try await client.execute(uri: "/api/v1/diagnose", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "Invalid PIN")) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            try await client.execute(uri: "/api/v1/diagnose", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
                try #expect(response.json()["error"] != nil)
            }
            try await client.execute(uri: "/troubleshoot", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, POST")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    @Test func troubleshooterShowsRankedCausesWithSteps() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/troubleshoot", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<label for=\"ts-message\">"))
                #expect(response.text.contains("name=\"securityCode\""))
            }
            let body = "message=Invalid+security+code&securityCode=555123&flow=registration"
            try await client.execute(uri: "/troubleshoot", method: .post, headers: Self.form, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("Likely causes"))
                #expect(html.contains("<h3>The code is the sender number</h3>"))
                #expect(html.contains("Open the newest text message from the portal."))
                // The cause's link carries the answer's id and the cause's rank, for insights' clicks.
                #expect(html.contains("href=\"/articles/invalid-pin-or-security-code?sid="))
                #expect(html.contains("&amp;pos=1#the-code-is-the-sender-number\""))
                #expect(!html.contains("Reply to send the patient"), "the patient view has no reply")
                #expect(!html.contains("555123"), "typed values are never shown back")
                #expect(html.contains("<option value=\"registration\" selected>"))
            }
        }
    }

    @Test func agentViewShowsTheReplyToCopy() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/troubleshoot?view=agent", method: .post, headers: Self.form, body: ByteBuffer(string: "message=Invalid+PIN")
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Reply to send the patient"))
                #expect(response.text.contains("please type the PIN from your newest invitation"))
                #expect(response.text.contains("data-copy=\"reply-1\""))
                #expect(response.text.contains("action=\"/troubleshoot?view=agent\""))
            }
        }
    }

    @Test func troubleshooterAsksForSomethingWhenEmptyAndOffersArticlesWhenNothingMatches() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            try await client.execute(uri: "/troubleshoot", method: .post, headers: Self.form, body: ByteBuffer(string: "message=++")) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("role=\"alert\""))
            }
        }
    }
}

/// `POST /api/v1/diagnose` for a Spanish client: Spanish words, `/es/` links, Spanish errors.
@Suite struct SpanishDiagnoseAPITests {
    /// The server over the real `Content/` and its Spanish translations.
    static func components() async throws -> ServerComponents {
        ServerComponents(
            content: ContentStore(ContentSnapshot(
                knowledgeBase: try ContentFixture.knowledgeBase(), translations: [.es: try ContentFixture.spanishKnowledgeBase()])),
            feedback: InMemoryFeedbackStore(), searchLog: InMemorySearchLogStore(), views: try await PageRenderer.bundled(),
            assets: try Assets(), configuration: ServerConfiguration()
        )
    }

    @Test func aSpanishRequestGetsASpanishAnswer() async throws {
        let app = Fixtures.app(try await Self.components())
        try await app.test(.router) { client in
            let body = #"{"message": "puse 05/06/1980 y me sale fecha de nacimiento incorrecta"}"#
            try await client.execute(uri: "/api/v1/diagnose?lang=es", method: .post, headers: DiagnoseTests.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                #expect(json["lang"] as? String == "es")
                let top = try #require((json["causes"] as? [[String: Any]])?.first)
                let article = try #require(top["article"] as? [String: Any])
                #expect((article["url"] as? String)?.hasPrefix("/es/articles/date-of-birth-incorrect#") == true)
                let evidence = try #require(top["evidence"] as? [String])
                #expect(evidence.contains("la fecha de nacimiento se puede leer con el mes primero o con el día primero (en el mensaje)"))
                #expect(!response.text.contains("05/06") && !response.text.contains("1980"), "a date in the text is never echoed")
            }
        }
    }

    static func message(_ response: TestResponse) throws -> String? {
        (try response.json()["error"] as? [String: Any])?["message"] as? String
    }

    @Test func malformedRequestsAreRefusedInTheClientsLanguage() async throws {
        let app = Fixtures.app(try await Fixtures.components())
        try await app.test(.router) { client in
            let spanish: HTTPFields = [.contentType: "application/json", .acceptLanguage: "es-US,es;q=0.9"]
            try await client.execute(uri: "/api/v1/diagnose", method: .post, headers: spanish, body: ByteBuffer(string: "{\"message\": ")) { response in
                #expect(response.status == .badRequest)
                try #expect(Self.message(response) == "El cuerpo de la solicitud no es JSON válido.")
            }
            try await client.execute(uri: "/api/v1/diagnose?lang=es", method: .post, headers: DiagnoseTests.json, body: ByteBuffer()) { response in
                #expect(response.status == .badRequest)
                try #expect(Self.message(response) == "El cuerpo de la solicitud está vacío.")
            }
            try await client.execute(uri: "/api/v1/diagnose", method: .post, headers: DiagnoseTests.json, body: ByteBuffer()) { response in
                try #expect(Self.message(response) == "The request body is empty.")
            }
            try await client.execute(uri: "/api/v1/diagnose?lang=es", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "PIN")) { response in
                #expect(response.status == .unsupportedMediaType)
                try #expect(Self.message(response) == "Envíe JSON con Content-Type: application/json.")
            }
        }
    }
}
