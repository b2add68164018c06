/// Answers searches over an immutable `InvertedIndex`. A value type with no mutable state,
/// so one searcher serves any number of concurrent requests.
public struct Searcher: Sendable {
    public let index: InvertedIndex
    public let ranking: RankingParameters
    public let typos: TypoTolerance
    /// The index terms of `ranking.siteName`, analyzed once.
    let siteNameTerms: Set<Int32>
    /// Reads a question about the site itself, and knows the articles that answer it.
    let siteQuestion: SiteQuestion
    /// Made once, not per hit: each holds the index's arrays it reads, and making one
    /// retained and released every array for every hit.
    let sectionPicker: SectionPicker
    let snippetBuilder: SnippetBuilder

    public init(index: InvertedIndex, ranking: RankingParameters = .standard, typos: TypoTolerance = .standard) {
        self.index = index
        self.ranking = ranking
        self.typos = typos
        siteNameTerms = Set(index.analyzeWords(ranking.siteName).flatMap(\.terms).compactMap { index.termID[$0] })
        siteQuestion = SiteQuestion(index: index, ranking: ranking, siteNameTerms: siteNameTerms)
        sectionPicker = SectionPicker(forward: index.forward, postings: index.postings, priors: index.sectionPriors,
                                      headingQuestions: index.headingQuestions, statistics: index.statistics)
        snippetBuilder = SnippetBuilder(forward: index.forward)
    }

    /// The words of `text` as a search reads them (stop words dropped, unless `keepsStopWords`,
    /// with no terms): the analyzer of the articles, with the terms of the word forms they have
    /// read from the index.
    public func analyzeWords(_ text: String, keepsStopWords: Bool = false) -> [AnalyzedWord] {
        index.analyzeWords(text, keepsStopWords: keepsStopWords)
    }

    var parser: QueryParser { parser(for: nil) }

    /// The parser of what `reader` types: words and expansions of the articles they see.
    func parser(for reader: Audience?) -> QueryParser {
        QueryParser(index: index, ranking: ranking, typos: typos, siteNameTerms: siteNameTerms, siteQuestion: siteQuestion, reader: reader)
    }

    var scorer: BM25FScorer { BM25FScorer(parameters: index.parameters, statistics: index.statistics) }

    public func search(_ request: SearchRequest) -> SearchResults {
        let query = parser(for: request.audience).parse(request.query)
        let scorer = self.scorer
        let policy = MatchPolicy(query: query, ranking: ranking)
        let limit = max(0, request.limit)
        var top = TopRanked(limit: limit)
        var total = 0
        let articles = index.articles
        // The closures below read only what they need of the query: a closure that reads the
        // query itself holds a copy of it, every list of it retained and released.
        let style = query.style
        let prior = AudiencePrior(request: request, ranking: ranking)
        QueryEvaluator(index: index, scorer: scorer, ranking: ranking).forEachMatch(query) { match in
            if let category = request.category, articles[Int(match.document)].category != category { return }
            let audience = articles[Int(match.document)].audience
            if !request.audience.sees(audience) { return }
            var match = match
            match.score *= prior.factor(for: audience)
            let key = RankingKey(match, style: style, policy: policy)
            if key.matches { total += 1 }
            top.insert(key)
        }
        let weights = QueryTermWeights(query: query)
        let explainer = request.explain ? ScoreExplainer(index: index, scorer: scorer, ranking: ranking) : nil
        let scratch = SnippetScratch(for: snippetBuilder)
        defer { scratch.deallocate() }
        let hits = top.keys.map { key in
            let document = Int(key.document)
            // The score's explanation, then the section's.
            let explanation = explainer.map { explainer in
                var explanation = explainer.explain(query, key: key, policy: policy, prior: prior, audience: articles[document].audience)
                explanation.details.append(sectionPicker.explain(document: document, article: articles[document], weights: weights, query: query))
                return explanation
            }
            // Articles that cover only part of the query keep their rank but are marked related.
            return hit(document: document, score: key.score, weights: weights, scratch: scratch, explanation: explanation, partial: !key.matches)
        }
        var confident = false
        if let first = top.keys.first {
            let score = first.score / prior.factor(for: articles[Int(first.document)].audience)
            confident = first.matches && confidence(of: score, query: query) >= ranking.confidentScore(for: query.style)
        }
        // "Did you mean" for typed queries, or for anything that found nothing.
        let suggestion = request.suggestsSpelling && (total == 0 || query.style.isTyped)
            ? SpellingSuggester(index: index, typos: typos, reader: request.audience).suggestion(for: request.query, query: query, nothingFound: total == 0)
            : nil
        return SearchResults(query: request.query, total: total, hits: hits, suggestion: suggestion, confident: confident)
    }

    /// A score as a share of the score of an article that holds each meaningful query word
    /// once, in its body, at average length: about 1 for a plain match, above for matches in
    /// titles and headings or repeated words, below for matches through expansions.
    func confidence(of score: Float, query: Query) -> Double {
        // The clauses are read in place: a filtered copy would retain each one's lists.
        let once = scorer.score(pseudoFrequency: 1, idf: 1)
        var meaningful: Float = 0, all: Float = 0
        var hasMeaningful = false
        for index in query.clauses.indices {
            let value = query.clauses[index].referenceIDF * once
            all += value
            if !query.clauses[index].isCommon { (meaningful, hasMeaningful) = (meaningful + value, true) }
        }
        let reference = hasMeaningful ? meaningful : all
        return reference > 0 ? Double(score / reference) : 0
    }

    func hit(document: Int, score: Float, weights: QueryTermWeights, scratch: SnippetScratch, explanation: Explanation?,
             partial: Bool = false) -> SearchHit {
        // Read the article's fields in place (no copy of the whole `Article`).
        let articles = index.articles
        let firstSection = index.forward.sections(ofDocument: document).lowerBound
        let sections = articles[document].sections
        var anchor = ""
        let snippet: String
        if let section = sectionPicker.bestSection(of: document, weights: weights) {
            let local = section - firstSection
            anchor = sections[local].anchor
            snippet = snippetBuilder.snippet(section: section, text: sections[local].text, weights: weights, scratch: scratch)
        } else if articles[document].summary.isEmpty, let first = sections.firstIndex(where: { !$0.text.isEmpty }) {
            snippet = snippetBuilder.snippet(section: firstSection + first, text: sections[first].text, weights: weights, scratch: scratch)
        } else {
            snippet = HTMLText.escape(articles[document].summary)
        }
        return SearchHit(id: articles[document].id, title: articles[document].title, category: articles[document].category,
                         anchor: anchor, snippet: snippet, score: Double(score), explanation: explanation, partial: partial)
    }
}
