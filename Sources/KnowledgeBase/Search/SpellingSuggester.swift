/// "Did you mean": replaces each word the query read as misspelled (`Query.misspelledWords`)
/// with its most frequent word form within the typo allowance (two letters swapped back in a
/// shorter word; any one edit for words of 3 letters or more when nothing was found at all),
/// or, for a word with none, the words the query read it as (`Query.writtenApart`), keeping
/// the rest of the text as typed.
struct SpellingSuggester {
    let index: InvertedIndex
    let typos: TypoTolerance

    func suggestion(for text: String, query: Query, nothingFound: Bool) -> String? {
        guard !query.misspelledWords.isEmpty else { return nil }
        let expander = TermExpander(surfaces: index.surfaces, typos: typos)
        var replacements: [(start: Int, end: Int, word: String)] = []
        for word in query.misspelledWords {
            // Any one edit when nothing was found; else within the allowance (two letters swapped
            // in a short word), as the query read it.
            let widened = typos.maxDistance(for: word.surface) == 0 && nothingFound && word.surface.count >= 3
                && !word.surface.contains(where: \.isNumber)
            let matches = widened ? expander.typoMatches(of: word.surface, maxDistance: 1)
                : query.typoMatches[word.surface] ?? expander.typoMatches(of: word.surface)
            let candidates = expander.corrections(among: matches, limit: 50)
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
}
