import Testing
@testable import KnowledgeBase
import TestSupport

/// Each failure that search v2 fixes (issue "Search v2"), by name, over the real `Content/`.
@Suite struct SearchV2FailureTests {
    func results(_ query: String, limit: Int = 10) throws -> SearchResults {
        try ContentFixture.knowledgeBase().search(SearchRequest(query: query, limit: limit))
    }

    func first(_ query: String) throws -> SearchHit? { try results(query).hits.first }

    @Test(arguments: ["pin", "PIN"])
    func pinFindsThePINArticleNotAPrefixExpansion(query: String) throws {
        #expect(try first(query)?.id == "invalid-pin-or-security-code")
    }

    @Test func anExpansionIsScoredWithTheTypedWordsStatistics() throws {
        let kb = try ContentFixture.knowledgeBase()
        let query = QueryParser(index: kb.searcher.index, ranking: .standard, typos: .standard).parse("pin")
        let clause = try #require(query.clauses.first)
        let exact = try #require(clause.alternatives.first { $0.kind == .exact })
        #expect(clause.alternatives.contains { $0.kind == .prefix }, "\"pin\" has completions (\"pinch\")")
        for alternative in clause.alternatives where alternative.kind != .exact {
            let shared = alternative.keys.filter { !$0.isBigram }.reduce(Float(0)) { $0 + $1.idf }
            #expect(abs(shared - clause.referenceIDF) < 1e-4, "\(alternative.kind) is scored with the typed word's idf")
        }
        #expect(abs(exact.keys[0].idf - clause.referenceIDF) < 1e-4)
    }

    @Test(arguments: ["doctor", "call doctor"])
    func doctorDoesNotMatchProvidedThroughTheProviderSynonym(query: String) throws {
        let hits = try results(query).hits
        #expect(hits.count >= 3, "\(hits.map(\.id))")
        #expect(hits.first?.id != "reset-token-not-valid")
        #expect(hits.prefix(3).allSatisfy { $0.id != "reset-token-not-valid" }, "\(hits.prefix(3).map(\.id))")
    }

    @Test func theLiteral404BeatsItsSynonymPageNotFound() throws {
        #expect(try first("404")?.id == "registration-link-404")
    }

    @Test func brokenLinkFindsTheRegistrationLinkArticle() throws {
        #expect(try first("broken link")?.id == "registration-link-404")
    }

    @Test func resetFindsResetPassword() throws {
        #expect(try results("reset").hits.prefix(2).map(\.id).contains("reset-password"))
    }

    @Test func aPhraseInATitleRanksItsArticleFirst() throws {
        #expect(try first("access your records")?.id == "access-your-records-no-redirect")
        #expect(try first("\"reset token\"")?.id == "reset-token-not-valid")
        #expect(try first("\"page not found\"")?.id != nil)
    }

    @Test func requirementsFindsSystemRequirements() throws {
        #expect(try first("requirements")?.id == "system-requirements")
    }

    @Test func registrationEmailFindsTheMissingEmailArticle() throws {
        #expect(try first("registration email")?.id == "missing-registration-email")
    }

    @Test func cancelAppointmentFindsItsHowToArticle() throws {
        let found = try results("cancel appointment")
        #expect(found.hits.first?.id == "cancel-appointment")
        #expect(found.confident)
    }

    @Test func longerQueriesNoLongerMatchEveryArticle() throws {
        let kb = try ContentFixture.knowledgeBase()
        let total = try results("pin wont work").total
        #expect(total > 0)
        #expect(total < kb.articles.count / 2, "\(total) of \(kb.articles.count) match")
    }

    @Test func queriesWithNoArticleSaySo() throws {
        for query in ["how do i pay my bill", "refill my prescription", "pay bill online"] {
            let found = try results(query)
            #expect(!found.confident, "\(query) -> \(found.hits.first?.id.rawValue ?? "-")")
        }
        #expect(try results("pay bill online").total == 0)
    }

    @Test func stopWordsAndThePortalsNameNeverMatchAlone() throws {
        for query in ["patient fusion xylophone", "the patient fusion portal of xylophone"] {
            let found = try results(query)
            #expect(found.total == 0, "\(query)")
            #expect(!found.confident, "\(query)")
        }
    }

    @Test func pinWontWorkLinksToASectionThatExplainsWhy() throws {
        let kb = try ContentFixture.knowledgeBase()
        let hit = try #require(try first("pin wont work"))
        #expect(hit.id == "invalid-pin-or-security-code")
        let article = try #require(kb.article(hit.id))
        #expect(article.causes.map(\.anchor).contains(hit.anchor), "links to \(hit.anchor)")
    }

    @Test func confidentAnswersForPlainQuestions() throws {
        for query in ["reset my password", "invalid pin", "clear my cache"] {
            #expect(try results(query).confident, "\(query)")
        }
    }
}
