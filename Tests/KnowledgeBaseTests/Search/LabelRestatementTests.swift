import Testing
@testable import KnowledgeBase
import TestSupport

/// A label that says what the query says with a synonym of one rule, or in the other person
/// ("do i have to register" and "Do you have to sign up?"), ranks as a label that is exactly
/// the query (`LabelPhrases.restatement`, the exactness rule of `RankingKey`).
@Suite struct LabelRestatementTests {
    // Both articles hold "register"; only the second has a label that is the question.
    static let articles: [Article] = [
        SearchFixtures.article("phone-mismatch", "Phone number error when registering", category: "registration",
                               text: "Register with the phone number the office has. Registering fails when it differs."),
        Article(id: "invitation", title: "An invitation you did not ask for", category: "registration",
                sections: [SearchFixtures.section("Do you have to sign up?", "do-you-have-to-sign-up",
                                                  "No. You can register later, or never.")]),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))

    static func ids(_ query: String) -> [String] {
        searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }

    @Test func aLabelSayingTheQueryInOtherWordsRanksFirst() throws {
        #expect(Self.ids("do i have to register").first == "invitation")
        // The same words as typed: the label is the query.
        #expect(Self.ids("do you have to sign up").first == "invitation")
        let results = Self.searcher.search(SearchRequest(query: "do i have to register", explain: true))
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains("(a label is the query, as typed or restated)") == true)
        #expect(first.anchor == "do-you-have-to-sign-up")
    }

    @Test func otherWordsOrAnotherSynonymAreNoRestatement() {
        // "why" asks another question: the title rule decides.
        #expect(Self.ids("why do i have to register").first == "phone-mismatch")
        // "sign in" is another rule than "sign up".
        let parser = Self.searcher.parser
        #expect(parser.parse("do i have to sign in").restatedWords != parser.parse("do i have to register").restatedWords)
    }

    @Test func thePersonAndTheSynonymsAreReadTheSameWayInLabelsAndQueries() {
        let parser = Self.searcher.parser
        let asked = parser.parse("do i have to register").restatedWords
        #expect(!asked.isEmpty)
        #expect(parser.parse("do you have to enroll").restatedWords == asked)
        #expect(parser.parse("Do I have to sign-up?").restatedWords == asked)
        // Quoted text is compared as typed only; one word is no label question.
        #expect(parser.parse("\"do i have to register\"").restatedWords.isEmpty)
        #expect(parser.parse("register").restatedWords.isEmpty)
    }

    /// On the help center's own articles: a stop word written beside a synonym phrase is part
    /// of how it is written ("cant sign in" is "cant login").
    @Test func theHelpCentersLabelsAreRestated() throws {
        let kb = try ContentFixture.knowledgeBase()
        let index = kb.searcher.index
        let trouble = try #require(index.articles.firstIndex { $0.id == "trouble-logging-in" })
        let restated = index.labels.documents(restating: kb.searcher.parser.parse("cant login").restatedWords)
        #expect(restated.contains(Int32(trouble)))
        let secure = try #require(index.articles.firstIndex { $0.id == "send-secure-message" })
        #expect(index.labels.documents(restating: kb.searcher.parser.parse("msg my doctor").restatedWords).contains(Int32(secure)))
    }
}
