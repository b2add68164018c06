import Testing
@testable import KnowledgeBase

/// In a staff search that speaks as the office ("what do we do"), a staff guide's score has a
/// head start (`AudiencePrior`); a staff note that only reports the patient's trouble, and
/// every patient search, rank as before.
@Suite struct AudiencePriorTests {
    // Two articles with the same words, the patient article's body naming the link once more.
    static let articles: [Article] = [
        Article(id: "expired-invitation-link", title: "The invitation link has expired", category: "registration",
                sections: [SearchFixtures.section("", "", "Ask the office for a new invitation link.", level: 0)]),
        Article(id: "staff-resend-invitation", title: "Invitation link expired", category: "staff", audience: .staff,
                sections: [SearchFixtures.section("", "", "Send a new invitation from the chart.", level: 0)]),
    ]
    static let searcher = Searcher(index: IndexBuilder(synonyms: SynonymTable(rules: [])).build(articles))

    static func ids(_ query: String, audience: Audience) -> [String] {
        searcher.search(SearchRequest(query: query, audience: audience)).hits.map(\.id.rawValue)
    }

    @Test func theOfficesOwnQuestionFindsTheStaffGuide() {
        #expect(Self.ids("pt invitation link expired", audience: .staff).first == "expired-invitation-link")
        #expect(Self.ids("pt invitation link expired, what do we do", audience: .staff).first == "staff-resend-invitation")
        #expect(Self.ids("pt invitation link expired, what do I do", audience: .staff).first == "staff-resend-invitation")
    }

    @Test func patientsSearchAsBefore() {
        #expect(Self.ids("pt invitation link expired, what do we do", audience: .patient) == ["expired-invitation-link"])
    }

    /// The explanation's value is the hit's score, the prior one of its factors; the "no good
    /// answer" confidence reads the score without it.
    @Test func thePriorIsExplainedAndLeavesConfidenceAlone() throws {
        let query = "pt invitation link expired, what do we do"
        let results = Self.searcher.search(SearchRequest(query: query, audience: .staff, explain: true))
        let hit = try #require(results.hits.first)
        let explanation = try #require(hit.explanation)
        #expect(abs(explanation.value - hit.score) < 1e-6)
        #expect(explanation.formatted().contains("the query speaks as the office"))
        let prior = Float(RankingParameters.standard.officeVoicePrior)
        let parsed = Self.searcher.parser.parse(query)
        let withoutPrior = Self.searcher.confidence(of: Float(hit.score) / prior, query: parsed)
        #expect(results.confident == (withoutPrior >= RankingParameters.standard.confidentScore(for: parsed.style)))
        #expect(!(Self.searcher.search(SearchRequest(query: "pt invitation link expired", audience: .staff, explain: true))
            .hits.first?.explanation?.formatted().contains("speaks as the office") ?? true))
    }
}
