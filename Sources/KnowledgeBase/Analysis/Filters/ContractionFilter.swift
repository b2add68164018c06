/// Normalizes English contractions so every way of typing a negation means the same:
/// "doesn't", "doesnt" and "does not" all give "does", "not"; "can't", "cant" and "cannot"
/// give "can", "not"; "won't"/"wont" give "will", "not". Other clitics are cut off
/// ("you're" -> "you", "I'll" -> "i"); the possessive "'s" is left to the stemmer.
/// Expects lower-cased input.
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
        guard token.term.utf8.contains(UInt8(ascii: "'")) else { output.append(token); return }
        var token = token
        for clitic in Self.clitics where token.term.hasSuffix(clitic) && token.term.count > clitic.count {
            token.term = String(token.term.dropLast(clitic.count))
            break
        }
        output.append(token)
    }
}
