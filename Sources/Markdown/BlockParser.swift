// Phase one: the block structure (CommonMark "Blocks and inlines", appendix A), line by line.
// Open blocks are continued, new blocks started, unmatched blocks closed; leaf text is collected
// for the inline phase. Link reference definitions are taken out of paragraphs as they close.
struct BlockParser {
    let options: MarkdownOptions
    let src: [UInt8]
    var doc = Document()
    var references = ReferenceMap()

    var tip = Document.root
    var oldTip = Document.root
    var lastMatchedContainer = Document.root
    var allClosed = true
    var lineStart = 0
    var lineEnd = 0
    var lineNumber: Int32 = 0
    var offset = 0
    var column = 0
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var indented = false
    var blank = false
    var partiallyConsumedTab = false
    var thematicBreakFailure: (line: Int32, char: UInt8, position: Int) = (0, 0, 0)

    static let codeIndent = 4

    init(source: [UInt8], options: MarkdownOptions) {
        self.src = source
        self.options = options
        doc.nodes.reserveCapacity(source.count / 24 + 16)
        doc.contents.reserveCapacity(source.count / 24 + 16)
        doc.store.reserveCapacity(source.count + source.count / 8 + 16)
        doc.nodes[Document.root].startLine = 1
    }

    @inline(__always) func peek(_ i: Int) -> UInt8 { i < lineEnd ? src[i] : 0 }
    @inline(__always) func kind(_ n: Int) -> NodeKind { doc.nodes[n].kind }

    mutating func parseBlocks() {
        let n = src.count
        var i = 0
        while i < n {
            var j = i
            src.withUnsafeBufferPointer { buf in
                while j < n {
                    let c = buf[j]
                    if c == 0x0A || c == 0x0D { break }
                    j += 1
                }
            }
            lineStart = i
            lineEnd = j
            incorporateLine()
            if j + 1 < n && src[j] == 0x0D && src[j + 1] == 0x0A { j += 2 } else { j += 1 }
            i = j
        }
        while tip >= 0 { finalize(tip, lineNumber) }
    }

    // MARK: Line state

    mutating func findNextNonspace() {
        var i = offset
        var cols = column
        var c: UInt8 = 0
        while i < lineEnd {
            c = src[i]
            if c == 0x20 { i += 1; cols += 1 } else if c == 0x09 { i += 1; cols += 4 - (cols % 4) } else { break }
        }
        blank = i >= lineEnd
        nextNonspace = i
        nextNonspaceColumn = cols
        indent = cols - column
        indented = indent >= BlockParser.codeIndent
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < lineEnd {
            if src[offset] == 0x09 {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let charsToAdvance = min(charsToTab, count)
                    column += charsToAdvance
                    if !partiallyConsumedTab { offset += 1 }
                    count -= charsToAdvance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    mutating func addLine() {
        if partiallyConsumedTab {
            offset += 1
            let charsToTab = 4 - (column % 4)
            for _ in 0..<charsToTab { doc.contents[tip].append(0x20) }
        }
        if offset < lineEnd { doc.contents[tip].append(contentsOf: src[offset..<lineEnd]) }
        doc.contents[tip].append(0x0A)
    }

    // MARK: Tree building

    static func canContain(_ parent: NodeKind, _ child: NodeKind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item, .callout: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    static func acceptsLines(_ kind: NodeKind) -> Bool {
        kind == .paragraph || kind == .codeBlock || kind == .htmlBlock
    }

    @discardableResult
    mutating func addChild(_ kind: NodeKind) -> Int {
        while !BlockParser.canContain(doc.nodes[tip].kind, kind) { finalize(tip, lineNumber - 1) }
        let n = doc.makeNode(kind)
        doc.nodes[n].startLine = lineNumber
        doc.appendChild(tip, n)
        tip = n
        return n
    }

    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip != lastMatchedContainer && oldTip >= 0 {
            let parent = doc.nodes[oldTip].parent
            finalize(oldTip, lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }

    // MARK: One line

    mutating func incorporateLine() {
        var allMatched = true
        var container = Document.root
        oldTip = tip
        offset = lineStart
        column = 0
        blank = false
        partiallyConsumedTab = false
        lineNumber += 1

        while true {
            let lastChild = doc.nodes[container].last
            guard lastChild >= 0, doc.nodes[lastChild].isOpen else { break }
            container = lastChild
            findNextNonspace()
            switch continueBlock(container) {
            case 0: break
            case 1: allMatched = false
            default: return
            }
            if !allMatched {
                container = doc.nodes[container].parent
                break
            }
        }

        allClosed = container == oldTip
        lastMatchedContainer = container

        var matchedLeaf = kind(container) != .paragraph && BlockParser.acceptsLines(kind(container))
        while !matchedLeaf {
            findNextNonspace()
            if options.directives && handleDirectiveLine() { return }
            if !indented && !mayStartBlock(peek(nextNonspace)) {
                advanceNextNonspace()
                break
            }
            let result = startBlock(container)
            if result == 0 {
                advanceNextNonspace()
                break
            }
            container = tip
            if result == 2 { matchedLeaf = true }
        }

        if !allClosed && !blank && kind(tip) == .paragraph {
            addLine()  // lazy paragraph continuation
        } else {
            closeUnmatchedBlocks()
            let t = kind(container)
            if BlockParser.acceptsLines(t) {
                addLine()
                if t == .htmlBlock {
                    let type = Int(doc.nodes[container].padding)
                    if type >= 1 && type <= 5 && HTMLScanner.blockEnds(type: type, in: src, from: offset, to: lineEnd) {
                        finalize(container, lineNumber)
                    }
                }
            } else if t == .table {
                if offset < lineEnd && !blank { addTableRow(container) }
            } else if offset < lineEnd && !blank {
                addChild(.paragraph)
                advanceNextNonspace()
                addLine()
            }
        }
    }

    func mayStartBlock(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"):
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "|"), UInt8(ascii: ":"):
            return options.tables
        default:
            return false
        }
    }

    // MARK: Continuation

    // 0 = matched, 1 = not matched, 2 = the line was consumed (closing code fence).
    mutating func continueBlock(_ c: Int) -> Int {
        switch kind(c) {
        case .blockQuote, .callout:
            if !indented && peek(nextNonspace) == UInt8(ascii: ">") {
                advanceNextNonspace()
                advanceOffset(1, columns: false)
                if isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
                return 0
            }
            return 1
        case .item:
            // As cmark: the item's indentation first, so that a blank line inside a code block
            // keeps the spaces beyond it; a shorter blank line continues an item that has content.
            if indent >= Int(doc.nodes[c].markerOffset + doc.nodes[c].padding) {
                advanceOffset(Int(doc.nodes[c].markerOffset + doc.nodes[c].padding), columns: true)
            } else if blank && doc.nodes[c].first >= 0 {
                advanceNextNonspace()
            } else {
                return 1
            }
            return 0
        case .list, .document:
            return 0
        case .heading, .thematicBreak:
            return 1
        case .codeBlock:
            if doc.nodes[c].flags & Node.fenced != 0 {
                let fenceChar = doc.nodes[c].marker
                if indent <= 3 && peek(nextNonspace) == fenceChar {
                    var i = nextNonspace
                    while i < lineEnd && src[i] == fenceChar { i += 1 }
                    let runLength = i - nextNonspace
                    while i < lineEnd && isSpaceOrTab(src[i]) { i += 1 }
                    if runLength >= Int(doc.nodes[c].padding) && i == lineEnd {
                        finalize(c, lineNumber)
                        return 2
                    }
                }
                var i = Int(doc.nodes[c].markerOffset)
                while i > 0 && isSpaceOrTab(peek(offset)) {
                    advanceOffset(1, columns: true)
                    i -= 1
                }
            } else {
                if indent >= BlockParser.codeIndent {
                    advanceOffset(BlockParser.codeIndent, columns: true)
                } else if blank {
                    advanceNextNonspace()
                } else {
                    return 1
                }
            }
            return 0
        case .htmlBlock:
            let type = doc.nodes[c].padding
            return blank && (type == 6 || type == 7) ? 1 : 0
        case .paragraph, .table:
            return blank ? 1 : 0
        default:
            return 1
        }
    }
}
