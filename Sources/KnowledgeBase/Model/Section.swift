/// A heading and the content under it, up to the next heading of any level.
public struct Section: Hashable, Sendable, Codable {
    /// Plain text of the heading; empty for the text before the first heading.
    public var heading: String
    /// 1...6; 0 for the text before the first heading.
    public var level: Int
    /// The heading's `id`, stable across edits of other sections; empty for the lead section.
    public var anchor: String
    /// Plain text of the section body (not including the heading).
    public var text: String
    /// Sanitized HTML of the section body (not including the heading).
    public var html: String
    /// The text of each link to another article, where it is in `text`.
    public var linkTexts: [LinkText]

    public init(heading: String, level: Int, anchor: String, text: String, html: String, linkTexts: [LinkText] = []) {
        self.heading = heading
        self.level = level
        self.anchor = anchor
        self.text = text
        self.html = html
        self.linkTexts = linkTexts
    }

    /// The text of a link to another article ("See [missing registration email](…)"): words
    /// that name the target rather than the article they are in.
    public struct LinkText: Hashable, Sendable, Codable {
        public var target: ArticleID
        /// UTF-8 offsets in the section's `text`.
        public var range: Range<Int>

        public init(target: ArticleID, range: Range<Int>) {
            self.target = target
            self.range = range
        }
    }
}
