// `> [!NOTE]` block quotes become labelled callouts; other `> [!…]` markers are dropped.
enum Callout {
    static let kinds: [(marker: StaticString, name: String, title: String)] = [
        ("NOTE", "note", "Note"), ("TIP", "tip", "Tip"), ("IMPORTANT", "important", "Important"),
        ("WARNING", "warning", "Warning"), ("CAUTION", "caution", "Caution"),
    ]

    static func transform(_ doc: inout Document, options: MarkdownOptions) {
        for q in doc.nodes.indices where doc.nodes[q].kind == .blockQuote {
            let p = doc.nodes[q].first
            guard p >= 0, doc.nodes[p].kind == .paragraph else { continue }
            let content = doc.contents[p]
            guard content.count > 3, content[0] == UInt8(ascii: "["), content[1] == UInt8(ascii: "!") else { continue }
            var close = 2
            while close < content.count && content[close] != UInt8(ascii: "]") && content[close] != 0x0A { close += 1 }
            guard close < content.count, content[close] == UInt8(ascii: "]"), close > 2 else { continue }
            let word = content[2..<close]
            let known = kinds.firstIndex { kind in
                word.count == kind.marker.utf8CodeUnitCount && Array(word).matches(kind.marker, at: 0, caseInsensitive: true)
            }
            if let known {
                guard options.callouts else { continue }
                doc.nodes[q].kind = .callout
                doc.nodes[q].number = Int32(known)
            } else {
                guard options.directives, word.first.map(isASCIILetter) == true else { continue }
            }
            var rest = close + 1
            if known == nil {
                // Unknown markers (`[!div class="…"]`) go with the rest of their line.
                while rest < content.count && content[rest] != 0x0A { rest += 1 }
            }
            while rest < content.count && isASCIIWhitespace(content[rest]) { rest += 1 }
            if rest >= content.count {
                doc.unlink(p)
                doc.contents[p] = []
            } else {
                doc.contents[p] = Array(content[rest...])
            }
        }
    }
}
