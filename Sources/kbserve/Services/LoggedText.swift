import KnowledgeBase

/// A redacted search or message as it reaches the search log: the text, its analyzed words
/// and the words of it that the help center knows in none of its languages, which
/// `UnknownWordGate` withholds until enough clients have used them. Made once per distinct
/// text (the API caches it with its answer); what is kept of it is made from this one reading.
struct LoggedText: Sendable, Hashable {
    /// A word of `text` that no article of any language writes and no synonym names.
    struct UnknownWord: Sendable, Hashable {
        /// UTF-8 offsets in `text`.
        var range: Range<Int>
        /// Normalized as the analyzer reads it ("Lopez" and "lopez" are one word).
        var surface: String
    }

    var text: String
    /// In the order of `text`; the redactor's placeholders (`[date]`) are not among them.
    var unknownWords: [UnknownWord]
    /// The words of `text` as its articles' analyzer reads them, stop words kept.
    private var analyzed: [AnalyzedWord]
    /// `SearchEvent.words` of the whole text.
    private var words: String

    init(text: String, analyzed: [AnalyzedWord], unknownWords: [UnknownWord]) {
        self.text = text
        self.analyzed = analyzed
        self.unknownWords = unknownWords
        words = SearchEvent.words(of: analyzed)
    }

    /// The text with each of `withheld` (some of `unknownWords`, in their order) replaced by
    /// `UnknownWordGate.placeholder`, and its words (`SearchEvent.words`, content gaps are
    /// grouped by them) without theirs; when nothing else is left, the words are the
    /// placeholder too, so that such searches make a gap that says what they are.
    func keeping(allBut withheld: [UnknownWord]) -> (text: String, words: String) {
        guard !withheld.isEmpty else { return (text, words) }
        var kept = [UInt8]()
        kept.reserveCapacity(text.utf8.count)
        var rest = text.utf8[...]
        var offset = 0
        for word in withheld {
            let start = rest.index(rest.startIndex, offsetBy: word.range.lowerBound - offset)
            kept.append(contentsOf: rest[..<start])
            kept.append(contentsOf: UnknownWordGate.placeholder.utf8)
            rest = rest[rest.index(start, offsetBy: word.range.count)...]
            offset = word.range.upperBound
        }
        kept.append(contentsOf: rest)
        let withheldRanges = Set(withheld.map(\.range))
        let words = SearchEvent.words(of: analyzed.filter { !withheldRanges.contains($0.start..<$0.end) })
        return (String(decoding: kept, as: UTF8.self), words.isEmpty ? UnknownWordGate.placeholder : words)
    }
}

extension ContentSnapshot {
    /// `redacted` (a search or message made in `language`'s articles) as the search log takes it.
    func loggedText(_ redacted: String, in language: Language) -> LoggedText {
        let analyzed = edition(language).knowledgeBase.searcher.analyzeWords(redacted, keepsStopWords: true)
        let unknown = unknownWords(in: analyzed, of: redacted, in: language).filter { !Self.isPlaceholder($0, in: redacted) }
        return LoggedText(
            text: redacted, analyzed: analyzed, unknownWords: unknown.map { LoggedText.UnknownWord(range: $0.start..<$0.end, surface: $0.surface) })
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
