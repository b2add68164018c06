// Walks the tree without recursion (enter/exit events) and writes it to a sink: HTML text
// (`HTMLByteSink`) or another module's structure.
struct HTMLWriter<Sink: HTMLSink> {
    let doc: Document
    /// `doc.store` while the writer runs.
    private var store = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    let options: MarkdownOptions
    var sink: Sink
    var plainDepth = 0
    /// A URL being percent-encoded (reused).
    private var url: [UInt8] = []

    /// Writes `document` into `sink`.
    static func write(_ document: Document, options: MarkdownOptions, into sink: consuming Sink) -> Sink {
        var writer = HTMLWriter(doc: document, options: options, sink: sink)
        document.store.withUnsafeBufferPointer { store in
            writer.store = store
            writer.run()
        }
        return writer.sink
    }

    private init(doc: Document, options: MarkdownOptions, sink: consuming Sink) {
        self.doc = doc
        self.options = options
        self.sink = sink
    }

    private mutating func run() {
        var n = Document.root
        var entering = true
        while true {
            if entering {
                let descend = enter(n)
                if descend && doc.nodes[n].first >= 0 {
                    n = doc.nodes[n].first
                    continue
                }
                if descend { exit(n) }
            } else {
                exit(n)
            }
            if n == Document.root { break }
            let next = doc.nodes[n].next
            if next >= 0 {
                n = next
                entering = true
            } else {
                n = doc.nodes[n].parent
                entering = false
                if n < 0 { break }
            }
        }
    }

    // MARK: Output helpers

    @inline(__always) func bytes(_ span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: store[Int(span.start)..<span.end])
    }

    mutating func text(_ span: Span) {
        guard span.count > 0 else { return }
        sink.text(bytes(span))
    }

    /// A start tag without attributes.
    mutating func startTag(_ tag: HTMLTag) {
        sink.openStartTag(tag)
        sink.closeStartTag(selfClosing: false)
    }

    mutating func attribute(_ attribute: HTMLAttribute, _ span: Span) {
        sink.openAttribute(attribute)
        if span.count > 0 { sink.attributeValue(bytes(span)) }
        sink.closeAttribute()
    }

    // A URL attribute, percent-encoded as cmark's `houdini_escape_href`: safe characters kept
    // (`&` and `'` too; the sink escapes them), others %-encoded.
    mutating func urlAttribute(_ attribute: HTMLAttribute, _ span: Span) {
        let hex: StaticString = "0123456789ABCDEF"
        url.removeAll(keepingCapacity: true)
        for c in bytes(span) {
            if isASCIIAlphanumeric(c) {
                url.append(c)
                continue
            }
            switch c {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"),
                 UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"),
                 UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"),
                 UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"), UInt8(ascii: "&"),
                 UInt8(ascii: "'"):
                url.append(c)
            default:
                url.append(UInt8(ascii: "%"))
                url.append(hex.utf8Start[Int(c >> 4)])
                url.append(hex.utf8Start[Int(c & 0x0F)])
            }
        }
        sink.openAttribute(attribute)
        url.withUnsafeBufferPointer { sink.attributeValue($0) }
        sink.closeAttribute()
    }

    // Raw HTML, with the GFM tag filter when asked: a filtered tag's `<` is written as text (`&lt;`).
    mutating func raw(_ span: Span) {
        let html = bytes(span)
        guard options.tagFilter else {
            sink.rawHTML(html)
            return
        }
        var runStart = 0
        for i in 0..<html.count where html[i] == UInt8(ascii: "<") && TagFilter.isFiltered(doc.store, Int(span.start) + i + 1, span.end) {
            if i > runStart { sink.rawHTML(UnsafeBufferPointer(rebasing: html[runStart..<i])) }
            sink.text("<")
            runStart = i + 1
        }
        if html.count > runStart { sink.rawHTML(UnsafeBufferPointer(rebasing: html[runStart..<html.count])) }
    }

    func isTightParagraph(_ n: Int) -> Bool {
        let parent = doc.nodes[n].parent
        guard parent >= 0, doc.nodes[parent].kind == .item else { return false }
        let list = doc.nodes[parent].parent
        return list >= 0 && doc.nodes[list].flags & Node.tight != 0
    }

    // MARK: Events

    // Writes the opening of a node; returns whether its children follow (and an exit event).
    mutating func enter(_ n: Int) -> Bool {
        let node = doc.nodes[n]
        if plainDepth > 0 {
            // Inside an image: its description as the `alt` attribute's text.
            switch node.kind {
            case .text, .code, .htmlInline: if node.literal.count > 0 { sink.attributeValue(bytes(node.literal)) }
            case .softBreak, .lineBreak: sink.attributeValue(" ")
            case .image:
                plainDepth += 1
                return true
            default: return true
            }
            return false
        }
        switch node.kind {
        case .document:
            return true
        case .blockQuote:
            sink.newLine(); startTag(.blockquote); sink.newLine()
            return true
        case .callout:
            let kind = Callout.kinds[Int(node.number)]
            sink.newLine()
            sink.openStartTag(.div)
            sink.openAttribute(.class)
            sink.attributeValue("callout callout-")
            var name = kind.name
            name.withUTF8 { sink.attributeValue($0) }
            sink.closeAttribute()
            sink.attribute(.role, "note")
            sink.closeStartTag(selfClosing: false)
            sink.newLine()
            sink.openStartTag(.p)
            sink.attribute(.class, "callout-title")
            sink.closeStartTag(selfClosing: false)
            var title = kind.title
            title.withUTF8 { sink.text($0) }
            sink.endTag(.p)
            sink.newLine()
            return true
        case .list:
            sink.newLine()
            if node.flags & Node.ordered != 0 {
                sink.openStartTag(.ol)
                if node.number != 1 {
                    sink.openAttribute(.start)
                    var number = String(node.number)
                    number.withUTF8 { sink.attributeValue($0) }
                    sink.closeAttribute()
                }
                sink.closeStartTag(selfClosing: false)
            } else {
                startTag(.ul)
            }
            sink.newLine()
            return true
        case .item:
            sink.newLine(); startTag(.li)
            return true
        case .paragraph:
            let tight = isTightParagraph(n)
            if !tight { sink.newLine(); startTag(.p) }
            let parent = node.parent
            if parent >= 0 && doc.nodes[parent].kind == .item && doc.nodes[parent].first == n && doc.nodes[parent].number > 0 {
                sink.openStartTag(.input)
                if doc.nodes[parent].number == 2 { sink.attribute(.checked, "") }
                sink.attribute(.disabled, "")
                sink.attribute(.type, "checkbox")
                sink.closeStartTag(selfClosing: false)
                sink.text(" ")
            }
            return true
        case .heading:
            sink.newLine()
            sink.openStartTag(.heading(Int(node.number)))
            if options.headingIDs && !node.extra.isEmpty { attribute(.id, node.extra) }
            sink.closeStartTag(selfClosing: false)
            return true
        case .codeBlock:
            sink.newLine(); startTag(.pre)
            sink.openStartTag(.code)
            if !node.extra.isEmpty {
                var e = Int(node.extra.start)
                while e < node.extra.end && !isASCIIWhitespace(store[e]) { e += 1 }
                sink.openAttribute(.class)
                sink.attributeValue("language-")
                if e > Int(node.extra.start) { sink.attributeValue(bytes(Span(start: node.extra.start, count: Int32(e - Int(node.extra.start))))) }
                sink.closeAttribute()
            }
            sink.closeStartTag(selfClosing: false)
            text(node.literal)
            sink.endTag(.code); sink.endTag(.pre); sink.newLine()
            return false
        case .htmlBlock:
            sink.newLine(); raw(node.literal); sink.newLine()
            return false
        case .thematicBreak:
            sink.newLine(); sink.openStartTag(.hr); sink.closeStartTag(selfClosing: true); sink.newLine()
            return false
        case .table:
            sink.newLine(); startTag(.table); sink.newLine()
            return true
        case .tableHead:
            startTag(.thead); sink.newLine(); startTag(.tr); sink.newLine()
            return true
        case .tableRow:
            if node.prev >= 0 && doc.nodes[node.prev].kind == .tableHead { startTag(.tbody); sink.newLine() }
            startTag(.tr); sink.newLine()
            return true
        case .tableCell:
            sink.openStartTag(doc.nodes[node.parent].kind == .tableHead ? .th : .td)
            switch node.number {
            case 1: sink.attribute(.align, "left")
            case 2: sink.attribute(.align, "center")
            case 3: sink.attribute(.align, "right")
            default: break
            }
            sink.closeStartTag(selfClosing: false)
            return true
        case .text:
            text(node.literal)
            return false
        case .softBreak:
            sink.text("\n")
            return false
        case .lineBreak:
            sink.openStartTag(.br); sink.closeStartTag(selfClosing: true); sink.text("\n")
            return false
        case .code:
            startTag(.code); text(node.literal); sink.endTag(.code)
            return false
        case .htmlInline:
            raw(node.literal)
            return false
        case .emphasis:
            startTag(.em)
            return true
        case .strong:
            startTag(.strong)
            return true
        case .strikethrough:
            startTag(.del)
            return true
        case .link:
            sink.openStartTag(.a)
            urlAttribute(.href, node.literal)
            if !node.extra.isEmpty { attribute(.title, node.extra) }
            sink.closeStartTag(selfClosing: false)
            return true
        case .image:
            sink.openStartTag(.img)
            urlAttribute(.src, node.literal)
            sink.openAttribute(.alt)
            plainDepth = 1
            return true
        }
    }

    mutating func exit(_ n: Int) {
        let node = doc.nodes[n]
        if plainDepth > 0 {
            if node.kind == .image {
                plainDepth -= 1
                if plainDepth == 0 {
                    sink.closeAttribute()
                    if !node.extra.isEmpty { attribute(.title, node.extra) }
                    sink.closeStartTag(selfClosing: true)
                }
            }
            return
        }
        switch node.kind {
        case .blockQuote: sink.newLine(); sink.endTag(.blockquote); sink.newLine()
        case .callout: sink.newLine(); sink.endTag(.div); sink.newLine()
        case .list: sink.newLine(); sink.endTag(node.flags & Node.ordered != 0 ? .ol : .ul); sink.newLine()
        case .item: sink.endTag(.li); sink.newLine()
        case .paragraph: if !isTightParagraph(n) { sink.endTag(.p); sink.newLine() }
        case .heading: sink.endTag(.heading(Int(node.number))); sink.newLine()
        case .table:
            if node.last >= 0 && doc.nodes[node.last].kind == .tableRow { sink.endTag(.tbody); sink.newLine() }
            sink.endTag(.table); sink.newLine()
        case .tableHead: sink.endTag(.tr); sink.newLine(); sink.endTag(.thead); sink.newLine()
        case .tableRow: sink.endTag(.tr); sink.newLine()
        case .tableCell: sink.endTag(doc.nodes[node.parent].kind == .tableHead ? .th : .td); sink.newLine()
        case .emphasis: sink.endTag(.em)
        case .strong: sink.endTag(.strong)
        case .strikethrough: sink.endTag(.del)
        case .link: sink.endTag(.a)
        default: break
        }
    }
}
