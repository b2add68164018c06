// Normalizes insignificant differences in HTML as the spec's test runner (normalize.py) does:
// whitespace runs collapse to one space outside `<pre>`, whitespace next to block-level tags
// goes, and self-closing tags lose their slash.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    enum Token { case tag(String, name: String, closing: Bool), text(String) }

    static func normalize(_ html: String) -> String {
        var tokens: [Token] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        var text = String.UnicodeScalarView()
        func flushText() {
            if !text.isEmpty { tokens.append(.text(String(text))); text = String.UnicodeScalarView() }
        }
        while i < chars.count {
            if chars[i] == "<", let close = chars[i...].firstIndex(of: ">"),
               i + 1 < chars.count, chars[i + 1].properties.isAlphabetic || chars[i + 1] == "/" {
                flushText()
                var tag = String(String.UnicodeScalarView(chars[i...close]))
                if tag.hasSuffix(" />") { tag = String(tag.dropLast(3)) + ">" } else if tag.hasSuffix("/>") { tag = String(tag.dropLast(2)) + ">" }
                let closing = chars[i + 1] == "/"
                var j = closing ? i + 2 : i + 1
                var name = ""
                while j < close && (chars[j].properties.isAlphabetic || ("0"..."9").contains(chars[j])) {
                    name.unicodeScalars.append(chars[j])
                    j += 1
                }
                tokens.append(.tag(tag, name: name.lowercased(), closing: closing))
                i = close + 1
            } else {
                text.append(chars[i])
                i += 1
            }
        }
        flushText()
        var out = ""
        var inPre = 0
        for (k, token) in tokens.enumerated() {
            switch token {
            case let .tag(tag, name, closing):
                if name == "pre" { inPre += closing ? -1 : 1 }
                out += tag
            case var .text(t):
                if inPre == 0 {
                    t = collapse(t)
                    let prevIsBlock = k == 0 || isBlock(tokens[k - 1])
                    let nextIsBlock = k == tokens.count - 1 || isBlock(tokens[k + 1])
                    if prevIsBlock { t = String(t.drop(while: { $0 == " " })) }
                    if nextIsBlock { while t.hasSuffix(" ") { t.removeLast() } }
                }
                out += t
            }
        }
        return out
    }

    static func isBlock(_ token: Token) -> Bool {
        if case let .tag(_, name, _) = token { return blockTags.contains(name) }
        return false
    }

    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                space = true
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(c)
            }
        }
        if space { out.append(" ") }
        return out
    }
}
