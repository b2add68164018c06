/// Where `HTMLRenderer` writes a document: as HTML text (`HTMLRenderer.renderBytes`), or as
/// calls that another module turns into its own structure, such as a tree, without writing
/// HTML text and reading it back.
///
/// The calls come in document order, as the HTML text would have them: a start tag is
/// `openStartTag`, its attributes (`openAttribute`, `attributeValue`, `closeAttribute`),
/// then `closeStartTag`. Text and attribute values arrive as they read, unescaped: a sink
/// that writes HTML escapes them. A URL attribute's value arrives percent-encoded.
public protocol HTMLSink {
    /// The start of an element's start tag.
    mutating func openStartTag(_ tag: HTMLTag)
    /// An attribute of the start tag being written; its value follows.
    mutating func openAttribute(_ attribute: HTMLAttribute)
    /// Part of the value of the attribute being written.
    mutating func attributeValue(_ value: UnsafeBufferPointer<UInt8>)
    /// The end of the attribute being written.
    mutating func closeAttribute()
    /// The end of the start tag; `selfClosing` for cmark's `<hr />`, `<br />` and `<img … />`
    /// (an `input` is written `<input …>`).
    mutating func closeStartTag(selfClosing: Bool)
    /// The end tag of a non-void element.
    mutating func endTag(_ tag: HTMLTag)
    /// Text content.
    mutating func text(_ text: UnsafeBufferPointer<UInt8>)
    /// A line break in the HTML between blocks, unless the output so far ends with one (or is empty).
    mutating func newLine()
    /// Raw HTML of the document, passed through.
    mutating func rawHTML(_ html: UnsafeBufferPointer<UInt8>)
}

extension HTMLSink {
    /// Writes `text` (ASCII) as text content.
    mutating func text(_ text: StaticString) {
        self.text(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes `value` (ASCII) as part of the attribute being written.
    mutating func attributeValue(_ value: StaticString) {
        attributeValue(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// Writes an attribute whose value is `value` (ASCII).
    mutating func attribute(_ attribute: HTMLAttribute, _ value: StaticString) {
        openAttribute(attribute)
        attributeValue(value)
        closeAttribute()
    }
}

/// The elements `HTMLRenderer` writes.
public enum HTMLTag: UInt8, CaseIterable, Sendable {
    case a, blockquote, br, code, del, div, em, h1, h2, h3, h4, h5, h6, hr, img, input, li, ol, p, pre, strong
    case table, tbody, td, th, thead, tr, ul

    /// The element's name, lowercase.
    public var name: String { Self.names[Int(rawValue)] }

    /// Written without an end tag.
    public var isVoid: Bool { self == .br || self == .hr || self == .img || self == .input }

    /// The heading element of `level` (1-6).
    static func heading(_ level: Int) -> HTMLTag { [.h1, .h2, .h3, .h4, .h5, .h6][min(max(level, 1), 6) - 1] }

    private static let names: [String] = allCases.map { "\($0)" }
}

/// The attributes `HTMLRenderer` writes.
public enum HTMLAttribute: UInt8, CaseIterable, Sendable {
    case align, alt, checked, `class`, disabled, href, id, role, src, start, title, type

    /// The attribute's name, lowercase.
    public var name: String { Self.names[Int(rawValue)] }

    /// Whether the value is a URL (cmark escapes `'` in it too).
    public var isURL: Bool { self == .href || self == .src }

    private static let names: [String] = allCases.map { "\($0)" }
}
