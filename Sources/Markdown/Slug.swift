/// Heading anchor ids: the slug of the heading text (lowercase ASCII letters and digits, other runs
/// as `-`, trimmed), de-duplicated within a page by `AnchorRegistry`; a trailing `{#custom-id}` wins.
public enum Slug {
    /// The slug of a heading's text (`What's new?` → `what-s-new`; `section` when nothing is left).
    public static func make(_ text: String) -> String { make(Array(text.utf8)) }

    static func make(_ text: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var pendingDash = false
        for c in text {
            if isASCIIAlphanumeric(c) {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(asciiLower(c))
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    // Moves a trailing `{#id}` of a heading's text into the heading's anchor.
    static func takeCustomID(_ doc: inout Document, heading h: Int) {
        let content = doc.contents[h]
        var e = content.count
        while e > 0 && isASCIIWhitespace(content[e - 1]) { e -= 1 }
        guard e > 3, content[e - 1] == UInt8(ascii: "}") else { return }
        var s = e - 2
        while s > 0 && content[s] != UInt8(ascii: "{") {
            if isASCIIWhitespace(content[s]) || content[s] == UInt8(ascii: "}") { return }
            s -= 1
        }
        guard content[s] == UInt8(ascii: "{"), s + 1 < e - 1, content[s + 1] == UInt8(ascii: "#"), s + 2 < e - 1 else { return }
        guard s == 0 || isASCIIWhitespace(content[s - 1]) else { return }
        let id = content[(s + 2)..<(e - 1)]
        doc.nodes[h].extra = doc.intern(id)
        doc.contents[h] = Array(content[0..<s])
    }

    // Fills `Document.headings` (and anchors when asked), walking the tree in order without recursion.
    static func assignHeadings(_ doc: inout Document, anchors: Bool) {
        var registry = AnchorRegistry()
        var headings: [Heading] = []
        var n = doc.nodes[Document.root].first
        while n >= 0 {
            let kind = doc.nodes[n].kind
            if kind == .heading {
                let text = doc.plainText(n)
                var anchor = ""
                if anchors {
                    if !doc.nodes[n].extra.isEmpty {
                        anchor = doc.string(doc.nodes[n].extra)
                        registry.reserve(anchor)
                    } else {
                        anchor = registry.unique(make(text))
                        doc.nodes[n].extra = doc.intern(anchor.utf8)
                    }
                }
                headings.append(Heading(level: Int(doc.nodes[n].number),
                                        text: String(decoding: text, as: UTF8.self), anchor: anchor))
            }
            let leaf = kind == .heading || kind == .paragraph || kind == .table || kind == .codeBlock || kind == .htmlBlock
            n = doc.following(n, within: Document.root, skipChildren: leaf)
        }
        doc.headings = headings
    }
}
