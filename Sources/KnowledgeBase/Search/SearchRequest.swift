/// What a person asked for: the text as typed, how many hits, an optional category filter,
/// and who is reading (staff articles are found only for `audience: .staff`).
public struct SearchRequest: Hashable, Sendable {
    public var query: String
    public var limit: Int
    public var category: Category?
    /// Who is searching: patients see patient articles; staff see both.
    public var audience: Audience
    /// Attach a score explanation to each hit.
    public var explain: Bool
    /// Work out a "did you mean" for misspelled words. Callers that show only the hits (the
    /// Diagnoser's fallback) leave it out: on a long message it costs as much as the search.
    public var suggestsSpelling: Bool

    public init(query: String, limit: Int = 10, category: Category? = nil, audience: Audience = .patient, explain: Bool = false,
                suggestsSpelling: Bool = true) {
        self.query = query
        self.suggestsSpelling = suggestsSpelling
        self.limit = limit
        self.category = category
        self.audience = audience
        self.explain = explain
    }
}
