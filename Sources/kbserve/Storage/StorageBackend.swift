import Foundation
import Logging
import ServiceLifecycle

/// The stores of the chosen engine (SQLite or PostgreSQL) behind the store protocols, and
/// what runs beside the server for them.
struct StorageBackend: Sendable {
    /// `sqlite` or `postgres`.
    let engine: String
    let feedback: any FeedbackStore
    let searchLog: any SearchLogStore
    /// Signed-out dashboard sessions.
    let sessions: any SessionRevocationStore
    /// Whether the database can be used (for `/healthz`, `/readyz` and `/metrics`).
    let status: any StorageStatus
    /// To run with the server, in this order; they stop after it, in reverse order (the search
    /// counts are flushed before the pool closes).
    let services: [any Service]
    /// Runs once before the server accepts connections: PostgreSQL's migrations, bounded (if the
    /// server cannot be reached yet, the database's monitor keeps trying while searches are served).
    let prepare: @Sendable () async -> Void

    /// Opens `url`; `nil` means the default, `kbserve.sqlite` under `dataDirectory`. Store
    /// errors are counted by `metrics` (operation names only). PostgreSQL operations wait at most
    /// `operationTimeout` (then 503).
    static func open(
        _ url: DatabaseURL?, dataDirectory: URL, retentionDays: Int, logger: Logger, metrics: AppMetrics,
        operationTimeout: Duration = .seconds(5)
    ) throws -> StorageBackend {
        switch url {
        case nil, .sqlite:
            let database: SQLiteDatabase
            if case .sqlite(let path) = url {
                let file = URL(fileURLWithPath: path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                database = try SQLiteDatabase(path: file.path)
            } else {
                database = try SQLiteDatabase(directory: dataDirectory)
            }
            let searchLog = SQLiteSearchLogStore(database: database, retentionDays: retentionDays, logger: logger)
            logger.info("Storage: SQLite", metadata: ["database": "\(database.path)"])
            return StorageBackend(
                engine: "sqlite", feedback: MeteredFeedbackStore(base: SQLiteFeedbackStore(database: database), metrics: metrics, engine: "sqlite"),
                searchLog: MeteredSearchLogStore(base: searchLog, metrics: metrics, engine: "sqlite"),
                sessions: MeteredSessionRevocationStore(base: SQLiteSessionRevocationStore(database: database), metrics: metrics, engine: "sqlite"),
                status: database,
                services: [searchLog], prepare: {}
            )
        case .postgres(let settings):
            let database = PostgresDatabase(settings: settings, logger: logger, operationTimeout: operationTimeout) { operation in
                metrics.recordDatabaseError(engine: "postgres", operation: operation)
            }
            let searchLog = PostgresSearchLogStore(database: database, retentionDays: retentionDays, logger: logger)
            logger.info("Storage: PostgreSQL", metadata: ["database": "\(DatabaseURL.postgres(settings).redacted)"])
            return StorageBackend(
                engine: "postgres", feedback: MeteredFeedbackStore(base: PostgresFeedbackStore(database: database), metrics: metrics),
                searchLog: MeteredSearchLogStore(base: searchLog, metrics: metrics),
                sessions: MeteredSessionRevocationStore(base: PostgresSessionRevocationStore(database: database), metrics: metrics),
                status: database,
                services: [database, searchLog], prepare: { await database.migrate(timeout: operationTimeout) }
            )
        }
    }
}
