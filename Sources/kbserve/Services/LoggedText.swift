import KnowledgeBase

/// A redacted search or message as it reaches the search log: the text, its analyzed words
/// (`SearchEvent.words`, to group content gaps) and the words of it that the help center
/// knows in none of its languages, which `UnknownWordGate` withholds until enough searches
/// have used them. Made once per distinct text (the API caches it with its answer).
struct LoggedText: Sendable, Hashable {
    /// A word of `text` that no article of any language writes and no synonym names.
    struct UnknownWord: Sendable, Hashable {
        /// UTF-8 offsets in `text`.
        var range: Range<Int>
        /// Normalized as the analyzer reads it ("Lopez" and "lopez" are one word).
        var surface: String
    }

    var text: String
    var words: String
    /// In the order of `text`; the redactor's placeholders (`[date]`) are not among them.
    var unknownWords: [UnknownWord]
}

extension ContentSnapshot {
    /// `redacted` (a search or message made in `language`'s articles) as the search log takes it.
    func loggedText(_ redacted: String, in language: Language) -> LoggedText {
        let analyzed = edition(language).knowledgeBase.searcher.analyzeWords(redacted, keepsStopWords: true)
        let unknown = unknownWords(in: analyzed, of: redacted, in: language).filter { !Self.isPlaceholder($0, in: redacted) }
        return LoggedText(
            text: redacted, words: SearchEvent.words(of: analyzed),
            unknownWords: unknown.map { LoggedText.UnknownWord(range: $0.start..<$0.end, surface: $0.surface) }
        )
    }

    /// Whether `word` is the inside of one of the redactor's placeholders (`[secret]`).
    private static func isPlaceholder(_ word: AnalyzedWord, in text: String) -> Bool {
        let bytes = text.utf8
        guard word.start > 0, word.end < bytes.count else { return false }
        let start = bytes.index(bytes.startIndex, offsetBy: word.start - 1)
        let end = bytes.index(bytes.startIndex, offsetBy: word.end + 1)
        return Redactor.placeholders.contains(String(decoding: bytes[start..<end], as: UTF8.self))
    }
}
