// Raw HTML: block starts and ends (HTML blocks) and complete tags (inline raw HTML).
enum HTMLScanner {
    static let type1Names: [StaticString] = ["script", "pre", "style", "textarea"]
    static let type6Names: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    // The HTML block type (1–7) starting at `p` (a `<`), or 0.
    static func blockStart(in s: [UInt8], at p: Int, end: Int, allowType7: Bool) -> Int {
        guard p + 1 < end else { return 0 }
        if s.matches("<!--", at: p) { return 2 }
        if s.matches("<?", at: p) { return 3 }
        if s.matches("<![CDATA[", at: p) { return 5 }
        if s[p + 1] == UInt8(ascii: "!") && p + 2 < end && isASCIILetter(s[p + 2]) { return 4 }
        let closing = s[p + 1] == UInt8(ascii: "/")
        let nameStart = closing ? p + 2 : p + 1
        var i = nameStart
        while i < end && isASCIIAlphanumeric(s[i]) { i += 1 }
        guard i > nameStart, isASCIILetter(s[nameStart]) else { return 0 }
        let name = s[nameStart..<i].map(asciiLower)
        let after: UInt8 = i < end ? s[i] : 0
        if !closing {
            for type1 in type1Names where name.elementsEqual(UnsafeBufferPointer(start: type1.utf8Start, count: type1.utf8CodeUnitCount)) {
                if after == 0 || isSpaceOrTab(after) || after == UInt8(ascii: ">") { return 1 }
            }
        }
        if type6Names.contains(name) {
            if after == 0 || isSpaceOrTab(after) || after == UInt8(ascii: ">")
                || (after == UInt8(ascii: "/") && i + 1 < end && s[i + 1] == UInt8(ascii: ">")) {
                return 6
            }
        }
        guard allowType7 else { return 0 }
        for type1 in type1Names where name.elementsEqual(UnsafeBufferPointer(start: type1.utf8Start, count: type1.utf8CodeUnitCount)) {
            return 0
        }
        let line = Array(s[p..<end])
        var cache = HTMLScanCache()
        let tagEnd = closing ? scanClosingTag(line, 0) : scanOpenTag(line, 0, cache: &cache)
        guard let tagEnd else { return 0 }
        var k = tagEnd
        while k < line.count && isSpaceOrTab(line[k]) { k += 1 }
        return k == line.count ? 7 : 0
    }

    // Whether the line contains the end condition of an HTML block of type 1–5.
    static func blockEnds(type: Int, in s: [UInt8], from: Int, to end: Int) -> Bool {
        var i = from
        while i < end {
            let c = s[i]
            switch type {
            case 1:
                if c == UInt8(ascii: "<") && i + 1 < end && s[i + 1] == UInt8(ascii: "/") {
                    for name in type1Names {
                        let n = name.utf8CodeUnitCount
                        if i + 2 + n < end && s.matches(name, at: i + 2, caseInsensitive: true)
                            && s[i + 2 + n] == UInt8(ascii: ">") {
                            return true
                        }
                    }
                }
            case 2:
                if c == UInt8(ascii: "-") && s.matches("-->", at: i) && i + 3 <= end { return true }
            case 3:
                if c == UInt8(ascii: "?") && i + 1 < end && s[i + 1] == UInt8(ascii: ">") { return true }
            case 4:
                if c == UInt8(ascii: ">") { return true }
            case 5:
                if c == UInt8(ascii: "]") && s.matches("]]>", at: i) && i + 3 <= end { return true }
            default:
                return false
            }
            i += 1
        }
        return false
    }

    // MARK: Inline raw HTML

    // A complete raw HTML construct starting at `p` (a `<`): the index after it, or nil.
    static func scanInline(_ s: [UInt8], _ p: Int, cache: inout HTMLScanCache) -> Int? {
        guard p + 1 < s.count else { return nil }
        let c = s[p + 1]
        if isASCIILetter(c) { return scanOpenTag(s, p, cache: &cache) }
        if c == UInt8(ascii: "/") { return scanClosingTag(s, p) }
        if c == UInt8(ascii: "?") {
            return find(s, "?>", from: p + 2, kind: HTMLScanCache.instruction, cache: &cache).map { $0 + 2 }
        }
        guard c == UInt8(ascii: "!") else { return nil }
        if s.matches("<!--", at: p) {
            if s.matches(">", at: p + 4) { return p + 5 }
            if s.matches("->", at: p + 4) { return p + 6 }
            return find(s, "-->", from: p + 4, kind: HTMLScanCache.comment, cache: &cache).map { $0 + 3 }
        }
        if s.matches("<![CDATA[", at: p) {
            return find(s, "]]>", from: p + 9, kind: HTMLScanCache.cdata, cache: &cache).map { $0 + 3 }
        }
        if p + 2 < s.count && isASCIILetter(s[p + 2]) {
            return find(s, ">", from: p + 3, kind: HTMLScanCache.declaration, cache: &cache).map { $0 + 1 }
        }
        return nil
    }

    static func find(_ s: [UInt8], _ pattern: StaticString, from: Int, kind: Int, cache: inout HTMLScanCache) -> Int? {
        if from >= cache.failedFrom[kind] { return nil }
        let first = pattern.utf8Start[0]
        var i = from
        while i < s.count {
            if s[i] == first && s.matches(pattern, at: i) { return i }
            i += 1
        }
        cache.failedFrom[kind] = from
        cache.isEmpty = false
        return nil
    }

    @inline(__always) static func skipWhitespace(_ s: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < s.count && isASCIIWhitespace(s[j]) && s[j] != 0x0B { j += 1 }
        return j
    }

    static func scanOpenTag(_ s: [UInt8], _ p: Int, cache: inout HTMLScanCache) -> Int? {
        var j = p + 1
        guard j < s.count, isASCIILetter(s[j]) else { return nil }
        j += 1
        while j < s.count && (isASCIIAlphanumeric(s[j]) || s[j] == UInt8(ascii: "-")) { j += 1 }
        while true {
            let ws = skipWhitespace(s, j)
            guard ws < s.count else { return nil }
            if s[ws] == UInt8(ascii: ">") { return ws + 1 }
            if s[ws] == UInt8(ascii: "/") { return ws + 1 < s.count && s[ws + 1] == UInt8(ascii: ">") ? ws + 2 : nil }
            guard ws > j else { return nil }
            let a = s[ws]
            guard isASCIILetter(a) || a == UInt8(ascii: "_") || a == UInt8(ascii: ":") else { return nil }
            var k = ws + 1
            while k < s.count {
                let b = s[k]
                if isASCIIAlphanumeric(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-") {
                    k += 1
                } else {
                    break
                }
            }
            let m0 = skipWhitespace(s, k)
            if m0 < s.count && s[m0] == UInt8(ascii: "=") {
                let m = skipWhitespace(s, m0 + 1)
                guard m < s.count else { return nil }
                let q = s[m]
                if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                    let kind = q == UInt8(ascii: "\"") ? HTMLScanCache.doubleQuote : HTMLScanCache.singleQuote
                    let pattern: StaticString = q == UInt8(ascii: "\"") ? "\"" : "'"
                    guard let close = find(s, pattern, from: m + 1, kind: kind, cache: &cache) else { return nil }
                    j = close + 1
                } else {
                    var u = m
                    while u < s.count {
                        let b = s[u]
                        if b <= 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "=")
                            || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "`") {
                            break
                        }
                        u += 1
                    }
                    guard u > m else { return nil }
                    j = u
                }
            } else {
                j = k
            }
        }
    }

    static func scanClosingTag(_ s: [UInt8], _ p: Int) -> Int? {
        var j = p + 2
        guard j < s.count, isASCIILetter(s[j]) else { return nil }
        j += 1
        while j < s.count && (isASCIIAlphanumeric(s[j]) || s[j] == UInt8(ascii: "-")) { j += 1 }
        j = skipWhitespace(s, j)
        return j < s.count && s[j] == UInt8(ascii: ">") ? j + 1 : nil
    }
}
