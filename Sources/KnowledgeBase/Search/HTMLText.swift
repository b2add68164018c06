/// Text made safe to put inside HTML: the snippets of search results, and the pages' own text.
public enum HTMLText {
    /// HTML-escapes `text` (`&`, `<`, `>`, quotes); line breaks and tabs become spaces.
    public static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\r", "\t": result += " "
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
