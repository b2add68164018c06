/// What a person asked for: the text as typed, how many hits, and an optional category filter.
public struct SearchRequest: Hashable, Sendable {
    public var query: String
    public var limit: Int
    public var category: Category?
    /// Attach a score explanation to each hit.
    public var explain: Bool

    public init(query: String, limit: Int = 10, category: Category? = nil, explain: Bool = false) {
        self.query = query
        self.limit = limit
        self.category = category
        self.explain = explain
    }
}
