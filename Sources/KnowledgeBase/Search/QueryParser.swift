/// Turns query text into clauses: analyzes it with the index's analyzer, groups synonym
/// phrases, and adds each word's alternatives: compound parts, synonyms, typo corrections
/// (for words the collection does not know) and, when the text does not end in whitespace
/// or punctuation, completions of the last word; both only in queries short enough to be
/// typed (`RankingParameters.maxWordsForTypos`), not in pasted messages.
struct QueryParser: Sendable {
    let index: InvertedIndex
    let ranking: RankingParameters
    let typos: TypoTolerance

    /// Words of a query read at most; the rest of a very long paste adds nothing but cost.
    static let maxWords = 256

    /// Parses `text`; `prefix` forces (or forbids) treating the last word as a prefix.
    func parse(_ text: String, prefix: Bool? = nil) -> Query {
        let surfaces = index.surfaces, terms = index.terms
        var words = index.analyzer.analyzeWords(text) { surface in
            guard let found = surfaces.find(surface) else { return nil }
            switch surfaces.termCount[found] {
            case 0: return []
            case 1: return [terms[Int(surfaces.term[found])]]
            default: return nil
            }
        }
        if words.isEmpty {
            words = index.analyzer.keepingStopWords.analyzeWords(text)
        }
        if words.count > Self.maxWords { words.removeLast(words.count - Self.maxWords) }
        let lastIsOpen = prefix ?? (text.unicodeScalars.last.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false)
        let expander = TermExpander(surfaces: index.surfaces, typos: typos)
        let matches = index.synonymFilter.matches(in: words.map(\.key))
        var clauses: [QueryClause] = []
        var unknown: [AnalyzedWord] = []
        var position = 0
        var matchIndex = 0
        while position < words.count {
            let match = matchIndex < matches.count && matches[matchIndex].range.lowerBound == position ? matches[matchIndex] : nil
            let span = match?.range ?? position..<(position + 1)
            if match != nil { matchIndex += 1 }
            let spanWords = Array(words[span])
            var alternatives: [QueryAlternative] = []
            let exactTerms = spanWords.flatMap(\.terms).map { index.termID[$0] }
            let exactIDs = exactTerms.compactMap { $0 }
            if exactIDs.count == exactTerms.count, !exactIDs.isEmpty {
                alternatives.append(alternative(.exact, 1, exactIDs))
            }
            if spanWords.count == 1 {
                let word = spanWords[0]
                // Built only when a typo or prefix expansion needs it (most words need neither).
                func own() -> Set<Int32> { Set(exactIDs) }
                if word.parts.count > 1 {
                    let parts = word.parts.compactMap { index.termID[$0] }
                    if parts.count == word.parts.count { alternatives.append(alternative(.compoundParts, 0.9, parts)) }
                }
                let known = exactIDs.count == exactTerms.count && !exactIDs.isEmpty
                if !known { unknown.append(word) }
                if !known && words.count <= ranking.maxWordsForTypos {
                    for candidate in expander.corrections(of: word.surface, excluding: own(), limit: ranking.maxFuzzyTerms) {
                        let weight = ranking.fuzzyWeights[min(candidate.distance, ranking.fuzzyWeights.count) - 1]
                        alternatives.append(alternative(.fuzzy(distance: candidate.distance), weight, [candidate.term]))
                    }
                }
                if lastIsOpen, span.upperBound == words.count, word.end == text.utf8.count,
                   words.count <= ranking.maxWordsForTypos {
                    for candidate in expander.completions(of: word.surface, excluding: own(), limit: ranking.maxPrefixTerms) {
                        alternatives.append(alternative(.prefix, ranking.prefixWeight, [candidate.term]))
                    }
                }
            }
            for synonym in match?.alternatives ?? [] {
                let terms = synonym.flatMap { $0.split(separator: " ").map(String.init) }.map { index.termID[$0] }
                let ids = terms.compactMap { $0 }
                guard ids.count == terms.count, !ids.isEmpty else { continue }
                alternatives.append(alternative(.synonym, ranking.synonymWeight, ids))
            }
            let text = spanWords.map(\.surface).joined(separator: " ")
            clauses.append(QueryClause(text: text, alternatives: alternatives,
                                       firstTerm: exactIDs.count == exactTerms.count ? exactIDs.first : nil,
                                       lastTerm: exactIDs.count == exactTerms.count ? exactIDs.last : nil))
            position = span.upperBound
        }
        return Query(clauses: clauses, unknownWords: unknown, words: words)
    }

    private func alternative(_ kind: QueryAlternative.Kind, _ weight: Double, _ terms: [Int32]) -> QueryAlternative {
        var bigrams: [Int32] = []
        if terms.count > 1 {
            for index in 1..<terms.count {
                if let bigram = self.index.bigramID.find(terms[index - 1], terms[index]) { bigrams.append(Int32(bigram)) }
            }
        }
        return QueryAlternative(kind: kind, weight: weight, terms: terms, bigrams: bigrams)
    }
}
