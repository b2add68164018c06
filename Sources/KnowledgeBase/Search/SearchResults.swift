/// The answer to a `SearchRequest`: hits best first, how many matched in all, and a
/// "did you mean" suggestion when nothing (or little) matched.
public struct SearchResults: Hashable, Sendable, Codable {
    public var query: String
    /// All matching articles, before the limit.
    public var total: Int
    public var hits: [SearchHit]
    public var suggestion: String?

    public init(query: String, total: Int, hits: [SearchHit], suggestion: String? = nil) {
        self.query = query
        self.total = total
        self.hits = hits
        self.suggestion = suggestion
    }
}
