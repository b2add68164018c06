/// The immutable search index over a set of articles, built once by `IndexBuilder` and
/// shared by any number of concurrent searches. Rebuilding makes a new index; nothing
/// mutates an index in use. A class of constants, so that the searcher, parser and
/// evaluator of each query share it by reference instead of copying its twenty fields.
///
/// Holds per-term posting lists with field frequencies and precomputed BM25F
/// pseudo-frequencies, the same for adjacent-term pairs (bigrams, for phrase and proximity
/// scoring), per-field length norms, collection statistics, a sorted dictionary of word
/// forms (prefix and typo lookup) and per-section term streams (best section, snippets).
public final class InvertedIndex: Sendable {
    /// The indexed articles; document number `d` is `articles[d]`.
    public let articles: [Article]
    public let statistics: CollectionStatistics
    public let parameters: BM25FParameters
    /// The synonym table the index was built with (expanded at query time).
    public let synonyms: SynonymTable

    let analyzer: Analyzer
    let synonymFilter: SynonymFilter
    /// Per synonym alternative (by `SynonymFilter.Alternative.number`), its terms in this
    /// index; nil when the collection lacks one of its words.
    let synonymTerms: [SynonymTerms?]
    /// Index terms by id; `termID` maps back.
    let terms: [String]
    let termID: TermDictionary
    let postings: PostingLists
    let bigramID: BigramTable
    let bigramPostings: PostingLists
    /// `IndexField.count` length norms per document: `1 − b + b · length / averageLength`.
    let norms: [Float]
    /// `IndexField.count` field lengths (in terms) per document.
    let fieldLengths: [Int32]
    let surfaces: SurfaceDictionary
    let forward: ForwardIndex
    /// Every title, alias, error message and heading as words, for the exactness rule.
    let labels: LabelPhrases
    /// Per term: whether some article has it in a label field (title, aliases, error
    /// messages, headings); a question's word that none has is incidental (`QueryClause.isIncidental`).
    let labelledTerms: [Bool]
    /// Per term, who can find it (a word only the staff guides write is no patient's word).
    let termReaders: TermReaders
    /// The fields whose words name what an article is about: the labels `LabelPhrases` reads.
    static let labelFields: [IndexField] = [.title, .aliases, .errors, .headings]
    /// Per section (global number), its worth as a link target before any query (`SectionPriors`).
    let sectionPriors: [Float]
    /// Per section, the question words its heading names (`HeadingQuestions`).
    let headingQuestions: HeadingQuestions
    /// Reusable per-query score arrays (shared by copies of this index; thread-safe).
    let scratchPool = QueryScratchPool()

    init(articles: [Article], statistics: CollectionStatistics, parameters: BM25FParameters, synonyms: SynonymTable,
         synonymFilter: SynonymFilter, analyzer: Analyzer, terms: [String], termID: TermDictionary, postings: PostingLists,
         labelledTerms: [Bool], termReaders: TermReaders, bigramID: BigramTable, bigramPostings: PostingLists, norms: [Float], fieldLengths: [Int32],
         sectionPriors: [Float], headingQuestions: HeadingQuestions, surfaces: SurfaceDictionary, forward: ForwardIndex) {
        self.sectionPriors = sectionPriors
        self.headingQuestions = headingQuestions
        self.articles = articles
        self.statistics = statistics
        self.parameters = parameters
        self.synonyms = synonyms
        self.analyzer = analyzer
        self.synonymFilter = synonymFilter
        self.terms = terms
        self.termID = termID
        self.postings = postings
        self.labelledTerms = labelledTerms
        self.termReaders = termReaders
        self.bigramID = bigramID
        self.bigramPostings = bigramPostings
        self.norms = norms
        self.fieldLengths = fieldLengths
        self.surfaces = surfaces
        self.forward = forward
        labels = LabelPhrases(articles: articles, analyzer: analyzer, surfaces: surfaces, synonyms: synonymFilter)
        synonymTerms = synonymFilter.alternatives.map {
            SynonymTerms($0, filter: synonymFilter, termID: termID, bigramID: bigramID)
        }
    }

    /// Number of distinct index terms.
    public var termCount: Int { terms.count }

    /// Number of distinct adjacent-term pairs.
    public var bigramCount: Int { bigramID.count }

    /// An estimate of the index's own memory (the articles themselves not counted).
    public var estimatedBytes: Int {
        postings.estimatedBytes + bigramPostings.estimatedBytes + bigramID.estimatedBytes + norms.count * 4
            + fieldLengths.count * 4 + labelledTerms.count + termReaders.estimatedBytes + surfaces.estimatedBytes + forward.estimatedBytes + labels.estimatedBytes
            + terms.reduce(0) { $0 + $1.utf8.count + 16 } + termID.estimatedBytes
    }
}

extension InvertedIndex {
    /// The id of `term` when it is among the terms a reader finds (`found`); nil otherwise.
    func termID(_ term: String, foundIn found: TermReaders.Found) -> Int32? {
        termID[term].flatMap { found.contains($0) ? $0 : nil }
    }

    /// How many articles have the terms `first` and `second` next to each other; nil for none.
    func pairFrequency(_ first: Int32, _ second: Int32) -> Int? {
        bigramID.find(first, second).map { bigramPostings.documentFrequency($0) }
    }

    /// The words of `text` as the index's analyzer reads them, the terms of a word form the
    /// collection has read from the dictionary of word forms (the filter chain runs only for
    /// forms it does not have, or that give several terms). With `compoundsApartUnless`, a
    /// hyphenated word that neither those terms (the terms a reader finds, `TermReaders`) nor a
    /// synonym has as one word ("auto-invite", not "e-mail" or "b-day") is read as its parts, as
    /// if typed apart, so each part gets its synonyms, corrections and completions.
    func analyzeWords(_ text: String, keepsStopWords: Bool = false,
                      compoundsApartUnless found: TermReaders.Found? = nil) -> [AnalyzedWord] {
        let surfaces = self.surfaces, terms = self.terms, synonyms = self.synonymFilter
        return analyzer.analyzeWords(
            text, keepsStopWords: keepsStopWords,
            knownTerms: { surface in
                guard let found = surfaces.find(surface) else { return nil }
                switch surfaces.termCount[found] {
                case 0: return []
                case 1: return [terms[Int(surfaces.term[found])]]
                default: return nil
                }
            },
            readsApart: found.map { found in
                { surface, wholeTerms in
                    wholeTerms.contains { self.termID($0, foundIn: found) == nil } && synonyms.wordKey(ofSurface: surface) == nil
                }
            }
        )
    }
}
