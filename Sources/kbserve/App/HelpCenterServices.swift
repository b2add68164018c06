import Diagnoser
import Foundation
import Hummingbird
import KnowledgeBase

/// Everything the controllers share: the current content, the stores, the views and
/// the settings. Built once by `buildApplication`, or by tests with in-memory stores.
struct HelpCenterServices: Sendable {
    let store: ContentStore
    let feedback: any FeedbackStore
    let searchLog: any SearchLogStore
    let views: PageRenderer
    let assets: Assets
    let configuration: ServerConfiguration
    /// POST requests per client.
    let rateLimiter: RateLimiter
    /// Searches (pages, API, suggestions) per client.
    let searchRateLimiter: RateLimiter
    /// Failed insights authentications per client.
    let authFailureLimiter: RateLimiter
    /// Whether the database works (nil: stores that cannot fail, as in tests).
    let storage: (any StorageStatus)?
    let redactor = Redactor()

    init(
        store: ContentStore, feedback: any FeedbackStore, searchLog: any SearchLogStore, views: PageRenderer,
        assets: Assets, configuration: ServerConfiguration, storage: (any StorageStatus)? = nil
    ) {
        self.store = store
        self.feedback = feedback
        self.searchLog = searchLog
        self.views = views
        self.assets = assets
        self.configuration = configuration
        self.rateLimiter = RateLimiter(limit: configuration.rateLimit)
        self.searchRateLimiter = RateLimiter(limit: configuration.searchRateLimit)
        self.authFailureLimiter = RateLimiter(limit: configuration.authFailureRateLimit)
        self.storage = storage
    }

    /// Failed insights authentications: 5 at once, then one a minute (`--auth-failure-rate-limit`).
    static var authFailureLimit: RateLimit { RateLimit.authFailures(perMinute: 1) }
    /// The longest (redacted) troubleshooter message counted for insights.
    static let maxLoggedMessageLength = 300

    /// The longest query searched; longer ones get 400.
    static let maxQueryLength = 1_000
    /// The longest feedback comment kept; longer ones get 422.
    static let maxCommentLength = 2_000

    /// Searches the current content and counts the (redacted) query for insights.
    func search(_ request: SearchRequest) -> SearchResults {
        let results = store.current.search(request)
        recordSearch(request.query, total: results.answeredTotal)
        return results
    }

    /// Counts a query for insights, redacted.
    func recordSearch(_ query: String, total: Int) {
        recordSearch(redacted: redactor.redact(query), total: total)
    }

    /// Counts a query that is already redacted.
    func recordSearch(redacted: String, total: Int) {
        searchLog.record(SearchLogEntry(kind: .search, text: redacted, resultCount: total))
    }

    /// Diagnoses with the current content; counts the message, redacted and then cut (a
    /// value across the cut must be seen whole to be redacted).
    func diagnose(_ request: DiagnosisRequest) -> Diagnosis {
        let diagnosis = store.current.diagnoser.diagnose(request)
        if let message = request.message, !message.isEmpty {
            let redacted = redactor.redact(message)
            searchLog.record(
                SearchLogEntry(kind: .diagnose, text: Redactor.cut(redacted, to: Self.maxLoggedMessageLength), resultCount: diagnosis.causes.count)
            )
        }
        return diagnosis
    }

    /// Validates and stores a vote, redacting the comment. Throws a 4xx `HTTPError` on bad input.
    func recordFeedback(article: String, helpful: Bool, comment: String?) async throws {
        let id = ArticleID(article)
        guard store.current.knowledgeBase.article(id) != nil else {
            throw HTTPError(.notFound, message: "There is no article '\(article.prefix(100))'.")
        }
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard trimmed.unicodeScalars.count <= Self.maxCommentLength else {
            throw HTTPError(.unprocessableContent, message: "A comment can be at most \(Self.maxCommentLength) characters.")
        }
        try await feedback.add(
            Feedback(article: id, helpful: helpful, comment: trimmed.isEmpty ? nil : redactor.redact(trimmed), createdAt: Date())
        )
    }
}
