/// The mutable state of one index build (see `IndexBuilder`).
struct IndexBuildState {
    let analyzer: Analyzer
    private var words = ByteStringInterner()
    /// Per raw word: its index terms are `wordTerms[wordTermStart[w]..<wordTermStart[w+1]]`.
    private var wordTermStart: [Int32] = [0]
    private var wordTerms: [Int32] = []
    private var wordSurface: [Int32] = []
    private var surfaceID: [String: Int32] = [:]
    private var surfaceWords: [String] = []
    private var surfaceTerm: [Int32] = []
    private var surfaceTermCount: [UInt8] = []
    private var surfaceFrequency: [Int32] = []
    private var termID: [String: Int32] = [:]
    private var terms: [String] = []
    private var bigrams = IntegerPairTable()
    private var termAccumulator = DocumentAccumulator()
    private var bigramAccumulator = DocumentAccumulator()
    private var lengths: [Int32] = []
    private var documentLengths = [Int32](repeating: 0, count: IndexField.count)
    private var forward = ForwardIndex()
    private var scratch: [UInt8] = []

    init(analyzer: Analyzer) {
        self.analyzer = analyzer
        termAccumulator.tracksSections = true
    }

    mutating func index(_ article: Article, document: Int) {
        add(article.title, field: .title)
        for alias in article.aliases { add(alias, field: .aliases) }
        for error in article.errors { for message in error.allMessages { add(message, field: .errors) } }
        if !article.summary.isEmpty { add(article.summary, field: .body) }
        for (number, section) in article.sections.enumerated() {
            add(section.heading, field: .headings, section: number, headingTerms: true)
            forward.headingStart.append(Int32(forward.headingTerm.count))
            add(section.text, field: .body, section: number, forwardTokens: true)
            forward.tokenStart.append(Int32(forward.term.count))
        }
        forward.sectionStart.append(Int32(forward.tokenStart.count - 1))
        lengths.append(contentsOf: documentLengths)
        for field in 0..<IndexField.count { documentLengths[field] = 0 }
        termAccumulator.finishDocument(document)
        bigramAccumulator.finishDocument(document)
    }

    /// Indexes one text of a field; adjacent terms form bigrams within this text only.
    private mutating func add(_ text: String, field: IndexField, section: Int = -1, forwardTokens: Bool = false, headingTerms: Bool = false) {
        guard !text.isEmpty else { return }
        var text = text
        var previousTerm: Int32 = -1
        let fieldIndex = field.rawValue
        let tokenizer = analyzer.tokenizer
        text.withUTF8 { bytes in
            tokenizer.scan(bytes) { raw in
                let word = wordID(raw, bytes)
                surfaceFrequency[Int(wordSurface[word])] += 1
                for position in Int(wordTermStart[word])..<Int(wordTermStart[word + 1]) {
                    let term = wordTerms[position]
                    documentLengths[fieldIndex] += 1
                    termAccumulator.add(key: Int(term), field: fieldIndex, section: section)
                    if raw.positionIncrement > 0 {
                        if previousTerm >= 0 {
                            bigramAccumulator.add(key: bigrams.intern(previousTerm, term), field: fieldIndex)
                        }
                        previousTerm = term
                    }
                    if forwardTokens {
                        forward.term.append(term)
                        forward.offset.append(Int32(raw.start))
                        forward.length.append(UInt16(min(raw.end - raw.start, Int(UInt16.max))))
                    }
                    if headingTerms { forward.headingTerm.append(term) }
                }
            }
        }
    }

    /// The id of a raw word, analyzing it the first time it is seen.
    private mutating func wordID(_ raw: Tokenizer.RawToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let slice = UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
        let interned: (id: Int, isNew: Bool)
        if raw.isCompoundWhole {
            scratch.removeAll(keepingCapacity: true)
            for byte in slice where byte != UInt8(ascii: "-") { scratch.append(byte) }
            interned = scratch.withUnsafeBufferPointer { words.intern($0) }
        } else {
            interned = words.intern(slice)
        }
        guard interned.isNew else { return interned.id }
        let surface = analyzer.surface(raw.text(in: bytes))
        let surfaceIndex: Int32
        if let known = surfaceID[surface] {
            surfaceIndex = known
        } else {
            let analyzed = analyzer.terms(ofSurface: surface)
            surfaceIndex = Int32(surfaceWords.count)
            surfaceID[surface] = surfaceIndex
            surfaceWords.append(surface)
            surfaceFrequency.append(0)
            surfaceTerm.append(analyzed.first.map { intern(term: $0.term) } ?? -1)
            surfaceTermCount.append(UInt8(min(analyzed.count, 2)))
        }
        wordSurface.append(surfaceIndex)
        for token in analyzer.terms(ofSurface: surface) { wordTerms.append(intern(term: token.term)) }
        wordTermStart.append(Int32(wordTerms.count))
        return interned.id
    }

    private mutating func intern(term: String) -> Int32 {
        if let id = termID[term] { return id }
        let id = Int32(terms.count)
        termID[term] = id
        terms.append(term)
        return id
    }

    mutating func finish(articles: [Article], parameters: BM25FParameters, synonyms: SynonymTable) -> InvertedIndex {
        let fields = IndexField.count
        let documents = articles.count
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
        let postings = termAccumulator.postingLists(keyCount: terms.count, norms: norms, weights: weights)
        let bigramPostings = bigramAccumulator.postingLists(keyCount: bigrams.count, norms: norms, weights: weights)
        return InvertedIndex(
            articles: articles,
            statistics: CollectionStatistics(documentCount: documents, averageFieldLength: average),
            parameters: parameters, synonyms: synonyms, analyzer: analyzer,
            terms: terms, termID: termID, postings: postings, bigramID: bigrams, bigramPostings: bigramPostings,
            norms: norms, fieldLengths: lengths,
            surfaces: SurfaceDictionary(words: surfaceWords, terms: surfaceTerm, frequencies: surfaceFrequency,
                                        termCounts: surfaceTermCount),
            forward: forward)
    }
}
