// Splitting table rows into cells and reading the delimiter row.
enum TableSyntax {
    // Alignments (0 none, 1 left, 2 center, 3 right) of a delimiter row such as `| :-- | --: |`.
    static func delimiterRow(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        for cell in rawCells(line) {
            var s = cell.startIndex, e = cell.endIndex
            while s < e && isSpaceOrTab(cell[s]) { s += 1 }
            while e > s && isSpaceOrTab(cell[e - 1]) { e -= 1 }
            guard s < e else { return nil }
            let left = cell[s] == UInt8(ascii: ":")
            let right = e - 1 > s && cell[e - 1] == UInt8(ascii: ":")
            let dashStart = left ? s + 1 : s
            let dashEnd = right ? e - 1 : e
            guard dashStart < dashEnd, cell[dashStart..<dashEnd].allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? 2 : right ? 3 : left ? 1 : 0)
        }
        return result.isEmpty ? nil : result
    }

    // The cells of a row, trimmed, with `\|` unescaped.
    static func cells(_ line: ArraySlice<UInt8>) -> [[UInt8]] {
        rawCells(line).map { cell in
            var out: [UInt8] = []
            out.reserveCapacity(cell.count)
            var i = cell.startIndex
            while i < cell.endIndex {
                if cell[i] == UInt8(ascii: "\\") && i + 1 < cell.endIndex && cell[i + 1] == UInt8(ascii: "|") {
                    out.append(UInt8(ascii: "|"))
                    i += 2
                } else {
                    out.append(cell[i])
                    i += 1
                }
            }
            var s = 0, e = out.count
            while s < e && isSpaceOrTab(out[s]) { s += 1 }
            while e > s && isSpaceOrTab(out[e - 1]) { e -= 1 }
            return Array(out[s..<e])
        }
    }

    // The row split on unescaped pipes, without the optional outer pipes.
    static func rawCells(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var s = line.startIndex, e = line.endIndex
        while s < e && isASCIIWhitespace(line[s]) { s += 1 }
        while e > s && isASCIIWhitespace(line[e - 1]) { e -= 1 }
        if s < e && line[s] == UInt8(ascii: "|") { s += 1 }
        if e > s && line[e - 1] == UInt8(ascii: "|") && !(e - 2 >= s && line[e - 2] == UInt8(ascii: "\\")) { e -= 1 }
        var result: [ArraySlice<UInt8>] = []
        var cellStart = s
        var i = s
        while i < e {
            let c = line[i]
            if c == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if c == UInt8(ascii: "|") {
                result.append(line[cellStart..<i])
                cellStart = i + 1
            }
            i += 1
        }
        if cellStart <= e { result.append(line[cellStart..<min(e, line.endIndex)]) }
        return result
    }
}
