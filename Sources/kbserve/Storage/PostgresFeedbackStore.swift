import Foundation
import KnowledgeBase
import PostgresNIO

/// Feedback in the shared PostgreSQL database: every replica stores and reads the same rows.
/// A vote is acknowledged only once its INSERT has committed.
struct PostgresFeedbackStore: FeedbackStore {
    let database: PostgresDatabase

    func add(_ feedback: Feedback) async throws {
        _ = try await database.run("feedback.add") { client in
            try await client.query(
                """
                INSERT INTO feedback (article, helpful, comment, created_at)
                VALUES (\(feedback.article.rawValue), \(feedback.helpful), \(feedback.comment), \(feedback.createdAt))
                """,
                logger: nil
            )
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
}
