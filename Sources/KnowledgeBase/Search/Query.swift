/// A parsed query: one clause per query word (or per synonym phrase), each with the
/// alternative ways a document can match it.
struct Query: Sendable {
    var clauses: [QueryClause]
    /// Words that matched no index term as typed (candidates for "did you mean").
    var unknownWords: [AnalyzedWord]
    var words: [AnalyzedWord]
}

/// One query word (or synonym span) and its alternatives; a document scores its best alternative.
struct QueryClause: Sendable {
    var text: String
    var alternatives: [QueryAlternative]
    /// Term ids that stand for this clause in adjacent-pair (proximity) scoring: first and last exact term.
    var firstTerm: Int32?
    var lastTerm: Int32?
}

struct QueryAlternative: Sendable {
    enum Kind: Sendable, Equatable, CustomStringConvertible {
        case exact, compoundParts, synonym, fuzzy(distance: Int), prefix

        var description: String {
            switch self {
            case .exact: return "exact"
            case .compoundParts: return "compound parts"
            case .synonym: return "synonym"
            case .fuzzy(let distance): return "typo (distance \(distance))"
            case .prefix: return "prefix"
            }
        }
    }

    var kind: Kind
    var weight: Double
    /// Term ids, in order; several terms score as a phrase (their terms plus their bigrams).
    var terms: [Int32]
    var bigrams: [Int32]
}
