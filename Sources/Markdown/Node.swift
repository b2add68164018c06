// One node of the tree. Nodes live in `Document.nodes` and point at each other by index (-1 = none),
// so that deep trees need no recursion to build, walk or free.
struct Node: Sendable {
    var kind: NodeKind
    var parent = -1, first = -1, last = -1, next = -1, prev = -1
    // Text, code, HTML, link destination or code block literal.
    var literal = Span.empty
    // Link title, code block info string, heading anchor id.
    var extra = Span.empty
    // Heading level, list start, table cell alignment, callout kind, task state.
    var number: Int32 = 0
    // List: ordered (1) and tight (2); code block: fenced (1).
    var flags: UInt8 = 0

    // Block-phase state.
    var isOpen = true
    var startLine: Int32 = 0
    var endLine: Int32 = 0
    var marker: UInt8 = 0          // list bullet or delimiter; fence character
    var markerOffset: Int32 = 0    // list item marker indent; fence indent
    var padding: Int32 = 0         // list item content offset; fence length; HTML block type

    init(kind: NodeKind) { self.kind = kind }

    static let ordered: UInt8 = 1
    static let tight: UInt8 = 2
    static let fenced: UInt8 = 1
    /// Text parsed while a `[` or `![` was open and active: cmark-gfm makes no URL or `www.`
    /// autolink there (it might be a link's text).
    static let inOpenBracket: UInt8 = 1
}
