extension HTMLTree {
    /// Reads the HTML `Markdown.HTMLRenderer` writes for a document without raw HTML into the
    /// tree libxml2's HTML parser builds from it: the renderer's output is well formed (every
    /// tag closed, attributes double-quoted, `&amp;` `&lt;` `&gt;` `&quot;` `&#x27;` the only
    /// references), so the parse is a single pass. `nil` for anything outside that form, or
    /// where libxml2 would do more than build the tree as written (a block opening inside a
    /// paragraph, a link inside a link, characters it drops): the caller then parses with
    /// libxml2. Empty output has no body (`nil` too: libxml2 gives no document).
    init?(rendered html: [UInt8]) {
        guard !html.isEmpty else { return nil }
        self.init(reserving: html.count)
        var reader = RenderedReader()
        let complete: Bool = html.withUnsafeBufferPointer { reader.read($0, into: &self) }
        guard complete else { return nil }
    }
}

/// The single pass of `HTMLTree(rendered:)`.
private struct RenderedReader {
    /// Open elements: (tree index, name, last child so far).
    private var open: [(index: Int, name: String, previous: Int)] = [(HTMLTree.body, "body", -1)]
    private var openLinks = 0

    mutating func read(_ html: UnsafeBufferPointer<UInt8>, into tree: inout HTMLTree) -> Bool {
        var i = 0
        let count = html.count
        while i < count {
            if html[i] == UInt8(ascii: "<") {
                guard let after = tag(html, at: i, into: &tree) else { return false }
                i = after
            } else {
                guard let after = text(html, at: i, into: &tree) else { return false }
                i = after
            }
        }
        return open.count == 1
    }

    /// Text up to the next `<`, references decoded: one text node.
    private mutating func text(_ html: UnsafeBufferPointer<UInt8>, at start: Int, into tree: inout HTMLTree) -> Int? {
        let textStart = tree.byteCount
        guard let end = Self.storeDecoded(html, from: start, upTo: UInt8(ascii: "<"), endAllowed: true, into: &tree)
        else { return nil }
        var node = HTMLTree.Node(kind: .text)
        node.textStart = textStart
        node.textEnd = tree.byteCount
        let top = open.count - 1
        open[top].previous = tree.append(node, parent: open[top].index, previous: open[top].previous)
        return end
    }

    /// Stores the characters from `start` up to `stop` (or the end, when `endAllowed`) with
    /// references decoded; the offset of `stop`. `nil` for a `<`, an unknown reference or a
    /// character libxml2 would not keep.
    private static func storeDecoded(
        _ html: UnsafeBufferPointer<UInt8>, from start: Int, upTo stop: UInt8, endAllowed: Bool, into tree: inout HTMLTree
    ) -> Int? {
        var i = start
        var run = start
        while i < html.count {
            let byte = html[i]
            if byte == stop { break }
            if byte == UInt8(ascii: "&") {
                if i > run { _ = tree.store(UnsafeBufferPointer(rebasing: html[run..<i])) }
                guard let (decoded, length) = reference(html, at: i) else { return nil }
                tree.storeByte(decoded)
                i += length
                run = i
                continue
            }
            guard byte != UInt8(ascii: "<"), isKept(html, at: i) else { return nil }
            i += 1
        }
        guard i < html.count || endAllowed else { return nil }
        if i > run { _ = tree.store(UnsafeBufferPointer(rebasing: html[run..<i])) }
        return i
    }

    /// A start or end tag at `start` (a `<`); the offset after it.
    private mutating func tag(_ html: UnsafeBufferPointer<UInt8>, at start: Int, into tree: inout HTMLTree) -> Int? {
        var i = start + 1
        let closing = i < html.count && html[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let nameStart = i
        while i < html.count, Self.isNameByte(html[i]) { i += 1 }
        guard i > nameStart, let element = Self.element(html, nameStart, i) else { return nil }
        if closing {
            guard i < html.count, html[i] == UInt8(ascii: ">"), open.count > 1, open[open.count - 1].name == element.name
            else { return nil }
            if element.name == "a" { openLinks -= 1 }
            open.removeLast()
            return i + 1
        }
        let top = open[open.count - 1]
        if element.isBlock, Self.phrasingOnly.contains(top.name) { return nil }
        if element.name == "a" {
            guard openLinks == 0 else { return nil }
            openLinks += 1
        }
        let index = tree.append(HTMLTree.Node(kind: .element, name: element.name), parent: top.index, previous: top.previous)
        open[open.count - 1].previous = index
        let firstAttribute = tree.attributeCount
        while true {
            guard i < html.count else { return nil }
            let byte = html[i]
            if byte == UInt8(ascii: ">") {
                i += 1
                break
            }
            if byte == UInt8(ascii: " ") {
                i += 1
                continue
            }
            if byte == UInt8(ascii: "/") {
                guard element.isVoid, i + 1 < html.count, html[i + 1] == UInt8(ascii: ">") else { return nil }
                i += 2
                break
            }
            let attributeStart = i
            while i < html.count, Self.isNameByte(html[i]) { i += 1 }
            guard i > attributeStart, i + 1 < html.count, html[i] == UInt8(ascii: "="), html[i + 1] == UInt8(ascii: "\"")
            else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: html[attributeStart..<i]), as: UTF8.self)
            i += 2
            let valueStart = tree.byteCount
            guard let quote = Self.storeDecoded(html, from: i, upTo: UInt8(ascii: "\""), endAllowed: false, into: &tree)
            else { return nil }
            i = quote + 1
            tree.appendAttribute(name: name, value: (valueStart, tree.byteCount))
        }
        tree.closeAttributes(of: index, from: firstAttribute)
        if !element.isVoid { open.append((index, element.name, -1)) }
        return i
    }

    /// The elements the renderer writes.
    private struct Element {
        var name: String
        var isVoid = false
        /// Opening it inside a paragraph makes libxml2 close the paragraph first.
        var isBlock = false
    }

    private static let elements: [String: Element] = {
        var table: [String: Element] = [:]
        for name in ["em", "strong", "del", "a", "code", "li", "thead", "tbody", "tr", "th", "td"] {
            table[name] = Element(name: name)
        }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "ul", "ol", "pre", "table"] {
            table[name] = Element(name: name, isBlock: true)
        }
        for name in ["br", "img", "input"] { table[name] = Element(name: name, isVoid: true) }
        table["hr"] = Element(name: "hr", isVoid: true, isBlock: true)
        return table
    }()

    /// Elements that hold inline content only in the renderer's output.
    private static let phrasingOnly: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "a", "code", "th", "td",
    ]

    private static func element(_ html: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Element? {
        guard end - start <= 10 else { return nil }
        return elements[String(decoding: UnsafeBufferPointer(rebasing: html[start..<end]), as: UTF8.self)]
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }

    /// The references the renderer writes: the byte and the reference's length.
    private static func reference(_ html: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
        func matches(_ word: StaticString) -> Bool {
            let length = word.utf8CodeUnitCount
            guard i + length <= html.count else { return false }
            for offset in 0..<length where html[i + offset] != word.utf8Start[offset] { return false }
            return true
        }
        if matches("&amp;") { return (UInt8(ascii: "&"), 5) }
        if matches("&lt;") { return (UInt8(ascii: "<"), 4) }
        if matches("&gt;") { return (UInt8(ascii: ">"), 4) }
        if matches("&quot;") { return (UInt8(ascii: "\""), 6) }
        if matches("&#x27;") { return (UInt8(ascii: "'"), 6) }
        return nil
    }

    /// Whether libxml2 keeps the character at `i` as it is: not a control character other than
    /// tab and newline (it drops those, or reads a CR differently), not U+FFFE or U+FFFF.
    private static func isKept(_ html: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = html[i]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A }
        if byte == 0x7F { return false }
        if byte == 0xEF, i + 2 < html.count, html[i + 1] == 0xBF, html[i + 2] >= 0xBE { return false }
        return true
    }
}
