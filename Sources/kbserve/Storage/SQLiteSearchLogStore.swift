import Foundation
import GRDB
import Logging
import ServiceLifecycle

/// Search counts in the server's SQLite file. `record` only adds to an in-memory
/// buffer (searches must stay fast); the buffer is written every few seconds while
/// the service runs, before every read, and at shutdown.
final class SQLiteSearchLogStore: SearchLogStore, Service {
    let database: SQLiteDatabase
    let flushInterval: Duration
    let logger: Logger
    private let buffer = Locked<SearchLogCounts>(SearchLogCounts())

    init(database: SQLiteDatabase, flushInterval: Duration = .seconds(5), logger: Logger = Logger(label: "kbserve.searchlog")) {
        self.database = database
        self.flushInterval = flushInterval
        self.logger = logger
    }

    func record(_ entry: SearchLogEntry) {
        guard let addition = SearchLogCounts.Addition(entry) else { return }
        buffer.withLock { $0.add(addition) }
    }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) async throws -> [TextCount] {
        try await flush()
        let column = onlyWithoutResults ? "withoutResults" : "total"
        return try await database.queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT text, \(column) AS n FROM searchCount WHERE kind = ? AND \(column) > 0
                    ORDER BY n DESC, text LIMIT ?
                    """,
                arguments: [kind.rawValue, limit]
            ).map { TextCount(text: $0["text"], count: $0["n"]) }
        }
    }

    /// Writes the buffered counts.
    func flush() async throws {
        let pending = buffer.withLock { counts -> SearchLogCounts in
            defer { counts = SearchLogCounts() }
            return counts
        }
        guard !pending.isEmpty else { return }
        try await database.queue.write { db in
            for (key, count) in pending.counts {
                try db.execute(
                    sql: """
                        INSERT INTO searchCount (kind, text, total, withoutResults) VALUES (?, ?, ?, ?)
                        ON CONFLICT (kind, text) DO UPDATE SET total = total + excluded.total,
                            withoutResults = withoutResults + excluded.withoutResults
                        """,
                    arguments: [key.kind.rawValue, key.text, count.total, count.withoutResults]
                )
            }
        }
    }

    func run() async throws {
        try? await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: flushInterval)
                do { try await flush() } catch { logger.error("Could not write search counts", metadata: ["error": "\(error)"]) }
            }
        }
        try await flush()
    }
}
