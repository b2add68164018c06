import KnowledgeBase

extension Redactor {
    /// `results` as they may be shown back to the person who searched: the query as
    /// `redactedQuery` (this redactor's reading of it), and no "did you mean" that would
    /// repeat what the redactor removes (a suggestion is spelled from the query's words).
    /// What was typed is searched, never shown back: a page or answer that repeats a date of
    /// birth or a PIN puts it in the browser's history and on a shared screen.
    func shownBack(_ results: SearchResults, redactedQuery: String) -> SearchResults {
        var shown = results
        shown.query = redactedQuery
        if let suggestion = results.suggestion, !findsNothing(in: suggestion) { shown.suggestion = nil }
        return shown
    }

    /// Whether the redactor finds nothing in `text` to remove: it may be shown back as it is
    /// (whether it may travel in a URL also depends on its words, `PagesController.searchForm`).
    func findsNothing(in text: String) -> Bool { redact(text) == text }
}
