import CLibXML2

/// An HTML document parsed by libxml2's HTML parser (recovering from errors, no
/// network, UTF-8), the one parse both Markdown output and HTML articles go through.
/// Not shared across threads; separate documents parse concurrently.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `bytes`, reusing `parser`'s context when given; `nil` when there is nothing to parse.
    init?(bytes: UnsafeBufferPointer<UInt8>, parser: HTMLParser? = nil) {
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        let parsed = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { source in
            if let context = parser?.context {
                htmlCtxtReadMemory(context, source, Int32(bytes.count), nil, "UTF-8", HTMLParser.options)
            } else {
                HTMLParser.read(source, count: Int32(bytes.count))
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    /// Parses the UTF-8 of `html`.
    static func parse(_ html: String, parser: HTMLParser? = nil) -> HTMLDocument? {
        var html = html
        return html.withUTF8 { HTMLDocument(bytes: $0, parser: parser) }
    }

    deinit { xmlFreeDoc(document) }

    /// The root element (`html`).
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// The `head` or `body` element: libxml2 always puts them right under the root.
    func topElement(named name: String) -> xmlNodePtr? {
        var child = root?.pointee.children
        while let current = child {
            if DOM.isElement(current), DOM.name(of: current) == name { return current }
            child = current.pointee.next
        }
        return nil
    }

    /// The `<title>` text and its line.
    var title: (text: String, line: Int)? {
        guard let head = topElement(named: "head"),
            let title = DOM.firstElement(named: "title", under: head, includingSelf: false)
        else { return nil }
        let text = DOM.collapsedText(of: title)
        return text.isEmpty ? nil : (text, DOM.line(of: title))
    }

    /// `<meta name="…" content="…">` of the head, names lowercased, in document order.
    var metadata: [(name: String, content: String, line: Int)] {
        guard let head = topElement(named: "head") else { return [] }
        var result: [(String, String, Int)] = []
        var node = head.pointee.children
        while let current = node {
            if DOM.isElement(current, named: "meta"), let name = DOM.attribute("name", of: current),
                let content = DOM.attribute("content", of: current)
            {
                result.append((name.lowercased(), content, DOM.line(of: current)))
            }
            node = current.pointee.next
        }
        return result
    }
}

/// A libxml2 HTML parser context, reused for the documents one thread parses (it keeps
/// its buffers and name dictionary between documents). Not shared across threads.
final class HTMLParser {
    fileprivate let context: htmlParserCtxtPtr?

    init() {
        _ = Self.initialized
        context = htmlNewParserCtxt()
    }

    deinit { htmlFreeParserCtxt(context) }

    /// Recover from errors, report none, never touch the network, keep short texts compact.
    static let options = Int32(
        HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses with a context of its own.
    fileprivate static func read(_ source: UnsafePointer<CChar>, count: Int32) -> htmlDocPtr? {
        _ = initialized
        return htmlReadMemory(source, count, nil, "UTF-8", options)
    }

    /// libxml2's global state, set up once before any parse (thread-safe lazy initialization).
    private static let initialized: Void = {
        xmlInitParser()
        xmlLineNumbersDefault(1)
    }()
}

/// Small readers over libxml2 nodes.
enum DOM {
    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func isElement(_ node: xmlNodePtr, named name: StaticString) -> Bool {
        guard isElement(node), let nodeName = node.pointee.name else { return false }
        return strcmp(UnsafeRawPointer(nodeName).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// The element's name (libxml2's HTML parser lowercases it).
    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The 1-based line libxml2 recorded for `node` (0 when unknown).
    static func line(of node: xmlNodePtr) -> Int { Int(xmlGetLineNo(node)) }

    /// The value of attribute `name`, entities decoded.
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName) == name {
                return value(of: current)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of an attribute node.
    static func value(of attribute: xmlAttrPtr) -> String {
        if let only = attribute.pointee.children, only.pointee.next == nil {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        var bytes: [UInt8] = []
        var child = attribute.pointee.children
        while let current = child {
            if let content = current.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func firstElement(named name: String, under node: xmlNodePtr, includingSelf: Bool) -> xmlNodePtr? {
        if includingSelf, isElement(node), self.name(of: node) == name { return node }
        var child = node.pointee.children
        while let current = child {
            if let found = firstElement(named: name, under: current, includingSelf: true) { return found }
            child = current.pointee.next
        }
        return nil
    }

    /// The text under `node` with runs of whitespace collapsed to one space, trimmed.
    static func collapsedText(of node: xmlNodePtr) -> String {
        var text = PlainTextBuilder()
        appendText(of: node, to: &text)
        return text.finished()
    }

    private static func appendText(of node: xmlNodePtr, to text: inout PlainTextBuilder) {
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            if let content = node.pointee.content { text.append(UnsafeBufferPointer(start: content, count: strlen(content))) }
            return
        }
        var child = node.pointee.children
        while let current = child {
            appendText(of: current, to: &text)
            child = current.pointee.next
        }
    }
}
