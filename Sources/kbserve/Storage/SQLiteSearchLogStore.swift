import Synchronization
import Foundation
import KnowledgeBase
import GRDB
import Logging
import ServiceLifecycle

/// Search counts in the server's SQLite file, per day: at most
/// `SearchLogCounts.maxTextsPerDay` distinct texts per kind and day (the most frequent
/// first; the rest are added to one "other" row), kept for `retentionDays`. So the table
/// holds at most retentionDays × 2 × 1,001 rows of at most 200 characters, whatever the traffic.
/// `record` only adds to a bounded in-memory buffer (searches must stay fast); the buffer is
/// written every few seconds while the service runs, before every read, and at shutdown.
final class SQLiteSearchLogStore: BufferedSearchLogStore, Service {
    let database: SQLiteDatabase
    let flushInterval: Duration
    let logger: Logger
    let buffer: SearchLogBuffer

    init(
        database: SQLiteDatabase, flushInterval: Duration = .seconds(5), retentionDays: Int = ServerConfiguration.defaultRetentionDays,
        maxEventsPerDay: Int = SearchLogPending.defaultMaxEventsPerDay, logger: Logger = Logger(label: "kbserve.searchlog"), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.flushInterval = flushInterval
        self.logger = logger
        self.buffer = SearchLogBuffer(retentionDays: retentionDays, maxEventsPerDay: maxEventsPerDay, now: now)
    }

    func summaries(from: String, to: String) async throws -> [SearchSummary] {
        try await flush()
        return try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.day, e.source, e.language, e.text, e.words, e.top, COUNT(*) AS searches,
                        SUM(CASE WHEN e.resultCount = 0 THEN 1 ELSE 0 END) AS zeroResult,
                        SUM(CASE WHEN e.otherLanguage IS NULL THEN 0 ELSE 1 END) AS pointedToOtherLanguage,
                        SUM(CASE WHEN c.n IS NULL THEN 0 ELSE 1 END) AS clicked,
                        COALESCE(SUM(c.n), 0) AS clicks, COALESCE(SUM(c.p), 0) AS positionSum
                    FROM searchEvent e LEFT JOIN (
                        SELECT searchID, COUNT(*) AS n, SUM(position) AS p FROM searchClick WHERE day >= ? GROUP BY searchID
                    ) c ON c.searchID = e.id
                    WHERE e.day >= ? AND e.day <= ?
                    GROUP BY e.day, e.source, e.language, e.text, e.words, e.top
                    """,
                arguments: [from, from, to]
            ).compactMap { row -> SearchSummary? in
                guard let source = SearchEvent.Source(rawValue: row["source"]) else { return nil }
                return SearchSummary(
                    day: row["day"], source: source, language: (row["language"] as String?).flatMap(Language.init(rawValue:)), text: row["text"], words: row["words"], top: row["top"], searches: row["searches"],
                    zeroResult: row["zeroResult"], pointedToOtherLanguage: row["pointedToOtherLanguage"], clicked: row["clicked"], clicks: row["clicks"], positionSum: row["positionSum"]
                )
            }
            .sorted(by: SearchSummary.storeOrder)
        }
    }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int, language: Language?) async throws -> [TextCount] {
        try await flush()
        let column = onlyWithoutResults ? "withoutResults" : "total"
        return try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT text, SUM(\(column)) AS n FROM searchDay WHERE kind = ? AND text != ? AND (? IS NULL OR language = ?)
                    GROUP BY text HAVING n > 0 ORDER BY n DESC, text LIMIT ?
                    """,
                arguments: [kind.rawValue, SearchLogCounts.otherText, language?.rawValue, language?.rawValue, limit]
            ).map { TextCount(text: $0["text"], count: $0["n"]) }
        }
    }

    /// Writes the buffered counts (put back in the buffer if the write fails) and drops days
    /// past the retention period.
    func flush() async throws {
        try await buffer.flush { pending, today, oldest in
            try await database.write { db in try Self.write(pending, day: today, dropBefore: oldest, db) }
        }
    }

    /// The same write, blocking and regardless of task cancellation (at shutdown).
    func flushNow() throws {
        try buffer.flushNow { pending, today, oldest in
            try database.writeNow { db in try Self.write(pending, day: today, dropBefore: oldest, db) }
        }
    }

    private static func write(_ taken: SearchLogPending, day: String, dropBefore oldest: String, _ db: Database) throws {
        try writeEvents(taken, dropBefore: oldest, db)
        let pending = taken.counts
        try db.execute(sql: "DELETE FROM searchDay WHERE day < ?", arguments: [oldest])
        var kept: [SearchLogEntry.Kind: Int] = [:]
        // The most frequent texts first, so that they get the day's rows.
        let ordered = pending.counts.sorted { ($0.value.total, $1.key.text) > ($1.value.total, $0.key.text) }
        for (key, count) in ordered {
            var (language, text) = (key.language, key.text)
            if text != SearchLogCounts.otherText {
                try db.execute(
                    sql: """
                        UPDATE searchDay SET total = total + ?, withoutResults = withoutResults + ?
                        WHERE day = ? AND kind = ? AND language = ? AND text = ?
                        """,
                    arguments: [count.total, count.withoutResults, day, key.kind.rawValue, language, text]
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
                    (language, text) = ("", SearchLogCounts.otherText)
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO searchDay (day, kind, language, text, total, withoutResults) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (day, kind, language, text) DO UPDATE SET total = total + excluded.total,
                        withoutResults = withoutResults + excluded.withoutResults
                    """,
                arguments: [day, key.kind.rawValue, language, text, count.total, count.withoutResults]
            )
        }
    }

    /// Searches and clicks, within `taken.maxEventsPerDay` each a day.
    private static func writeEvents(_ taken: SearchLogPending, dropBefore oldest: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM searchEvent WHERE day < ?", arguments: [oldest])
        try db.execute(sql: "DELETE FROM searchClick WHERE day < ?", arguments: [oldest])
        var stored: [String: Int] = [:]
        func hasRoom(_ table: String, _ day: String) throws -> Bool {
            let key = table + " " + day
            let count = try stored[key] ?? (Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE day = ?", arguments: [day]) ?? 0)
            stored[key] = count + 1
            return count < taken.maxEventsPerDay
        }
        for event in taken.events where event.day >= oldest {
            guard try hasRoom("searchEvent", event.day) else { continue }
            try db.execute(
                sql: """
                    INSERT INTO searchEvent (id, day, source, language, text, words, resultCount, top, otherLanguage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """,
                arguments: [
                    event.id.rawValue, event.day, event.source.rawValue, event.language?.rawValue, event.text, event.words, event.resultCount, event.top,
                    event.otherLanguage?.rawValue,
                ]
            )
        }
        for click in taken.clicks where click.day >= oldest {
            guard try hasRoom("searchClick", click.day) else { continue }
            try db.execute(
                sql: """
                    INSERT INTO searchClick (searchID, position, article, day) VALUES (?, ?, ?, ?)
                    ON CONFLICT (searchID, position) DO NOTHING
                    """,
                arguments: [click.searchID.rawValue, click.position, click.article, click.day]
            )
        }
    }

    func run() async throws {
        await cancelWhenGracefulShutdown { [self] in
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
