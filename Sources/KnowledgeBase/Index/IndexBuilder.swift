import Foundation

/// Builds an `InvertedIndex` from articles, spread over the cores: the documents are cut
/// into consecutive chunks; each chunk's text is tokenized straight from UTF-8 and each of
/// its distinct raw words analyzed once (so the cost per word is a hash lookup); the
/// vocabularies are merged in document order; then each chunk writes its postings and the
/// chunks are joined. The result is the same as one pass over the documents in order.
public struct IndexBuilder: Sendable {
    public var synonyms: SynonymTable
    public var analyzer: Analyzer
    public var parameters: BM25FParameters
    /// Documents per chunk at least (small collections are built in one chunk).
    static let minimumChunkSize = 128

    public init(synonyms: SynonymTable, analyzer: Analyzer = .standard, parameters: BM25FParameters = .standard) {
        self.synonyms = synonyms
        self.analyzer = analyzer
        self.parameters = parameters
    }

    public func build(_ articles: [Article]) -> InvertedIndex {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // A few chunks per core even out uneven documents; each chunk re-analyzes the words
        // it shares with earlier ones, so not many more.
        let chunkCount = max(1, min(cores * 2, articles.count / Self.minimumChunkSize))
        var chunks = (0..<chunkCount).map { chunk in
            IndexChunk(documents: (articles.count * chunk / chunkCount)..<(articles.count * (chunk + 1) / chunkCount),
                       analyzer: analyzer)
        }
        let incoming = IndexChunk.incomingLinkTexts(articles)
        Parallel.update(&chunks) { _, chunk in chunk.collectVocabulary(articles, incoming: incoming) }
        var state = IndexBuildState(analyzer: analyzer, synonymFilter: SynonymFilter(table: synonyms, analyzer: analyzer))
        let wordMaps = chunks.map { state.mergeVocabulary(of: $0) }
        let words = IndexChunk.WordTerms(start: state.wordTermStart, terms: state.wordTerms, keyTerm: state.wordKeyTerm,
                                         particle: state.wordParticle, pairTerms: state.wordPairTerms,
                                         particleCount: state.synonymFilter.particles.count)
        Parallel.update(&chunks) { number, chunk in
            chunk.index(articles, incoming: incoming, wordMap: wordMaps[number], words: words)
        }
        return state.finish(chunks: chunks, articles: articles, parameters: parameters, synonyms: synonyms)
    }
}
