/// The interrogative a question starts with: "how", "what", "why"… in English, "cómo",
/// "qué", "por qué"… in Spanish (compared folded, as `Analyzer.surface` gives them).
///
/// A help center writes each article's title as the question it answers ("How do I reset
/// my password?", "What does … mean?", "Why did I get …?"), and people ask in the same
/// forms. The question word is a stop word, so matching never sees it; the ranking reads it
/// here instead (see `RankingKey`): a "how do I" question prefers an article that tells how,
/// a "why" question one that tells why.
struct QuestionWord: Hashable, Sendable {
    /// 1-based position in `interrogatives`; 0 is "not a question".
    let code: UInt8

    static let none = QuestionWord(code: 0)

    /// English and Spanish interrogatives; the two lists do not overlap, so one list serves
    /// both languages. "can"/"puedo" open yes-no questions about what is possible.
    static let interrogatives = [
        "how", "what", "why", "where", "when", "who", "which", "can",
        "como", "que", "por", "donde", "cuando", "quien", "cual", "puedo",
    ]

    /// The question word `text` starts with (its first word, normalized by `analyzer`).
    init(startOf text: String, analyzer: Analyzer) {
        guard let first = analyzer.tokenizer.tokenize(text).first else { self = .none; return }
        let surface = analyzer.surface(first.term)
        code = Self.interrogatives.firstIndex(of: surface).map { UInt8($0 + 1) } ?? 0
    }

    private init(code: UInt8) { self.code = code }

    var isQuestion: Bool { code != 0 }
}
