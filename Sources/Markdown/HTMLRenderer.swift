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
        let sink = HTMLByteSink(reservingCapacity: document.store.count + document.nodes.count * 8 + 64)
        return HTMLWriter.write(document, options: options, into: sink).out
    }

    /// Writes a document into `sink` (the calls the HTML text is written from) and returns it.
    public func render<Sink: HTMLSink>(_ document: Document, into sink: consuming Sink) -> Sink {
        HTMLWriter.write(document, options: options, into: sink)
    }
}
