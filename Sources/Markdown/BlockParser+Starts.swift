extension BlockParser {
    // Tries the block starts in the spec's order. 0 = none, 1 = a container started, 2 = a leaf started.
    mutating func startBlock(_ container: Int) -> Int {
        let c = peek(nextNonspace)
        if !indented {
            switch c {
            case UInt8(ascii: ">"):
                advanceNextNonspace()
                advanceOffset(1, columns: false)
                if isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
                closeUnmatchedBlocks()
                addChild(.blockQuote)
                return 1
            case UInt8(ascii: "#"):
                if startATXHeading() { return 2 }
            case UInt8(ascii: "`"), UInt8(ascii: "~"):
                if startFencedCode() { return 2 }
            case UInt8(ascii: "<"):
                if startHTMLBlock(container) { return 2 }
            default:
                break
            }
            if kind(container) == .paragraph && (c == UInt8(ascii: "=") || c == UInt8(ascii: "-")) {
                let r = startSetextHeading(container)
                if r != 0 { return r }
            }
            if c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") {
                if isThematicBreak(from: nextNonspace) {
                    closeUnmatchedBlocks()
                    addChild(.thematicBreak)
                    advanceOffset(lineEnd - offset, columns: false)
                    return 2
                }
            }
        }
        if (!indented || kind(container) == .list) && startListItem(container) { return 1 }
        if !indented && options.tables && kind(container) == .paragraph && container == tip && startTable(container) {
            return 2
        }
        if indented && kind(tip) != .paragraph && !blank {
            advanceOffset(BlockParser.codeIndent, columns: true)
            closeUnmatchedBlocks()
            addChild(.codeBlock)
            return 2
        }
        return 0
    }

    mutating func startATXHeading() -> Bool {
        var i = nextNonspace
        while i < lineEnd && src[i] == UInt8(ascii: "#") { i += 1 }
        let level = i - nextNonspace
        guard level >= 1 && level <= 6, i == lineEnd || isSpaceOrTab(src[i]) else { return false }
        advanceNextNonspace()
        advanceOffset(level, columns: false)
        closeUnmatchedBlocks()
        let h = addChild(.heading)
        doc.nodes[h].number = Int32(level)
        // Content without the optional closing sequence.
        var start = offset
        while start < lineEnd && isSpaceOrTab(src[start]) { start += 1 }
        var end = lineEnd
        while end > start && isSpaceOrTab(src[end - 1]) { end -= 1 }
        var k = end
        while k > start && src[k - 1] == UInt8(ascii: "#") { k -= 1 }
        if k < end {
            if k == start {
                end = start
            } else if isSpaceOrTab(src[k - 1]) {
                end = k
                while end > start && isSpaceOrTab(src[end - 1]) { end -= 1 }
            }
        }
        if start < end { doc.contents[h].append(contentsOf: src[start..<end]) }
        advanceOffset(lineEnd - offset, columns: false)
        return true
    }

    mutating func startFencedCode() -> Bool {
        let fenceChar = src[nextNonspace]
        var i = nextNonspace
        while i < lineEnd && src[i] == fenceChar { i += 1 }
        let length = i - nextNonspace
        guard length >= 3 else { return false }
        if fenceChar == UInt8(ascii: "`") {
            var j = i
            while j < lineEnd {
                if src[j] == UInt8(ascii: "`") { return false }
                j += 1
            }
        }
        closeUnmatchedBlocks()
        let block = addChild(.codeBlock)
        doc.nodes[block].flags |= Node.fenced
        doc.nodes[block].marker = fenceChar
        doc.nodes[block].padding = Int32(length)
        doc.nodes[block].markerOffset = Int32(indent)
        advanceNextNonspace()
        advanceOffset(length, columns: false)
        return true
    }

    mutating func startHTMLBlock(_ container: Int) -> Bool {
        let lazyParagraph = !allClosed && !blank && kind(tip) == .paragraph
        let canBeType7 = kind(container) != .paragraph && !lazyParagraph
        let type = HTMLScanner.blockStart(in: src, at: nextNonspace, end: lineEnd, allowType7: canBeType7)
        guard type > 0 else { return false }
        closeUnmatchedBlocks()
        let block = addChild(.htmlBlock)
        doc.nodes[block].padding = Int32(type)
        return true
    }

    // 2 if the paragraph became a heading, 0 otherwise.
    mutating func startSetextHeading(_ container: Int) -> Int {
        let c = src[nextNonspace]
        var i = nextNonspace
        while i < lineEnd && src[i] == c { i += 1 }
        while i < lineEnd && isSpaceOrTab(src[i]) { i += 1 }
        guard i == lineEnd else { return 0 }
        closeUnmatchedBlocks()
        let content = doc.contents[container]
        let consumed = references.parseDefinitions(content)
        guard consumed < content.count, !content[consumed...].allSatisfy(isASCIIWhitespace) else {
            if consumed > 0 { doc.contents[container] = Array(content[consumed...]) }
            return 0
        }
        let heading = doc.makeNode(.heading)
        doc.nodes[heading].number = c == UInt8(ascii: "=") ? 1 : 2
        doc.contents[heading] = Array(content[consumed...])
        doc.nodes[heading].startLine = doc.nodes[container].startLine
        doc.insertAfter(container, heading)
        doc.unlink(container)
        doc.contents[container] = []
        tip = heading
        advanceOffset(lineEnd - offset, columns: false)
        return 2
    }

    // Whether the rest of the line is a thematic break. A failed scan is remembered for the line,
    // so that `- - - - … a` (a list nested on one line) stays linear.
    mutating func isThematicBreak(from start: Int) -> Bool {
        let c = src[start]
        if thematicBreakFailure.line == lineNumber && thematicBreakFailure.char == c
            && start < thematicBreakFailure.position {
            return false
        }
        var count = 0
        var i = start
        while i < lineEnd {
            let b = src[i]
            if b == c {
                count += 1
            } else if !isSpaceOrTab(b) {
                thematicBreakFailure = (lineNumber, c, i)
                return false
            }
            i += 1
        }
        if count < 3 { thematicBreakFailure = (lineNumber, c, lineEnd) }
        return count >= 3
    }

    mutating func startListItem(_ container: Int) -> Bool {
        guard indent < 4 else { return false }
        let start = nextNonspace
        let c = peek(start)
        var markerEnd = start
        var ordered = false
        var marker: UInt8 = c
        var number: Int32 = 0
        if c == UInt8(ascii: "*") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            markerEnd = start + 1
        } else if isDigit(c) {
            var i = start
            var value = 0
            while i < lineEnd && isDigit(src[i]) && i - start < 10 {
                value = value * 10 + Int(src[i] - 0x30)
                i += 1
            }
            let digits = i - start
            guard digits <= 9, i < lineEnd, src[i] == UInt8(ascii: ".") || src[i] == UInt8(ascii: ")") else { return false }
            if kind(container) == .paragraph && value != 1 { return false }
            ordered = true
            marker = src[i]
            number = Int32(value)
            markerEnd = i + 1
        } else {
            return false
        }
        let next = peek(markerEnd)
        guard markerEnd >= lineEnd || isSpaceOrTab(next) else { return false }
        if kind(container) == .paragraph {
            var j = markerEnd
            while j < lineEnd && isSpaceOrTab(src[j]) { j += 1 }
            if j >= lineEnd { return false }
        }
        let markerLength = markerEnd - start
        let markerOffset = indent
        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && isSpaceOrTab(peek(offset))
        let blankItem = offset >= lineEnd
        let spacesAfterMarker = column - spacesStartColumn
        var padding: Int
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            partiallyConsumedTab = false
            if isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        } else {
            padding = markerLength + spacesAfterMarker
        }

        closeUnmatchedBlocks()
        let listMatches = kind(tip) == .list
            && (doc.nodes[tip].flags & Node.ordered != 0) == ordered
            && doc.nodes[tip].marker == marker
        if !listMatches {
            let list = addChild(.list)
            doc.nodes[list].flags = (ordered ? Node.ordered : 0) | Node.tight
            doc.nodes[list].marker = marker
            doc.nodes[list].number = number
        }
        let item = addChild(.item)
        doc.nodes[item].marker = marker
        doc.nodes[item].markerOffset = Int32(markerOffset)
        doc.nodes[item].padding = Int32(padding)
        return true
    }

    // Docs directives: `:::` fence lines are dropped (`:::image` leaves its alt text as a paragraph),
    // `[!INCLUDE …]` lines are dropped. A dropped line does not count as a line (lists stay tight).
    // Returns true when the line was consumed.
    mutating func handleDirectiveLine() -> Bool {
        let start = nextNonspace
        let c = peek(start)
        guard c == UInt8(ascii: ":") || c == UInt8(ascii: "[") else { return false }
        if src.matches(":::", at: start) {
            if src.matches(":::image", at: start, caseInsensitive: true),
               let alt = Directive.attribute("alt-text", in: src[start..<lineEnd]),
               alt.contains(where: { !isASCIIWhitespace($0) }) {
                closeUnmatchedBlocks()
                if kind(tip) == .paragraph { finalize(tip, lineNumber - 1) }
                let p = addChild(.paragraph)
                doc.contents[p] = alt
                doc.contents[p].append(0x0A)
                finalize(p, lineNumber)
            } else {
                lineNumber -= 1
            }
            return true
        }
        if src.matches("[!INCLUDE", at: start, caseInsensitive: true) {
            var end = lineEnd
            while end > start && isSpaceOrTab(src[end - 1]) { end -= 1 }
            guard src[end - 1] == UInt8(ascii: "]") else { return false }
            lineNumber -= 1
            return true
        }
        return false
    }
}
