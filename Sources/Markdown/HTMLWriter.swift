// Walks the tree without recursion (enter/exit events) and writes UTF-8 HTML.
struct HTMLWriter {
    let doc: Document
    let options: MarkdownOptions
    var out: [UInt8] = []
    var plainDepth = 0

    init(doc: Document, options: MarkdownOptions) {
        self.doc = doc
        self.options = options
        out.reserveCapacity(doc.store.count + doc.nodes.count * 8 + 64)
    }

    mutating func run() {
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

    @inline(__always) mutating func put(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inline(__always) mutating func cr() {
        if let last = out.last, last != 0x0A { out.append(0x0A) }
    }

    mutating func putNumber(_ v: Int) {
        out.append(contentsOf: String(v).utf8)
    }

    mutating func escape(_ span: Span) {
        guard span.count > 0 else { return }
        doc.store.withUnsafeBufferPointer { buf in
            var runStart = Int(span.start)
            let end = span.end
            var i = runStart
            while i < end {
                let c = buf[i]
                let replacement: StaticString
                switch c {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                default:
                    i += 1
                    continue
                }
                if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                put(replacement)
                i += 1
                runStart = i
            }
            if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<end])) }
        }
    }

    // URL bytes as cmark's `houdini_escape_href`: safe characters kept, `&` and `'` as entities, others %-encoded.
    mutating func escapeHref(_ span: Span) {
        let hex: StaticString = "0123456789ABCDEF"
        for i in Int(span.start)..<span.end {
            let c = doc.store[i]
            if isASCIIAlphanumeric(c) {
                out.append(c)
                continue
            }
            switch c {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"),
                 UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"),
                 UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"),
                 UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"):
                out.append(c)
            case UInt8(ascii: "&"):
                put("&amp;")
            case UInt8(ascii: "'"):
                put("&#x27;")
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex.utf8Start[Int(c >> 4)])
                out.append(hex.utf8Start[Int(c & 0x0F)])
            }
        }
    }

    // Raw HTML, with the GFM tag filter when asked.
    mutating func raw(_ span: Span) {
        guard options.tagFilter else {
            out.append(contentsOf: doc.bytes(span))
            return
        }
        let s = doc.store
        var i = Int(span.start)
        let end = span.end
        while i < end {
            let c = s[i]
            if c == UInt8(ascii: "<") && TagFilter.isFiltered(s, i + 1, end) {
                put("&lt;")
            } else {
                out.append(c)
            }
            i += 1
        }
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
            switch node.kind {
            case .text, .code, .htmlInline: escape(node.literal)
            case .softBreak, .lineBreak: out.append(0x20)
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
            cr(); put("<blockquote>"); cr()
            return true
        case .callout:
            let kind = Callout.kinds[Int(node.number)]
            cr(); put("<div class=\"callout callout-"); out.append(contentsOf: kind.name.utf8)
            put("\" role=\"note\">"); cr()
            put("<p class=\"callout-title\">"); out.append(contentsOf: kind.title.utf8); put("</p>"); cr()
            return true
        case .list:
            cr()
            if node.flags & Node.ordered != 0 {
                if node.number != 1 {
                    put("<ol start=\""); putNumber(Int(node.number)); put("\">")
                } else {
                    put("<ol>")
                }
            } else {
                put("<ul>")
            }
            cr()
            return true
        case .item:
            cr(); put("<li>")
            return true
        case .paragraph:
            let tight = isTightParagraph(n)
            if !tight { cr(); put("<p>") }
            let parent = node.parent
            if parent >= 0 && doc.nodes[parent].kind == .item && doc.nodes[parent].first == n && doc.nodes[parent].number > 0 {
                if doc.nodes[parent].number == 2 {
                    put("<input checked=\"\" disabled=\"\" type=\"checkbox\"> ")
                } else {
                    put("<input disabled=\"\" type=\"checkbox\"> ")
                }
            }
            return true
        case .heading:
            cr(); put("<h"); putNumber(Int(node.number))
            if options.headingIDs && !node.extra.isEmpty {
                put(" id=\""); escape(node.extra); put("\"")
            }
            put(">")
            return true
        case .codeBlock:
            cr(); put("<pre><code")
            if !node.extra.isEmpty {
                var e = Int(node.extra.start)
                while e < node.extra.end && !isASCIIWhitespace(doc.store[e]) { e += 1 }
                put(" class=\"language-")
                escape(Span(start: node.extra.start, count: Int32(e - Int(node.extra.start))))
                put("\"")
            }
            put(">")
            escape(node.literal)
            put("</code></pre>"); cr()
            return false
        case .htmlBlock:
            cr(); raw(node.literal); cr()
            return false
        case .thematicBreak:
            cr(); put("<hr />"); cr()
            return false
        case .table:
            cr(); put("<table>"); cr()
            return true
        case .tableHead:
            put("<thead>"); cr(); put("<tr>"); cr()
            return true
        case .tableRow:
            if node.prev >= 0 && doc.nodes[node.prev].kind == .tableHead { put("<tbody>"); cr() }
            put("<tr>"); cr()
            return true
        case .tableCell:
            let header = doc.nodes[node.parent].kind == .tableHead
            put(header ? "<th" : "<td")
            switch node.number {
            case 1: put(" align=\"left\"")
            case 2: put(" align=\"center\"")
            case 3: put(" align=\"right\"")
            default: break
            }
            put(">")
            return true
        case .text:
            escape(node.literal)
            return false
        case .softBreak:
            out.append(0x0A)
            return false
        case .lineBreak:
            put("<br />\n")
            return false
        case .code:
            put("<code>"); escape(node.literal); put("</code>")
            return false
        case .htmlInline:
            raw(node.literal)
            return false
        case .emphasis:
            put("<em>")
            return true
        case .strong:
            put("<strong>")
            return true
        case .strikethrough:
            put("<del>")
            return true
        case .link:
            put("<a href=\""); escapeHref(node.literal); put("\"")
            if !node.extra.isEmpty { put(" title=\""); escape(node.extra); put("\"") }
            put(">")
            return true
        case .image:
            put("<img src=\""); escapeHref(node.literal); put("\" alt=\"")
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
                    put("\"")
                    if !node.extra.isEmpty { put(" title=\""); escape(node.extra); put("\"") }
                    put(" />")
                }
            }
            return
        }
        switch node.kind {
        case .blockQuote: cr(); put("</blockquote>"); cr()
        case .callout: cr(); put("</div>"); cr()
        case .list: cr(); put(node.flags & Node.ordered != 0 ? "</ol>" : "</ul>"); cr()
        case .item: put("</li>"); cr()
        case .paragraph: if !isTightParagraph(n) { put("</p>"); cr() }
        case .heading: put("</h"); putNumber(Int(node.number)); put(">"); cr()
        case .table:
            if node.last >= 0 && doc.nodes[node.last].kind == .tableRow { put("</tbody>"); cr() }
            put("</table>"); cr()
        case .tableHead: put("</tr>"); cr(); put("</thead>"); cr()
        case .tableRow: put("</tr>"); cr()
        case .tableCell: put(doc.nodes[node.parent].kind == .tableHead ? "</th>" : "</td>"); cr()
        case .emphasis: put("</em>")
        case .strong: put("</strong>")
        case .strikethrough: put("</del>")
        case .link: put("</a>")
        default: break
        }
    }
}
