import Testing
@testable import KnowledgeBase

/// The attribute rule counts a query word in the title; for a phrase ("sign out", a synonym
/// span) all of its words must be there, not one of them (`QueryEvaluator`).
@Suite struct TitleRuleTests {
    static let articles: [Article] = [
        Article(
            id: "messaging-signed-out", title: "You are no longer signed into messaging", category: "messaging",
            aliases: ["signed out of messages", "messaging signed out", "signed out again"],
            sections: [SearchFixtures.section("", "", "Signed out of Messages? You were signed out after a while. "
                                                + "Signed out again? Refresh the page.", level: 0)]),
        Article(
            id: "sign-in-and-sign-out", title: "How do I sign in and sign out?", category: "signing-in",
            sections: [SearchFixtures.section("", "", "Use the menu at the top of the page.", level: 0)]),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: try! SynonymTable(parsing: "sign out, log out")).build(articles))

    @Test(arguments: ["sign out", "log out"])
    func aPhraseCountsInTheTitleOnlyWithAllItsWords(query: String) throws {
        let results = Self.searcher.search(SearchRequest(query: query, explain: true))
        #expect(results.hits.map(\.id.rawValue) == ["sign-in-and-sign-out", "messaging-signed-out"])
        let other = try #require(results.hits.last?.explanation?.description)
        #expect(other.contains("attribute (title) 0"))
    }

    @Test func oneWordStillCountsInTheTitle() throws {
        let results = Self.searcher.search(SearchRequest(query: "messaging", explain: true))
        #expect(results.hits.first?.explanation?.description.contains("attribute (title) 1") == true)
    }
}
