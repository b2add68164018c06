/// Writes the renderer's calls as UTF-8 HTML text in cmark's form: what `HTMLRenderer.renderBytes` returns.
struct HTMLByteSink: HTMLSink {
    var out: [UInt8] = []
    /// Whether the attribute being written is a URL.
    private var inURL = false

    init(reservingCapacity capacity: Int) { out.reserveCapacity(capacity) }

    mutating func openStartTag(_ tag: HTMLTag) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: tag.name.utf8)
    }

    mutating func openAttribute(_ attribute: HTMLAttribute) {
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: attribute.name.utf8)
        put("=\"")
        inURL = attribute.isURL
    }

    mutating func attributeValue(_ value: UnsafeBufferPointer<UInt8>) { escape(value, url: inURL) }

    mutating func closeAttribute() {
        out.append(UInt8(ascii: "\""))
        inURL = false
    }

    mutating func closeStartTag(selfClosing: Bool) {
        if selfClosing { put(" />") } else { out.append(UInt8(ascii: ">")) }
    }

    mutating func endTag(_ tag: HTMLTag) {
        put("</")
        out.append(contentsOf: tag.name.utf8)
        out.append(UInt8(ascii: ">"))
    }

    mutating func text(_ text: UnsafeBufferPointer<UInt8>) { escape(text, url: false) }

    mutating func newLine() {
        if let last = out.last, last != 0x0A { out.append(0x0A) }
    }

    mutating func rawHTML(_ html: UnsafeBufferPointer<UInt8>) { out.append(contentsOf: html) }

    @inline(__always) private mutating func put(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Copies `bytes` with `&` `<` `>` `"` as entities, as cmark's `escape_html`; in a URL
    /// (already percent-encoded: no `<` `>` `"` are left), `&` and `'`, as `houdini_escape_href`.
    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>, url: Bool) {
        var runStart = 0
        var i = 0
        while i < bytes.count {
            let replacement: StaticString
            switch bytes[i] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'") where url: replacement = "&#x27;"
            default:
                i += 1
                continue
            }
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            put(replacement)
            i += 1
            runStart = i
        }
        if bytes.count > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }
}
