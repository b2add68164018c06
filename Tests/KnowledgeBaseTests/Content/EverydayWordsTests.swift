import Testing
import TestSupport
@testable import KnowledgeBase

/// The everyday words of `Content/synonyms.txt` carry a query in those words to the article that
/// answers it: first with the rules, not first on the same articles with them taken out. They
/// are what patients and office staff call what the articles name (the words at the end of the
/// file, written from the articles), and the ways people say that a value was refused ("won't
/// take", "rejected": the articles write "not accepted"), that something never came ("hasn't
/// shown up", "didn't receive") or that a page won't "show" (the articles write "display").
/// Each case fails if its rules are lost or stop reading the word.
@Suite struct EverydayWordsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var query: String
        /// A phrase of each rule that reads the query's everyday words.
        var rules: [String]
        var article: ArticleID
        var testDescription: String { query }
    }

    static let cases = [
        Case(query: "postpone my visit", rules: ["postpone"], article: "reschedule-appointment"),
        Case(query: "rebook my checkup", rules: ["rebook", "checkup"], article: "reschedule-appointment"),
        Case(query: "heads up before my visit", rules: ["heads up"], article: "appointment-reminder-not-received"),
        Case(query: "upload a picture", rules: ["upload", "picture"], article: "send-secure-message"),
        Case(query: "session expired", rules: ["session expired"], article: "messaging-signed-out"),
        Case(query: "portal won't take my pin", rules: ["not accepted"], article: "invalid-pin-or-security-code"),
        Case(query: "site wont take my phone number", rules: ["not accepted"], article: "phone-number-does-not-match"),
        Case(query: "browser cant show the sign up page", rules: ["show"], article: "internet-explorer-cannot-display-page"),
        Case(query: "i didnt receive the reset link", rules: ["not received"], article: "reset-password"),
        Case(query: "welcome email from the clinic hasn't shown up", rules: ["not received"], article: "missing-registration-email"),
    ]

    static func firstHit(_ query: String, in knowledgeBase: KnowledgeBase) -> ArticleID? {
        knowledgeBase.search(SearchRequest(query: query)).hits.first?.id
    }

    @Test(arguments: cases) func theEverydayWordFindsTheArticle(_ example: Case) throws {
        let content = try ContentFixture.knowledgeBase()
        #expect(Self.firstHit(example.query, in: content) == example.article)
        let without = SynonymTable(rules: content.synonyms.rules.filter { rule in
            !example.rules.contains { rule.phrases.contains($0) }
        })
        #expect(without.rules.count < content.synonyms.rules.count, "no rule of \(example.rules) in Content/synonyms.txt")
        let withoutRules = KnowledgeBase(articles: content.articles, synonyms: without)
        #expect(Self.firstHit(example.query, in: withoutRules) != example.article, "found without the everyday words")
    }
}
