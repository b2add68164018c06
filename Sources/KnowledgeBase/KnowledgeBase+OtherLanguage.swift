/// Another language's articles that answer a search: where the help center points a person who
/// searched in one language with words of the other ("contraseña olvidada" on the English pages).
public struct OtherLanguageAnswer: Sendable, Hashable {
    /// The language whose articles answer the search.
    public var language: Language
    /// How many of its articles match the query.
    public var total: Int

    public init(language: Language, total: Int) {
        self.language = language
        self.total = total
    }
}

extension KnowledgeBase {
    /// `other`'s answer to `request` when these articles have no confident answer (`results`),
    /// the query is written in `other`'s language rather than in these articles', and `other`
    /// answers it with confidence; nil otherwise. `results` stay as they are: this only tells
    /// where a better answer is.
    ///
    /// The query's language is read from its function words (`Language.guess`: "mi", "la", "de"
    /// against "my", "the", "of"), and when they are too few to tell, from the words
    /// themselves: the query is in `other`'s language when more of its words are written in
    /// `other`'s articles than in these.
    public func otherLanguageAnswer(to request: SearchRequest, results: SearchResults, in other: KnowledgeBase) -> OtherLanguageAnswer? {
        guard !results.confident, other.language != language else { return nil }
        switch Language.guess(request.query) {
        case other.language?: break
        case language?: return nil
        default:
            guard other.searcher.writtenWordCount(request.query) > searcher.writtenWordCount(request.query) else { return nil }
        }
        // Whether the first hit is confident, and the count: one hit, no explanation, no "did you mean".
        var probe = request
        probe.limit = 1
        probe.explain = false
        probe.suggestsSpelling = false
        let answer = other.search(probe)
        return answer.confident ? OtherLanguageAnswer(language: other.language, total: answer.total) : nil
    }
}
