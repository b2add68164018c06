/// One article found for a query, with its best-matching section.
public struct SearchHit: Hashable, Sendable, Codable {
    public var id: ArticleID
    public var title: String
    public var category: Category?
    /// Anchor of the best-matching section; empty when the lead section matches best.
    public var anchor: String
    /// A short passage with matched words wrapped in `<mark>`; everything else HTML-escaped.
    public var snippet: String
    public var score: Double
    /// Why the hit scored as it did, when asked for.
    public var explanation: Explanation?
    /// The article covers only part of the query (see the match policy): related, not a
    /// match, and not counted in `total`.
    public var partial: Bool = false

    public init(
        id: ArticleID, title: String, category: Category?, anchor: String, snippet: String,
        score: Double, explanation: Explanation? = nil, partial: Bool = false
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.anchor = anchor
        self.snippet = snippet
        self.score = score
        self.explanation = explanation
        self.partial = partial
    }
}
