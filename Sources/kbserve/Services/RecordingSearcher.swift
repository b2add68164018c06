import KnowledgeBase

/// Searches the current content and counts each query, redacted, for insights.
struct RecordingSearcher: Sendable {
    let content: ContentStore
    let searchLog: any SearchLogStore
    let redactor: Redactor

    /// The results for `request` from the current content in `language`; the query is counted.
    func search(_ request: SearchRequest, in language: Language = .original) -> SearchResults {
        let results = content.current.edition(language).search(request)
        record(redactedQuery: redactor.redact(request.query), total: results.answeredTotal)
        return results
    }

    /// Counts a query that is already redacted (the API caches the redaction with its answer).
    func record(redactedQuery: String, total: Int) {
        searchLog.record(SearchLogEntry(kind: .search, text: redactedQuery, resultCount: total))
    }
}
