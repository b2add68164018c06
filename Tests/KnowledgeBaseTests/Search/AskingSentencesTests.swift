import Testing
@testable import KnowledgeBase

/// In a pasted message of several sentences, the words outside the sentences that ask weigh
/// `RankingParameters.contextWordWeight` (`AskingSentences`, `QueryParser`).
@Suite struct AskingSentencesTests {
    /// The words of `text` that `AskingSentences` says ask, given their starts as `QueryParser`
    /// passes them (the analyzer's words, stop words kept).
    static func askingWords(_ text: String) -> [String]? {
        let words = Analyzer.standard.analyzeWords(text, keepsStopWords: true)
        guard let asking = AskingSentences(text, wordStarts: words.map(\.start)) else { return nil }
        return words.filter { asking.asks(at: $0.start) }.map(\.surface)
    }

    @Test func theSentenceEndingInAQuestionMarkAsks() {
        #expect(Self.askingWords("My son has a school thing that morning. Can I move it to Friday? Thanks!")
            == ["can", "i", "move", "it", "to", "friday"])
        #expect(Self.askingWords("Hola, tengo cita el martes.\n¿Puedo cambiarla al viernes?") == ["puedo", "cambiarla", "al", "viernes"])
    }

    @Test func aLinksQuestionMarkOrAnAddresssDotEndsNoSentence() {
        // "?token" and "example.org" are inside their words: one sentence, which does not ask.
        #expect(Self.askingWords("I clicked https://example.org/register?token=abc and got page not found") == nil)
        #expect(Self.askingWords("The invite went to jo@example.org. Why did it never come?") == ["why", "did", "it", "never", "come"])
    }

    @Test func nothingIsWeighedApartWhenNoSentenceOrEverySentenceAsks() {
        #expect(Self.askingWords("The PIN you entered is not valid. Please check the PIN and try again.") == nil)
        #expect(Self.askingWords("Why is my PIN rejected? Where do I get a new one?") == nil)
        #expect(Self.askingWords("How do I reschedule my appointment?") == nil)
    }

    static let articles: [Article] = [
        SearchFixtures.article("reschedule-appointment", "Ask for another time", category: "appointments",
                               text: "Open the Appointments page, choose the visit and ask for a later day. The office confirms it."),
        SearchFixtures.article("link-records-one-account", "Keep your family's records together", category: "your-account",
                               text: "Your son or daughter can have records in your account. The office sends an invitation "
                                   + "for each child; sign up with your own account to keep the records together."),
    ]

    static func searcher(contextWordWeight: Double) -> Searcher {
        SearchFixtures.searcher(articles, synonyms: SynonymTable()) { $0.contextWordWeight = contextWordWeight }
    }

    static let message = "Hi, my son is on my account with his records and the office sent an invitation for him. "
        + "Can I ask the office for a later day for my appointment?"

    @Test func theQuestionOutweighsTheStoryAroundIt() throws {
        #expect(Self.searcher(contextWordWeight: 1).search(SearchRequest(query: Self.message)).hits.first?.id == "link-records-one-account")
        let searcher = Self.searcher(contextWordWeight: RankingParameters.standard.contextWordWeight)
        let results = searcher.search(SearchRequest(query: Self.message, explain: true))
        #expect(results.hits.first?.id == "reschedule-appointment")
        let asked = try #require(results.hits.first?.explanation).formatted().split(separator: "\n")
        #expect(asked.contains { $0.contains("clause \"later\"") && !$0.contains("context") })
        let story = try #require(results.hits.first { $0.id == "link-records-one-account" }?.explanation).formatted().split(separator: "\n")
        #expect(story.contains { $0.contains("clause \"records\"") && $0.contains("context, outside the sentences that ask: idf × 0.7") })
    }
}
