// GFM task list items: `- [ ] to do`, `- [x] done`.
enum TaskList {
    static func mark(_ doc: inout Document) {
        for i in doc.nodes.indices where doc.nodes[i].kind == .item {
            let p = doc.nodes[i].first
            guard p >= 0, doc.nodes[p].kind == .paragraph else { continue }
            let c = doc.contents[p]
            guard c.count >= 4, c[0] == UInt8(ascii: "["), c[2] == UInt8(ascii: "]"),
                  c[1] == 0x20 || c[1] == UInt8(ascii: "x") || c[1] == UInt8(ascii: "X"),
                  isASCIIWhitespace(c[3]) else { continue }
            doc.nodes[i].number = c[1] == 0x20 ? 1 : 2
            doc.contents[p].removeFirst(3)
        }
    }
}
