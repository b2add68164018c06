import Foundation

/// A feedback store that counts its failures for `/metrics` (by operation name only).
struct MeteredFeedbackStore: FeedbackStore {
    let base: any FeedbackStore
    let metrics: AppMetrics
    /// The engine whose errors are counted here; nil when the database counts its own (PostgreSQL).
    var engine: String?

    func add(_ feedback: Feedback) async throws {
        do { try await base.add(feedback) } catch {
            if let engine { metrics.recordDatabaseError(engine: engine, operation: "feedback.add") }
            throw error
        }
    }

    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness] {
        do { return try await base.helpfulness(commentsPerArticle: commentsPerArticle) } catch {
            if let engine { metrics.recordDatabaseError(engine: engine, operation: "feedback.helpfulness") }
            throw error
        }
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

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) async throws -> [TextCount] {
        do { return try await base.topTexts(kind: kind, onlyWithoutResults: onlyWithoutResults, limit: limit) } catch {
            if let engine { metrics.recordDatabaseError(engine: engine, operation: "searchlog.top") }
            throw error
        }
    }
}
