/// A synonym alternative (`SynonymFilter.Alternative`) in the index's ids, resolved once when
/// the index is built: its word keys' terms, and the bigrams of its words' stems, which match
/// it as a phrase. A query then reads it by the alternative's number, with no string built or
/// hashed per query.
struct SynonymTerms: Sendable {
    /// The word keys' index terms, in order.
    var terms: [Int32]
    /// The adjacent stem pairs that occur in the collection.
    var bigrams: [Int32]
    /// Keys a document must hold (`QueryAlternative.requiredKeys`; a pair the collection never
    /// has can never be found).
    var requiredKeys: Int

    /// Nil when the collection lacks one of the alternative's words.
    init?(_ alternative: SynonymFilter.Alternative, filter: SynonymFilter, termID: TermDictionary, bigramID: BigramTable) {
        var terms: [Int32] = []
        var stems: [Int32] = []
        for word in alternative.words {
            guard let term = termID[SynonymFilter.indexTerm(forWordKey: word)] else { return nil }
            terms.append(term)
            if let stem = filter.stem(ofWordKey: word).flatMap({ termID[$0] }) { stems.append(stem) }
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
        bigrams = bigramID.ids(ofAdjacent: stems)
        requiredKeys = QueryAlternative.requiredKeys(terms: terms.count, phraseWords: stems.count)
    }
}
