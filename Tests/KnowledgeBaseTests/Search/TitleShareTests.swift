import Testing
@testable import KnowledgeBase

/// A question's or pasted text's score carries the share of its words in the
/// article's title (`RankingParameters.titleFactor`): BM25F saturates the fields' frequencies
/// together, so an article that mentions a word in passing scored almost as high as the
/// article whose title is about it.
@Suite struct TitleShareTests {
    static let articles: [Article] = [
        SearchFixtures.article("book-appointment-online", "How do I book an appointment online?", category: "appointments",
                               text: "Pick a time on the office page. Changing later: you can cancel or move the visit "
                                   + "from the Appointments page. To cancel, open the visit and cancel it. "
                                   + "Reminders come one week before the visit."),
        SearchFixtures.article("cancel-appointment", "How do I cancel an appointment?", category: "appointments",
                               text: "Open the Appointments page and choose the visit. The office confirms the request. "
                                   + "Until then you are still expected to come."),
        SearchFixtures.article("sign-out", "How do I sign out?", category: "signing-in",
                               text: "Use the menu at the top right to sign out."),
    ]

    static func searcher(titleShareBoost: Double) -> Searcher {
        SearchFixtures.searcher(articles) { $0.titleShareBoost = titleShareBoost }
    }

    static let question = "i need to cancel my appointment next week"

    @Test func theArticleWhoseTitleHasTheWordsRanksAboveOneThatMentionsThem() {
        // Without the factor, "cancel" three times in the booking article's text scores about
        // as much as in the cancel article's title, and "week" decides.
        let plain = Self.searcher(titleShareBoost: 0).search(SearchRequest(query: Self.question))
        #expect(plain.hits.first?.id == "book-appointment-online")
        let results = Self.searcher(titleShareBoost: RankingParameters.standard.titleShareBoost).search(SearchRequest(query: Self.question))
        #expect(results.hits.first?.id == "cancel-appointment")
    }

    @Test func aKeywordQueryKeepsItsTitleRuleAndNoFactor() throws {
        let searcher = Self.searcher(titleShareBoost: RankingParameters.standard.titleShareBoost)
        let hit = try #require(searcher.search(SearchRequest(query: "cancel", explain: true)).hits.first)
        let explanation = try #require(hit.explanation)
        #expect(explanation.description.contains("attribute (title) 1"))
        #expect(!explanation.formatted().contains("clauses in the title"))
    }

    /// `MatchCounts` packs its counts in 12 bits each: a query of `QueryParser.maxWords` words,
    /// every one in the title, counts them all without spilling into the next count.
    @Test func theLongestQueryCountsEveryWordInTheTitle() throws {
        let words = (0..<QueryParser.maxWords).map { number in
            "qx" + String(number, radix: 26).map { String(UnicodeScalar(UInt8(ascii: "a") + UInt8(String($0), radix: 26)!)) }.joined()
        }
        let article = SearchFixtures.article("long-title", words.joined(separator: " "), category: "getting-help", text: "Nothing else.")
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build([article, Self.articles[2]]))
        let hit = try #require(searcher.search(SearchRequest(query: words.joined(separator: " "), explain: true)).hits.first)
        let lines = try #require(hit.explanation).formatted()
        #expect(lines.contains("title: 1 + 0.5 × \(words.count) of \(words.count) clauses in the title"))
        #expect(lines.contains("coordination (\(words.count) of \(words.count) clauses)"))
    }

    @Test func theExplanationShowsTheFactorItScoresWith() throws {
        let searcher = Self.searcher(titleShareBoost: RankingParameters.standard.titleShareBoost)
        for hit in searcher.search(SearchRequest(query: Self.question, explain: true)).hits {
            let explanation = try #require(hit.explanation)
            #expect(abs(explanation.value - hit.score) <= 1e-4 * max(1, hit.score))
            let score = try #require(explanation.details.first)
            #expect(score.description == "score = sum × coordination × title")
            let product = score.details.dropFirst().reduce(score.details[0].value) { $0 * $1.value }
            #expect(abs(product - explanation.value) <= 1e-4 * max(1, explanation.value))
            let title = try #require(score.details.last)
            let expected = hit.id == "cancel-appointment" ? 2 : hit.id == "book-appointment-online" ? 1 : 0
            #expect(title.description.hasPrefix("title: 1 + 0.5 × \(expected) of"))
        }
    }
}
