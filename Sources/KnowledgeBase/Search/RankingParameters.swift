/// How matches other than the exact word count, and the boosts on top of BM25F.
public struct RankingParameters: Hashable, Sendable {
    /// Weight of a synonym's score relative to the word as typed.
    public var synonymWeight: Double
    /// Weight of a typo-corrected term, for distance 1 and 2.
    public var fuzzyWeights: [Double]
    /// Weight of a completion of the last word (search as you type).
    public var prefixWeight: Double
    /// Most completions of the last word tried, by frequency.
    public var maxPrefixTerms: Int
    /// Most typo candidates tried per word, by frequency.
    public var maxFuzzyTerms: Int
    /// Weight of adjacent query words found adjacent in a document (bigram BM25F).
    public var proximityWeight: Double
    /// Queries with more words than this are taken as pasted, not typed: no typo or prefix expansion.
    public var maxWordsForTypos: Int
    /// The score is multiplied by `(matched words / query words) ^ coordinationExponent`.
    public var coordinationExponent: Double

    public init(synonymWeight: Double = 0.9, fuzzyWeights: [Double] = [0.6, 0.4], prefixWeight: Double = 0.7,
                maxPrefixTerms: Int = 30, maxFuzzyTerms: Int = 10, proximityWeight: Double = 0.4,
                coordinationExponent: Double = 0.5, maxWordsForTypos: Int = 8) {
        self.maxWordsForTypos = maxWordsForTypos
        self.synonymWeight = synonymWeight
        self.fuzzyWeights = fuzzyWeights
        self.prefixWeight = prefixWeight
        self.maxPrefixTerms = maxPrefixTerms
        self.maxFuzzyTerms = maxFuzzyTerms
        self.proximityWeight = proximityWeight
        self.coordinationExponent = coordinationExponent
    }

    public static let standard = RankingParameters()
}
