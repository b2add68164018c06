import KnowledgeBase

/// A relevance set run through one ranking: each query's ranked ids, scored overall and per
/// kind over the queries that have an article; the queries without one are kept apart.
public struct RelevanceRun: Sendable {
    /// One query and what the ranking gave for it.
    public struct Outcome: Sendable {
        public var query: EvaluationQuery
        /// The ids ranked for it, best first (at most 10 are judged).
        public var ranked: [ArticleID]
        /// Whether the search called its first hit a confident answer; `nil` for rankings without that notion.
        public var confident: Bool?
        /// The section the first hit links to ("" for the article's top); `nil` for rankings
        /// without sections, or when nothing was found.
        public var firstSection: ArticleSection?

        /// The 1-based rank of the first expected article, `nil` when none was ranked.
        public var rank: Int? { ranked.firstIndex(where: query.expected.contains).map { $0 + 1 } }
        /// Whether an expected article came first.
        public var isHit: Bool { rank == 1 }
        /// Whether the first hit links to a section that answers the query (for queries whose set names sections).
        public var isSectionHit: Bool { firstSection.map(query.sections.contains) ?? false }
    }

    public let outcomes: [Outcome]

    /// Ranks every query with `ranking` (query text to ids, best first).
    public init(_ queries: [EvaluationQuery], ranking: (String) throws -> [ArticleID]) rethrows {
        outcomes = try queries.map { Outcome(query: $0, ranked: try ranking($0.query), confident: nil, firstSection: nil) }
    }

    /// Runs every query through `search` asking for 10 hits as its `audience` would, keeping
    /// whether each answer was confident.
    public init(_ queries: [EvaluationQuery], search: (SearchRequest) -> SearchResults) {
        outcomes = queries.map { query in
            let results = search(SearchRequest(query: query.query, limit: 10, audience: query.audience))
            return Outcome(query: query, ranked: results.hits.map(\.id), confident: results.confident,
                           firstSection: results.hits.first.map { ArticleSection(article: $0.id, anchor: $0.anchor) })
        }
    }

    /// The queries that have an article (the ones scored).
    public var answerable: [Outcome] { outcomes.filter { !$0.query.expectsNoAnswer } }
    /// The queries the help center has no article for.
    public var unanswerable: [Outcome] { outcomes.filter(\.query.expectsNoAnswer) }
    /// The answerable queries whose first result is not an expected article.
    public var misses: [Outcome] { answerable.filter { !$0.isHit } }

    /// The queries whose set names the sections that answer them.
    public var sectioned: [Outcome] { answerable.filter { !$0.query.sections.isEmpty } }
    /// Of the `sectioned` queries: how many have an expected article first, and how many have
    /// it first linked to an expected section.
    public var sectionCounts: (queries: Int, articleHits: Int, sectionHits: Int) {
        let sectioned = self.sectioned
        return (sectioned.count, sectioned.count(where: \.isHit), sectioned.count(where: \.isSectionHit))
    }

    /// hit@1, MRR@10 and nDCG@10 over the answerable queries.
    public var score: RelevanceScore { Self.score(answerable) }

    /// The same per kind (the set's third column); queries without a kind are left out.
    public var scoreByKind: [String: RelevanceScore] {
        Dictionary(grouping: answerable.filter { !$0.query.kind.isEmpty }, by: \.query.kind).mapValues(Self.score)
    }

    private static func score(_ outcomes: [Outcome]) -> RelevanceScore {
        var score = RelevanceScore()
        for outcome in outcomes { score.add(outcome.ranked, relevant: outcome.query.expected) }
        return score
    }
}
