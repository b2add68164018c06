/// "Did you mean": replaces each word the query read as misspelled (`Query.misspelledWords`)
/// with its most frequent word form within the typo allowance (two letters swapped back in a
/// shorter word; any one edit for words of 3 letters or more when nothing was found at all),
/// or, for a word with none, the words the query read it as (`Query.writtenApart`), keeping
/// the rest of the text as typed. A word of the language (`Analyzer.words`: "pay", "chat",
/// "dose") is spelled right though no article writes it; an article's word that looks like it
/// ("day", "chart", "done") is offered only when the two stand side by side with a
/// neighbouring word of the query in some article ("sing out" → "sign out"): a real-word error
/// is told by its context (Mays, Damerau and Mercer's noisy channel, with the articles' word
/// pairs for the language model).
struct SpellingSuggester {
    let index: InvertedIndex
    let typos: TypoTolerance
    /// Who searches: only words of the articles they see are offered.
    var reader: Audience? = nil

    func suggestion(for text: String, query: Query, nothingFound: Bool) -> String? {
        guard !query.misspelledWords.isEmpty else { return nil }
        let expander = TermExpander(surfaces: index.surfaces, typos: typos, found: index.termReaders.terms(foundBy: reader))
        var replacements: [(start: Int, end: Int, word: String)] = []
        for word in query.misspelledWords {
            // Any one edit when nothing was found; else within the allowance (two letters swapped
            // in a short word), as the query read it.
            let widened = typos.maxDistance(for: word.surface) == 0 && nothingFound && word.surface.count >= 3
                && !word.surface.contains(where: \.isNumber)
            let matches = widened ? expander.typoMatches(of: word.surface, maxDistance: 1)
                : query.typoMatches[word.surface] ?? expander.typoMatches(of: word.surface)
            var candidates = expander.corrections(among: matches, limit: 50)
            if index.analyzer.words?.contains(word.surface) == true {
                let (previous, next) = neighbourTerms(of: word, in: query.words)
                candidates.removeAll { candidate in
                    !(previous.map { index.pairFrequency($0, candidate.term) != nil } == true
                        || next.map { index.pairFrequency(candidate.term, $0) != nil } == true)
                }
            }
            guard let best = candidates.max(by: { ($0.frequency, -$0.distance) < ($1.frequency, -$1.distance) }) else {
                // Words typed together, as the query read them ("phonenumber": "phone number").
                if let apart = query.writtenApart[word.surface] { replacements.append((word.start, word.end, apart)) }
                continue
            }
            replacements.append((word.start, word.end, index.surfaces.word(best.surface)))
        }
        guard !replacements.isEmpty else { return nil }
        var utf8 = Array(text.utf8)
        for replacement in replacements.sorted(by: { $0.start > $1.start }) {
            utf8.replaceSubrange(replacement.start..<replacement.end, with: Array(replacement.word.utf8))
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The index terms of the query words just before and just after `word` (stop words aside,
    /// as the index pairs words): a correction must stand beside one of them in some article.
    private func neighbourTerms(of word: AnalyzedWord, in words: [AnalyzedWord]) -> (previous: Int32?, next: Int32?) {
        guard let position = words.firstIndex(where: { $0.start == word.start }) else { return (nil, nil) }
        let previous = position > 0 ? words[position - 1].terms.last.flatMap { index.termID[$0] } : nil
        let next = position + 1 < words.count ? words[position + 1].terms.first.flatMap { index.termID[$0] } : nil
        return (previous, next)
    }
}
