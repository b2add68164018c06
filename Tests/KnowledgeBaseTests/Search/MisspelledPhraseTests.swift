import Testing
@testable import KnowledgeBase

/// A misspelled word stands for its closest correction in the phrase rule and in proximity
/// (`QueryParser`): "forgot pasword" is the phrase "forgot password".
@Suite struct MisspelledPhraseTests {
    static let articles: [Article] = [
        Article(
            id: "forgot-username", title: "Forgot username? Forgot it all?", category: "signing-in",
            aliases: ["forgot my username", "forgot user name"],
            sections: [SearchFixtures.section("", "", "If you forgot your username, tap Forgot username. "
                                                + "If you forgot your password too, reset the password after.", level: 0)]),
        Article(
            id: "reset-password", title: "Reset your password", category: "signing-in",
            aliases: ["forgot password", "new password"],
            sections: [SearchFixtures.section("", "", "Tap the link on the sign in page and choose a new password.", level: 0)]),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))

    @Test func aMisspelledWordStillMakesThePhrase() throws {
        let typed = searcher(query: "forgot password")
        let misspelled = searcher(query: "forgot pasword")
        #expect(typed.first == "reset-password")
        #expect(misspelled.first == "reset-password")
    }

    @Test func theCorrectionDoesNotReplaceTheWordInTheText() throws {
        // The phrase counts the correction; "did you mean" still offers it, and the query stays as typed.
        let results = Self.searcher.search(SearchRequest(query: "forgot pasword"))
        #expect(results.suggestion == "forgot password")
        #expect(results.query == "forgot pasword")
    }

    @Test func aCallerThatShowsOnlyHitsCanLeaveOutTheSuggestion() {
        let full = Self.searcher.search(SearchRequest(query: "forgot pasword"))
        let hitsOnly = Self.searcher.search(SearchRequest(query: "forgot pasword", suggestsSpelling: false))
        #expect(full.suggestion != nil && hitsOnly.suggestion == nil)
        #expect(full.hits.map(\.id) == hitsOnly.hits.map(\.id) && full.total == hitsOnly.total)
    }

    private func searcher(query: String) -> [String] {
        Self.searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }
}
