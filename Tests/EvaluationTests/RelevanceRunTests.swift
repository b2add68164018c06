import Evaluation
import Foundation
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

    @Test func aSectionIsRightOnlyWhenTheFirstHitLinksToIt() {
        let queries = [
            EvaluationQuery(query: "pin from the office", expected: [], sections: [ArticleSection(article: "pin", anchor: "ask-the-office")]),
            EvaluationQuery(query: "code by text", expected: [], sections: [ArticleSection(article: "pin", anchor: "by-text")]),
            EvaluationQuery(query: "forgot pin", expected: [], sections: [ArticleSection(article: "pin", anchor: "ask-the-office")]),
            EvaluationQuery(query: "pin", expected: ["pin"]),
        ]
        let anchors = ["pin from the office": "ask-the-office", "code by text": "still-stuck", "forgot pin": "ask-the-office", "pin": ""]
        let run = RelevanceRun(queries) { request in
            let first: ArticleID = request.query == "forgot pin" ? "code" : "pin"
            let hits = [first, "other"].map {
                SearchHit(id: $0, title: "", category: nil, anchor: $0 == first ? anchors[request.query] ?? "" : "", snippet: "", score: 1)
            }
            return SearchResults(query: request.query, total: 2, hits: hits, confident: true)
        }
        #expect(run.outcomes[0].query.expected == ["pin"], "a section names its article")
        #expect(run.outcomes.map(\.isSectionHit) == [true, false, false, false])
        #expect(run.sectioned.map(\.query.query) == ["pin from the office", "code by text", "forgot pin"])
        let counts = run.sectionCounts
        #expect(counts.queries == 3)
        #expect(counts.articleHits == 2, "'forgot pin' found another article first")
        #expect(counts.sectionHits == 1, "'code by text' found the article but linked to another section")
    }

    @Test func aSetNamesSectionsAsIdHashAnchor() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sections-\(UInt64.random(in: 0...UInt64.max)).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "# comment\npin by text\tpin#by-text, pin#ask-the-office\tshort\nreset\treset-password\tshort\nabout pins\tpin#\tshort\nbad\t#by-text\tshort\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let queries = try EvaluationQuery.loadTSV(file)
        #expect(queries.count == 4)
        #expect(queries[0].expected == ["pin"])
        #expect(queries[0].sections == [ArticleSection(article: "pin", anchor: "by-text"), ArticleSection(article: "pin", anchor: "ask-the-office")])
        #expect(queries[1].sections.isEmpty && queries[1].expected == ["reset-password"])
        #expect(queries[2].sections == [ArticleSection(article: "pin", anchor: "")], "an empty anchor names the lead")
        #expect(queries[2].expected == ["pin"])
        #expect(queries[3].sections.isEmpty, "an empty id names no section")
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
