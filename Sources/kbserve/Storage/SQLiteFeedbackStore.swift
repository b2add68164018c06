import Foundation
import GRDB
import KnowledgeBase

/// Feedback in the server's SQLite file.
struct SQLiteFeedbackStore: FeedbackStore {
    let database: SQLiteDatabase

    func add(_ feedback: Feedback) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO feedback (article, helpful, comment, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [feedback.article.rawValue, feedback.helpful, feedback.comment, feedback.createdAt]
            )
        }
    }

    func helpfulness(commentsPerArticle: Int) async throws -> [ArticleHelpfulness] {
        try await database.read { db in
            let votes = try Row.fetchAll(
                db,
                sql: """
                    SELECT article, SUM(helpful) AS helpful, SUM(1 - helpful) AS notHelpful
                    FROM feedback GROUP BY article ORDER BY COUNT(*) DESC, article
                    """
            )
            return try votes.map { row in
                let article: String = row["article"]
                let comments = try String.fetchAll(
                    db,
                    sql: """
                        SELECT comment FROM feedback WHERE article = ? AND comment IS NOT NULL
                        ORDER BY createdAt DESC, id DESC LIMIT ?
                        """,
                    arguments: [article, commentsPerArticle]
                )
                return ArticleHelpfulness(
                    article: ArticleID(article), helpful: row["helpful"], notHelpful: row["notHelpful"], comments: comments
                )
            }
        }
    }
}
