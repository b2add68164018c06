import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

/// A word no article writes reaches the search log only once enough clients have used it:
/// a lowercase name, a username or a password typed bare is kept as `[word]`, however often
/// its one client sends it; a content gap many people search for is kept as typed.
@Suite struct UnknownWordGateTests {
    static let content = Result { try PrivacyHarness.realContent() }

    static func logged(_ text: String, in language: Language = .original) throws -> LoggedText {
        try content.get().loggedText(text, in: language)
    }

    /// What `gate` lets the log keep of `text`, searched once more by the client at `address`.
    static func kept(_ text: String, by gate: UnknownWordGate, from address: String) throws -> String {
        try gate.kept(logged(text), from: UnknownWordGate.Client(address: address)).text
    }

    @Test func theUnknownWordsOfATextAreThoseNoArticleOfAnyLanguageWrites() throws {
        let logged = try Self.logged("this is maria lopez and i cant sign in")
        #expect(logged.unknownWords.map(\.surface) == ["maria", "lopez"])
        #expect(logged.unknownWords.map(\.range) == [8..<13, 14..<19])
        #expect(try Self.logged("forgot my password").unknownWords.isEmpty)
        // Spanish searched in the English pages: the Spanish articles write the words.
        let spanish = "olvidé mi contraseña"
        let searcher = try Self.content.get().original.knowledgeBase.searcher
        #expect(!searcher.analyzeWords(spanish, keepsStopWords: true).allSatisfy(searcher.knows), "the English articles do not write it")
        #expect(try Self.logged(spanish).unknownWords.isEmpty)
        // Function and courtesy words ("he", "would", "hi", "thanks": no article writes them) say nothing of who typed them.
        #expect(try Self.logged("hi, he would like to sign in, thanks").unknownWords.isEmpty)
        // The redactor's placeholders are not words a person typed. Checked on the fixture
        // articles, where no article or synonym writes "secret" (`Content/`'s synonyms do).
        let fixture = ContentSnapshot(knowledgeBase: Fixtures.knowledgeBase)
        let fixtureSearcher = fixture.original.knowledgeBase.searcher
        #expect(!fixtureSearcher.analyzeWords("[secret]").allSatisfy(fixtureSearcher.knows), "no fixture article writes 'secret'")
        #expect(fixture.loggedText("my password is [secret]", in: .original).unknownWords.isEmpty)
        #expect(fixture.loggedText("my password is secret", in: .original).unknownWords.map(\.surface) == ["secret"])
    }

    /// One reading of the text gives its unknown words and the words content gaps are grouped by.
    @Test func theLoggedWordsAreTheSearchEventsWords() throws {
        let searcher = try Self.content.get().original.knowledgeBase.searcher
        for text in ["this is maria lopez and i cant sign in", "the e-mail didn't come", "Reset passwords", "code [number] for [email]", "olvidé mi contraseña"] {
            #expect(try Self.logged(text).keeping(allBut: []).words == SearchEvent.words(of: text, by: searcher), "\(text)")
        }
        // A withheld word is left out of the words content gaps are grouped by; no "word" stands for it.
        let logged = try Self.logged("this is maria lopez and i cant sign in")
        let kept = logged.keeping(allBut: logged.unknownWords)
        #expect(kept.text == "this is [word] [word] and i cant sign in")
        #expect(kept.words == SearchEvent.words(of: "this is and i cant sign in", by: searcher))
        #expect(logged.keeping(allBut: [logged.unknownWords[1]]).text == "this is maria [word] and i cant sign in")
        // A search of withheld words alone is grouped under the placeholder, not under no words at all.
        let alone = try Self.logged("telehealth")
        #expect(alone.keeping(allBut: alone.unknownWords) == ("[word]", "[word]"))
    }

    @Test func aWordIsWithheldUntilTheClientThatReachesTheThreshold() throws {
        let gate = UnknownWordGate(threshold: 3)
        let text = "this is maria lopez and i cant sign in"
        #expect(try Self.kept(text, by: gate, from: "203.0.113.1") == "this is [word] [word] and i cant sign in")
        #expect(try Self.kept("maria here", by: gate, from: "203.0.113.2") == "[word] here", "a second client with maria")
        #expect(try Self.kept(text, by: gate, from: "203.0.113.1") == "this is [word] [word] and i cant sign in", "the first client again")
        #expect(try Self.kept(text, by: gate, from: "203.0.113.3") == "this is maria [word] and i cant sign in", "maria's third client, lopez's second")
        #expect(try Self.kept(text, by: gate, from: "203.0.113.4") == text)
        #expect(try Self.kept("forgot my password", by: gate, from: "203.0.113.1") == "forgot my password")
    }

    @Test func aClientCountsOnceForAWordHoweverOftenItSendsIt() throws {
        let gate = UnknownWordGate(threshold: 2)
        for _ in 0..<10 { #expect(try Self.kept("jsmithx jsmithx jsmithx", by: gate, from: "203.0.113.1") == "[word] [word] [word]") }
        #expect(try Self.kept("jsmithx", by: gate, from: "198.51.100.7") == "jsmithx", "a second client")
    }

    @Test func aThresholdOfOneKeepsEveryWord() throws {
        #expect(try Self.kept("username jsmithx is taken", by: UnknownWordGate(threshold: 1), from: "203.0.113.1") == "username jsmithx is taken")
    }

    @Test func whenFullTheGateForgetsTheWordsBelowTheThreshold() throws {
        let gate = UnknownWordGate(threshold: 2, capacity: 4)
        _ = try Self.kept("zzqx", by: gate, from: "a")
        #expect(try Self.kept("zzqx", by: gate, from: "b") == "zzqx", "zzqx reached the threshold")
        _ = try Self.kept("wqvv", by: gate, from: "a")
        _ = try Self.kept("qqqq jjjj", by: gate, from: "a")  // 4 words: full
        #expect(try Self.kept("kkkk", by: gate, from: "a") == "[word]")  // a fifth: the words below the threshold are forgotten
        #expect(try Self.kept("wqvv", by: gate, from: "b") == "[word]", "wqvv, below the threshold, was forgotten and starts again")
        #expect(try Self.kept("zzqx", by: gate, from: "c") == "zzqx", "a word at the threshold is kept")
    }

    @Test func whenTheWordsAtTheThresholdFillMoreThanHalfEveryWordIsForgotten() throws {
        let gate = UnknownWordGate(threshold: 2, capacity: 6)
        for client in ["a", "b"] { _ = try Self.kept("zzqx wqvv qqqq pppp", by: gate, from: client) }
        #expect(try Self.kept("zzqx", by: gate, from: "c") == "zzqx", "a word already counted takes no more room")
        #expect(try Self.kept("jjjj", by: gate, from: "a") == "[word]")
        #expect(try Self.kept("kkkk llll", by: gate, from: "a") == "[word] [word]")  // 7 words: 4 of them at the threshold
        #expect(try Self.kept("zzqx", by: gate, from: "d") == "[word]", "zzqx starts again")
    }

    /// Through every way a text is kept: the search page, the API, the troubleshooter, feedback comments.
    @Test func theSearchLogKeepsNoLowercaseNameButKeepsAGapManySearchFor() async throws {
        let directory = try StorageTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (database, searchLog, _, app) = try await PrivacyHarness.make(directory, content: try Self.content.get())
        let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await app.test(.router) { client in
            try await client.execute(uri: "/search", method: .post, headers: formHeaders, body: SearchTextPrivacyTests.form([("q", "this is maria lopez and i cant sign in")])) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/search?q=username%20jsmithx%20is%20taken", method: .get) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/troubleshoot?view=agent", method: .post, headers: formHeaders,
                body: SearchTextPrivacyTests.form([("message", "this is maria lopez again, the portal says invalid security code")])
            ) { #expect($0.status == .ok) }
            for _ in 0..<UnknownWordGate.defaultThreshold {
                try await client.execute(uri: "/api/v1/search?q=telehealth%20visit", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(
                uri: "/articles/reset-password/feedback", method: .post, headers: formHeaders,
                body: SearchTextPrivacyTests.form([("helpful", "no"), ("comment", "dr patel said to reset my password, it did not work")])
            ) { #expect($0.status == .seeOther) }
            try await client.execute(
                uri: "/api/v1/feedback", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"article": "reset-password", "helpful": true, "comment": "this worked for me, maria"}"#)
            ) { #expect($0.status == .created) }
        }
        try await searchLog.flush()
        let (texts, words, comments) = try await database.read { db in
            (try String.fetchAll(db, sql: "SELECT text FROM searchDay") + String.fetchAll(db, sql: "SELECT text FROM searchEvent"),
             try String.fetchAll(db, sql: "SELECT words FROM searchEvent"), try String.fetchAll(db, sql: "SELECT comment FROM feedback ORDER BY createdAt"))
        }
        for name in ["maria", "lopez", "jsmithx", "patel"] {
            #expect(!(texts + words + comments).contains { $0.contains(name) }, "the log or a comment keeps \(name)")
        }
        #expect(comments == ["dr [word] said to reset my password, it did not work", "this worked for me, [word]"])
        #expect(texts.contains("this is [word] [word] and i cant sign in"))
        #expect(texts.contains("username [word] is taken"))
        #expect(texts.contains("this is [word] [word] again, the portal says invalid security code"))
        #expect(texts.contains("[word] visit") && !texts.contains { $0.contains("telehealth") }, "one client, however often, keeps telehealth out: \(texts)")
    }

    /// Over a real socket behind a trusted proxy: a word is kept from the fifth client that
    /// searches it, while one client sending a name again and again never gets it kept.
    @Test func aGapIsKeptFromTheFifthClientAndANameSentAgainIsNot() async throws {
        var configuration = ServerConfiguration(adminToken: "t", rateLimit: RateLimit(burst: 1_000, perSecond: 100))
        configuration.trustedProxies = try TrustedProxies(parsing: ["127.0.0.0/8"])
        let searchLog = InMemorySearchLogStore()
        let app = Fixtures.app(try await Fixtures.components(configuration: configuration, searchLog: searchLog, content: try Self.content.get()))
        let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
        try await app.test(.live) { client in
            for _ in 0..<UnknownWordGate.defaultThreshold + 1 {
                try await client.execute(uri: "/api/v1/search?q=this%20is%20maria%20lopez", method: .get, headers: [forwardedFor: "203.0.113.9"]) {
                    #expect($0.status == .ok)
                }
            }
            for address in 1...UnknownWordGate.defaultThreshold {
                try await client.execute(uri: "/api/v1/search?q=telehealth%20visit", method: .get, headers: [forwardedFor: "198.51.100.\(address)"]) {
                    #expect($0.status == .ok)
                }
            }
        }
        let texts = try await searchLog.topTexts(kind: .search, onlyWithoutResults: false, limit: 20)
        #expect(texts.first { $0.text == "this is [word] [word]" }?.count == UnknownWordGate.defaultThreshold + 1)
        #expect(!texts.contains { $0.text.contains("maria") || $0.text.contains("lopez") })
        #expect(texts.first { $0.text == "[word] visit" }?.count == UnknownWordGate.defaultThreshold - 1)
        #expect(texts.first { $0.text == "telehealth visit" }?.count == 1, "the fifth client keeps telehealth: \(texts)")
    }
}
