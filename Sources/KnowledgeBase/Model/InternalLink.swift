/// A link from one article to another (`/articles/ID#anchor`, `ID.md#anchor` or `../ID`).
public struct InternalLink: Hashable, Sendable, Codable {
    public var target: ArticleID
    public var anchor: String?
    /// The 1-based line in the source file, when known.
    public var line: Int?

    public init(target: ArticleID, anchor: String? = nil, line: Int? = nil) {
        self.target = target
        self.anchor = anchor
        self.line = line
    }
}
