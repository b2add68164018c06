import Testing
@testable import KnowledgeBase

/// A phrasal verb keeps its particle (`SynonymFilter`, the CommonGrams idea): the stop list
/// drops "in" and "on", but "log in" is "sign in", never "sign up" or "log out".
@Suite struct PhrasalVerbTests {
    static let table = try! SynonymTable(parsing: """
        sign in, log in, login, log on
        locked out, cant get in
        """)

    static let articles: [Article] = [
        SearchFixtures.article("register", "Create your account", category: "registration",
                               text: "Sign up with the code the office sent. Signing up takes a minute."),
        SearchFixtures.article("signing-in", "Trouble getting into your account", category: "signing-in",
                               text: "Sign in with your username. If you are locked out, wait an hour."),
        SearchFixtures.article("reminders", "Reminders for visits", category: "appointments",
                               text: "If you did not get a reminder, check your spam folder."),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: table).build(articles))

    static func ids(_ query: String) -> [String] {
        searcher.search(SearchRequest(query: query)).hits.map(\.id.rawValue)
    }

    @Test func aParticleARuleWritesJoinsTheWordBeforeIt() {
        let filter = SynonymFilter(table: Self.table)
        #expect(filter.particles == ["in", "on"])
        func offered(_ text: String) -> [[String]] {
            let words = Analyzer.standard.analyzeWords(text, keepsStopWords: true)
            let meaningful = words.filter { !$0.terms.isEmpty }
            return filter.matches(in: meaningful, particles: filter.particles(after: words)).flatMap { $0.alternatives.map(\.words) }
        }
        #expect(offered("log in").contains(["sign in"]))
        #expect(offered("logging into the portal").contains(["sign in"]))
        #expect(offered("logged on").contains(["login"]))
        // The word alone, or with another word after it, is no phrasal verb.
        #expect(offered("sign up").isEmpty)
        #expect(offered("sign").isEmpty)
        #expect(offered("log out").isEmpty)
        // A phrase that ends in a phrasal verb.
        #expect(offered("cant get into it").contains(["locked", "out"]))
    }

    /// The index posts a pair only where the text writes the particle right after the word.
    @Test func theIndexPostsAPairWhereTheParticleFollowsTheWord() throws {
        let articles = [
            SearchFixtures.article("side-by-side", "Signing in", category: "signing-in", text: "Log into the portal."),
            SearchFixtures.article("apart", "Logs", category: "signing-in", text: "Log the time in the form."),
            SearchFixtures.article("none", "Other", category: "signing-in", text: "Read the log."),
        ]
        let index = IndexBuilder(synonyms: Self.table).build(articles)
        let pair = try #require(index.termID[SynonymFilter.indexTerm(forWordKey: "log in")])
        let word = try #require(index.termID[SynonymFilter.indexTerm(forWordKey: "log")])
        #expect(index.postings.documentFrequency(Int(pair)) == 1)
        #expect(index.postings.posting(Int(pair), document: 0) != nil)
        #expect(index.postings.documentFrequency(Int(word)) == 3)
    }

    @Test func aPhrasalVerbFindsItsSynonymsNotTheWordsOtherUses() {
        // "login" is "sign in": the article that only signs up does not match.
        #expect(Self.ids("login").first == "signing-in")
        #expect(!Self.ids("login").contains("register"))
        #expect(Self.ids("log on").first == "signing-in")
        #expect(!Self.ids("log on").contains("register"))
    }

    @Test func aPhrasalVerbAsTypedKeepsItsParticle() {
        // "cant get in" is being locked out; "did not get a reminder" has "not" and "get" too.
        #expect(Self.ids("cant get in").first == "signing-in")
        #expect(!Self.ids("cant get in").contains("reminders"))
    }
}
