/// Normalizes English contractions so every way of typing a negation means the same:
/// "doesn't", "doesnt" and "does not" all give "does", "not"; "can't", "cant" and "cannot"
/// give "can", "not"; "won't"/"wont" give "will", "not". Other clitics are cut off
/// ("you're" -> "you", "I'll" -> "i", "what's" -> "what"), also when typed without the
/// apostrophe ("im", "youre", "whats"), so a stop word stays a stop word however it is typed.
/// The possessive "'s" of any other word is left to the stemmer. Expects lower-cased input.
public struct ContractionFilter: TokenFilter {
    public init() {}

    /// Negated forms typed with or without the apostrophe, and their base word.
    static let negations: [String: String] = {
        let bases = [
            "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "could", "would",
            "should", "must", "need", "might", "dare",
        ]
        var table: [String: String] = [:]
        for base in bases {
            table[base + "n't"] = base
            table[base + "nt"] = base
        }
        table["ain't"] = "is"; table["aint"] = "is"
        table["can't"] = "can"; table["cant"] = "can"; table["cannot"] = "can"
        table["won't"] = "will"; table["wont"] = "will"
        table["shan't"] = "shall"; table["shant"] = "shall"
        return table
    }()

    private static let clitics = ["'re", "'ve", "'ll", "'m", "'d"]

    /// Pronouns and question words whose "'s" is "is" or "has", never a possessive.
    static let cliticS: Set<String> = [
        "it", "that", "what", "where", "who", "how", "when", "why", "there", "here", "he", "she", "this",
    ]

    /// Contractions typed without the apostrophe that are no other English word, and their
    /// first word: every `cliticS` word with its "s" ("whats") but "its", a word of its own
    /// ("thiss" is nobody's spelling), and the other clitics below ("ill", "id", "were",
    /// "well", "wed", "hell", "shell" and "shed" are words too, so they are not here).
    static let bareClitics: [String: String] = {
        var table: [String: String] = [:]
        for base in cliticS.subtracting(["it", "this"]) { table[base + "s"] = base }
        for (base, clitics) in [
            ("i", ["m", "ve"]), ("you", ["re", "ve", "ll", "d"]), ("they", ["re", "ve", "ll", "d"]),
            ("we", ["ve"]), ("it", ["ll"]), ("that", ["ll"]), ("what", ["re", "ll"]), ("who", ["ve", "ll"]),
        ] {
            for clitic in clitics { table[base + clitic] = base }
        }
        return table
    }()

    public func filter(_ token: Token, into output: inout [Token]) {
        if let base = Self.negations[token.term] {
            var first = token
            first.term = base
            output.append(first)
            var not = token
            not.term = "not"
            not.positionIncrement = 1
            output.append(not)
            return
        }
        var token = token
        if let base = Self.bareClitics[token.term] {
            token.term = base
            output.append(token)
            return
        }
        guard token.term.utf8.contains(UInt8(ascii: "'")) else { output.append(token); return }
        for clitic in Self.clitics where token.term.hasSuffix(clitic) && token.term.count > clitic.count {
            token.term = String(token.term.dropLast(clitic.count))
            break
        }
        if token.term.hasSuffix("'s"), Self.cliticS.contains(String(token.term.dropLast(2))) {
            token.term = String(token.term.dropLast(2))
        }
        output.append(token)
    }
}
