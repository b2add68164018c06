import Testing
@testable import KnowledgeBase

/// For a keyword query, an article that meets the match policy with every meaningful word as
/// typed ranks first (`RankingKey`'s rule 0); a word found only through a one-way synonym does
/// not count, one found through an equivalence does (the rule's words are the same word).
@Suite struct TypedWordsRuleTests {
    static let articles: [Article] = [
        // "browser" in the title and said often, but nothing about what a patient needs.
        SearchFixtures.article("clear-browser-cache", "How do I clear the browser's cache?", category: "browser-and-device",
                               text: "Clear the browser cache. Every browser keeps a cache. Open the browser settings."),
        // Both words as typed, neither in the title.
        SearchFixtures.article("system-requirements", "System requirements", category: "browser-and-device",
                               text: "You need a current browser, such as Chrome or Firefox."),
        // "reminder" in the title; not "missed".
        SearchFixtures.article("reminder-not-received", "I didn't get my reminder", category: "appointments",
                               text: "A reminder comes a day before the visit. You need an email address for it."),
        // "missed" as typed, and "alert", a synonym of "reminder".
        SearchFixtures.article("message-alerts", "Message notifications", category: "messaging",
                               text: "If you missed a message, turn on the email alert. You need it on to get the alert."),
    ] + ["pin", "password", "username", "phone"].map { topic in
        SearchFixtures.article(ArticleID("about-\(topic)"), "About your \(topic)", category: "signing-in",
                               text: "You need your \(topic) to sign in.")
    }
    // "need" is in seven of the eight articles: a common word, which never makes a match alone
    // and does not count in the typo rule, so without rule 0 the title would decide.
    static let searcher = Searcher(index: IndexBuilder(synonyms: try! SynonymTable(parsing: "reminder => alert")).build(articles))

    func ids(_ query: String) -> [String] { Self.searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue) }

    @Test func anArticleWithEveryTypedWordRanksAboveOneWithTheTitleWordAlone() throws {
        #expect(ids("what browser do i need").prefix(2) == ["system-requirements", "clear-browser-cache"])
        let first = try #require(Self.searcher.search(SearchRequest(query: "browser need", explain: true)).hits.first)
        #expect(first.id == "system-requirements")
        #expect(first.explanation?.description.contains("words as typed 1") == true)
        // One word: the title rule decides as before.
        #expect(ids("browser").first == "clear-browser-cache")
    }

    @Test func aWordFoundOnlyThroughAOneWaySynonymDoesNotCount() {
        // "message-alerts" has both words, "reminder" only as its one-way synonym "alert": the title rule decides.
        #expect(ids("missed reminder").first == "reminder-not-received")
    }

    /// "appt" and "appointment" are one word written two ways: the article one of whose
    /// aliases happens to write "appt" must not rank above the article titled with the task.
    static let appointments: [Article] = [
        SearchFixtures.article("book-appointment-online", "How do I book an appointment online?", category: "appointments",
                               text: "Open the booking page. Pick a time for the appointment and send the request."),
        SearchFixtures.article("appointment-reminder-not-received", "I didn't get my appointment reminder", category: "appointments",
                               aliases: ["no appt reminder"],
                               text: "If you book online, the reminder goes to the email you typed while booking."),
        SearchFixtures.article("reschedule-appointment", "How do I reschedule an appointment?", category: "appointments",
                               text: "Change the time of a confirmed appointment from the Appointments page."),
    ]

    @Test func aWordFoundThroughAnEquivalenceCountsAsTyped() throws {
        let searcher = Searcher(index: IndexBuilder(synonyms: try SynonymTable(parsing: "appt, appointment")).build(Self.appointments))
        func ids(_ query: String) -> [String] { searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue) }
        #expect(ids("book appt").first == "book-appointment-online")
        #expect(ids("book appt") == ids("book appointment"))
        let first = try #require(searcher.search(SearchRequest(query: "book appt", explain: true)).hits.first)
        #expect(first.explanation?.description.contains("words as typed 1") == true)
        #expect(first.explanation?.formatted().contains("synonym (equivalent, counts as typed) \"=appointment\"") == true)
        // One-way, "appt" found through "appointment" is not the word typed: the alias decides.
        let oneWay = Searcher(index: IndexBuilder(synonyms: try SynonymTable(parsing: "appt => appointment")).build(Self.appointments))
        #expect(oneWay.search(SearchRequest(query: "book appt")).hits.first?.id == "appointment-reminder-not-received")
    }
}
