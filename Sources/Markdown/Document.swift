/// A parsed Markdown document.
public struct Document: Sendable {
    var nodes: [Node]
    // Block-phase text of leaf blocks (parallel to `nodes`; emptied by the inline phase).
    var contents: [[UInt8]]
    // Whether new nodes get a `contents` slot (only blocks need one; inline nodes come later).
    var tracksContents = true
    var store: [UInt8] = []
    /// The headings, in document order.
    public internal(set) var headings: [Heading] = []

    init() {
        nodes = [Node(kind: .document)]
        contents = [[]]
    }

    static let root = 0

    /// Whether the document holds raw HTML (HTML blocks or inline HTML), which the renderer passes through.
    public var containsRawHTML: Bool {
        nodes.contains { $0.kind == .htmlBlock || $0.kind == .htmlInline }
    }

    mutating func makeNode(_ kind: NodeKind) -> Int {
        nodes.append(Node(kind: kind))
        if tracksContents { contents.append([]) }
        return nodes.count - 1
    }

    mutating func appendChild(_ parent: Int, _ child: Int) {
        nodes[child].parent = parent
        nodes[child].next = -1
        let last = nodes[parent].last
        nodes[child].prev = last
        if last >= 0 { nodes[last].next = child } else { nodes[parent].first = child }
        nodes[parent].last = child
    }

    mutating func unlink(_ n: Int) {
        let node = nodes[n]
        if node.prev >= 0 { nodes[node.prev].next = node.next } else if node.parent >= 0 { nodes[node.parent].first = node.next }
        if node.next >= 0 { nodes[node.next].prev = node.prev } else if node.parent >= 0 { nodes[node.parent].last = node.prev }
        nodes[n].parent = -1; nodes[n].next = -1; nodes[n].prev = -1
    }

    mutating func insertAfter(_ n: Int, _ sibling: Int) {
        unlink(sibling)
        let next = nodes[n].next
        let parent = nodes[n].parent
        nodes[sibling].next = next
        nodes[sibling].prev = n
        nodes[sibling].parent = parent
        nodes[n].next = sibling
        if next >= 0 { nodes[next].prev = sibling } else if parent >= 0 { nodes[parent].last = sibling }
    }

    mutating func insertBefore(_ n: Int, _ sibling: Int) {
        unlink(sibling)
        let prev = nodes[n].prev
        let parent = nodes[n].parent
        nodes[sibling].prev = prev
        nodes[sibling].next = n
        nodes[sibling].parent = parent
        nodes[n].prev = sibling
        if prev >= 0 { nodes[prev].next = sibling } else if parent >= 0 { nodes[parent].first = sibling }
    }

    // Stores bytes and returns their span.
    mutating func intern<C: Collection>(_ bytes: C) -> Span where C.Element == UInt8 {
        let start = store.count
        store.append(contentsOf: bytes)
        return Span(start: Int32(start), count: Int32(store.count - start))
    }

    mutating func makeText(_ span: Span) -> Int {
        let n = makeNode(.text)
        nodes[n].literal = span
        return n
    }

    func bytes(_ span: Span) -> ArraySlice<UInt8> {
        store[Int(span.start)..<span.end]
    }

    func string(_ span: Span) -> String {
        String(decoding: bytes(span), as: UTF8.self)
    }

    // The next node of a pre-order walk that stays within `root`'s subtree (-1 at the end).
    func following(_ n: Int, within root: Int, skipChildren: Bool = false) -> Int {
        if !skipChildren && nodes[n].first >= 0 { return nodes[n].first }
        var cur = n
        while cur != root && cur >= 0 {
            if nodes[cur].next >= 0 { return nodes[cur].next }
            cur = nodes[cur].parent
        }
        return -1
    }

    // The plain text of a subtree (text and code literals; breaks as spaces), walked without recursion.
    func plainText(_ root: Int) -> [UInt8] {
        var out: [UInt8] = []
        var n = nodes[root].first
        while n >= 0 {
            switch nodes[n].kind {
            case .text, .code: out.append(contentsOf: bytes(nodes[n].literal))
            case .softBreak, .lineBreak: out.append(0x20)
            default: break
            }
            n = following(n, within: root)
        }
        return out
    }
}
