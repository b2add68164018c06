/// The global state of one index build (see `IndexBuilder`): the vocabulary merged from
/// the chunks' vocabularies in document order, then the chunks' postings, bigrams, lengths
/// and forward indexes concatenated. Ids come out as a one-pass build over the documents
/// in order would give them.
struct IndexBuildState {
    let analyzer: Analyzer
    private var words = ByteStringInterner(capacity: 1 << 16)
    /// Per raw word: its index terms are `wordTerms[wordTermStart[w]..<wordTermStart[w+1]]`.
    private(set) var wordTermStart: [Int32] = [0]
    private(set) var wordTerms: [Int32] = []
    /// Per raw word: the index term of its synonym word key (see `SynonymFilter`), or -1.
    private(set) var wordKeyTerm: [Int32] = []
    /// Per raw word: its number in `synonymFilter.particles` when it spells a particle, or -1.
    private(set) var wordParticle: [Int8] = []
    /// Per raw word and particle (`word * particles + particle`): the index term of the word's
    /// key joined with the particle ("=sign in") when a rule writes the pair, or -1.
    private(set) var wordPairTerms: [Int32] = []
    private var wordSurface: [Int32] = []
    private var surfaceID: [String: Int32] = [:]
    private var surfaceWords: [String] = []
    private var surfaceTerm: [Int32] = []
    private var surfaceTermCount: [UInt8] = []
    private var surfaceFrequency: [Int32] = []
    private var termID = TermDictionary()
    private var terms: [String] = []
    private var bigrams = BigramTable()

    let synonymFilter: SynonymFilter

    init(analyzer: Analyzer, synonymFilter: SynonymFilter) {
        self.analyzer = analyzer
        self.synonymFilter = synonymFilter
    }

    /// Adds a chunk's vocabulary (after the chunks before it); returns the global word of
    /// each of the chunk's words.
    mutating func mergeVocabulary(of chunk: IndexChunk) -> [Int32] {
        var map: [Int32] = []
        map.reserveCapacity(chunk.words.count)
        for local in 0..<chunk.words.count {
            let interned = chunk.words.withKey(local) { words.intern($0) }
            if interned.isNew { addWord(surface: chunk.surfaces[local], terms: chunk.wordTerms[local]) }
            surfaceFrequency[Int(wordSurface[interned.id])] += chunk.occurrences[local]
            map.append(Int32(interned.id))
        }
        return map
    }

    /// A new raw word with its surface form and index terms.
    private mutating func addWord(surface: String, terms analyzed: [String]) {
        let surfaceIndex: Int32
        if let known = surfaceID[surface] {
            surfaceIndex = known
        } else {
            surfaceIndex = Int32(surfaceWords.count)
            surfaceID[surface] = surfaceIndex
            surfaceWords.append(surface)
            surfaceFrequency.append(0)
            surfaceTerm.append(analyzed.first.map { intern(term: $0) } ?? -1)
            surfaceTermCount.append(UInt8(min(analyzed.count, 2)))
        }
        wordSurface.append(surfaceIndex)
        for term in analyzed { wordTerms.append(intern(term: term)) }
        wordTermStart.append(Int32(wordTerms.count))
        let key = synonymFilter.wordKey(ofSurface: surface)
        wordKeyTerm.append(key.map { intern(term: SynonymFilter.indexTerm(forWordKey: $0)) } ?? -1)
        // Only a stop word (a word with no terms) is a particle.
        wordParticle.append(analyzed.isEmpty ? synonymFilter.particleNumber(spelledAs: surface).map(Int8.init) ?? -1 : -1)
        for particle in synonymFilter.particles {
            let pair = key.flatMap { synonymFilter.pairKey(ofWordKey: $0, particle: particle) }
            wordPairTerms.append(pair.map { intern(term: SynonymFilter.indexTerm(forWordKey: $0)) } ?? -1)
        }
    }

    private mutating func intern(term: String) -> Int32 {
        let interned = termID.intern(term)
        if interned.isNew { terms.append(term) }
        return interned.id
    }

    /// Joins the indexed chunks (in document order) into the index.
    mutating func finish(chunks: [IndexChunk], articles: [Article], parameters: BM25FParameters,
                         synonyms: SynonymTable) -> InvertedIndex {
        let fields = IndexField.count
        let documents = articles.count
        var lengths: [Int32] = []
        lengths.reserveCapacity(documents * fields)
        var forward = ForwardIndex()
        var bigramMaps: [[Int32]] = []
        // Room for every chunk's pairs (the chunks share many), so the table never grows.
        bigrams = BigramTable(capacity: chunks.reduce(0) { $0 + $1.bigramPairs.count })
        for chunk in chunks {
            lengths += chunk.lengths
            forward.append(chunk.forward)
            bigramMaps.append(chunk.bigramPairs.map { Int32(bigrams.intern($0.first, $0.second)) })
        }
        var average = [Double](repeating: 0, count: fields)
        for document in 0..<documents {
            for field in 0..<fields { average[field] += Double(lengths[document * fields + field]) }
        }
        for field in 0..<fields { average[field] = documents > 0 ? average[field] / Double(documents) : 0 }
        var norms = [Float](repeating: 1, count: documents * fields)
        for document in 0..<documents {
            for field in 0..<fields where average[field] > 0 {
                let b = parameters.b[field]
                norms[document * fields + field] = Float(1 - b + b * Double(lengths[document * fields + field]) / average[field])
            }
        }
        let weights = parameters.weights.map { Float($0) }
        // The two sets of posting lists, the dictionary of word forms and the sections' priors
        // and question words are independent: build them side by side.
        let termParts = chunks.map { (accumulator: $0.termAccumulator, keyMap: [Int32]?.none) }
        let bigramParts = zip(chunks, bigramMaps).map { (accumulator: $0.bigramAccumulator, keyMap: Optional($1)) }
        let (termCount, bigramCount, finalNorms) = (terms.count, bigrams.count, norms)
        let (surfaceWords, surfaceTerm, surfaceFrequency, surfaceTermCount) =
            (self.surfaceWords, self.surfaceTerm, self.surfaceFrequency, self.surfaceTermCount)
        let parts = Parallel.map(4) { part -> FinishedPart in
            switch part {
            case 0:
                let postings = DocumentAccumulator.postingLists(termParts, keyCount: termCount, norms: finalNorms, weights: weights)
                return .termPostings(postings, labelled: postings.keysOccurring(in: InvertedIndex.labelFields),
                                     readers: TermReaders(postings: postings, articles: articles))
            case 1: return .postings(DocumentAccumulator.postingLists(bigramParts, keyCount: bigramCount, norms: finalNorms, weights: weights))
            case 2: return .surfaces(SurfaceDictionary(words: surfaceWords, terms: surfaceTerm, frequencies: surfaceFrequency,
                                                       termCounts: surfaceTermCount))
            default: return .sections(priors: SectionPriors.priors(of: articles), questions: HeadingQuestions(articles: articles))
            }
        }
        guard case .termPostings(let termPostings, let labelledTerms, let termReaders) = parts[0], case .postings(let bigramPostings) = parts[1],
              case .surfaces(let surfaces) = parts[2], case .sections(let sectionPriors, let headingQuestions) = parts[3]
        else { preconditionFailure("parts built out of order") }
        return InvertedIndex(
            articles: articles,
            statistics: CollectionStatistics(documentCount: documents, averageFieldLength: average),
            parameters: parameters, synonyms: synonyms, synonymFilter: synonymFilter, analyzer: analyzer,
            terms: terms, termID: termID, postings: termPostings, labelledTerms: labelledTerms, termReaders: termReaders, bigramID: bigrams, bigramPostings: bigramPostings,
            norms: norms, fieldLengths: lengths,
            sectionPriors: sectionPriors, headingQuestions: headingQuestions,
            surfaces: surfaces,
            forward: forward)
    }
}

/// One of the independent parts that `IndexBuildState.finish` builds side by side.
private enum FinishedPart: Sendable {
    case termPostings(PostingLists, labelled: [Bool], readers: TermReaders)
    case postings(PostingLists)
    case surfaces(SurfaceDictionary)
    case sections(priors: [Float], questions: HeadingQuestions)
}
