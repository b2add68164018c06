/// For picking sections and snippets: each term of a query's alternatives, the clause it
/// belongs to and how much finding it is worth: the alternative's weight × the idf the scorer
/// gives the term (`ScoredKey`), so an expansion counts with the typed word's idf, never its
/// own rarity, in the link and the snippet as in the rank; and the question the query asks.
/// Lookups go through a small bit filter first, since most words of a section are not query
/// terms.
struct QueryTermWeights {
    private(set) var terms: [Int32] = []
    private(set) var entries: [(clause: Int, weight: Float)] = []
    private var filter = [UInt64](repeating: 0, count: 64)
    let clauseCount: Int
    /// The question the query asks (`Query.asked`).
    let asked: QuestionWords
    /// For section choice, each alternative's terms (as places in `terms`) with their
    /// weights: those of one term (most), and those of several (a phrase), whose terms count
    /// together, in `phrases`' ranges.
    private(set) var singleTerms: [(term: Int, clause: Int, weight: Float)] = []
    private(set) var phraseTerms: [(term: Int, weight: Float)] = []
    private(set) var phrases: [(clause: Int, terms: Range<Int>)] = []

    init(query: Query) {
        clauseCount = query.clauses.count
        asked = query.asked
        // Room for every term at once, and the clauses read in place: no list regrown or copied.
        var termCount = 0
        for clause in query.clauses.indices {
            for number in query.clauses[clause].alternatives.indices {
                termCount += query.clauses[clause].alternatives[number].terms.count
            }
        }
        terms.reserveCapacity(termCount)
        entries.reserveCapacity(termCount)
        singleTerms.reserveCapacity(termCount)
        for clause in query.clauses.indices {
            for number in query.clauses[clause].alternatives.indices {
                let alternativeWeight = Float(query.clauses[clause].alternatives[number].weight)
                let isPhrase = query.clauses[clause].alternatives[number].terms.count > 1
                let phraseStart = phraseTerms.count
                for key in query.clauses[clause].alternatives[number].keys where !key.isBigram {
                    let term = key.key, weight = alternativeWeight * key.idf
                    let place = terms.firstIndex(of: term) ?? terms.count
                    if isPhrase { phraseTerms.append((place, weight)) } else { singleTerms.append((place, clause, weight)) }
                    if place < terms.count {
                        if entries[place].weight < weight { entries[place] = (clause, weight) }
                        continue
                    }
                    terms.append(term)
                    entries.append((clause, weight))
                    let bit = Int(term) & 4095
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
                if isPhrase { phrases.append((clause, phraseStart..<phraseTerms.count)) }
            }
        }
    }

    @inline(__always)
    subscript(term: Int32) -> (clause: Int, weight: Float)? {
        place(of: term).map { entries[$0] }
    }

    /// The place of `term` in `terms`, or nil when it is no query term.
    @inline(__always)
    func place(of term: Int32) -> Int? {
        let bit = Int(term) & 4095
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return terms.firstIndex(of: term)
    }
}
