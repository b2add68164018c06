import Foundation
import KnowledgeBase

/// A feedback store that counts its failures for `/metrics` (by operation name only).
struct MeteredFeedbackStore: FeedbackStore {
    let base: any FeedbackStore
    let metrics: AppMetrics
    /// The engine whose errors are counted here; nil when the database counts its own (PostgreSQL).
    var engine: String?

    func add(_ feedback: Feedback, within bounds: FeedbackBounds) async throws -> Bool {
        try await metered("feedback.add") { try await base.add(feedback, within: bounds) }
    }

    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness] {
        try await metered("feedback.helpfulness") { try await base.helpfulness(commentsPerArticle: commentsPerArticle) }
    }

    func votes(from: Date, to: Date) async throws -> [VoteCount] {
        try await metered("feedback.votes") { try await base.votes(from: from, to: to) }
    }

    func comments(from: Date, to: Date, limit: Int) async throws -> [StoredComment] {
        try await metered("feedback.comments") { try await base.comments(from: from, to: to, limit: limit) }
    }

    func setStatus(_ status: CommentStatus, ofComment id: Int64) async throws -> Bool {
        try await metered("feedback.status") { try await base.setStatus(status, ofComment: id) }
    }

    private func metered<T>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        try await Metered(metrics: metrics, engine: engine).run(operation, body)
    }
}

/// A search log that counts, for `/metrics`, searches and diagnoses that nothing answered
/// (never their text) and the store's failures.
struct MeteredSearchLogStore: SearchLogStore {
    let base: any SearchLogStore
    let metrics: AppMetrics
    /// The engine whose errors are counted here; nil when the database counts its own (PostgreSQL).
    var engine: String?

    func record(_ entry: SearchLogEntry) {
        if entry.resultCount == 0, !entry.text.isEmpty { metrics.recordUnanswered(entry.kind) }
        base.record(entry)
    }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int, language: Language?) async throws -> [TextCount] {
        try await metered("searchlog.top") {
            try await base.topTexts(kind: kind, onlyWithoutResults: onlyWithoutResults, limit: limit, language: language)
        }
    }

    func record(_ event: SearchEvent) { base.record(event) }
    func record(_ click: SearchClick) { base.record(click) }

    func summaries(from: String, to: String) async throws -> [SearchSummary] {
        try await metered("searchlog.summaries") { try await base.summaries(from: from, to: to) }
    }

    private func metered<T>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        try await Metered(metrics: metrics, engine: engine).run(operation, body)
    }
}

/// Signed-out sessions whose store failures are counted for `/metrics`.
struct MeteredSessionRevocationStore: SessionRevocationStore {
    let base: any SessionRevocationStore
    let metrics: AppMetrics
    /// The engine whose errors are counted here; nil when the database counts its own (PostgreSQL).
    var engine: String?

    func revoke(_ id: String, expires: Date, now: Date) async throws {
        try await Metered(metrics: metrics, engine: engine).run("sessions.revoke") { try await base.revoke(id, expires: expires, now: now) }
    }

    func isRevoked(_ id: String) async throws -> Bool {
        try await Metered(metrics: metrics, engine: engine).run("sessions.check") { try await base.isRevoked(id) }
    }
}

/// Counts a store operation's failure for `/metrics` when the engine does not count its own.
private struct Metered {
    let metrics: AppMetrics
    let engine: String?

    func run<T>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch {
            if let engine { metrics.recordDatabaseError(engine: engine, operation: operation) }
            throw error
        }
    }
}
