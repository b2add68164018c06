/// YAML front matter between `---` lines at the very start of an article.
public enum FrontMatter {
    /// Splits a text into its front matter (without the `---` lines) and the body after it.
    /// Text without front matter comes back whole as the body.
    public static func split(_ text: String) -> (yaml: String?, body: Substring) {
        let whole = Substring(text)
        var rest = whole
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        guard rest.hasPrefix("---") else { return (nil, whole) }
        let afterOpen = rest.dropFirst(3)
        guard let firstNewline = afterOpen.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }),
              afterOpen[..<firstNewline].allSatisfy({ $0 == " " || $0 == "\t" }) else { return (nil, whole) }
        var lineStart = afterOpen.index(after: firstNewline)
        let yamlStart = lineStart
        while lineStart < afterOpen.endIndex {
            let lineEnd = afterOpen[lineStart...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? afterOpen.endIndex
            let line = afterOpen[lineStart..<lineEnd]
            if line.hasPrefix("---") || line.hasPrefix("...") {
                let marker = line.dropFirst(3)
                if marker.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    let bodyStart = lineEnd < afterOpen.endIndex ? afterOpen.index(after: lineEnd) : lineEnd
                    return (String(afterOpen[yamlStart..<lineStart]), afterOpen[bodyStart...])
                }
            }
            if lineEnd == afterOpen.endIndex { break }
            lineStart = afterOpen.index(after: lineEnd)
        }
        return (nil, whole)
    }
}
