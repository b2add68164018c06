import Testing
@testable import KnowledgeBase

/// How many of a query's words an article must cover to match (`MatchPolicy`): the article is
/// then counted in `total`, listed as a result rather than as related, and may be a confident answer.
@Suite struct MatchPolicyTests {
    static let articles: [Article] = [
        SearchFixtures.article("clear-cache", "Clear your browser's cache", category: "browser-and-device",
                               text: "Open the settings of your browser and delete the cached files."),
        SearchFixtures.article("reset-password", "Reset your password", category: "signing-in",
                               text: "Use the Forgot password link. The reset email can take a few minutes."),
        SearchFixtures.article("phone-number", "Phone number does not match", category: "registration",
                               text: "The mobile number must be the one your practice has on file."),
    ]

    static let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))

    /// Elasticsearch's "3<75%": all of up to three words, then 75% rounded down (50% of a pasted text).
    @Test(arguments: [(1, 1), (2, 2), (3, 3), (4, 3), (5, 3), (6, 4), (7, 5), (8, 6), (12, 9)])
    func typedQueriesNeedThreeQuartersRoundedDown(words: Int, required: Int) {
        #expect(MatchPolicy.required(of: words, share: RankingParameters.standard.minimumShouldMatch) == required)
    }

    @Test(arguments: [(3, 3), (4, 2), (5, 2), (6, 3), (40, 20)])
    func pastedTextNeedsHalfRoundedDown(words: Int, required: Int) {
        #expect(MatchPolicy.required(of: words, share: RankingParameters.standard.pastedMinimumShouldMatch) == required)
    }

    /// Five words asked about, three of them in the cache article: it answers the question
    /// (with the share rounded up, four were needed, and it was only "related").
    @Test func threeOfFiveWordsMatch() throws {
        let query = Self.searcher.parser.parse("clear cache in browser after password reset")
        #expect(query.clauses.count == 5 && query.clauses.allSatisfy { !$0.isIncidental })
        let results = Self.searcher.search(SearchRequest(query: "clear cache in browser after password reset"))
        let first = try #require(results.hits.first)
        #expect(first.id == "clear-cache" && !first.partial)
        // The password article has two of the five words: related, not a match.
        #expect(results.hits.contains { $0.id == "reset-password" && $0.partial })
        #expect(results.total == 1)
    }

    /// Up to three words, every one must be covered.
    @Test func threeWordsNeedAllThree() {
        let results = Self.searcher.search(SearchRequest(query: "clear cache password"))
        #expect(results.total == 0)
        #expect(!results.confident)
    }
}
