/// One help article, whatever its source format: the single document model that
/// search, the Diagnoser and the server read.
public struct Article: Hashable, Sendable, Codable {
    public enum Format: String, Hashable, Sendable, Codable { case markdown, html }

    public var id: ArticleID
    public var title: String
    /// One sentence a search result can show.
    public var summary: String
    public var category: Category?
    /// Who the article is for; staff articles are left out of everything a patient browses.
    public var audience: Audience
    /// Other ways people ask for this article, in their words.
    public var aliases: [String]
    /// The portal errors this article explains, with the exact messages shown.
    public var errors: [ErrorMessage]
    /// The causes this article explains, for the Diagnoser (front matter `causes`).
    public var causes: [CauseDefinition]
    public var related: [ArticleID]
    /// The app's routes or step names this article helps with (`registration/verify-identity`,
    /// `sign-in`): the embedded help panel suggests it there first (front matter `contexts`).
    public var contexts: [String]
    /// `YYYY-MM-DD`, as written in the front matter.
    public var updated: String?
    /// Sections in document order; text before the first heading is a section with an empty heading.
    public var sections: [Section]
    /// Links to other articles of the knowledge base, for `check` and for related navigation.
    public var links: [InternalLink]
    /// The sanitized body HTML, safe to embed in a page.
    public var html: String
    /// Where the article came from, relative to the content folder.
    public var sourcePath: String
    public var format: Format

    public init(
        id: ArticleID, title: String, summary: String = "", category: Category? = nil, audience: Audience = .default,
        aliases: [String] = [], errors: [ErrorMessage] = [], causes: [CauseDefinition] = [],
        related: [ArticleID] = [], contexts: [String] = [], updated: String? = nil, sections: [Section] = [],
        links: [InternalLink] = [], html: String = "", sourcePath: String = "", format: Format = .markdown
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.category = category
        self.audience = audience
        self.aliases = aliases
        self.errors = errors
        self.causes = causes
        self.related = related
        self.contexts = contexts
        self.updated = updated
        self.sections = sections
        self.links = links
        self.html = html
        self.sourcePath = sourcePath
        self.format = format
    }

    /// The plain text of the whole body, section by section.
    public var plainText: String { sections.map(\.text).joined(separator: "\n\n") }

    /// The section whose anchor is `anchor`, if any.
    public func section(anchor: String) -> Section? { sections.first { $0.anchor == anchor } }
}
