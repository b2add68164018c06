import Testing
@testable import KnowledgeBase
import TestSupport

/// How a query is read (`QueryParser`): one or two words after stop words are keywords
/// (Meilisearch's rules), common words counted; more are a question.
@Suite struct QueryStyleTests {
    @Test func commonWordsCountTowardsAQuestion() throws {
        let parser = try ContentFixture.knowledgeBase().searcher.parser
        let question = parser.parse("pt asks which browsers supported")
        // "asks" and "supported" are in more than half the articles: common, yet words of the question.
        #expect(question.clauses.contains { $0.isCommon })
        #expect(question.style == .question)
    }

    @Test(arguments: ["pin", "cant login", "how do i reset", "call doctor"])
    func oneOrTwoWordsAreKeywords(query: String) throws {
        let parser = try ContentFixture.knowledgeBase().searcher.parser
        #expect(parser.parse(query).style == .keywords)
    }

    @Test func aLongPasteIsPasted() throws {
        let parser = try ContentFixture.knowledgeBase().searcher.parser
        let paste = Array(repeating: "the security code you entered does not match", count: 4).joined(separator: " ")
        #expect(parser.parse(paste).style == .pasted)
    }

    /// A contraction typed without its apostrophe ("im", "whats") is the stop word it stands
    /// for, not a word the articles must hold: the query matches as it does with the apostrophe.
    @Test(arguments: [("im locked out", "i'm locked out"), ("whats my username", "what's my username"),
                      ("wheres the messages tab", "where's the messages tab")])
    func aContractionWithoutItsApostropheIsNoRequiredWord(bare: String, written: String) throws {
        let searcher = try ContentFixture.knowledgeBase().searcher
        let plain = searcher.search(SearchRequest(query: bare)), apostrophe = searcher.search(SearchRequest(query: written))
        #expect(plain.total > 0)
        #expect(plain.total == apostrophe.total)
        #expect(plain.hits.map(\.id) == apostrophe.hits.map(\.id))
    }

    /// "please", "thanks", "hola" and a texted "2" around a question change neither what
    /// matches nor the order: one article's "please try again" no longer outranks the answer.
    @Test(arguments: [("please reset my pin", "reset my pin", false), ("hi i cant sign in thanks", "i cant sign in", false),
                      ("can u help me sign in", "can help me sign in", false),
                      ("where do i sign in 2 patient fusion", "where do i sign in to patient fusion", false),
                      ("hola, no puedo entrar, gracias", "no puedo entrar", true)])
    func courtesyWordsChangeNothing(polite: String, plain: String, spanish: Bool) throws {
        let searcher = try (spanish ? ContentFixture.spanishKnowledgeBase() : ContentFixture.knowledgeBase()).searcher
        let withCourtesy = searcher.search(SearchRequest(query: polite)), without = searcher.search(SearchRequest(query: plain))
        #expect(withCourtesy.total > 0)
        #expect(withCourtesy.total == without.total)
        #expect(withCourtesy.hits.map(\.id) == without.hits.map(\.id))
    }
}
