/// Renders a `Document` as HTML (cmark's output conventions).
public struct HTMLRenderer: Sendable {
    /// The extensions in effect (tag filter, heading ids).
    public var options: MarkdownOptions

    /// A renderer for help content (tag filter and heading anchors on).
    public init() { options = .helpContent }

    /// A renderer with the given options (`.commonMark`, `.gfm`, `.helpContent`).
    public init(options: MarkdownOptions) { self.options = options }

    /// The HTML of a document.
    public func render(_ document: Document) -> String {
        String(decoding: renderBytes(document), as: UTF8.self)
    }

    /// The HTML of a document as UTF-8 bytes.
    public func renderBytes(_ document: Document) -> [UInt8] {
        var writer = HTMLWriter(doc: document, options: options)
        writer.run()
        return writer.out
    }
}
