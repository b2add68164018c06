/// Builds an `InvertedIndex` from articles in one pass: every field's text is tokenized
/// straight from UTF-8; each distinct raw word is analyzed once (the filter chain's result
/// is cached by the word's bytes), so the cost per word is a hash lookup.
public struct IndexBuilder: Sendable {
    public var synonyms: SynonymTable
    public var analyzer: Analyzer
    public var parameters: BM25FParameters

    public init(synonyms: SynonymTable, analyzer: Analyzer = .standard, parameters: BM25FParameters = .standard) {
        self.synonyms = synonyms
        self.analyzer = analyzer
        self.parameters = parameters
    }

    public func build(_ articles: [Article]) -> InvertedIndex {
        var state = IndexBuildState(analyzer: analyzer)
        for (document, article) in articles.enumerated() {
            state.index(article, document: document)
        }
        return state.finish(articles: articles, parameters: parameters, synonyms: synonyms)
    }
}
