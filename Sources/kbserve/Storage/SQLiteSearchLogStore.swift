import Synchronization
import Foundation
import GRDB
import Logging
import ServiceLifecycle

/// Search counts in the server's SQLite file, per day: at most
/// `SearchLogCounts.maxTextsPerDay` distinct texts per kind and day (the most frequent
/// first; the rest are added to one "other" row), kept for `retentionDays`. So the table
/// holds at most retentionDays × 2 × 1,001 rows of at most 200 characters, whatever the traffic.
/// `record` only adds to a bounded in-memory buffer (searches must stay fast); the buffer is
/// written every few seconds while the service runs, before every read, and at shutdown.
final class SQLiteSearchLogStore: SearchLogStore, Service {
    let database: SQLiteDatabase
    let flushInterval: Duration
    let logger: Logger
    private let buffer: SearchLogBuffer
    var retentionDays: Int { buffer.retentionDays }

    init(
        database: SQLiteDatabase, flushInterval: Duration = .seconds(5), retentionDays: Int = ServerConfiguration.defaultRetentionDays,
        logger: Logger = Logger(label: "kbserve.searchlog"), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.flushInterval = flushInterval
        self.logger = logger
        self.buffer = SearchLogBuffer(retentionDays: retentionDays, now: now)
    }

    func record(_ entry: SearchLogEntry) { buffer.record(entry) }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int) async throws -> [TextCount] {
        try await flush()
        let column = onlyWithoutResults ? "withoutResults" : "total"
        return try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT text, SUM(\(column)) AS n FROM searchDay WHERE kind = ? AND text != ?
                    GROUP BY text HAVING n > 0 ORDER BY n DESC, text LIMIT ?
                    """,
                arguments: [kind.rawValue, SearchLogCounts.otherText, limit]
            ).map { TextCount(text: $0["text"], count: $0["n"]) }
        }
    }

    /// Writes the buffered counts (put back in the buffer if the write fails) and drops days
    /// past the retention period.
    func flush() async throws {
        guard let pending = buffer.take() else { return }
        let (today, oldest) = buffer.days()
        do {
            try await database.write { db in try Self.write(pending, day: today, dropBefore: oldest, db) }
        } catch {
            buffer.putBack(pending)
            throw error
        }
    }

    /// The same write, blocking and regardless of task cancellation (at shutdown).
    func flushNow() throws {
        guard let pending = buffer.take() else { return }
        let (today, oldest) = buffer.days()
        do {
            try database.writeNow { db in try Self.write(pending, day: today, dropBefore: oldest, db) }
        } catch {
            buffer.putBack(pending)
            throw error
        }
    }

    private static func write(_ pending: SearchLogCounts, day: String, dropBefore oldest: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM searchDay WHERE day < ?", arguments: [oldest])
        var kept: [SearchLogEntry.Kind: Int] = [:]
        // The most frequent texts first, so that they get the day's rows.
        let ordered = pending.counts.sorted { ($0.value.total, $1.key.text) > ($1.value.total, $0.key.text) }
        for (key, count) in ordered {
            var text = key.text
            if text != SearchLogCounts.otherText {
                try db.execute(
                    sql: """
                        UPDATE searchDay SET total = total + ?, withoutResults = withoutResults + ?
                        WHERE day = ? AND kind = ? AND text = ?
                        """,
                    arguments: [count.total, count.withoutResults, day, key.kind.rawValue, text]
                )
                if db.changesCount > 0 { continue }
                let rows: Int
                if let known = kept[key.kind] {
                    rows = known
                } else {
                    rows = try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM searchDay WHERE day = ? AND kind = ? AND text != ?",
                        arguments: [day, key.kind.rawValue, SearchLogCounts.otherText]) ?? 0
                }
                if rows < SearchLogCounts.maxTextsPerDay {
                    kept[key.kind] = rows + 1
                } else {
                    kept[key.kind] = rows
                    text = SearchLogCounts.otherText
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO searchDay (day, kind, text, total, withoutResults) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (day, kind, text) DO UPDATE SET total = total + excluded.total,
                        withoutResults = withoutResults + excluded.withoutResults
                    """,
                arguments: [day, key.kind.rawValue, text, count.total, count.withoutResults]
            )
        }
    }

    func run() async throws {
        try? await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: flushInterval)
                if Task.isCancelled { break }
                do { try await flush() } catch { logger.error("Could not write search counts", metadata: ["error": "\(error)"]) }
            }
        }
        // Graceful shutdown cancels this task's work: the last write must not depend on it.
        do { try flushNow() } catch { logger.error("Could not write search counts at shutdown", metadata: ["error": "\(error)"]) }
    }
}
