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

    /// For a keyword query, its words side by side in a label (title, alias, error message or
    /// heading) rank above more of its words scattered in another article's title (Meilisearch's
    /// proximity before attribute); a label that is exactly the query ranks first of all.
    @Test func aPhraseInALabelRanksAboveMoreTitleWords() throws {
        func article(_ id: ArticleID, _ title: String, heading: String, _ text: String) -> Article {
            Article(id: id, title: title, category: "signing-in",
                    sections: [SearchFixtures.section("", "", "About this. " + text, level: 0),
                               SearchFixtures.section(heading, "more", text)])
        }
        // "error" and "code" both in the title, apart.
        let pin = article("invalid-pin-or-security-code", "Invalid PIN or security code error message", heading: "Why it happens",
                          "The code you typed is not the one we sent.")
        // "error" in the title, "error codes" side by side in a heading.
        let login = article("login-error-messages", "Potential login error messages", heading: "Error codes and what they mean",
                            "Each message tells you what went wrong.")
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build([pin, login]))
        let results = searcher.search(SearchRequest(query: "error codes", explain: true))
        #expect(results.hits.map(\.id.rawValue) == ["login-error-messages", "invalid-pin-or-security-code"])
        let second = try #require(results.hits.last?.explanation?.description)
        #expect(second.contains("attribute (title) 2"), "the title rule, after the phrase rule, still counts both words")

        let labelled = article("error-help", "Sign-in help", heading: "Error codes", "What each code means.")
        let withLabel = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build([pin, login, labelled]))
        #expect(withLabel.search(SearchRequest(query: "error codes")).hits.first?.id == "error-help")
    }
}
