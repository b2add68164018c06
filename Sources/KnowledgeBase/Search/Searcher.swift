/// Answers searches over an immutable `InvertedIndex`. A value type with no mutable state,
/// so one searcher serves any number of concurrent requests.
public struct Searcher: Sendable {
    public let index: InvertedIndex
    public var ranking: RankingParameters
    public var typos: TypoTolerance

    public init(index: InvertedIndex, ranking: RankingParameters = .standard, typos: TypoTolerance = .standard) {
        self.index = index
        self.ranking = ranking
        self.typos = typos
    }

    var scorer: BM25FScorer { BM25FScorer(parameters: index.parameters, statistics: index.statistics) }

    public func search(_ request: SearchRequest) -> SearchResults {
        let query = QueryParser(index: index, ranking: ranking, typos: typos).parse(request.query)
        let scorer = self.scorer
        var total = 0
        var top: [(score: Float, document: Int32)] = []
        let limit = max(0, request.limit)
        top.reserveCapacity(limit + 1)
        let articles = index.articles
        QueryEvaluator(index: index, scorer: scorer, ranking: ranking).forEachMatch(query) { document, score, _ in
            if let category = request.category, articles[Int(document)].category != category { return }
            if !articles[Int(document)].isVisible(to: request.audience) { return }
            total += 1
            guard limit > 0 else { return }
            if top.count == limit, let last = top.last, !(score > last.score || (score == last.score && document < last.document)) { return }
            var position = top.count
            while position > 0, score > top[position - 1].score || (score == top[position - 1].score && document < top[position - 1].document) {
                position -= 1
            }
            top.insert((score, document), at: position)
            if top.count > limit { top.removeLast() }
        }
        let weights = QueryTermWeights(query: query, scorer: scorer, postings: index.postings)
        let hits = top.map { entry in
            hit(document: Int(entry.document), score: entry.score, weights: weights,
                explanation: request.explain ? ScoreExplainer(index: index, scorer: scorer, ranking: ranking).explain(query, document: Int(entry.document)) : nil)
        }
        // "Did you mean" for typed queries, or for anything that found nothing.
        let suggestion = total == 0 || query.words.count <= ranking.maxWordsForTypos
            ? SpellingSuggester(index: index, typos: typos).suggestion(for: request.query, query: query, nothingFound: total == 0)
            : nil
        return SearchResults(query: request.query, total: total, hits: hits, suggestion: suggestion)
    }

    func hit(document: Int, score: Float, weights: QueryTermWeights, explanation: Explanation?) -> SearchHit {
        // Read the article's fields in place (no copy of the whole `Article`).
        let articles = index.articles
        let forward = index.forward
        let firstSection = forward.sections(ofDocument: document).lowerBound
        let sections = articles[document].sections
        var anchor = ""
        let snippet: String
        if let section = SectionPicker(forward: forward, postings: index.postings).bestSection(of: document, weights: weights) {
            let local = section - firstSection
            anchor = sections[local].anchor
            snippet = SnippetBuilder(forward: forward).snippet(section: section, text: sections[local].text, weights: weights)
        } else if articles[document].summary.isEmpty, let first = sections.firstIndex(where: { !$0.text.isEmpty }) {
            snippet = SnippetBuilder(forward: forward).snippet(section: firstSection + first, text: sections[first].text, weights: weights)
        } else {
            snippet = SnippetBuilder.escape(Substring(articles[document].summary))
        }
        return SearchHit(id: articles[document].id, title: articles[document].title, category: articles[document].category,
                         anchor: anchor, snippet: snippet, score: Double(score), explanation: explanation)
    }
}
