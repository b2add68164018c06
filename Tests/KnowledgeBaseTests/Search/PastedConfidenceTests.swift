import Testing
@testable import KnowledgeBase
import TestSupport

/// A long message (a chat, an e-mail) is answered with confidence on a smaller share of its
/// reference than a typed query (`RankingParameters.pastedConfidentScore`): its greetings and
/// story are words no article shares, and the reference counts each of them. A long message
/// about something no article covers still gets "no good answer".
@Suite struct PastedConfidenceTests {
    static let answered = [
        "Hi, sorry to bother you on a Sunday. My granddaughter helped me at Thanksgiving and I clicked forgot password three times, and now the newest link says the token is invalid",
        "Good morning, my daughter set up my phone for me last week and now when I try to sign up on the portal it says my phone number does not match your records, can you help?",
    ]
    static let unanswered = [
        "Hello, my husband and I were away visiting our grandchildren last weekend and my knee has been swollen ever since. Should I put ice on it or see someone?",
        "Hi, we just got back from a long trip to see family and the bill from my last visit says I owe 80 dollars but my insurance should pay, who do I talk to?",
    ]

    static func searcher(_ ranking: RankingParameters = .standard) throws -> Searcher {
        Searcher(index: try ContentFixture.knowledgeBase().searcher.index, ranking: ranking)
    }

    @Test(arguments: answered)
    func aLongMessageWithItsAnswerIsConfident(message: String) throws {
        let searcher = try Self.searcher()
        #expect(searcher.parser.parse(message).style == .pasted)
        let results = searcher.search(SearchRequest(query: message))
        #expect(results.confident, "\(results.hits.first?.id.rawValue ?? "-")")
        // Held to a typed query's share of the reference, the same answer is not.
        var typedShare = RankingParameters.standard
        typedShare.pastedConfidentScore = typedShare.confidentScore
        let strict = try Self.searcher(typedShare).search(SearchRequest(query: message))
        #expect(strict.hits.first?.id == results.hits.first?.id)
        #expect(!strict.confident)
    }

    @Test(arguments: unanswered)
    func aLongMessageNoArticleAnswersIsNot(message: String) throws {
        let results = try Self.searcher().search(SearchRequest(query: message))
        #expect(!results.confident, "\(results.hits.first?.id.rawValue ?? "-")")
    }

    @Test func theShareDependsOnlyOnTheQuerysStyle() {
        let ranking = RankingParameters.standard
        #expect(ranking.pastedConfidentScore < ranking.confidentScore)
        #expect(ranking.confidentScore(for: .pasted) == ranking.pastedConfidentScore)
        #expect(ranking.confidentScore(for: .question) == ranking.confidentScore)
        #expect(ranking.confidentScore(for: .keywords) == ranking.confidentScore)
    }
}
