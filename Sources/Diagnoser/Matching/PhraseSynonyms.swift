import KnowledgeBase

/// A cause's phrases as people may also write them, by the search's synonym table: each phrase,
/// plus the phrase with one synonym put in for a word or words of it ("never got the invitation"
/// → "never got the invite"). One-way rules (`a => b`) let a phrase written with `b` also be
/// found as `a`, as they let a query for `a` find `b` in search.
struct PhraseSynonyms: Sendable {
    /// For each phrase (lower case, words split by spaces), the other ways to write it.
    private var alternatives: [[String]: [[String]]] = [:]
    private var longest = 0
    /// At most this many variants per phrase.
    static let variantLimit = 8

    init(table: SynonymTable) {
        func words(_ text: String) -> [String] { text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init) }
        for rule in table.rules {
            let phrases = rule.phrases.map(words)
            if let targets = rule.targets?.map(words) {
                for target in targets { for phrase in phrases where phrase != target { alternatives[target, default: []].append(phrase) } }
            } else {
                for a in phrases { for b in phrases where a != b { alternatives[a, default: []].append(b) } }
            }
        }
        longest = alternatives.keys.map(\.count).max() ?? 0
    }

    func expand(_ phrases: [String]) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for phrase in phrases {
            if seen.insert(phrase.lowercased()).inserted { result.append(phrase) }
            let words = phrase.lowercased().split(separator: " ").map(String.init)
            var added = 0
            for start in words.indices {
                for length in stride(from: min(longest, words.count - start), through: 1, by: -1) {
                    guard let others = alternatives[Array(words[start..<(start + length)])] else { continue }
                    for other in others where added < Self.variantLimit && !Self.says(other, around: start..<(start + length), in: words) {
                        let variant = (words[..<start] + other + words[(start + length)...]).joined(separator: " ")
                        if seen.insert(variant).inserted { result.append(variant); added += 1 }
                    }
                    break
                }
            }
        }
        return result
    }

    /// Whether the words already say `other` where it would replace `span` ("email" in "old email
    /// address" already reads "email address"): putting it in would write a word twice, and a
    /// repeated word would let a match count one word of the person's text twice.
    static func says(_ other: [String], around span: Range<Int>, in words: [String]) -> Bool {
        guard other.count > span.count else { return false }
        for first in max(0, span.upperBound - other.count)...span.lowerBound where first + other.count <= words.count {
            if words[first..<(first + other.count)].elementsEqual(other) { return true }
        }
        return false
    }
}
