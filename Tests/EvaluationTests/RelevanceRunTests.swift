import Evaluation
import KnowledgeBase
import Testing

@Suite struct RelevanceRunTests {
    static let queries = [
        EvaluationQuery(query: "pin", expected: ["pin"], kind: "short"),
        EvaluationQuery(query: "my code is wrong", expected: ["pin", "code"], kind: "lay"),
        EvaluationQuery(query: "pay my bill", expected: [], kind: "none"),
        EvaluationQuery(query: "where is the login", expected: ["login"], kind: "short"),
    ]

    static let rankings: [String: [ArticleID]] = [
        "pin": ["pin", "code"], "my code is wrong": ["other", "code"], "pay my bill": ["bill"], "where is the login": [],
    ]

    @Test func scoresTheQueriesThatHaveAnArticle() {
        let run = RelevanceRun(Self.queries) { Self.rankings[$0] ?? [] }
        #expect(run.outcomes.count == 4)
        #expect(run.answerable.map(\.query.query) == ["pin", "my code is wrong", "where is the login"])
        #expect(run.unanswerable.map(\.query.query) == ["pay my bill"])
        #expect(run.misses.map(\.query.query) == ["my code is wrong", "where is the login"])
        #expect(run.outcomes.map(\.rank) == [1, 2, nil, nil])
        #expect(run.score.count == 3)
        #expect(run.score.hitAt1 == 1.0 / 3)
        #expect(run.score.mrr == 0.5)
    }

    @Test func scoresEachKindApart() {
        let byKind = RelevanceRun(Self.queries) { Self.rankings[$0] ?? [] }.scoreByKind
        #expect(Set(byKind.keys) == ["short", "lay"], "queries without an article are not scored, per kind either")
        #expect(byKind["short"]?.count == 2)
        #expect(byKind["short"]?.hitAt1 == 0.5)
        #expect(byKind["lay"]?.mrr == 0.5)
    }

    @Test func aSearchRunKeepsConfidenceAndAsksForTenHits() {
        var limits: [Int] = []
        let run = RelevanceRun(Self.queries) { request in
            limits.append(request.limit)
            return SearchResults(query: request.query, total: 0, hits: [], confident: request.query == "pin")
        }
        #expect(limits == [10, 10, 10, 10])
        #expect(run.outcomes.map(\.confident) == [true, false, false, false])
    }
}
