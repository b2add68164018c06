import Testing
@testable import KnowledgeBase

/// BM25F's fields: where a match is found matters, and the index keeps per-field statistics.
@Suite struct FieldWeightingTests {
    static let message = "Your session has expired. Please sign in again to continue."

    static let articles: [Article] = [
        Article(id: "mentions-it", title: "Troubleshooting tips",
                sections: [Section(heading: "", level: 0, anchor: "", text: "Sometimes you see: \(message) It happens.", html: "")]),
        Article(id: "owns-it", title: "Session expired",
                errors: [ErrorMessage(id: "session-expired", message: message)],
                sections: [Section(heading: "", level: 0, anchor: "", text: "Sign in again.", html: "")]),
        Article(id: "unrelated", title: "Update your address",
                sections: [Section(heading: "Address", level: 2, anchor: "address", text: "Change your street address.", html: "")]),
    ]

    static let index = IndexBuilder(synonyms: SynonymTable()).build(articles)

    @Test func theArticleOwningAnErrorMessageBeatsOneQuotingIt() {
        let hits = Searcher(index: Self.index).search(SearchRequest(query: Self.message)).hits.map(\.id)
        #expect(hits.first == "owns-it")
        #expect(hits.contains("mentions-it"))
    }

    @Test func titleMatchesWeighMoreThanBodyMatches() {
        let hits = Searcher(index: Self.index).search(SearchRequest(query: "troubleshooting")).hits
        #expect(hits.map(\.id) == ["mentions-it"])
        let title = Searcher(index: Self.index).search(SearchRequest(query: "session")).hits.map(\.id)
        #expect(title.first == "owns-it")
    }

    @Test func collectionStatisticsCountEveryField() {
        let statistics = Self.index.statistics
        #expect(statistics.documentCount == 3)
        #expect(statistics.averageFieldLength[IndexField.errors.rawValue] > 0)
        #expect(statistics.averageFieldLength[IndexField.headings.rawValue] > 0)
        #expect(statistics.idf(documentFrequency: 1) > statistics.idf(documentFrequency: 3))
        #expect(statistics.idf(documentFrequency: 3) > 0)
    }

    @Test func anEmptyIndexAnswersNothing() {
        let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build([]))
        let results = searcher.search(SearchRequest(query: "anything at all"))
        #expect(results.total == 0 && results.hits.isEmpty)
        #expect(searcher.suggest(prefix: "any").isEmpty)
    }
}
