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
}
