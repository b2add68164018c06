import Foundation
import Logging
import PostgresNIO

/// One step of the PostgreSQL schema. Versions only grow; a step, once released, never changes.
struct PostgresMigration: Sendable {
    var version: Int
    var name: String
    var statements: [String]
}

/// The PostgreSQL schema as versioned steps, applied at start-up by `PostgresDatabase`.
/// Several replicas may start at once: each runs the missing steps in one transaction that
/// first takes a transaction-scoped advisory lock, so one replica migrates and the others,
/// waiting on the lock, then find nothing left to do. Applied versions are kept in
/// `kbserve_migrations`.
enum PostgresMigrations {
    /// The advisory lock that serializes migrations (any constant unique to kbserve).
    static let lockKey: Int64 = 0x6B62_7365_7276_0001
    /// The advisory lock that serializes search-count writes from several replicas.
    static let searchCountLockKey: Int64 = 0x6B62_7365_7276_0002

    static let all: [PostgresMigration] = [
        PostgresMigration(
            version: 1, name: "feedback and daily search counts",
            statements: [
                """
                CREATE TABLE feedback (
                    id bigserial PRIMARY KEY,
                    article text NOT NULL,
                    helpful boolean NOT NULL,
                    comment text,
                    created_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX feedback_article ON feedback (article, created_at DESC, id DESC)",
                """
                CREATE TABLE search_day (
                    day text NOT NULL,
                    kind text NOT NULL,
                    text text NOT NULL,
                    total bigint NOT NULL,
                    without_results bigint NOT NULL,
                    PRIMARY KEY (day, kind, text)
                )
                """,
            ]
        ),
        PostgresMigration(
            version: 2, name: "searches, clicks, feedback reasons and comment status",
            statements: [
                """
                CREATE TABLE search_event (
                    id text PRIMARY KEY,
                    day text NOT NULL,
                    source text NOT NULL,
                    text text NOT NULL,
                    words text NOT NULL,
                    result_count integer NOT NULL,
                    top text
                )
                """,
                "CREATE INDEX search_event_day ON search_event (day)",
                """
                CREATE TABLE search_click (
                    search_id text NOT NULL,
                    position integer NOT NULL,
                    article text NOT NULL,
                    day text NOT NULL,
                    PRIMARY KEY (search_id, position)
                )
                """,
                "CREATE INDEX search_click_day ON search_click (day)",
                "ALTER TABLE feedback ADD COLUMN reason text",
                "ALTER TABLE feedback ADD COLUMN status text NOT NULL DEFAULT 'new'",
                "CREATE INDEX feedback_created_at ON feedback (created_at)",
            ]
        ),
        PostgresMigration(
            version: 3, name: "signed-out dashboard sessions",
            statements: [
                "CREATE TABLE revoked_session (id text PRIMARY KEY, expires_at timestamptz NOT NULL)",
                "CREATE INDEX revoked_session_expires_at ON revoked_session (expires_at)",
            ]
        ),
        PostgresMigration(
            version: 4, name: "the language of a search, and the other language it was pointed to",
            statements: ["ALTER TABLE search_event ADD COLUMN language text", "ALTER TABLE search_event ADD COLUMN other_language text"]
        ),
        PostgresMigration(
            version: 5, name: "the language of daily search counts",
            statements: [
                // Counts kept before have no language ("").
                "ALTER TABLE search_day ADD COLUMN language text NOT NULL DEFAULT ''",
                "ALTER TABLE search_day DROP CONSTRAINT search_day_pkey",
                "ALTER TABLE search_day ADD PRIMARY KEY (day, kind, language, text)",
            ]
        ),
    ]

    /// The newest version this build knows.
    static var latestVersion: Int { all.map(\.version).max() ?? 0 }

    /// Applies the missing steps on `client` under the advisory lock; returns the versions it
    /// applied (empty when another replica already had).
    static func migrate(_ client: PostgresClient, logger: Logger) async throws -> [Int] {
        try await client.withTransaction(logger: PostgresDatabase.quietLogger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: PostgresDatabase.quietLogger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS kbserve_migrations (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """,
                logger: PostgresDatabase.quietLogger
            )
            var applied = Set<Int>()
            for try await version in try await connection.query("SELECT version FROM kbserve_migrations", logger: PostgresDatabase.quietLogger)
                .decode(Int.self)
            {
                applied.insert(version)
            }
            if let newest = applied.max(), newest > latestVersion {
                logger.warning(
                    "The database schema is newer than this build knows",
                    metadata: ["schema.version": "\(newest)", "known.version": "\(latestVersion)"]
                )
            }
            var done: [Int] = []
            for migration in all.sorted(by: { $0.version < $1.version }) where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresDatabase.quietLogger)
                }
                try await connection.query(
                    "INSERT INTO kbserve_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: PostgresDatabase.quietLogger
                )
                done.append(migration.version)
            }
            return done
        }
    }
}
