// GFM's disallowed raw HTML: these tags get their `<` escaped.
enum TagFilter {
    static let names: [StaticString] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    static func isFiltered(_ s: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var i = start
        if i < end && s[i] == UInt8(ascii: "/") { i += 1 }
        for name in names {
            let n = name.utf8CodeUnitCount
            guard i + n <= end, s.matches(name, at: i, caseInsensitive: true) else { continue }
            if i + n == end { return true }
            let c = s[i + n]
            if isASCIIWhitespace(c) || c == UInt8(ascii: ">") { return true }
            if c == UInt8(ascii: "/") && i + n + 1 < end && s[i + n + 1] == UInt8(ascii: ">") { return true }
        }
        return false
    }
}
