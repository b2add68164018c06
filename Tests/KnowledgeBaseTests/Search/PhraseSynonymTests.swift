import Testing
@testable import KnowledgeBase

/// The phrase rule reads an unquoted query also with a synonym in place of the words it
/// stands for, as a phrase query does over Lucene's synonym graph: "cant login" is held by
/// the alias "cant sign in" (`QueryParser.phrase`).
@Suite struct PhraseSynonymTests {
    static let articles: [Article] = [
        // Says "login" more often, but never "can't login" or "can't sign in" in a label.
        Article(id: "login-page", title: "Login help", category: "signing-in", aliases: ["login page", "login button", "cant find the login page", "cant see the login button"],
                sections: [SearchFixtures.section("", "", "The login page. You can't miss the login button. "
                                                    + "The login form asks for your login name. Login here.", level: 0)]),
        Article(id: "trouble-signing-in", title: "Login trouble", category: "signing-in",
                aliases: ["cant sign in"],
                sections: [SearchFixtures.section("", "", "Check your password.", level: 0)]),
    ] + ["billing", "browsers", "reminders", "records"].map { topic in
        Article(id: ArticleID(rawValue: topic), title: "About \(topic)", category: "getting-help",
                sections: [SearchFixtures.section("", "", "What to know about \(topic).", level: 0)])
    }
    static let searcher = Searcher(index: IndexBuilder(synonyms: try! SynonymTable(parsing: "sign in, login")).build(articles))

    @Test func aSynonymInAPhraseFindsTheLabelThatSaysItTheOtherWay() throws {
        let results = Self.searcher.search(SearchRequest(query: "cant login", explain: true))
        #expect(results.hits.map(\.id.rawValue) == ["trouble-signing-in", "login-page"])
        let first = try #require(results.hits.first?.explanation?.description)
        #expect(first.contains("proximity (phrase) 1"))
        // The other article scores more; only the phrase rule puts it second.
        #expect(results.hits[1].score > results.hits[0].score)
    }

    @Test func quotedWordsAreReadOnlyAsTyped() throws {
        let results = Self.searcher.search(SearchRequest(query: "\"cant login\"", explain: true))
        let labelled = try #require(results.hits.first { $0.id == "trouble-signing-in" }?.explanation?.description)
        #expect(labelled.contains("proximity (phrase) 0"))
    }
}
