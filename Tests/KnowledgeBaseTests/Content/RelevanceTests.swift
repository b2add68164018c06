import Evaluation
import Foundation
import Testing
import TestSupport
@testable import KnowledgeBase

/// Relevance regression over `Content/` on the shared development queries
/// (`../shared/eval/kb-queries-dev.tsv`): every query finds one of its expected articles in the
/// top 3, and hit@1 and MRR@10 stay at what `kbbench search` measured (release), less a margin.
@Suite struct RelevanceTests {
    @Test func devQueriesFindTheirArticles() throws {
        let kb = try ContentFixture.knowledgeBase()
        let queries = try EvaluationQuery.loadTSV(RepoPaths.eval("kb-queries-dev.tsv"))
        #expect(queries.count == 44)
        let missing = Set(queries.flatMap(\.expected)).subtracting(kb.articles.map(\.id))
        #expect(missing.isEmpty, "expected articles that do not exist: \(missing.map(\.rawValue).sorted())")
        let run = RelevanceRun(queries, search: kb.search)
        #expect(run.answerable.count == queries.count, "every dev query has an article")
        for outcome in run.outcomes {
            #expect(outcome.rank.map { $0 <= 3 } ?? false, "'\(outcome.query.query)' not in the top 3: \(outcome.ranked.prefix(3))")
        }
        for miss in run.misses { print("relevance miss: '\(miss.query.query)' rank \(miss.rank.map(String.init) ?? "none"), got \(miss.ranked.prefix(3))") }
        // Measured hit@1 0.977, MRR@10 0.989 on 44 queries (SQLite FTS5: 0.886, 0.934).
        #expect(run.score.hitAt1 >= 0.93, "hit@1 \(run.score.hitAt1)")
        #expect(run.score.mrr >= 0.95, "MRR@10 \(run.score.mrr)")
    }
}

/// The how-to queries (`Fixtures/Queries/howto-queries.tsv`), written from the brief before any
/// search was run: patients' short queries, questions, lay words and typos for articles 26-35.
@Suite struct HowToRelevanceTests {
    static let kinds: Set<String> = ["short", "question", "lay", "typo"]

    static func queries() throws -> [EvaluationQuery] {
        try EvaluationQuery.loadTSV(
            RepoPaths.fixtures(of: "KnowledgeBaseTests").appendingPathComponent("Queries/howto-queries.tsv"))
    }

    @Test func everyHowToArticleHasSixQueriesOfTheKnownKinds() throws {
        let judged = try Self.queries()
        let spec = try ContentSpec.load()
        try #require(!spec.howToTopics.isEmpty)
        for topic in spec.howToTopics {
            let own = judged.filter { $0.expected == [ArticleID(topic.id)] }
            #expect(own.count >= 6, "\(topic.id): \(own.count) queries")
        }
        for query in judged { #expect(Self.kinds.contains(query.kind), "'\(query.query)': kind \(query.kind)") }
    }

    /// Measured 2026-12-03 (`kbbench search --only content`): 59/65 at the top, 64/65 in the top
    /// 10 (51/65 with search v2 on 2026-12-01). The one outside it uses words the article barely
    /// has ("email my doctor through the portal"): see the search issue's note.
    @Test func howToQueriesFindTheirArticles() throws {
        let kb = try ContentFixture.knowledgeBase()
        let judged = try Self.queries()
        try #require(judged.count >= 60, "only \(judged.count) queries read")
        let missing = Set(judged.flatMap(\.expected)).subtracting(kb.articles.map(\.id))
        #expect(missing.isEmpty, "expected articles that do not exist: \(missing.map(\.rawValue).sorted())")
        let run = RelevanceRun(judged, search: kb.search)
        #expect(run.answerable.count == judged.count, "every how-to query has an article")
        for miss in run.misses { print("how-to miss: '\(miss.query.query)' rank \(miss.rank.map(String.init) ?? "none"), got \(miss.ranked.prefix(2))") }
        let inTopTen = run.outcomes.count { $0.rank != nil }
        #expect(Double(inTopTen) / Double(judged.count) >= 0.95)
        print("how-to relevance: hit@1 \(judged.count - run.misses.count)/\(judged.count)")
        #expect(run.score.hitAt1 >= 0.9)
    }
}

/// Spanish queries (`Fixtures/Queries/es-search-tune.tsv`, written blind from the English
/// topics, mostly without accents) search the Spanish translations. Only the tuning half is
/// checked here; `es-search-holdout.tsv` is reported by kbbench, never tuned on.
@Suite struct SpanishRelevanceTests {
    @Test func spanishQueriesFindTheirArticles() throws {
        let kb = try ContentFixture.spanishKnowledgeBase()
        let queries = try EvaluationQuery.loadTSV(RepoPaths.root.appendingPathComponent("Tests/KnowledgeBaseTests/Fixtures/Queries/es-search-tune.tsv"))
        #expect(queries.count == 70)
        let missing = Set(queries.flatMap(\.expected)).subtracting(kb.articles.map(\.id))
        #expect(missing.isEmpty, "expected articles that do not exist: \(missing.map(\.rawValue).sorted())")
        let run = RelevanceRun(queries, search: kb.search)
        for miss in run.misses { print("relevance miss (es): '\(miss.query.query)' rank \(miss.rank.map(String.init) ?? "none"), got \(miss.ranked.prefix(3))") }
        // Measured hit@1 0.954, MRR@10 0.973 on 65 answerable queries (SQLite FTS5: 0.754, 0.848);
        // issue 15 asks for 0.95.
        #expect(run.score.hitAt1 >= 0.95, "hit@1 \(run.score.hitAt1)")
        #expect(run.score.mrr >= 0.9, "MRR@10 \(run.score.mrr)")
        let unanswerable = run.unanswerable
        #expect(unanswerable.count == 5 && unanswerable.count { $0.confident == false } >= 4, "say so when no article answers")
    }
}
