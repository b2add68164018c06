/// The answer to a `SearchRequest`: hits best first, how many matched in all, and a
/// "did you mean" suggestion when nothing (or little) matched.
public struct SearchResults: Hashable, Sendable, Codable {
    public var query: String
    /// All articles that match the query (see the match policy), before the limit.
    public var total: Int
    public var hits: [SearchHit]
    public var suggestion: String?
    /// Whether the best hit answers the query. False when no article covers enough of the
    /// query's words (the hits are then only related: `total` is 0) or when the best one
    /// matches weakly: the help center then says it has no article on this.
    public var confident: Bool

    public init(query: String, total: Int, hits: [SearchHit], suggestion: String? = nil, confident: Bool = true) {
        self.query = query
        self.confident = confident
        self.total = total
        self.hits = hits
        self.suggestion = suggestion
    }
}
