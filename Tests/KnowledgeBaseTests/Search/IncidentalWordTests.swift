import Testing
@testable import KnowledgeBase

/// A question's word that no article has in a title, alias, error message or heading says how
/// the person put it, not what they ask about: it counts for less (`RankingParameters.incidentalWordWeight`).
@Suite struct IncidentalWordTests {
    static let articles: [Article] = [
        SearchFixtures.article("birthday-not-accepted", "The portal says my birthday is wrong", category: "registration",
                               aliases: ["birthday rejected"],
                               text: "Type your birthday as mm/dd/yyyy, the way your practice has it on file."),
        SearchFixtures.article("reset-password", "Reset your password", category: "signing-in",
                               text: "The portal email can take a few minutes; take the link in it to choose a new password. "
                                   + "The portal may ask for your birthday."),
        SearchFixtures.article("supported-browsers", "Supported browsers", category: "browser-and-device",
                               text: "Use a current version of Chrome, Edge, Firefox or Safari."),
        SearchFixtures.article("appointment-time", "Appointment time is wrong by an hour", category: "appointments",
                               text: "Check the time zone of your computer after the clocks change."),
        SearchFixtures.article("clear-cache", "Clear your browser's cache", category: "browser-and-device",
                               text: "Open the settings of your browser and delete the cached files."),
        SearchFixtures.article("phone-number", "Phone number does not match", category: "registration",
                               text: "The mobile number must be the one your practice has on file."),
        SearchFixtures.article("messages", "Send a message to your practice", category: "messaging",
                               text: "Messages you receive appear in your inbox."),
        SearchFixtures.article("sign-out", "Sign out", category: "signing-in", text: "Use the menu at the top right to sign out."),
    ]

    /// Without the title factor, which alone would also put the birthday article first
    /// ("portal" and "birthday" are in its title): the weight is measured on its own.
    static func searcher(incidentalWordWeight: Double) -> Searcher {
        SearchFixtures.searcher(articles) { ranking in
            ranking.incidentalWordWeight = incidentalWordWeight
            ranking.titleShareBoost = 0
        }
    }

    static func ids(_ query: String, _ searcher: Searcher) -> [String] {
        searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }

    @Test func aWordInNoLabelWeighsLessThanTheWordsArticlesAreAbout() {
        let question = "can the portal take my birthday"
        // Counted in full, "take", written twice in the password article's text and in no
        // article's labels, lifts it over the article about birthdays.
        #expect(Self.ids(question, Self.searcher(incidentalWordWeight: 1)).first == "reset-password")
        #expect(Self.ids(question, Self.searcher(incidentalWordWeight: RankingParameters.standard.incidentalWordWeight)).first
            == "birthday-not-accepted")
    }

    @Test func theExplanationSaysWhichWordsAreIncidental() throws {
        let searcher = Self.searcher(incidentalWordWeight: RankingParameters.standard.incidentalWordWeight)
        let hits = searcher.search(SearchRequest(query: "can the portal take my birthday", explain: true)).hits
        let hit = try #require(hits.first { $0.id == "reset-password" })
        let lines = try #require(hit.explanation).formatted().split(separator: "\n")
        let take = try #require(lines.first { $0.contains("clause \"take\"") })
        #expect(take.contains("incidental, in no article's labels: idf × 0.5"))
        let birthday = try #require(lines.first { $0.contains("clause \"birthday\"") })
        #expect(!birthday.contains("incidental"))
        let query = searcher.parser.parse("can the portal take my birthday")
        #expect(query.clauses.filter(\.isIncidental).map(\.text).sorted() == ["take"])
    }

    @Test func aKeywordQueryMeansEveryWord() {
        let searcher = Self.searcher(incidentalWordWeight: RankingParameters.standard.incidentalWordWeight)
        let query = searcher.parser.parse("take birthday")
        #expect(query.style == .keywords)
        #expect(query.clauses.allSatisfy { !$0.isIncidental })
    }

    /// In a query of three words or more, the answer need not hold a word no article has in a
    /// label: "mobile" (in the phone article's text) says where, not what is asked (`MatchPolicy`).
    @Test func theAnswerNeedNotHoldAWordNoLabelHas() throws {
        let searcher = Self.searcher(incidentalWordWeight: RankingParameters.standard.incidentalWordWeight)
        #expect(searcher.parser.parse("clear cache on mobile").clauses.map(\.isIncidental) == [false, false, true])
        let results = searcher.search(SearchRequest(query: "clear cache on mobile"))
        let first = try #require(results.hits.first)
        #expect(first.id == "clear-cache")
        #expect(!first.partial, "the article with both words asked about is a match, not only related")
        #expect(results.total == 1)
        #expect(results.confident)
        let explained = searcher.search(SearchRequest(query: "clear cache on mobile", explain: true))
        let explanation = try #require(explained.hits.first?.explanation).formatted()
        #expect(explanation.contains("match policy: 2 word(s) required of those in some article's labels"))
    }

    /// Only the words asked about count as covered: an article with one of them and the
    /// incidental word ("take", in the password article's text) is only related.
    @Test func anIncidentalWordCoversNoWordAskedAbout() {
        let searcher = Self.searcher(incidentalWordWeight: RankingParameters.standard.incidentalWordWeight)
        #expect(searcher.parser.parse("birthday cache take").clauses.map(\.isIncidental) == [false, false, true])
        let results = searcher.search(SearchRequest(query: "birthday cache take"))
        #expect(results.hits.contains { $0.id == "reset-password" && $0.partial })
        #expect(results.total == 0)
        #expect(!results.confident)
    }

    /// When every word of the query is incidental, they all count, as before.
    @Test func aQueryOfIncidentalWordsOnlyNeedsItsWords() {
        let searcher = Self.searcher(incidentalWordWeight: RankingParameters.standard.incidentalWordWeight)
        let query = searcher.parser.parse("take minutes link")
        #expect(query.clauses.allSatisfy { $0.isIncidental })
        let policy = MatchPolicy(query: query, ranking: searcher.ranking)
        #expect(query.coversIncidentalWords && policy.required == 3)
    }
}
