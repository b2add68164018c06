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

    /// What `gate` lets the log keep of `text`, searched once more.
    static func kept(_ text: String, by gate: UnknownWordGate) throws -> String {
        let logged = try logged(text)
        return logged.keeping(allBut: gate.withheld(logged)).text
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

    @Test func aWordIsWithheldUntilTheSearchThatReachesTheThreshold() throws {
        let gate = UnknownWordGate(threshold: 3)
        let text = "this is maria lopez and i cant sign in"
        #expect(try Self.kept(text, by: gate) == "this is [word] [word] and i cant sign in")
        #expect(try Self.kept("maria here", by: gate) == "[word] here", "a second search with maria")
        #expect(try Self.kept(text, by: gate) == "this is maria [word] and i cant sign in", "maria's third search, lopez's second")
        #expect(try Self.kept(text, by: gate) == text)
        #expect(try Self.kept("forgot my password", by: gate) == "forgot my password")
    }

    @Test func aSearchCountsEachWordOnceHoweverOftenItRepeatsIt() throws {
        let gate = UnknownWordGate(threshold: 2)
        #expect(try Self.kept("jsmithx jsmithx jsmithx", by: gate) == "[word] [word] [word]")
        #expect(try Self.kept("jsmithx", by: gate) == "jsmithx")
    }

    @Test func aThresholdOfOneKeepsEveryWord() throws {
        #expect(try Self.kept("username jsmithx is taken", by: UnknownWordGate(threshold: 1)) == "username jsmithx is taken")
    }

    @Test func whenFullTheGateForgetsTheWordsBelowTheThreshold() throws {
        let gate = UnknownWordGate(threshold: 2, capacity: 4)
        _ = try Self.kept("zzqx", by: gate)
        #expect(try Self.kept("zzqx", by: gate) == "zzqx", "zzqx reached the threshold")
        _ = try Self.kept("wqvv", by: gate)
        _ = try Self.kept("qqqq jjjj", by: gate)  // 4 words: full
        #expect(try Self.kept("kkkk", by: gate) == "[word]")  // a fifth: the words below the threshold are forgotten
        #expect(try Self.kept("wqvv", by: gate) == "[word]", "wqvv, below the threshold, was forgotten and starts again")
        #expect(try Self.kept("zzqx", by: gate) == "zzqx", "a word at the threshold is kept")
    }

    @Test func whenTheWordsAtTheThresholdFillMoreThanHalfEveryWordIsForgotten() throws {
        let gate = UnknownWordGate(threshold: 2, capacity: 6)
        for _ in 0..<2 { _ = try Self.kept("zzqx wqvv qqqq pppp", by: gate) }
        #expect(try Self.kept("zzqx", by: gate) == "zzqx", "a word already counted takes no more room")
        #expect(try Self.kept("jjjj", by: gate) == "[word]")
        #expect(try Self.kept("kkkk llll", by: gate) == "[word] [word]")  // 7 words: 4 of them at the threshold
        #expect(try Self.kept("zzqx", by: gate) == "[word]", "zzqx starts again")
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
        #expect(texts.contains("[word] visit") && texts.contains("telehealth visit"), "the fifth search keeps telehealth: \(texts)")
    }
}
