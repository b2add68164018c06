extension InlineParser {
    // MARK: Brackets

    mutating func addBracket(node: Int, index: Int, image: Bool) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(node: node, previousDelimiter: topDelimiter, index: index, image: image))
    }

    /// Whether the last bracket is open and may still start a link (a link inside a link's text
    /// deactivates the `[` before it; `![` stays active).
    var isInActiveBracket: Bool {
        guard let opener = brackets.last else { return false }
        return opener.image || brackets.count - 1 >= inactiveBelow
    }

    mutating func popBracket() {
        brackets.removeLast()
        if inactiveBelow > brackets.count { inactiveBelow = brackets.count }
    }

    mutating func parseOpenBracket() {
        if options.directives && subject.matches("[!INCLUDE", at: pos, caseInsensitive: true) && skipInclude() { return }
        let node = appendSeparateText(pos, pos + 1)
        addBracket(node: node, index: pos, image: false)
        pos += 1
    }

    // `[!INCLUDE [title](path)]` renders as nothing.
    mutating func skipInclude() -> Bool {
        guard pos >= includeSearchFailedUntil else { return false }
        var i = pos + 9
        while i + 1 < subject.count && subject[i] != 0x0A {
            if subject[i] == UInt8(ascii: ")") && subject[i + 1] == UInt8(ascii: "]") {
                pos = i + 2
                return true
            }
            i += 1
        }
        includeSearchFailedUntil = i + 1
        return false
    }

    mutating func parseBang() {
        if pos + 1 < subject.count && subject[pos + 1] == UInt8(ascii: "[") {
            let node = appendSeparateText(pos, pos + 2)
            addBracket(node: node, index: pos + 1, image: true)
            pos += 2
        } else {
            appendText(pos, pos + 1)
            pos += 1
        }
    }

    mutating func parseCloseBracket() {
        let closePos = pos
        pos += 1
        let afterClose = pos
        guard let opener = brackets.last else {
            appendText(closePos, afterClose)
            return
        }
        guard isInActiveBracket else {
            appendText(closePos, afterClose)
            popBracket()
            return
        }
        var matched = false
        var destination: [UInt8] = []
        var title: [UInt8] = []
        let n = subject.count
        if pos < n && subject[pos] == UInt8(ascii: "(") {
            var p = LinkSyntax.skipSpaceAndNewline(subject, pos + 1)
            if let dest = LinkSyntax.scanDestination(subject, p) {
                p = LinkSyntax.skipSpaceAndNewline(subject, dest.end)
                var titleRange: Range<Int>? = nil
                if p != dest.end, let t = LinkSyntax.scanTitle(subject, p) {
                    titleRange = t.value
                    p = LinkSyntax.skipSpaceAndNewline(subject, t.end)
                }
                if p < n && subject[p] == UInt8(ascii: ")") {
                    pos = p + 1
                    matched = true
                    destination = Unescape.apply(subject[dest.value])
                    if let titleRange { title = Unescape.apply(subject[titleRange]) }
                }
            }
        }
        if !matched && !references.entries.isEmpty {
            var label: ArraySlice<UInt8>? = nil
            let labelEnd = LinkSyntax.scanLabel(subject, pos)
            let labelLength = labelEnd.map { $0 - afterClose } ?? 0
            if labelLength > 2 {
                label = subject[(afterClose + 1)..<(afterClose + labelLength - 1)]
                pos = afterClose + labelLength
            } else if !opener.bracketAfter && closePos - opener.index - 1 <= 999 {
                label = subject[(opener.index + 1)..<closePos]
                if labelLength == 2 { pos = afterClose + 2 }
            }
            if let label, let reference = references.lookup(label) {
                destination = reference.destination
                title = reference.title
                matched = true
            }
        }
        guard matched else {
            popBracket()
            pos = afterClose
            appendText(closePos, afterClose)
            return
        }
        let link = doc.makeNode(opener.image ? .image : .link)
        doc.nodes[link].literal = doc.intern(destination)
        if !title.isEmpty { doc.nodes[link].extra = doc.intern(title) }
        var t = doc.nodes[opener.node].next
        while t >= 0 {
            let nx = doc.nodes[t].next
            doc.unlink(t)
            doc.appendChild(link, t)
            t = nx
        }
        appendNode(link)
        processEmphasis(opener.previousDelimiter)
        popBracket()
        doc.unlink(opener.node)
        if !opener.image { inactiveBelow = brackets.count }
    }

    // MARK: Autolinks and raw HTML

    mutating func parseLessThan() {
        if let end = scanURIAutolink(pos) {
            addAutolink(prefix: [], from: pos + 1, to: end)
            pos = end + 1
        } else if let end = scanEmailAutolink(pos) {
            addAutolink(prefix: Array("mailto:".utf8), from: pos + 1, to: end)
            pos = end + 1
        } else if let end = HTMLScanner.scanInline(subject, pos, cache: &htmlCache) {
            let node = doc.makeNode(.htmlInline)
            doc.nodes[node].literal = Span(start: Int32(base + pos), count: Int32(end - pos))
            appendNode(node)
            pos = end
        } else {
            appendText(pos, pos + 1)
            pos += 1
        }
    }

    mutating func addAutolink(prefix: [UInt8], from start: Int, to end: Int) {
        let link = doc.makeNode(.link)
        doc.nodes[link].literal = doc.intern(prefix + subject[start..<end])
        let text = doc.makeText(Span(start: Int32(base + start), count: Int32(end - start)))
        doc.appendChild(link, text)
        appendNode(link)
    }

    // `<scheme:…>`: the index of `>`.
    func scanURIAutolink(_ p: Int) -> Int? {
        let n = subject.count
        var j = p + 1
        guard j < n, isASCIILetter(subject[j]) else { return nil }
        j += 1
        while j < n && j - p - 1 <= 32 {
            let c = subject[j]
            if isASCIIAlphanumeric(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") {
                j += 1
            } else {
                break
            }
        }
        let schemeLength = j - p - 1
        guard schemeLength >= 2 && schemeLength <= 32, j < n, subject[j] == UInt8(ascii: ":") else { return nil }
        j += 1
        while j < n {
            let c = subject[j]
            if c == UInt8(ascii: ">") { return j }
            if c == UInt8(ascii: "<") || c <= 0x20 || c == 0x7F { return nil }
            j += 1
        }
        return nil
    }

    // `<local@domain>`: the index of `>`.
    func scanEmailAutolink(_ p: Int) -> Int? {
        let n = subject.count
        var j = p + 1
        while j < n {
            let c = subject[j]
            if isASCIIAlphanumeric(c) {
                j += 1
                continue
            }
            switch c {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
                 UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
                 UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                 UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
                j += 1
                continue
            default:
                break
            }
            break
        }
        guard j > p + 1, j < n, subject[j] == UInt8(ascii: "@") else { return nil }
        j += 1
        while true {
            let labelStart = j
            guard j < n, isASCIIAlphanumeric(subject[j]) else { return nil }
            while j < n && (isASCIIAlphanumeric(subject[j]) || subject[j] == UInt8(ascii: "-")) && j - labelStart < 63 { j += 1 }
            guard isASCIIAlphanumeric(subject[j - 1]) else { return nil }
            guard j < n else { return nil }
            if subject[j] == UInt8(ascii: ">") { return j }
            guard subject[j] == UInt8(ascii: ".") else { return nil }
            j += 1
        }
    }
}
