// Phase two: parses the text of one leaf block into inline nodes
// (CommonMark appendix A: the delimiter stack and "process emphasis", linear time).
struct InlineParser {
    let options: MarkdownOptions
    let references: ReferenceMap
    var doc: Document
    var subject: [UInt8] = []
    var base = 0
    var pos = 0
    var block = 0
    var delimiters: [Delimiter] = []
    var topDelimiter = -1
    var brackets: [Bracket] = []
    // Link openers (not image openers) below this bracket-stack height are inactive (no links in links).
    var inactiveBelow = 0
    var backticksScanned = false
    var backtickRuns: [Int] = []
    var htmlCache = HTMLScanCache()
    var mergeableText = -1
    var includeSearchFailedUntil = -1
    var directiveSearchFailedUntil = -1
    let specialLowMask: UInt64
    let specialHighMask: UInt64
    var openersBottom = [Int](repeating: -1, count: 14)

    static let maxBackticks = 1000

    init(options: MarkdownOptions, references: ReferenceMap) {
        self.options = options
        self.references = references
        self.doc = Document()
        specialLowMask = InlineParser.specialLow | (options.directives ? InlineParser.colonBit : 0)
        specialHighMask = InlineParser.specialHigh | (options.strikethrough ? InlineParser.tildeBit : 0)
    }

    mutating func parse(_ b: Int) {
        var content: [UInt8] = []
        swap(&content, &doc.contents[b])
        var e = content.count
        while e > 0 && isASCIIWhitespace(content[e - 1]) { e -= 1 }
        var s = 0
        while s < e && isASCIIWhitespace(content[s]) { s += 1 }
        if e < content.count { content.removeLast(content.count - e) }
        if s > 0 { content.removeFirst(s) }
        guard !content.isEmpty else { return }
        subject = content
        base = doc.store.count
        doc.store.append(contentsOf: subject)
        pos = 0
        block = b
        delimiters.removeAll(keepingCapacity: true)
        topDelimiter = -1
        brackets.removeAll(keepingCapacity: true)
        inactiveBelow = 0
        backticksScanned = false
        htmlCache.reset()
        mergeableText = -1
        includeSearchFailedUntil = -1
        directiveSearchFailedUntil = -1
        let n = subject.count
        while pos < n { parseInline() }
        processEmphasis(-1)
    }

    // MARK: Node helpers

    mutating func appendSpan(_ span: Span) {
        // Text in an open, active bracket is marked (`Node.inOpenBracket`), and never merged with text outside one.
        let flags = isInActiveBracket ? Node.inOpenBracket : 0
        let last = doc.nodes[block].last
        if last >= 0 && last == mergeableText && doc.nodes[last].literal.end == Int(span.start) && doc.nodes[last].flags == flags {
            doc.nodes[last].literal.count += span.count
            return
        }
        let t = doc.makeText(span)
        doc.nodes[t].flags = flags
        doc.appendChild(block, t)
        mergeableText = t
    }

    @inline(__always) mutating func appendText(_ start: Int, _ end: Int) {
        appendSpan(Span(start: Int32(base + start), count: Int32(end - start)))
    }

    mutating func appendBytes(_ bytes: [UInt8]) {
        appendSpan(doc.intern(bytes))
    }

    mutating func appendNode(_ n: Int) {
        doc.appendChild(block, n)
        mergeableText = -1
    }

    mutating func appendNode(_ kind: NodeKind) {
        appendNode(doc.makeNode(kind))
    }

    // A text node that must stay separate (delimiter runs, brackets).
    mutating func appendSeparateText(_ start: Int, _ end: Int) -> Int {
        let t = doc.makeText(Span(start: Int32(base + start), count: Int32(end - start)))
        appendNode(t)
        return t
    }

    // MARK: Dispatch

    // Bytes that may start an inline construct: `\n ! & * < [ \ ] _ `` ` (and `~` with strikethrough).
    static let specialLow: UInt64 = (1 << 10) | (1 << 33) | (1 << 38) | (1 << 42) | (1 << 60)
    static let specialHigh: UInt64 = (1 << (91 - 64)) | (1 << (92 - 64)) | (1 << (93 - 64)) | (1 << (95 - 64)) | (1 << (96 - 64))
    static let tildeBit: UInt64 = 1 << (126 - 64)
    static let colonBit: UInt64 = 1 << 58

    @inline(__always) func isSpecial(_ c: UInt8, low: UInt64, high: UInt64) -> Bool {
        if c < 64 { return (low >> UInt64(c)) & 1 != 0 }
        if c < 128 { return (high >> UInt64(c - 64)) & 1 != 0 }
        return false
    }

    mutating func parseInline() {
        let c = subject[pos]
        switch c {
        case 0x0A: parseNewline()
        case UInt8(ascii: "\\"): parseBackslash()
        case UInt8(ascii: "`"): parseBackticks()
        case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiter(c)
        case UInt8(ascii: "~") where options.strikethrough: handleDelimiter(c)
        case UInt8(ascii: "["): parseOpenBracket()
        case UInt8(ascii: "!"): parseBang()
        case UInt8(ascii: "]"): parseCloseBracket()
        case UInt8(ascii: "<"): parseLessThan()
        case UInt8(ascii: "&"): parseEntity()
        case UInt8(ascii: ":") where options.directives: parseColon()
        default: parseString()
        }
    }

    mutating func parseString() {
        let start = pos
        var i = pos + 1
        let n = subject.count
        let low = specialLowMask, high = specialHighMask
        subject.withUnsafeBufferPointer { buf in
            while i < n && !isSpecial(buf[i], low: low, high: high) { i += 1 }
        }
        pos = i
        appendText(start, i)
    }

    mutating func parseNewline() {
        pos += 1
        let last = doc.nodes[block].last
        var hard = false
        if last >= 0 && doc.nodes[last].kind == .text {
            let literal = doc.nodes[last].literal
            var k = 0
            while k < Int(literal.count) && doc.store[literal.end - 1 - k] == 0x20 { k += 1 }
            if k > 0 {
                hard = k >= 2
                doc.nodes[last].literal.count -= Int32(k)
            }
        }
        appendNode(hard ? .lineBreak : .softBreak)
        while pos < subject.count && subject[pos] == 0x20 { pos += 1 }
    }

    mutating func parseBackslash() {
        pos += 1
        if pos < subject.count && subject[pos] == 0x0A {
            pos += 1
            appendNode(.lineBreak)
            while pos < subject.count && subject[pos] == 0x20 { pos += 1 }
        } else if pos < subject.count && isASCIIPunctuation(subject[pos]) {
            appendText(pos, pos + 1)
            pos += 1
        } else {
            appendText(pos - 1, pos)
        }
    }

    mutating func parseEntity() {
        if let entity = CharacterReference.decode(subject, at: pos) {
            appendBytes(entity.value)
            pos = entity.end
        } else {
            appendText(pos, pos + 1)
            pos += 1
        }
    }

    // MARK: Code spans

    mutating func parseBackticks() {
        let start = pos
        while pos < subject.count && subject[pos] == UInt8(ascii: "`") { pos += 1 }
        let afterOpen = pos
        guard let closeStart = findClosingBackticks(afterOpen - start) else {
            pos = afterOpen
            appendText(start, afterOpen)
            return
        }
        var code = Array(subject[afterOpen..<closeStart])
        for k in code.indices where code[k] == 0x0A { code[k] = 0x20 }
        if code.count >= 2 && code.first == 0x20 && code.last == 0x20 && code.contains(where: { $0 != 0x20 }) {
            code.removeFirst()
            code.removeLast()
        }
        let node = doc.makeNode(.code)
        doc.nodes[node].literal = doc.intern(code)
        appendNode(node)
    }

    // The start of the closing run of exactly `length` backticks (pos moves past it), or nil.
    // Remembers the last run of each length, so unclosed spans cost one scan in total (as cmark).
    mutating func findClosingBackticks(_ length: Int) -> Int? {
        guard length <= InlineParser.maxBackticks else { return nil }
        if !backticksScanned {
            if backtickRuns.count != InlineParser.maxBackticks + 1 {
                backtickRuns = Array(repeating: -1, count: InlineParser.maxBackticks + 1)
            }
        } else if backtickRuns[length] < pos {
            return nil
        }
        var i = pos
        let n = subject.count
        while true {
            while i < n && subject[i] != UInt8(ascii: "`") { i += 1 }
            if i >= n { break }
            let runStart = i
            while i < n && subject[i] == UInt8(ascii: "`") { i += 1 }
            let runLength = i - runStart
            if runLength <= InlineParser.maxBackticks { backtickRuns[runLength] = runStart }
            if runLength == length {
                pos = i
                return runStart
            }
        }
        if !backticksScanned {
            backticksScanned = true
        }
        return nil
    }

    // MARK: Emphasis delimiters

    mutating func handleDelimiter(_ c: UInt8) {
        let start = pos
        while pos < subject.count && subject[pos] == c { pos += 1 }
        let count = pos - start
        let before = scalar(in: subject, before: start)
        let after = scalar(in: subject, at: pos)
        let afterSpace = isUnicodeWhitespace(after)
        let afterPunct = isUnicodePunctuation(after)
        let beforeSpace = isUnicodeWhitespace(before)
        let beforePunct = isUnicodePunctuation(before)
        let leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        let canOpen: Bool
        let canClose: Bool
        if c == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforePunct)
            canClose = rightFlanking && (!leftFlanking || afterPunct)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        let node = appendSeparateText(start, pos)
        if c == UInt8(ascii: "~") && count > 2 { return }
        guard canOpen || canClose else { return }
        delimiters.append(Delimiter(char: c, count: count, originalCount: count, node: node,
                                    prev: topDelimiter, next: -1, canOpen: canOpen, canClose: canClose))
        let d = delimiters.count - 1
        if topDelimiter >= 0 { delimiters[topDelimiter].next = d }
        topDelimiter = d
    }

    mutating func removeDelimiter(_ d: Int) {
        let p = delimiters[d].prev
        let nx = delimiters[d].next
        if p >= 0 { delimiters[p].next = nx }
        if nx >= 0 { delimiters[nx].prev = p } else { topDelimiter = p }
    }

    // "Process emphasis" of the spec, with the openers_bottom optimisation.
    mutating func processEmphasis(_ stackBottom: Int) {
        guard topDelimiter != stackBottom else { return }
        for k in openersBottom.indices { openersBottom[k] = stackBottom }
        var closer = topDelimiter
        while closer >= 0 && delimiters[closer].prev != stackBottom { closer = delimiters[closer].prev }
        while closer >= 0 {
            let cd = delimiters[closer]
            if !cd.canClose {
                closer = cd.next
                continue
            }
            let index: Int
            switch cd.char {
            case UInt8(ascii: "_"): index = (cd.canOpen ? 3 : 0) + cd.originalCount % 3
            case UInt8(ascii: "*"): index = 6 + (cd.canOpen ? 3 : 0) + cd.originalCount % 3
            default: index = cd.originalCount == 1 ? 12 : 13
            }
            var opener = cd.prev
            var found = false
            while opener >= 0 && opener != stackBottom && opener != openersBottom[index] {
                let od = delimiters[opener]
                if od.char == cd.char && od.canOpen {
                    if cd.char == UInt8(ascii: "~") {
                        if od.originalCount == cd.originalCount { found = true; break }
                    } else {
                        let oddMatch = (cd.canOpen || od.canClose) && cd.originalCount % 3 != 0
                            && (od.originalCount + cd.originalCount) % 3 == 0
                        if !oddMatch { found = true; break }
                    }
                }
                opener = od.prev
            }
            if found {
                let use: Int
                if cd.char == UInt8(ascii: "~") {
                    use = cd.count
                } else {
                    use = cd.count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
                }
                let openerNode = delimiters[opener].node
                let closerNode = cd.node
                delimiters[opener].count -= use
                delimiters[closer].count -= use
                doc.nodes[openerNode].literal.count -= Int32(use)
                doc.nodes[closerNode].literal.count -= Int32(use)
                let kind: NodeKind = cd.char == UInt8(ascii: "~") ? .strikethrough : use == 1 ? .emphasis : .strong
                let emph = doc.makeNode(kind)
                var t = doc.nodes[openerNode].next
                while t >= 0 && t != closerNode {
                    let nx = doc.nodes[t].next
                    doc.unlink(t)
                    doc.appendChild(emph, t)
                    t = nx
                }
                doc.insertAfter(openerNode, emph)
                delimiters[opener].next = closer
                delimiters[closer].prev = opener
                if delimiters[opener].count == 0 {
                    doc.unlink(openerNode)
                    removeDelimiter(opener)
                }
                if delimiters[closer].count == 0 {
                    doc.unlink(closerNode)
                    let nx = delimiters[closer].next
                    removeDelimiter(closer)
                    closer = nx
                }
            } else {
                let old = closer
                openersBottom[index] = cd.prev
                closer = cd.next
                if !cd.canOpen { removeDelimiter(old) }
            }
        }
        while topDelimiter >= 0 && topDelimiter != stackBottom { removeDelimiter(topDelimiter) }
    }

    // MARK: Inline directives

    // `:::image type="icon" source="x.png" alt-text="A":::` inside text becomes its alt text (or nothing).
    mutating func parseColon() {
        if subject.matches(":::image", at: pos, caseInsensitive: true) && pos >= directiveSearchFailedUntil {
            var i = pos + 8
            while i + 2 < subject.count && subject[i] != 0x0A {
                if subject[i] == UInt8(ascii: ":") && subject[i + 1] == UInt8(ascii: ":") && subject[i + 2] == UInt8(ascii: ":") {
                    if let alt = Directive.attribute("alt-text", in: subject[pos..<i]), !alt.isEmpty { appendBytes(alt) }
                    pos = i + 3
                    return
                }
                i += 1
            }
            directiveSearchFailedUntil = i + 1
        }
        appendText(pos, pos + 1)
        pos += 1
    }
}
