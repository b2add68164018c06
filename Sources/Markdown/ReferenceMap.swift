// A link reference definition's target.
struct LinkReference: Sendable {
    var destination: [UInt8]
    var title: [UInt8]
}

// Link reference definitions by normalized label; the first definition of a label wins.
struct ReferenceMap: Sendable {
    var entries: [[UInt8]: LinkReference] = [:]

    func lookup(_ label: ArraySlice<UInt8>) -> LinkReference? {
        guard !entries.isEmpty else { return nil }
        return entries[LinkSyntax.normalizeLabel(label)]
    }

    // Takes definitions off the start of a paragraph's text; returns how many bytes they used.
    mutating func parseDefinitions(_ s: [UInt8]) -> Int {
        var pos = 0
        while pos < s.count && s[pos] == UInt8(ascii: "[") {
            let used = parseDefinition(s, from: pos)
            if used == 0 { break }
            pos += used
        }
        return pos
    }

    mutating func parseDefinition(_ s: [UInt8], from start: Int) -> Int {
        guard let labelEnd = LinkSyntax.scanLabel(s, start) else { return 0 }
        let rawLabel = s[(start + 1)..<(labelEnd - 1)]
        var pos = labelEnd
        guard pos < s.count, s[pos] == UInt8(ascii: ":") else { return 0 }
        pos = LinkSyntax.skipSpaceAndNewline(s, pos + 1)
        guard let destination = LinkSyntax.scanDestination(s, pos) else { return 0 }
        pos = destination.end
        let beforeTitle = pos
        pos = LinkSyntax.skipSpaceAndNewline(s, pos)
        var title: Range<Int>? = nil
        if pos != beforeTitle, let t = LinkSyntax.scanTitle(s, pos) {
            title = t.value
            pos = t.end
        }
        if title == nil { pos = beforeTitle }
        var q = pos
        while q < s.count && isSpaceOrTab(s[q]) { q += 1 }
        if q < s.count && s[q] != 0x0A {
            guard title != nil else { return 0 }
            title = nil
            pos = beforeTitle
            q = pos
            while q < s.count && isSpaceOrTab(s[q]) { q += 1 }
            guard q >= s.count || s[q] == 0x0A else { return 0 }
        }
        let end = q < s.count ? q + 1 : q
        let key = LinkSyntax.normalizeLabel(rawLabel)
        guard !key.isEmpty else { return 0 }
        if entries[key] == nil {
            entries[key] = LinkReference(
                destination: Unescape.apply(s[destination.value]),
                title: title.map { Unescape.apply(s[$0]) } ?? [])
        }
        return end - start
    }
}
