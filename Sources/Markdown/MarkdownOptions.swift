/// What the parser and renderer do beyond CommonMark.
public struct MarkdownOptions: Sendable, Equatable {
    /// GFM tables.
    public var tables = false
    /// GFM `~~strikethrough~~`.
    public var strikethrough = false
    /// GFM extended autolinks (`www.`, `https://`, email addresses without angle brackets).
    public var autolinks = false
    /// GFM tag filter: `<script>`, `<title>`, … in raw HTML are escaped.
    public var tagFilter = false
    /// GFM task list items (`- [ ]`, `- [x]`).
    public var taskLists = false
    /// Heading anchor ids: slug of the text, de-duplicated within the page, or a trailing `{#custom-id}`.
    public var headingIDs = false
    /// `> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` block quotes as labelled callouts.
    public var callouts = false
    /// Docs directives (`:::image …:::`, `:::zone`, `[!INCLUDE …]`) degrade to their alt text or nothing.
    public var directives = false

    public init(tables: Bool = false, strikethrough: Bool = false, autolinks: Bool = false,
                tagFilter: Bool = false, taskLists: Bool = false, headingIDs: Bool = false,
                callouts: Bool = false, directives: Bool = false) {
        self.tables = tables
        self.strikethrough = strikethrough
        self.autolinks = autolinks
        self.tagFilter = tagFilter
        self.taskLists = taskLists
        self.headingIDs = headingIDs
        self.callouts = callouts
        self.directives = directives
    }

    /// Pure CommonMark 0.31.2.
    public static let commonMark = MarkdownOptions()

    /// CommonMark plus the GitHub extensions: tables, strikethrough, extended autolinks, tag filter, task lists.
    public static let gfm = MarkdownOptions(
        tables: true, strikethrough: true, autolinks: true, tagFilter: true, taskLists: true)

    /// Help content (the default): GFM plus heading anchors, callouts and degraded docs directives.
    public static let helpContent = MarkdownOptions(
        tables: true, strikethrough: true, autolinks: true, tagFilter: true, taskLists: true,
        headingIDs: true, callouts: true, directives: true)
}
