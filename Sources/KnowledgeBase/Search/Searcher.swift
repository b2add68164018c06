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
        let result = QueryEvaluator(index: index, scorer: scorer, ranking: ranking).evaluate(query)
        var total = 0
        var top: [(score: Float, document: Int32)] = []
        let limit = max(0, request.limit)
        for (offset, document) in result.documents.enumerated() {
            if let category = request.category, index.articles[Int(document)].category != category { continue }
            total += 1
            let score = result.scores[offset]
            guard limit > 0 else { continue }
            if top.count == limit, let last = top.last, !(score > last.score || (score == last.score && document < last.document)) { continue }
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
        let article = index.articles[document]
        let picker = SectionPicker(forward: index.forward, postings: index.postings)
        var anchor = ""
        var snippet = SnippetBuilder.escape(Substring(article.summary))
        if let section = picker.bestSection(of: document, weights: weights) {
            let local = section - index.forward.sections(ofDocument: document).lowerBound
            let articleSection = article.sections[local]
            anchor = articleSection.anchor
            snippet = SnippetBuilder(forward: index.forward).snippet(section: section, text: articleSection.text, weights: weights)
        } else if snippet.isEmpty, let first = article.sections.firstIndex(where: { !$0.text.isEmpty }) {
            let section = index.forward.sections(ofDocument: document).lowerBound + first
            snippet = SnippetBuilder(forward: index.forward).snippet(section: section, text: article.sections[first].text, weights: weights)
        }
        return SearchHit(id: article.id, title: article.title, category: article.category, anchor: anchor,
                         snippet: snippet, score: Double(score), explanation: explanation)
    }
}
