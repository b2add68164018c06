import Testing
@testable import KnowledgeBase

/// A label that says what the query says with synonyms, in another order or with other stop
/// words ("how do i change my appointment time" and the alias "change the time of my
/// visit"), ranks with the labels of exactly the query's words (`LabelPhrases.restatedWordSet`:
/// the word-set rule and the restatement rule together).
@Suite struct RestatedWordSetTests {
    // The first article's title holds "appointment" and "time", and its text "change"; the
    // second says the query only in an alias, with "visit" for "appointment".
    static let articles: [Article] = [
        SearchFixtures.article("time-off", "Appointment time shown is one hour later", category: "appointments",
                               text: "Your appointment time can look wrong when the clock changed. Change the time zone of your device."),
        SearchFixtures.article("reschedule", "How do I reschedule an appointment?", category: "appointments",
                               aliases: ["change the time of my visit"],
                               text: "Open Appointments and ask for a new day for your appointment. The office confirms it."),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: try! SynonymTable(parsing: "visit => appointment")).build(articles))

    static func ids(_ query: String) -> [String] {
        searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }

    @Test func aLabelRestatingTheQueryInAnotherOrderRanksFirst() throws {
        #expect(Self.ids("how do i change my appointment time").first == "reschedule")
        let results = Self.searcher.search(SearchRequest(query: "how do i change my appointment time", explain: true))
        let first = try #require(results.hits.first)
        #expect(first.explanation?.description.contains(PhraseLevel.labelWords.reason) == true)
        // Without the alias, the article titled with the words wins on the score.
        let unlabelled = Self.articles.map { article in
            var article = article
            article.aliases = []
            return article
        }
        let plain = Searcher(index: IndexBuilder(synonyms: try SynonymTable(parsing: "visit => appointment")).build(unlabelled))
        #expect(plain.search(SearchRequest(query: "how do i change my appointment time")).hits.first?.id == "time-off")
    }

    @Test func theSetReadsSynonymsAsTheirClassAndLeavesStopWordsAndPersonsOut() {
        let parser = Self.searcher.parser
        let asked = parser.parse("how do i change my appointment time").restatedWordSet
        #expect(asked.count == 3)
        #expect(parser.parse("change the time of my visit").restatedWordSet == asked)
        #expect(parser.parse("time of your visit: change it").restatedWordSet == asked)
        // Another word is another set; words without a synonym are left to the word-set rule.
        #expect(parser.parse("change my appointment day").restatedWordSet != asked)
        #expect(parser.parse("change the time").restatedWordSet.isEmpty)
    }
}
