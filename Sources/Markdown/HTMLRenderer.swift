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
        var writer = HTMLWriter(doc: document, options: options)
        writer.run()
        return String(decoding: writer.out, as: UTF8.self)
    }
}
