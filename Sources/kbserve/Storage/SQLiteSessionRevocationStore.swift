import Foundation
import GRDB

/// Signed-out sessions in the server's SQLite file (table `revokedSession`).
struct SQLiteSessionRevocationStore: SessionRevocationStore {
    let database: SQLiteDatabase

    func revoke(_ id: String, expires: Date, now: Date) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM revokedSession WHERE expiresAt <= ?", arguments: [now])
            try db.execute(
                sql: """
                    INSERT INTO revokedSession (id, expiresAt) VALUES (?, ?)
                    ON CONFLICT (id) DO UPDATE SET expiresAt = MAX(expiresAt, excluded.expiresAt)
                    """,
                arguments: [id, expires]
            )
        }
    }

    func isRevoked(_ id: String) async throws -> Bool {
        try await database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM revokedSession WHERE id = ?)", arguments: [id]) ?? false
        }
    }
}
