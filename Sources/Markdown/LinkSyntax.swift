// Scanners for the pieces of links shared by inline links and link reference definitions.
enum LinkSyntax {
    // Nesting limit for parentheses in a bare destination (keeps unclosed links linear, as in cmark).
    static let maxParenDepth = 32

    // A link label `[…]` starting at `i`: the index after `]`, or nil.
    static func scanLabel(_ s: [UInt8], _ i: Int) -> Int? {
        guard i < s.count, s[i] == UInt8(ascii: "[") else { return nil }
        var j = i + 1
        var n = 0
        while j < s.count && n <= 999 {
            let c = s[j]
            if c == UInt8(ascii: "\\") && j + 1 < s.count {
                j += 2
                n += 2
            } else if c == UInt8(ascii: "[") {
                return nil
            } else if c == UInt8(ascii: "]") {
                return n <= 999 ? j + 1 : nil
            } else {
                j += 1
                n += 1
            }
        }
        return nil
    }

    // A destination starting at `i`: the index after it and the range of its raw text.
    static func scanDestination(_ s: [UInt8], _ i: Int) -> (end: Int, value: Range<Int>)? {
        if i < s.count && s[i] == UInt8(ascii: "<") {
            var j = i + 1
            while j < s.count {
                let c = s[j]
                if c == UInt8(ascii: ">") { return (j + 1, (i + 1)..<j) }
                if c == UInt8(ascii: "<") || c == 0x0A || c == 0x0D { return nil }
                if c == UInt8(ascii: "\\") && j + 1 < s.count && s[j + 1] != 0x0A { j += 2 } else { j += 1 }
            }
            return nil
        }
        var j = i
        var parens = 0
        while j < s.count {
            let c = s[j]
            if c == UInt8(ascii: "\\") && j + 1 < s.count && isASCIIPunctuation(s[j + 1]) {
                j += 2
            } else if c == UInt8(ascii: "(") {
                parens += 1
                if parens > maxParenDepth { return nil }
                j += 1
            } else if c == UInt8(ascii: ")") {
                if parens == 0 { break }
                parens -= 1
                j += 1
            } else if c <= 0x20 || c == 0x7F {
                break
            } else {
                j += 1
            }
        }
        if j == i && !(j < s.count && s[j] == UInt8(ascii: ")")) { return nil }
        if parens != 0 { return nil }
        return (j, i..<j)
    }

    // A title `"…"`, `'…'` or `(…)` starting at `i`: the index after it and the range inside.
    static func scanTitle(_ s: [UInt8], _ i: Int) -> (end: Int, value: Range<Int>)? {
        guard i < s.count else { return nil }
        let open = s[i]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = open
        case UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var j = i + 1
        while j < s.count {
            let c = s[j]
            if c == UInt8(ascii: "\\") && j + 1 < s.count {
                j += 2
                continue
            }
            if c == close { return (j + 1, (i + 1)..<j) }
            if open == UInt8(ascii: "(") && c == UInt8(ascii: "(") { return nil }
            j += 1
        }
        return nil
    }

    // Skips spaces and tabs and at most one line ending.
    static func skipSpaceAndNewline(_ s: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < s.count && isSpaceOrTab(s[j]) { j += 1 }
        if j < s.count && s[j] == 0x0A {
            j += 1
            while j < s.count && isSpaceOrTab(s[j]) { j += 1 }
        }
        return j
    }

    // The matching key of a label: inner whitespace collapsed, trimmed, Unicode case-folded.
    static func normalizeLabel(_ label: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(label.count)
        var pendingSpace = false
        var ascii = true
        for c in label {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if c >= 0x80 { ascii = false }
            out.append(c)
        }
        if ascii {
            for k in out.indices where out[k] >= 0x61 && out[k] <= 0x7A { out[k] -= 0x20 }
            return out
        }
        return Array(String(decoding: out, as: UTF8.self).lowercased().uppercased().utf8)
    }
}
