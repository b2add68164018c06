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

    /// For a keyword query, more of its words in the title rank above the same words side by side
    /// in another article's heading; a label that is exactly the query still ranks first.
    @Test func titleWordsRankAboveAPhraseInAnotherArticlesHeading() {
        func article(_ id: ArticleID, _ title: String, heading: String, _ text: String) -> Article {
            Article(id: id, title: title, category: "appointments",
                    sections: [SearchFixtures.section("", "", "About this. " + text, level: 0),
                               SearchFixtures.section(heading, "more", text)])
        }
        let booking = article("book-appointment-online", "How do I book an appointment online?", heading: "Before you start",
                              "Open the office page and pick a time. Online booking is up to the office.")
        let reminders = article("appointment-reminder-not-received", "What if I didn't receive my appointment reminder?",
                                heading: "You booked online with another email", "Check the email you used.")
        let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build([reminders, booking]))
        #expect(searcher.search(SearchRequest(query: "book online")).hits.map(\.id.rawValue)
                == ["book-appointment-online", "appointment-reminder-not-received"])

        let labelled = article("booking-help", "Appointment help", heading: "Book online", "Pick a time on the page.")
        let withLabel = Searcher(index: IndexBuilder(synonyms: SynonymTable()).build([reminders, booking, labelled]))
        #expect(withLabel.search(SearchRequest(query: "book online")).hits.first?.id == "booking-help")
    }
}
