import Testing
@testable import KnowledgeBase

/// The question word a query opens with ("how", "what", "cómo"…) counts as a word matched in
/// the title of an article that asks the same question (`QuestionWord`,
/// `QueryEvaluator.questionScore`).
@Suite struct QuestionWordTests {
    static let articles: [Article] = [
        Article(
            id: "update-contact-information", title: "How do I change the number of my phone?", category: "your-account",
            sections: [SearchFixtures.section("", "", "Your phone number is in Settings. Change the number and save.", level: 0)]),
        Article(
            id: "wrong-phone-number", title: "The office number is wrong after a phone change", category: "getting-help",
            aliases: ["office phone number wrong", "phone number out of date"],
            sections: [SearchFixtures.section("", "", "If the phone number of your office changed, call the main phone number. "
                                                + "The office can change the number it shows.", level: 0)]),
        Article(
            id: "kites", title: "Why do kites fly?", category: "getting-help",
            sections: [SearchFixtures.section("", "", "Wind lifts them.", level: 0)]),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: .builtIn).build(articles))

    static func ids(_ query: String) -> [String] {
        searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }

    @Test func aHowQuestionPrefersTheArticleThatTellsHow() {
        // Without the question word, the article that says "phone number" most comes first…
        #expect(Self.ids("change phone number").first == "wrong-phone-number")
        // …asked as a question, the article whose title asks the same question does.
        #expect(Self.ids("how do i change my phone number").first == "update-contact-information")
        #expect(Self.ids("How can I change my phone number?").first == "update-contact-information")
    }

    @Test func theQuestionWordNeverMatchesAlone() {
        let results = Self.searcher.search(SearchRequest(query: "why do zebras run"))
        #expect(results.total == 0)
        #expect(!results.hits.contains { $0.id.rawValue == "kites" })
    }

    @Test func aDifferentQuestionWordAddsNothing() throws {
        let how = try #require(Self.searcher.search(SearchRequest(query: "how do kites fly")).hits.first)
        let plain = try #require(Self.searcher.search(SearchRequest(query: "kites fly")).hits.first)
        let why = try #require(Self.searcher.search(SearchRequest(query: "why do kites fly")).hits.first)
        #expect(how.id.rawValue == "kites" && plain.id.rawValue == "kites" && why.id.rawValue == "kites")
        #expect(abs(how.score - plain.score) < 1e-6)
        #expect(why.score > plain.score)
    }

    @Test func theExplanationShowsTheQuestionWordAndSumsToTheScore() throws {
        let hit = try #require(Self.searcher.search(SearchRequest(query: "how do i change my phone number", explain: true)).hits.first)
        let explanation = try #require(hit.explanation)
        #expect(abs(explanation.value - hit.score) <= 1e-4 * max(1, hit.score))
        let sum = explanation.details[0].details[0]
        #expect(sum.details.contains { $0.description.hasPrefix("question word \"how\"") })
        #expect(abs(sum.details.map(\.value).reduce(0, +) - sum.value) <= 1e-4 * max(1, sum.value))
    }

    @Test func questionWordsAreReadFromTheFirstWordInBothLanguages() {
        let english = Analyzer.standard, spanish = Analyzer.spanish
        #expect(QuestionWord(startOf: "How do I reset my password?", analyzer: english)
            == QuestionWord(startOf: "how can i get in", analyzer: english))
        #expect(QuestionWord(startOf: "What does it mean?", analyzer: english).isQuestion)
        #expect(QuestionWord(startOf: "What does it mean?", analyzer: english)
            != QuestionWord(startOf: "Why does it fail?", analyzer: english))
        // Only the first word: a title that asks later, or not at all, is not a question title.
        #expect(!QuestionWord(startOf: "I forgot my username: how do I get it back?", analyzer: english).isQuestion)
        #expect(!QuestionWord(startOf: "\"Sorry, it looks like our system is unavailable\"", analyzer: english).isQuestion)
        // Spanish: the opening ¿ and the accent do not matter.
        #expect(QuestionWord(startOf: "¿Cómo cambio mi teléfono?", analyzer: spanish)
            == QuestionWord(startOf: "como cambio el telefono", analyzer: spanish))
        #expect(QuestionWord(startOf: "¿Por qué no me llega el correo?", analyzer: spanish).isQuestion)
    }
}
