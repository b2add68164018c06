import Foundation
import GRDB
import KnowledgeBase

/// Feedback in the server's SQLite file.
struct SQLiteFeedbackStore: FeedbackStore {
    let database: SQLiteDatabase

    func add(_ feedback: Feedback, within bounds: FeedbackBounds) async throws -> Bool {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM feedback WHERE createdAt < ?", arguments: [bounds.oldestKept])
            let today = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedback WHERE createdAt >= ?", arguments: [bounds.dayStart]) ?? 0
            guard today < bounds.maxPerDay else { return false }
            try db.execute(
                sql: "INSERT INTO feedback (article, helpful, comment, createdAt, reason) VALUES (?, ?, ?, ?, ?)",
                arguments: [feedback.article.rawValue, feedback.helpful, feedback.comment, feedback.createdAt, feedback.reason?.rawValue]
            )
            return true
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

    func votes(from: Date, to: Date) async throws -> [VoteCount] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT article, helpful, reason, COUNT(*) AS n FROM feedback WHERE createdAt >= ? AND createdAt < ?
                    GROUP BY article, helpful, reason
                    """,
                arguments: [from, to]
            ).map { row in
                VoteCount(
                    article: ArticleID(row["article"] as String), helpful: row["helpful"],
                    reason: (row["reason"] as String?).flatMap(FeedbackReason.init(rawValue:)), count: row["n"]
                )
            }
            .sorted(by: VoteCount.storeOrder)
        }
    }

    func comments(from: Date, to: Date, limit: Int) async throws -> [StoredComment] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, article, helpful, reason, comment, status, createdAt FROM feedback
                    WHERE comment IS NOT NULL AND createdAt >= ? AND createdAt < ? ORDER BY createdAt DESC, id DESC LIMIT ?
                    """,
                arguments: [from, to, limit]
            ).map { row in
                StoredComment(
                    id: row["id"], article: ArticleID(row["article"] as String), helpful: row["helpful"],
                    reason: (row["reason"] as String?).flatMap(FeedbackReason.init(rawValue:)), text: row["comment"],
                    status: CommentStatus(rawValue: row["status"]) ?? .new, createdAt: row["createdAt"]
                )
            }
        }
    }

    func setStatus(_ status: CommentStatus, ofComment id: Int64) async throws -> Bool {
        try await database.write { db in
            try db.execute(sql: "UPDATE feedback SET status = ? WHERE id = ? AND comment IS NOT NULL", arguments: [status.rawValue, id])
            return db.changesCount > 0
        }
    }
}
