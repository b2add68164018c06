import Foundation
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

@Suite struct FeedbackTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
    static let json: HTTPFields = [.contentType: "application/json"]
    /// The redactor's rules alone: the test articles write few words, and what the gate withholds is `UnknownWordGateTests`' concern.
    static let keepingEveryWord = ServerConfiguration(adminToken: "s3cret-token").keepingEveryWord()

    @Test func voteFormRecordsARedactedCommentAndRedirectsToTheThanks() async throws {
        let store = InMemoryFeedbackStore()
        let app = Fixtures.app(try await Fixtures.components(configuration: Self.keepingEveryWord, feedback: store))
        try await app.test(.router) { client in
            let body = "helpful=no&comment=My+DOB+03%2F14%2F1985+and+phone+555-201-3344+didn%27t+work"
            try await client.execute(
                uri: "/articles/reset-password/feedback", method: .post, headers: Self.form, body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/articles/reset-password?feedback=thanks#feedback")
            }
        }
        let stored = try #require(store.all.first)
        #expect(stored.article == "reset-password")
        #expect(stored.helpful == false)
        #expect(stored.comment == "My DOB [date] and phone [phone] didn't work")
    }

    @Test func voteFormWithoutAnAnswerIs400() async throws {
        let store = InMemoryFeedbackStore()
        let app = Fixtures.app(try await Fixtures.components(feedback: store))
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/articles/reset-password/feedback", method: .post, headers: Self.form, body: ByteBuffer(string: "helpful=maybe")
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Choose"))
            }
            try await client.execute(
                uri: "/articles/nope/feedback", method: .post, headers: Self.form, body: ByteBuffer(string: "helpful=yes")
            ) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(
                uri: "/articles/reset-password/feedback", method: .post, headers: Self.json, body: ByteBuffer(string: "{}")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
        #expect(store.all.isEmpty)
    }

    @Test func apiRecordsFeedback() async throws {
        let store = InMemoryFeedbackStore()
        let app = Fixtures.app(try await Fixtures.components(configuration: Self.keepingEveryWord, feedback: store))
        try await app.test(.router) { client in
            let body = #"{"article": "invalid-pin-or-security-code", "helpful": true, "comment": "mail me at jo@example.com"}"#
            try await client.execute(uri: "/api/v1/feedback", method: .post, headers: Self.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                let json = try response.json()
                #expect(json["status"] as? String == "recorded")
                #expect(!response.text.contains("jo@example.com"))
            }
        }
        #expect(store.all.map(\.comment) == ["mail me at [email]"])
        #expect(store.all.map(\.helpful) == [true])
    }

    @Test func apiRejectsBadFeedback() async throws {
        let store = InMemoryFeedbackStore()
        let app = Fixtures.app(try await Fixtures.components(feedback: store))
        let cases: [(body: String, headers: HTTPFields, status: HTTPResponse.Status, message: String)] = [
            ("{not json", Self.json, .badRequest, "not valid JSON"),
            (#"{"helpful": true}"#, Self.json, .badRequest, "'article' is missing"),
            (#"{"article": "reset-password", "helpful": "yes"}"#, Self.json, .badRequest, "'helpful' should be true or false"),
            (#"{"article": "no-such", "helpful": true}"#, Self.json, .notFound, "no article"),
            (#"{"article": "reset-password", "helpful": true, "comment": "\#(String(repeating: "a", count: 2_001))"}"#, Self.json,
             .unprocessableContent, "at most 2000"),
            (#"{"article": "reset-password", "helpful": true}"#, Self.form, .unsupportedMediaType, "application/json"),
            ("", Self.json, .badRequest, "empty"),
        ]
        try await app.test(.router) { client in
            for example in cases {
                try await client.execute(
                    uri: "/api/v1/feedback", method: .post, headers: example.headers, body: ByteBuffer(string: example.body)
                ) { response in
                    #expect(response.status == example.status, "\(example.body.prefix(60))")
                    let error = try #require(response.json()["error"] as? [String: Any])
                    let message = try #require(error["message"] as? String)
                    #expect(message.contains(example.message), "\(message)")
                }
            }
        }
        #expect(store.all.isEmpty)
    }

    /// A day that has all its votes refuses the next with 429 and says why; what was kept stays.
    @Test func aVoteBeyondTheDaysBoundIs429() async throws {
        let store = InMemoryFeedbackStore()
        var configuration = Self.keepingEveryWord
        configuration.maxFeedbackPerDay = 2
        let app = Fixtures.app(try await Fixtures.components(configuration: configuration, feedback: store))
        try await app.test(.router) { client in
            for expected: HTTPResponse.Status in [.created, .created, .tooManyRequests] {
                let body = #"{"article": "reset-password", "helpful": true}"#
                try await client.execute(uri: "/api/v1/feedback", method: .post, headers: Self.json, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == expected)
                    if expected == .tooManyRequests { #expect(response.text.contains("at most 2 votes a day")) }
                }
            }
            try await client.execute(
                uri: "/articles/reset-password/feedback", method: .post, headers: Self.form, body: ByteBuffer(string: "helpful=no")
            ) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.text.contains("try again tomorrow"))
            }
        }
        #expect(store.all.count == 2)
    }
}
