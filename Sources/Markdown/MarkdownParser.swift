/// Parses Markdown (CommonMark 0.31.2 + GFM extensions) into a `Document`.
public struct MarkdownParser: Sendable {
    /// The extensions in effect.
    public var options: MarkdownOptions

    /// A parser for help content: GFM, heading anchors, callouts, degraded directives.
    public init() { options = .helpContent }

    /// A parser with the given extensions (`.commonMark`, `.gfm`, `.helpContent`).
    public init(options: MarkdownOptions) { self.options = options }

    /// Parses a whole document: block structure first, then inline content.
    public func parse(_ source: String) -> Document {
        var bytes = Array(source.utf8)
        if bytes.contains(0) {
            var cleaned: [UInt8] = []
            cleaned.reserveCapacity(bytes.count + 16)
            for b in bytes { if b == 0 { cleaned.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { cleaned.append(b) } }
            bytes = cleaned
        }
        var blocks = BlockParser(source: bytes, options: options)
        blocks.parseBlocks()
        var document = blocks.doc
        let inlines = InlineProcessor(options: options, references: blocks.references)
        inlines.process(&document)
        return document
    }
}
