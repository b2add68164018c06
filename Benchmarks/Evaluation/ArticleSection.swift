import KnowledgeBase

/// A section of an article as a relevance set names it: `id#anchor`, or `id#` for the lead
/// (the text before the first heading, where a link without an anchor lands).
public struct ArticleSection: Hashable, Sendable, CustomStringConvertible {
    public var article: ArticleID
    public var anchor: String

    public init(article: ArticleID, anchor: String) {
        self.article = article
        self.anchor = anchor
    }

    /// `id#anchor` (`id#`: the lead); nil without a `#`, or with an empty id.
    public init?(_ text: String) {
        guard let hash = text.firstIndex(of: "#") else { return nil }
        let id = text[..<hash], anchor = text[text.index(after: hash)...]
        guard !id.isEmpty else { return nil }
        self.init(article: ArticleID(String(id)), anchor: String(anchor))
    }

    public var description: String { "\(article.rawValue)#\(anchor)" }
}
