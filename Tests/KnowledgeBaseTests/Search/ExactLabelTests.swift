import Testing
@testable import KnowledgeBase
import TestSupport

/// An article with a label (title, alias, error message or heading) that is exactly the
/// query as typed, stop words included, ranks first in the phrase rule (`RankingKey`,
/// `LabelPhrases`).
@Suite struct ExactLabelTests {
    static let articles: [Article] = [
        // Names the product many times, in its title too, but no label is the question.
        SearchFixtures.article("connect-apps", "Connect Patient Fusion to another app", category: "your-account",
                               text: "Patient Fusion can share your records. Patient Fusion asks first. "
                                   + "Patient Fusion keeps a list of connected apps."),
        Article(
            id: "how-it-works", title: "How the portal works", category: "getting-started",
            sections: [SearchFixtures.section("What is Patient Fusion?", "what-is-patient-fusion",
                                              "A secure website for your health records.")]),
        SearchFixtures.article("messaging-signed-out", "Signed out when I open Messaging", category: "signing-in",
                               text: "Signed out again? Sign out fully and sign in again to fix it."),
        SearchFixtures.article("sign-in-and-out", "Sign in and out", category: "signing-in", aliases: ["sign out"],
                               text: "Use the menu to leave the portal."),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))

    @Test func aHeadingThatIsTheQuestionRanksFirst() {
        #expect(ids("what is patient fusion").first == "how-it-works")
        #expect(ids("What is Patient Fusion?").first == "how-it-works")
    }

    @Test func theLabelMustBeTheWholeQueryInTheWordsTyped() {
        // "signed out" is not "sign out": the stemmed phrase rule still finds both articles.
        #expect(ids("sign out").first == "sign-in-and-out")
        #expect(ids("signed out").first == "messaging-signed-out")
        // Part of the heading is no exact label: the plain ranking decides.
        let part = Self.searcher.search(SearchRequest(query: "patient fusion", explain: true))
        #expect(part.hits.allSatisfy { !($0.explanation?.description.contains("(a label is the query, as typed or restated)") ?? false) })
    }

    @Test func theExplanationSaysWhyItRanksFirst() throws {
        let results = Self.searcher.search(SearchRequest(query: "what is patient fusion", explain: true))
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains("proximity (phrase) 3 (a label is the query, as typed or restated)") == true)
    }

    /// A tips article that says `tips` (the query's words, often) in its body, and a
    /// requirements article whose one section has the heading `heading`: a label, and little else.
    static func browserArticles(tips: String, heading: String, anchor: String) -> Searcher {
        let articles = [
            Article(id: "browser-tips", title: "Tips", category: "browser-and-device",
                    sections: [SearchFixtures.section("", "", tips, level: 0)]),
            Article(id: "system-requirements", title: "System requirements", category: "browser-and-device",
                    sections: [SearchFixtures.section(heading, anchor, "Use a current version of one of these.")]),
        ]
        return Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))
    }

    /// A label with exactly the query's words, in another order or with other stop words,
    /// ranks above an article that only says them often, and above more of them in a title.
    @Test func aLabelWithTheQuerysWordsInAnyOrderRanksFirst() throws {
        let searcher = Self.browserArticles(tips: "Browsers are supported. Supported browsers update. Browsers browsers supported.",
                                            heading: "Supported browsers", anchor: "supported-browsers")
        let results = searcher.search(SearchRequest(query: "which browsers are supported", explain: true))
        #expect(results.hits.map(\.id.rawValue) == ["system-requirements", "browser-tips"])
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains("proximity (phrase) 2 (a label has exactly the query's words, or says them with synonyms)") == true)
        #expect(first.anchor == "supported-browsers")
        // Without the label's words the body decides: more of them, said more often.
        #expect(searcher.search(SearchRequest(query: "browsers update")).hits.first?.id == "browser-tips")
        #expect(searcher.parser.parse("\"which browsers are supported\"").typedWordSet.isEmpty)
        // One word is a set too, and its stop words are left out of it as they are of two.
        #expect(searcher.parser.parse("browsers").typedWordSet.count == 1)
        #expect(searcher.parser.parse("which browsers").typedWordSet == searcher.parser.parse("browsers").typedWordSet)
    }

    /// A label of exactly the query's one word, with any stop words ("browsers" and the
    /// heading "Which browsers?"), ranks with the labels of exactly the query's words, as
    /// two words do: a one-word query is no exception to the rule.
    @Test func aLabelOfTheQuerysOneWordRanksWithTheWordSetRule() throws {
        let searcher = Self.browserArticles(tips: "Browsers differ. Browsers update. Browsers keep pages.",
                                            heading: "Which browsers?", anchor: "which-browsers")
        let results = searcher.search(SearchRequest(query: "browsers", explain: true))
        #expect(results.hits.map(\.id.rawValue) == ["system-requirements", "browser-tips"])
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains(PhraseLevel.labelWords.reason) == true)
        // A word the label does not have is another set: the body decides.
        #expect(searcher.search(SearchRequest(query: "browsers differ")).hits.first?.id == "browser-tips")
    }

    /// The how-to query "where do i log in" says what the sign-in article's heading "How to
    /// sign in" says, with a synonym ("log in, sign in"): one thing, so the heading ranks that
    /// article above the trouble-signing-in one, whose title has the same words but more.
    @Test func aHeadingThatSaysTheQuerysOneThingWithASynonymRanksItsArticleFirst() throws {
        let kb = try ContentFixture.knowledgeBase()
        let results = kb.search(SearchRequest(query: "where do i log in", explain: true))
        let first = try #require(results.hits.first)
        #expect(first.id == "sign-in-and-sign-out")
        #expect(first.anchor == "how-to-sign-in")
        #expect(first.explanation?.description.contains(PhraseLevel.labelWords.reason) == true)
    }

    /// A misspelled word counts as its closest correction in the label rules, as it does in
    /// the phrase rule: a typo does not cost the article whose label the query is.
    @Test func aMisspelledWordCountsAsItsCorrectionInTheLabelRules() throws {
        #expect(ids("what is patiant fusion").first == "how-it-works")
        #expect(ids("what is patient fuson").first == "how-it-works")
        let parser = Self.searcher.parser
        #expect(parser.parse("what is patiant fusion").typedWords == parser.parse("what is patient fusion").typedWords)
        #expect(!parser.parse("patient fusion").typedWordSet.isEmpty)
        #expect(parser.parse("patiant fusion").typedWordSet == parser.parse("patient fusion").typedWordSet)
        // A word with no correction still leaves no label to compare.
        #expect(parser.parse("what is qzxv fusion").typedWords.isEmpty)
        let results = Self.searcher.search(SearchRequest(query: "what is patiant fusion", explain: true))
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains("(a label is the query, as typed or restated)") == true)
    }

    @Test func quotedAndPastedTextIsNotComparedWithLabels() {
        let parser = Self.searcher.parser
        #expect(parser.parse("\"what is patient fusion\"").typedWords.isEmpty)
        #expect(parser.parse("what").typedWords.isEmpty)
        #expect(!parser.parse("what is patient fusion").typedWords.isEmpty)
    }

    private func ids(_ query: String) -> [String] {
        Self.searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }
}
