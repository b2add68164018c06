import Foundation

extension Searcher {
    /// Titles for search-as-you-type: articles whose title (or an alias) matches what has
    /// been typed so far, the last word as a prefix; up to `limit`, best first. Only articles
    /// `audience` may see.
    public func suggest(prefix: String, limit: Int = 5, audience: Audience = .patient) -> [SearchHit] {
        guard limit > 0, !prefix.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        let query = parser(for: audience).parse(prefix, prefix: true)
        guard !query.clauses.isEmpty else { return [] }
        let fields = IndexField.count
        var ranked: [(score: Float, document: Int32)] = []
        QueryEvaluator(index: index, scorer: scorer, ranking: ranking).forEachMatch(query) { match in
            guard match.matchedClauses == query.clauses.count,
                  audience.sees(index.articles[Int(match.document)].audience) else { return }
            let document = match.document
            // Keep documents whose title or aliases contain a term of every clause.
            let inTitle = query.clauses.allSatisfy { clause in
                clause.alternatives.contains { alternative in
                    alternative.terms.allSatisfy { term in
                        guard let posting = index.postings.posting(Int(term), document: document) else { return false }
                        return index.postings.fieldFrequency[posting * fields + IndexField.title.rawValue] > 0
                            || index.postings.fieldFrequency[posting * fields + IndexField.aliases.rawValue] > 0
                    }
                }
            }
            if inTitle { ranked.append((match.score, document)) }
        }
        ranked.sort { ($0.score, -$0.document) > ($1.score, -$1.document) }
        let weights = QueryTermWeights(query: query)
        let scratch = SnippetScratch(for: snippetBuilder)
        defer { scratch.deallocate() }
        return ranked.prefix(limit).map { hit(document: Int($0.document), score: $0.score, weights: weights, scratch: scratch, explanation: nil) }
    }
}
