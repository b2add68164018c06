/// YAML front matter between `---` lines at the very start of an article.
public enum FrontMatter {
    /// Splits a text into its front matter (without the `---` lines) and the body after it.
    /// Text without front matter comes back whole as the body.
    ///
    /// Works on the UTF-8 bytes (a line ends at LF, a CR before it not counted), which
    /// splits exactly where splitting by `Character` would (CR LF is one `Character`, and
    /// line breaks always end a grapheme) without grapheme breaking.
    public static func split(_ text: String) -> (yaml: String?, body: Substring) {
        let whole = Substring(text)
        let found = text.utf8.withContiguousStorageIfAvailable { locate($0) } ?? Array(text.utf8).withUnsafeBufferPointer { locate($0) }
        guard let found else { return (nil, whole) }
        let utf8 = text.utf8
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: found.yaml.lowerBound)
        let yamlEnd = utf8.index(yamlStart, offsetBy: found.yaml.count)
        let bodyStart = utf8.index(yamlEnd, offsetBy: found.body - found.yaml.upperBound)
        return (String(text[yamlStart..<yamlEnd]), text[bodyStart...])
    }

    /// Byte offsets of the front matter's lines and of the body, if the text starts with front matter.
    private static func locate(_ bytes: UnsafeBufferPointer<UInt8>) -> (yaml: Range<Int>, body: Int)? {
        let count = bytes.count
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // U+FEFF
        func isDash(_ offset: Int) -> Bool { offset < count && bytes[offset] == UInt8(ascii: "-") }
        func isBlank(_ range: Range<Int>) -> Bool {
            range.allSatisfy { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") }
        }
        /// The line from `from`: the end of its content (before CR LF or LF) and the start of the next line.
        func line(from: Int) -> (contentEnd: Int, next: Int) {
            var newline = from
            while newline < count, bytes[newline] != UInt8(ascii: "\n") { newline += 1 }
            guard newline < count else { return (count, count) }
            let contentEnd = newline > from && bytes[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            return (contentEnd, newline + 1)
        }
        guard isDash(start), isDash(start + 1), isDash(start + 2) else { return nil }
        let opening = line(from: start + 3)
        // The opening line must end in a line break, with only blanks after the dashes.
        guard opening.contentEnd < count, isBlank((start + 3)..<opening.contentEnd) else { return nil }
        let yamlStart = opening.next
        var lineStart = yamlStart
        while lineStart < count {
            let current = line(from: lineStart)
            if current.contentEnd - lineStart >= 3 {
                let first = bytes[lineStart]
                if (first == UInt8(ascii: "-") || first == UInt8(ascii: ".")),
                   bytes[lineStart + 1] == first, bytes[lineStart + 2] == first,
                   isBlank((lineStart + 3)..<current.contentEnd) {
                    return (yamlStart..<lineStart, current.next)
                }
            }
            if current.next >= count { break }
            lineStart = current.next
        }
        return nil
    }
}
