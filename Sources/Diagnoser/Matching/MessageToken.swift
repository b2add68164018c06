import KnowledgeBase

/// One word of normalized text: folded lowercase bytes, its stem in the message's language
/// (Porter2 for English, Snowball for Spanish), whether it is a stop word there, and whether
/// it stands for a masked variable part (a number, e-mail, URL or date) rather than a word.
struct MessageToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, email, url, date }

    var text: [UInt8]
    var stem: [UInt8]
    var kind: Kind
    /// A word that carries little meaning in an error message; it counts, but weighs little.
    var isStopword: Bool

    init(text: [UInt8], kind: Kind = .word, language: Language = .original) {
        self.text = text
        self.kind = kind
        guard kind == .word else {
            stem = text
            isStopword = false
            return
        }
        let word = String(decoding: text, as: UTF8.self)
        switch language {
        case .en:
            stem = Array(Porter2Stemmer().stem(word).utf8)
            isStopword = MessageStopwords.contains(text, in: .en)
        case .es:
            let stemmer = SpanishStemmer()
            stem = stemmer.isPlainWord(word) ? Array(stemmer.stem(word).utf8) : text
            isStopword = MessageStopwords.contains(text, in: .es)
        }
    }
}
