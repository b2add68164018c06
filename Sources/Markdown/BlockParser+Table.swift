// GFM tables: a header row, a delimiter row, then body rows until a blank line or another block.
extension BlockParser {
    mutating func startTable(_ paragraph: Int) -> Bool {
        guard let alignments = TableSyntax.delimiterRow(src[nextNonspace..<lineEnd]) else { return false }
        let content = doc.contents[paragraph]
        var end = content.count
        if end > 0 && content[end - 1] == 0x0A { end -= 1 }
        var lineBegin = end
        while lineBegin > 0 && content[lineBegin - 1] != 0x0A { lineBegin -= 1 }
        let header = content[lineBegin..<end]
        guard TableSyntax.cells(header).count == alignments.count else { return false }
        guard header.contains(UInt8(ascii: "|")) || src[nextNonspace..<lineEnd].contains(UInt8(ascii: "|")) else {
            return false
        }
        closeUnmatchedBlocks()
        if lineBegin > 0 {
            doc.contents[paragraph] = Array(content[0..<lineBegin])
            finalize(paragraph, lineNumber - 2)
        } else {
            tip = doc.nodes[paragraph].parent
            doc.unlink(paragraph)
            doc.contents[paragraph] = []
        }
        let table = addChild(.table)
        doc.nodes[table].startLine = lineNumber - 1
        doc.contents[table] = Array(header)
        doc.contents[table].append(0x0A)
        doc.nodes[table].extra = doc.intern(alignments)
        advanceOffset(lineEnd - offset, columns: false)
        return true
    }

    mutating func addTableRow(_ table: Int) {
        doc.contents[table].append(contentsOf: src[offset..<lineEnd])
        doc.contents[table].append(0x0A)
    }

    mutating func finalizeTable(_ table: Int) {
        let content = doc.contents[table]
        doc.contents[table] = []
        let alignments = Array(doc.bytes(doc.nodes[table].extra))
        let columns = alignments.count
        var isHeader = true
        // Padding short rows with empty cells is capped, so a wide header over many short rows
        // cannot blow the output up beyond a multiple of the input.
        var paddingBudget = max(100_000, src.count)
        for line in content.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            let row = doc.makeNode(isHeader ? .tableHead : .tableRow)
            doc.appendChild(table, row)
            let cells = TableSyntax.cells(line)
            let padding = max(0, columns - cells.count)
            let width = padding <= paddingBudget ? columns : min(columns, cells.count)
            if width == columns { paddingBudget -= padding }
            for i in 0..<width {
                let cell = doc.makeNode(.tableCell)
                doc.nodes[cell].number = Int32(alignments[i])
                if i < cells.count { doc.contents[cell] = cells[i] }
                doc.appendChild(row, cell)
            }
            isHeader = false
        }
    }
}
