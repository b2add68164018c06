import Testing
@testable import KnowledgeBase

/// A query word is common when more than half the articles hold it: it counts towards
/// coverage but never makes a match alone (`MatchPolicy`). A clause of several words (a
/// synonym phrase, "call the office") matches only where its words stand together, so it is
/// as common as the articles that hold the phrase, not as common as its words one by one.
@Suite struct CommonPhraseTests {
    /// Eight articles: "call" and "office" are each in six of them, side by side in one.
    static let articles: [Article] = [
        SearchFixtures.article("call-the-office", "Reach the front desk", category: "getting-help",
                               text: "Call the office during opening hours. The office can call you back."),
        SearchFixtures.article("phone-hours", "Phone hours", category: "getting-help",
                               text: "The office answers the phone in the morning. Call before noon."),
        SearchFixtures.article("new-phone", "A new phone number", category: "your-account",
                               text: "Tell the office your new number. We call it to check it."),
        SearchFixtures.article("missed-call", "A missed call", category: "getting-help",
                               text: "If you miss a call, listen to the message the office left."),
        SearchFixtures.article("visit-times", "Visit times", category: "appointments",
                               text: "The office sets the visit times. Call to ask for another time."),
        SearchFixtures.article("office-closed", "Closed office", category: "getting-help",
                               text: "On holidays the office is closed. Call again the next day."),
        SearchFixtures.article("reset-password", "Reset your password", category: "signing-in",
                               text: "Use the Forgot password link on the sign-in page."),
        SearchFixtures.article("clear-cache", "Clear your browser's cache", category: "browser-and-device",
                               text: "Open the settings of your browser and delete the cached files."),
    ]

    static let searcher = Searcher(index: IndexBuilder(synonyms: try! SynonymTable(parsing: "call the office => phone")).build(articles))

    @Test func aPhraseOfCommonWordsIsAsCommonAsThePhrase() throws {
        let parser = Self.searcher.parser
        // Each word alone is common: six of the eight articles hold it.
        #expect(parser.parse("call").clauses.allSatisfy { $0.isCommon })
        #expect(parser.parse("office").clauses.allSatisfy { $0.isCommon })
        // Together they are one clause, held as a phrase by one article: a word that can make a match.
        let phrase = parser.parse("call the office")
        let clause = try #require(phrase.clauses.first)
        #expect(phrase.clauses.count == 1 && clause.text == "call office")
        #expect(!clause.isCommon)
        #expect(MatchPolicy(query: phrase, ranking: Self.searcher.ranking).meaningfulClauses == 1)
    }

    /// A phrase no article holds (its words are never side by side) is in no article: not
    /// common, though each of its words is.
    @Test func aPhraseNoArticleHoldsIsNotCommon() throws {
        let texts = ["Open the link, then reset your password.", "The link expired. Ask for a reset.",
                     "Reset the browser. Then open the link again.", "A link in the email lets you reset it.",
                     "Copy the link. A reset comes by email.", "Reset your phone and tap the link."]
        let articles = texts.enumerated().map { number, text in
            SearchFixtures.article(ArticleID(rawValue: "article-\(number)"), "Article \(number)", category: "signing-in", text: text)
        } + Self.articles.suffix(2)
        let parser = Searcher(index: IndexBuilder(synonyms: try SynonymTable(parsing: "reset link => token")).build(articles)).parser
        #expect(parser.parse("link").clauses.allSatisfy { $0.isCommon })
        #expect(parser.parse("reset").clauses.allSatisfy { $0.isCommon })
        let clause = try #require(parser.parse("reset link").clauses.first)
        #expect(clause.text == "reset link")
        #expect(!clause.isCommon)
    }

    /// A word that is two words typed together ("calloffice") is scored with the statistics of
    /// the pair as a phrase (the blended document frequency of its alternatives), not with those
    /// of its commonest word: the phrase is in one article, "call" in six.
    @Test func wordsTypedTogetherWeighAsTheirPhrase() throws {
        let query = Self.searcher.parser.parse("calloffice")
        let clause = try #require(query.clauses.first)
        #expect(clause.alternatives.contains { $0.kind == .splitWords })
        let statistics = Self.searcher.index.statistics
        #expect(abs(Double(clause.referenceIDF) - statistics.idf(documentFrequency: 1)) < 1e-5)
        #expect(Double(clause.referenceIDF) > 2 * statistics.idf(documentFrequency: 6))
    }

    /// With a meaningful clause, the article that holds the phrase as typed ranks first by the
    /// words-as-typed rule, before those found only through the rule's other word.
    @Test func theArticleWithThePhraseRanksFirst() throws {
        let results = Self.searcher.search(SearchRequest(query: "call the office"))
        #expect(try #require(results.hits.first).id == "call-the-office")
    }
}
