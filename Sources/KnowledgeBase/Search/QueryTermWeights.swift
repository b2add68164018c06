/// For picking sections and snippets: each term of a query's alternatives, the clause it
/// belongs to and how much finding it is worth: the alternative's weight × the idf the scorer
/// gives the term (`ScoredKey`), so an expansion counts with the typed word's idf, never its
/// own rarity, in the link and the snippet as in the rank. Lookups go through a small bit
/// filter first, since most words of a section are not query terms.
struct QueryTermWeights {
    private(set) var terms: [Int32] = []
    private(set) var entries: [(clause: Int, weight: Float)] = []
    private var filter = [UInt64](repeating: 0, count: 64)
    let clauseCount: Int

    init(query: Query) {
        clauseCount = query.clauses.count
        // Room for every term at once, and the clauses read in place: no list regrown or copied.
        var termCount = 0
        for clause in query.clauses.indices {
            for number in query.clauses[clause].alternatives.indices {
                termCount += query.clauses[clause].alternatives[number].terms.count
            }
        }
        terms.reserveCapacity(termCount)
        entries.reserveCapacity(termCount)
        for clause in query.clauses.indices {
            for number in query.clauses[clause].alternatives.indices {
                let alternativeWeight = Float(query.clauses[clause].alternatives[number].weight)
                for key in query.clauses[clause].alternatives[number].keys where !key.isBigram {
                    let term = key.key, weight = alternativeWeight * key.idf
                    if let known = terms.firstIndex(of: term) {
                        if entries[known].weight < weight { entries[known] = (clause, weight) }
                        continue
                    }
                    terms.append(term)
                    entries.append((clause, weight))
                    let bit = Int(term) & 4095
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
    }

    @inline(__always)
    subscript(term: Int32) -> (clause: Int, weight: Float)? {
        let bit = Int(term) & 4095
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        guard let index = terms.firstIndex(of: term) else { return nil }
        return entries[index]
    }
}
