import Foundation
import KnowledgeBase
import PostgresNIO

/// Feedback in the shared PostgreSQL database: every replica stores and reads the same rows.
/// A vote is acknowledged only once its INSERT has committed.
struct PostgresFeedbackStore: FeedbackStore {
    let database: PostgresDatabase

    /// Replicas adding at once may each see room for one more vote: the day's bound holds
    /// within a vote per replica.
    func add(_ feedback: Feedback, within bounds: FeedbackBounds) async throws -> Bool {
        try await database.run("feedback.add") { client in
            try await client.withTransaction(logger: PostgresDatabase.quietLogger) { connection in
                let quiet = PostgresDatabase.quietLogger
                try await connection.query("DELETE FROM feedback WHERE created_at < \(bounds.oldestKept)", logger: quiet)
                var today = 0
                for try await count in try await connection.query(
                    "SELECT COUNT(*) FROM feedback WHERE created_at >= \(bounds.dayStart)", logger: quiet
                ).decode(Int.self) {
                    today = count
                }
                guard today < bounds.maxPerDay else { return false }
                try await connection.query(
                    """
                    INSERT INTO feedback (article, helpful, comment, created_at, reason)
                    VALUES (\(feedback.article.rawValue), \(feedback.helpful), \(feedback.comment), \(feedback.createdAt), \(feedback.reason?.rawValue))
                    """,
                    logger: quiet
                )
                return true
            }
        }
    }

    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness] {
        try await database.run("feedback.helpfulness") { client in
            var summaries: [ArticleHelpfulness] = []
            let votes = try await client.query(
                """
                SELECT article, COUNT(*) FILTER (WHERE helpful), COUNT(*) FILTER (WHERE NOT helpful)
                FROM feedback GROUP BY article ORDER BY COUNT(*) DESC, article COLLATE "C"
                """,
                logger: nil
            )
            for try await (article, helpful, notHelpful) in votes.decode((String, Int, Int).self) {
                summaries.append(ArticleHelpfulness(article: ArticleID(article), helpful: helpful, notHelpful: notHelpful, comments: []))
            }
            var comments: [String: [String]] = [:]
            let recent = try await client.query(
                """
                SELECT article, comment FROM (
                    SELECT article, comment, row_number() OVER (PARTITION BY article ORDER BY created_at DESC, id DESC) AS n
                    FROM feedback WHERE comment IS NOT NULL
                ) AS ranked WHERE n <= \(commentsPerArticle) ORDER BY article, n
                """,
                logger: nil
            )
            for try await (article, comment) in recent.decode((String, String).self) {
                comments[article, default: []].append(comment)
            }
            return summaries.map { summary in
                var summary = summary
                summary.comments = comments[summary.article.rawValue] ?? []
                return summary
            }
        }
    }

    func votes(from: Date, to: Date) async throws -> [VoteCount] {
        try await database.run("feedback.votes") { client in
            var votes: [VoteCount] = []
            let rows = try await client.query(
                """
                SELECT article, helpful, reason, COUNT(*)::bigint FROM feedback WHERE created_at >= \(from) AND created_at < \(to)
                GROUP BY article, helpful, reason
                """,
                logger: nil
            )
            for try await (article, helpful, reason, count) in rows.decode((String, Bool, String?, Int).self) {
                votes.append(
                    VoteCount(article: ArticleID(article), helpful: helpful, reason: reason.flatMap(FeedbackReason.init(rawValue:)), count: count))
            }
            return votes.sorted(by: VoteCount.storeOrder)
        }
    }

    func comments(from: Date, to: Date, limit: Int) async throws -> [StoredComment] {
        try await database.run("feedback.comments") { client in
            var comments: [StoredComment] = []
            let rows = try await client.query(
                """
                SELECT id, article, helpful, reason, comment, status, created_at FROM feedback
                WHERE comment IS NOT NULL AND created_at >= \(from) AND created_at < \(to) ORDER BY created_at DESC, id DESC LIMIT \(limit)
                """,
                logger: nil
            )
            for try await (id, article, helpful, reason, text, status, createdAt) in rows.decode(
                (Int64, String, Bool, String?, String, String, Date).self)
            {
                comments.append(
                    StoredComment(
                        id: id, article: ArticleID(article), helpful: helpful, reason: reason.flatMap(FeedbackReason.init(rawValue:)),
                        text: text, status: CommentStatus(rawValue: status) ?? .new, createdAt: createdAt
                    )
                )
            }
            return comments
        }
    }

    func setStatus(_ status: CommentStatus, ofComment id: Int64) async throws -> Bool {
        try await database.run("feedback.status") { client in
            var updated = false
            let rows = try await client.query(
                "UPDATE feedback SET status = \(status.rawValue) WHERE id = \(id) AND comment IS NOT NULL RETURNING id", logger: nil
            )
            for try await _ in rows.decode(Int64.self) { updated = true }
            return updated
        }
    }
}
