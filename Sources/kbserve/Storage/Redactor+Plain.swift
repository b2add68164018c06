/// The redactor's shortcut for the commonest query: plain lowercase words, which no rule changes.
extension Redactor {
    /// Whether `redact` gives `text` back unchanged without running its rules: ASCII lowercase
    /// words (letters, with `'` or `-`) joined by single spaces, where no rule can apply:
    /// - no digits, `@`, `:`, `=`, `.`, `/`, `+`, `(`, capitals, tabs or line breaks: numbers,
    ///   dates, e-mail addresses, links, labels, names and signatures all need one of them;
    /// - no word (without the `'` and `-` around it) is a password word, a spelled digit,
    ///   "name" or "name's" (which open a name) or "dot" (`jane at example dot com`);
    /// - a value word ("pin", "code") only when every word is letters only (`pin jane-doe`
    ///   is unsure, `pin reset` is not).
    /// `RequestPathShortcutTests` compares it with the rules on the real queries and on generated texts.
    static func isPlain(_ text: String) -> Bool {
        var punctuated = false
        var afterSpace = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                afterSpace = false
            case UInt8(ascii: "'"), UInt8(ascii: "-"):
                punctuated = true
                afterSpace = false
            case UInt8(ascii: " "):
                if afterSpace { return false }  // leading or doubled space
                afterSpace = true
            default:
                return false
            }
        }
        if afterSpace { return false }  // empty, or a trailing space
        var hasValueWord = false
        for word in text.split(separator: " ") {
            let core = String(word).trimmingScalars(in: ["'", "-"])
            if plainBreakers.contains(core) { return false }
            if valueWords.contains(core) { hasValueWord = true }
        }
        return !(punctuated && hasValueWord)
    }

    /// Lowercase words that let a rule change plain text around them.
    static let plainBreakers: Set<String> = passwordWords.union(digitWords).union(["name", "name's", "dot"])
}
