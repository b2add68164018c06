import Markdown

extension HTMLTree {
    /// The tree libxml2's HTML parser builds from the HTML `Markdown.HTMLRenderer` writes for
    /// `document`, built from the renderer's calls without writing that HTML and parsing it.
    /// `nil` where libxml2 would do more than build the tree as written (raw HTML, a block
    /// opening inside a paragraph, a link inside a link, characters it drops): the caller then
    /// renders the HTML and parses it with libxml2. A document that renders to nothing has
    /// no body (`nil` too: libxml2 gives no document).
    init?(markdown document: Document, reserving byteCount: Int) {
        guard !document.containsRawHTML else { return nil }
        let builder = HTMLRenderer().render(document, into: MarkdownTreeBuilder(tree: HTMLTree(reserving: byteCount)))
        guard builder.wroteAny, !builder.declined else { return nil }
        self = builder.tree
    }
}

/// Builds an `HTMLTree` from `HTMLRenderer`'s calls as libxml2 would from the HTML text: each
/// run of text between two tags is one text node (the line breaks between blocks included).
private struct MarkdownTreeBuilder: HTMLSink {
    var tree: HTMLTree
    /// Whether the HTML would hold anything at all.
    private(set) var wroteAny = false
    /// Whether libxml2 would read the HTML otherwise than as written.
    private(set) var declined = false
    /// Open elements: (tree index, element, last child so far).
    private var open: [(index: Int, tag: HTMLTag?, previous: Int)] = [(HTMLTree.body, nil, -1)]
    /// The start tag being written: its element's index and first attribute.
    private var started: (index: Int, tag: HTMLTag, firstAttribute: Int)?
    /// The attribute being written: its name and where its value starts in the tree's bytes.
    private var attribute: (name: String, start: Int32)?
    /// The text node the next text extends (the last thing written was text).
    private var textNode = -1
    private var endsWithNewLine = false
    private var openLinks = 0

    init(tree: HTMLTree) { self.tree = tree }

    mutating func openStartTag(_ tag: HTMLTag) {
        wroteAny = true
        textNode = -1
        endsWithNewLine = false
        let top = open[open.count - 1]
        if Self.isBlock(tag), let parent = top.tag, Self.holdsPhrasingOnly(parent) { declined = true }
        if tag == .a {
            if openLinks > 0 { declined = true }
            openLinks += 1
        }
        let index = tree.append(HTMLTree.Node(kind: .element, name: tag.name), parent: top.index, previous: top.previous)
        open[open.count - 1].previous = index
        started = (index, tag, tree.attributeCount)
    }

    mutating func openAttribute(_ attribute: HTMLAttribute) { self.attribute = (attribute.name, tree.byteCount) }

    mutating func attributeValue(_ value: UnsafeBufferPointer<UInt8>) {
        if !Self.isKept(value) { declined = true }
        _ = tree.store(value)
    }

    mutating func closeAttribute() {
        guard let attribute else { return }
        tree.appendAttribute(name: attribute.name, value: (attribute.start, tree.byteCount))
        self.attribute = nil
    }

    /// A void element (`HTMLTag.isVoid`) is closed with its start tag, however it is written.
    mutating func closeStartTag(selfClosing: Bool) {
        guard let started else { return }
        tree.closeAttributes(of: started.index, from: started.firstAttribute)
        if !started.tag.isVoid { open.append((started.index, started.tag, -1)) }
        self.started = nil
    }

    mutating func endTag(_ tag: HTMLTag) {
        textNode = -1
        endsWithNewLine = false
        guard open.count > 1, open[open.count - 1].tag == tag else {
            declined = true
            return
        }
        if tag == .a { openLinks -= 1 }
        open.removeLast()
    }

    mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        wroteAny = true
        if !Self.isKept(text) { declined = true }
        if textNode >= 0 {
            _ = tree.store(text)
            tree.extendText(of: textNode)
        } else {
            var node = HTMLTree.Node(kind: .text)
            (node.textStart, node.textEnd) = tree.store(text)
            let top = open.count - 1
            textNode = tree.append(node, parent: open[top].index, previous: open[top].previous)
            open[top].previous = textNode
        }
        endsWithNewLine = text[text.count - 1] == 0x0A
    }

    mutating func newLine() {
        guard wroteAny, !endsWithNewLine else { return }
        Self.lineFeed.withUnsafeBufferPointer { text($0) }
    }

    mutating func rawHTML(_ html: UnsafeBufferPointer<UInt8>) {
        wroteAny = true
        declined = true
    }

    private static let lineFeed: [UInt8] = [0x0A]

    /// Elements whose start tag makes libxml2 close an open paragraph first.
    private static func isBlock(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .div, .ul, .ol, .pre, .table, .hr: true
        default: false
        }
    }

    /// Elements that hold inline content only in the renderer's output.
    private static func holdsPhrasingOnly(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .em, .strong, .del, .a, .code, .th, .td: true
        default: false
        }
    }

    /// Whether libxml2 keeps every character as it is: no control character other than tab
    /// and newline (it drops those, or reads a CR differently), no U+FFFE or U+FFFF.
    private static func isKept(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            let byte = bytes[i]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A { return false }
            } else if byte == 0x7F {
                return false
            } else if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                return false
            }
        }
        return true
    }
}
