import Foundation
import KnowledgeBase

/// Searches the current content and counts each query, redacted and with its unknown words
/// withheld (`UnknownWordGate`), for insights; gives each search a random id that its result
/// links carry, so that a followed link counts as a click.
struct RecordingSearcher: Sendable {
    let content: ContentStore
    let searchLog: any SearchLogStore
    let redactor: Redactor
    let unknownWords: UnknownWordGate

    /// The results for `request` from the current content in `language`, the id of this search,
    /// and the other language's answer when the query is written in it (from the same content).
    /// The results are as they may be shown back (`Redactor.shownBack`): their query is redacted
    /// (`logged`: the query redacted and read for the log, when the caller has made it already).
    /// `client` sent it (`UnknownWordGate` counts clients).
    func search(
        _ request: SearchRequest, in language: Language = .original, source: SearchEvent.Source = .search, logged: LoggedText? = nil,
        from client: UnknownWordGate.Client
    ) -> (results: SearchResults, searchID: SearchID, otherLanguage: OtherLanguageAnswer?) {
        let snapshot = content.current
        let (results, otherLanguage) = snapshot.search(request, in: language)
        let logged = logged ?? snapshot.loggedText(redactor.redact(request.query), in: language)
        let searchID = record(
            logged, total: results.answeredTotal, top: results.hits.first?.id.rawValue, language: language, otherLanguage: otherLanguage?.language,
            source: source, from: client
        )
        return (redactor.shownBack(results, redactedQuery: logged.text), searchID, otherLanguage)
    }

    /// Counts a query that is already redacted (the API caches it with its answer) and records
    /// the search in `language`'s articles under a new id; `otherLanguage` is the language the
    /// search was pointed to, if any; `client` sent it.
    func record(
        _ query: LoggedText, total: Int, top: String?, language: Language, otherLanguage: Language? = nil, source: SearchEvent.Source = .search,
        from client: UnknownWordGate.Client
    ) -> SearchID {
        let (text, words) = unknownWords.kept(query, from: client)
        searchLog.record(SearchLogEntry(kind: .search, text: text, resultCount: total, language: language))
        return recordEvent(source: source, language: language, text: text, words: words, resultCount: total, top: top, otherLanguage: otherLanguage)
    }

    /// Records a search (of any source) in `language`'s articles under a new id; the text is
    /// already redacted, and holds nothing a person typed that `kept` has not passed.
    func recordEvent(
        source: SearchEvent.Source, language: Language, text: String, words: String, resultCount: Int, top: String?,
        otherLanguage: Language? = nil
    ) -> SearchID {
        let event = SearchEvent(
            source: source, language: language, day: SearchLogDay.string(for: Date()), text: text, words: words, resultCount: resultCount,
            top: top, otherLanguage: otherLanguage
        )
        searchLog.record(event)
        return event.id
    }

    /// Counts a followed result link (`sid`, `pos` from the link) to `article`; a malformed
    /// id or position is ignored (the page opens as usual).
    func recordClick(sid: String?, pos: String?, article: ArticleID) {
        guard let sid, let searchID = SearchID(validating: sid), let pos, pos.utf8.count <= 3, let position = Int(pos),
            SearchClick.positions.contains(position)
        else { return }
        searchLog.record(SearchClick(searchID: searchID, position: position, article: article.rawValue, day: SearchLogDay.string(for: Date())))
    }
}

extension SearchEvent {
    /// The analyzed terms of a (redacted) text as `searcher` reads it (with the analyzer of
    /// its language's articles), sorted and unique: queries that differ only in form ("reset
    /// passwords", "password reset") share them, and content gaps are grouped by them. A
    /// compound counts as itself and its parts ("e-mail": "e", "email", "mail"), as the
    /// index holds it.
    static func words(of text: String, by searcher: Searcher) -> String {
        words(of: searcher.analyzeWords(text))
    }

    /// The terms of `words` (a stop word kept by the analysis has none), as `words(of:by:)`.
    static func words(of words: [AnalyzedWord]) -> String {
        Set(words.flatMap { $0.terms + $0.parts }).sorted().joined(separator: " ")
    }
}
