import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import KnowledgeBase
import Testing

@testable import kbserve

/// A word no article writes reaches the search log only once enough searches have used it:
/// a lowercase name, a username or a password typed bare is kept as `[word]`, a content gap
/// many people search for is kept as typed.
@Suite struct UnknownWordGateTests {
    static let content = Result { try PrivacyHarness.realContent() }

    static func logged(_ text: String, in language: Language = .original) throws -> LoggedText {
        try content.get().loggedText(text, in: language)
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
        // The redactor's placeholders are not words a person typed.
        #expect(!searcher.analyzeWords("[secret]").allSatisfy(searcher.knows), "no article writes 'secret'")
        #expect(try Self.logged("my password is [secret]").unknownWords.isEmpty)
    }

    /// One reading of the text gives its unknown words and the words content gaps are grouped by.
    @Test func theLoggedWordsAreTheSearchEventsWords() throws {
        let searcher = try Self.content.get().original.knowledgeBase.searcher
        for text in ["this is maria lopez and i cant sign in", "the e-mail didn't come", "Reset passwords", "code [number] for [email]", "olvidé mi contraseña"] {
            #expect(try Self.logged(text).words == SearchEvent.words(of: text, by: searcher), "\(text)")
        }
    }

    @Test func aWordIsWithheldUntilItsThresholdthSearch() throws {
        let gate = UnknownWordGate(threshold: 3)
        let logged = try Self.logged("this is maria lopez and i cant sign in")
        #expect(gate.kept(logged) == "this is [word] [word] and i cant sign in")
        #expect(gate.kept(try Self.logged("maria here")) == "[word] here", "a second search with maria")
        #expect(gate.kept(logged) == "this is maria [word] and i cant sign in", "maria's third search, lopez's second")
        #expect(gate.kept(logged) == "this is maria lopez and i cant sign in")
        #expect(gate.kept(try Self.logged("forgot my password")) == "forgot my password")
    }

    @Test func aSearchCountsEachWordOnceHoweverOftenItRepeatsIt() throws {
        let gate = UnknownWordGate(threshold: 2)
        #expect(gate.kept(try Self.logged("jsmithx jsmithx jsmithx")) == "[word] [word] [word]")
        #expect(gate.kept(try Self.logged("jsmithx")) == "jsmithx")
    }

    @Test func aThresholdOfOneKeepsEveryWord() throws {
        #expect(UnknownWordGate(threshold: 1).kept(try Self.logged("username jsmithx is taken")) == "username jsmithx is taken")
    }

    @Test func whenFullTheGateForgetsTheWordsBelowTheThreshold() throws {
        let gate = UnknownWordGate(threshold: 2, capacity: 3)
        _ = gate.kept(try Self.logged("zzqx"))
        #expect(gate.kept(try Self.logged("zzqx")) == "zzqx", "zzqx reached the threshold")
        _ = gate.kept(try Self.logged("wqvv"))
        _ = gate.kept(try Self.logged("qqqq jjjj"))  // 4 words: wqvv, below the threshold, is forgotten
        #expect(gate.kept(try Self.logged("wqvv")) == "[word]", "wqvv starts again")
        #expect(gate.kept(try Self.logged("zzqx")) == "zzqx", "a word at the threshold is kept")
    }

    /// Through every way a text reaches the log: the search page, the API, the troubleshooter.
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
        }
        try await searchLog.flush()
        let (texts, words) = try await database.read { db in
            (try String.fetchAll(db, sql: "SELECT text FROM searchDay") + String.fetchAll(db, sql: "SELECT text FROM searchEvent"),
             try String.fetchAll(db, sql: "SELECT words FROM searchEvent"))
        }
        for name in ["maria", "lopez", "jsmithx"] {
            #expect(!(texts + words).contains { $0.contains(name) }, "the log keeps \(name)")
        }
        #expect(texts.contains("this is [word] [word] and i cant sign in"))
        #expect(texts.contains("username [word] is taken"))
        #expect(texts.contains("this is [word] [word] again, the portal says invalid security code"))
        #expect(texts.contains("[word] visit") && texts.contains("telehealth visit"), "the fifth search keeps telehealth: \(texts)")
    }
}
