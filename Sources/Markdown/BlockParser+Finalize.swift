extension BlockParser {
    // Closes a block: fixes its end line and turns collected text into its final form.
    mutating func finalize(_ b: Int, _ line: Int32) {
        let above = doc.nodes[b].parent
        doc.nodes[b].isOpen = false
        doc.nodes[b].endLine = line
        switch kind(b) {
        case .paragraph:
            let content = doc.contents[b]
            if content.first == UInt8(ascii: "[") {
                let consumed = references.parseDefinitions(content)
                if consumed > 0 {
                    if content[consumed...].allSatisfy(isASCIIWhitespace) {
                        doc.unlink(b)
                        doc.contents[b] = []
                    } else {
                        doc.contents[b] = Array(content[consumed...])
                    }
                }
            }
        case .codeBlock:
            finalizeCodeBlock(b)
        case .htmlBlock:
            var content = doc.contents[b]
            content.removeLast(Self.trailingBlankLinesLength(content))
            doc.nodes[b].literal = doc.intern(content)
            doc.contents[b] = []
        case .item:
            let last = doc.nodes[b].last
            doc.nodes[b].endLine = last >= 0 ? doc.nodes[last].endLine : doc.nodes[b].startLine
        case .list:
            finalizeList(b)
        case .table:
            finalizeTable(b)
        default:
            break
        }
        tip = above
    }

    // The length of a trailing `(\n *)+` (blank lines and the final newline).
    static func trailingBlankLinesLength(_ content: [UInt8]) -> Int {
        var e = content.count
        var matchedEnd = e
        while true {
            var k = e
            while k > 0 && content[k - 1] == 0x20 { k -= 1 }
            if k > 0 && content[k - 1] == 0x0A {
                e = k - 1
                matchedEnd = e
            } else {
                break
            }
        }
        return content.count - matchedEnd
    }

    mutating func finalizeCodeBlock(_ b: Int) {
        var content = doc.contents[b]
        doc.contents[b] = []
        if doc.nodes[b].flags & Node.fenced != 0 {
            let newline = content.firstIndex(of: 0x0A) ?? content.count
            var s = 0
            var e = newline
            while s < e && isASCIIWhitespace(content[s]) { s += 1 }
            while e > s && isASCIIWhitespace(content[e - 1]) { e -= 1 }
            if s < e { doc.nodes[b].extra = doc.intern(Unescape.apply(content[s..<e])) }
            let bodyStart = min(newline + 1, content.count)
            doc.nodes[b].literal = doc.intern(content[bodyStart...])
        } else {
            let strip = Self.trailingBlankLinesLength(content)
            if strip > 0 {
                content.removeLast(strip)
                content.append(0x0A)
            }
            var lines: Int32 = 0
            for c in content where c == 0x0A { lines += 1 }
            doc.nodes[b].endLine = doc.nodes[b].startLine + max(lines, 1) - 1
            doc.nodes[b].literal = doc.intern(content)
        }
    }

    // A list is loose if a blank line separates two items or two blocks of an item.
    mutating func finalizeList(_ list: Int) {
        var tight = true
        var item = doc.nodes[list].first
        outer: while item >= 0 {
            if endsWithBlankLine(item) {
                tight = false
                break
            }
            var sub = doc.nodes[item].first
            while sub >= 0 {
                if endsWithBlankLine(sub) {
                    tight = false
                    break outer
                }
                sub = doc.nodes[sub].next
            }
            item = doc.nodes[item].next
        }
        if !tight { doc.nodes[list].flags &= ~Node.tight }
        let last = doc.nodes[list].last
        if last >= 0 { doc.nodes[list].endLine = doc.nodes[last].endLine }
    }

    func endsWithBlankLine(_ b: Int) -> Bool {
        let next = doc.nodes[b].next
        return next >= 0 && doc.nodes[b].endLine != doc.nodes[next].startLine - 1
    }
}
