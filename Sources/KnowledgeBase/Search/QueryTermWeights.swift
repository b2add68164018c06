/// For picking sections and snippets: each term of a query's alternatives, the clause it
/// belongs to and how much finding it is worth (idf × alternative weight). Lookups go
/// through a small bit filter first, since most words of a section are not query terms.
struct QueryTermWeights {
    private(set) var terms: [Int32] = []
    private(set) var entries: [(clause: Int, weight: Float)] = []
    private var filter = [UInt64](repeating: 0, count: 64)
    let clauseCount: Int

    init(query: Query, scorer: BM25FScorer, postings: PostingLists) {
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
                let alternativeWeight = query.clauses[clause].alternatives[number].weight
                for term in query.clauses[clause].alternatives[number].terms {
                    let weight = Float(alternativeWeight * scorer.idf(documentFrequency: postings.documentFrequency(Int(term))))
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
