import Foundation
import PostgresNIO

/// Signed-out sessions in the shared PostgreSQL database (table `revoked_session`): a
/// sign-out on one replica is seen by every other as soon as its statement has committed.
struct PostgresSessionRevocationStore: SessionRevocationStore {
    let database: PostgresDatabase

    /// One statement: the pruning leaves `id`'s own row to the upsert (a statement may not
    /// delete and update the same row).
    func revoke(_ id: String, expires: Date, now: Date) async throws {
        _ = try await database.run("sessions.revoke") { client in
            try await client.query(
                """
                WITH pruned AS (DELETE FROM revoked_session WHERE expires_at <= \(now) AND id <> \(id))
                INSERT INTO revoked_session (id, expires_at) VALUES (\(id), \(expires))
                ON CONFLICT (id) DO UPDATE SET expires_at = GREATEST(revoked_session.expires_at, excluded.expires_at)
                """,
                logger: nil
            )
        }
    }

    func isRevoked(_ id: String) async throws -> Bool {
        try await database.run("sessions.check") { client in
            var revoked = false
            let rows = try await client.query("SELECT 1::integer FROM revoked_session WHERE id = \(id)", logger: nil)
            for try await _ in rows.decode(Int.self) { revoked = true }
            return revoked
        }
    }
}
