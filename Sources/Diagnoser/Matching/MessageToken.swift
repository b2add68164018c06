import KnowledgeBase

/// One word of normalized text: folded lowercase bytes, its Porter2 stem, and whether it stands
/// for a masked variable part (a number, e-mail, URL or date) rather than a word.
struct MessageToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, email, url, date }

    var text: [UInt8]
    var stem: [UInt8]
    var kind: Kind

    init(text: [UInt8], kind: Kind = .word) {
        self.text = text
        self.kind = kind
        self.stem = kind == .word ? Array(Porter2Stemmer().stem(String(decoding: text, as: UTF8.self)).utf8) : text
    }

    var isStopword: Bool { kind == .word && MessageStopwords.contains(text) }
}
