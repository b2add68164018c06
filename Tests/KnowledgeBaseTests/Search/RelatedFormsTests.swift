import Testing
@testable import KnowledgeBase
import TestSupport

/// A word the articles never write ("notified") is matched through the words of its family
/// they do write ("notifications"), as KStem reads a dictionary: Porter2 keeps derivational
/// endings apart ("notifi", "notif"), so the two stems differ. Only such a word gets related
/// forms; a word the articles write is matched as it is.
@Suite struct RelatedFormsTests {
    static let articles: [Article] = [
        SearchFixtures.article("message-alerts", "Turn on message alerts", category: "messaging",
                               text: "Notifications tell you when the office replies. Turn notifications on in Settings."),
        SearchFixtures.article("appointment-reminders", "Appointment reminders", category: "appointments",
                               text: "The office sends reminders before a visit. Check your email and your phone."),
        SearchFixtures.article("sign-up", "Sign up for the portal", category: "registration",
                               text: "Finish your registration from the invitation. Register once for each office."),
    ]

    static func searcher(_ analyzer: Analyzer = .standard) -> Searcher {
        Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: []), analyzer: analyzer).build(articles))
    }

    static func alternatives(_ query: String, in searcher: Searcher = searcher()) -> [QueryAlternative] {
        QueryParser(index: searcher.index, ranking: .standard, typos: .standard).parse(query).clauses.flatMap(\.alternatives)
    }

    @Test func aWordTheArticlesNeverWriteFindsItsWrittenFamily() throws {
        let searcher = Self.searcher()
        let results = searcher.search(SearchRequest(query: "will i be notified", explain: true))
        #expect(results.hits.map(\.id.rawValue) == ["message-alerts"])
        let related = try #require(Self.alternatives("will i be notified").first { $0.kind == .relatedForm })
        #expect(related.terms.map { searcher.index.terms[Int($0)] } == ["notif"])
        #expect(related.weight == RankingParameters.standard.synonymWeight, "weighed as a synonym, not as a typo")
        #expect(results.hits.first?.explanation?.formatted().contains("related form \"notif\"") == true)
    }

    /// A word the articles write is matched as written: "register" is never widened to
    /// "registration", though the articles write both.
    @Test(arguments: ["register", "notifications", "registration"])
    func aWordTheArticlesWriteGetsNoRelatedForms(query: String) {
        #expect(!Self.alternatives(query).contains { $0.kind == .relatedForm })
    }

    /// Stems of fewer than five letters start too many other words, and a code is no word.
    @Test(arguments: ["regs", "notif1ed", "token2"])
    func shortStemsAndCodesGetNone(query: String) {
        #expect(!Self.alternatives(query).contains { $0.kind == .relatedForm })
    }

    /// The Spanish stemmer already strips derivational endings: there a word the articles
    /// never write is a typo, not another word of a family. The parser reads that from the
    /// analyzer, which knows no word families for Spanish.
    @Test func anAnalyzerWithoutWordFamiliesGivesNone() {
        #expect(Analyzer.spanish.inflectionFamily == nil)
        var withoutFamilies = Analyzer.standard
        withoutFamilies.inflectionFamily = nil
        #expect(!Self.alternatives("will i be notified", in: Self.searcher(withoutFamilies)).contains { $0.kind == .relatedForm })
    }

    /// A word the stemmer took no ending from may be cut short: a longer word it starts is a
    /// completion, not a relative ("daylig" is not "daylight" once the word is finished).
    @Test func aWordWithoutAnEndingGetsNone() {
        #expect(!Self.alternatives("registrat ").contains { $0.kind == .relatedForm })
        #expect(Self.searcher().search(SearchRequest(query: "registrat ")).total == 0)
    }

    /// On the real articles: a help-center question with "notified" finds the article on
    /// message notifications, which its other words alone do not.
    @Test func theRealArticlesAnswerNotified() throws {
        let kb = try ContentFixture.knowledgeBase()
        let results = try kb.search(SearchRequest(query: "How will I be notified that I've received a message?"))
        #expect(results.hits.first?.id == "message-notifications")
    }
}
