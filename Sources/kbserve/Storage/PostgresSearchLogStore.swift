import Synchronization
import Foundation
import KnowledgeBase
import Logging
import PostgresNIO
import ServiceLifecycle

/// Search counts in the shared PostgreSQL database, per day, with the same bounds as
/// `SQLiteSearchLogStore` (at most `SearchLogCounts.maxTextsPerDay` distinct texts per kind
/// and day, the rest in one "other" row; days past `retentionDays` dropped). `record` only
/// adds to a bounded in-memory buffer; the buffer is written every `flushInterval`, before
/// every read and at graceful shutdown. A failed write (the database is down) puts the counts
/// back in the buffer, so they are written once the database returns. Writes from several
/// replicas are serialized by an advisory lock, so the daily bound holds across them.
final class PostgresSearchLogStore: BufferedSearchLogStore, Service {
    let database: PostgresDatabase
    let flushInterval: Duration
    let logger: Logger
    let buffer: SearchLogBuffer

    init(
        database: PostgresDatabase, flushInterval: Duration = .seconds(5), retentionDays: Int = ServerConfiguration.defaultRetentionDays,
        maxEventsPerDay: Int = SearchLogPending.defaultMaxEventsPerDay, logger: Logger = Logger(label: "kbserve.searchlog"), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.flushInterval = flushInterval
        self.logger = logger
        self.buffer = SearchLogBuffer(retentionDays: retentionDays, maxEventsPerDay: maxEventsPerDay, now: now)
    }

    func summaries(from: String, to: String) async throws -> [SearchSummary] {
        try await flush()
        return try await database.run("searchlog.summaries") { client in
            var summaries: [SearchSummary] = []
            let rows = try await client.query(
                """
                SELECT e.day, e.source, e.language, e.text, e.words, e.top, COUNT(*)::bigint,
                    COUNT(*) FILTER (WHERE e.result_count = 0)::bigint, COUNT(e.other_language)::bigint, COUNT(c.n)::bigint,
                    COALESCE(SUM(c.n), 0)::bigint, COALESCE(SUM(c.p), 0)::bigint
                FROM search_event e LEFT JOIN (
                    SELECT search_id, COUNT(*) AS n, SUM(position) AS p FROM search_click WHERE day >= \(from) GROUP BY search_id
                ) c ON c.search_id = e.id
                WHERE e.day >= \(from) AND e.day <= \(to)
                GROUP BY e.day, e.source, e.language, e.text, e.words, e.top
                """,
                logger: nil
            )
            for try await (day, source, language, text, words, top, searches, zero, pointed, clicked, clicks, positions) in rows.decode(
                (String, String, String?, String, String, String?, Int, Int, Int, Int, Int, Int).self)
            {
                guard let source = SearchEvent.Source(rawValue: source) else { continue }
                summaries.append(
                    SearchSummary(
                        day: day, source: source, language: language.flatMap(Language.init(rawValue:)), text: text, words: words, top: top, searches: searches, zeroResult: zero,
                        pointedToOtherLanguage: pointed, clicked: clicked,
                        clicks: clicks, positionSum: positions
                    )
                )
            }
            return summaries.sorted(by: SearchSummary.storeOrder)
        }
    }

    /// Whether counts are waiting to be written.
    var hasPending: Bool { buffer.hasPending }

    func topTexts(kind: SearchLogEntry.Kind, onlyWithoutResults: Bool, limit: Int, language: Language?) async throws -> [TextCount] {
        try await flush()
        let column = onlyWithoutResults ? "without_results" : "total"
        return try await database.run("searchlog.top") { client in
            var counts: [TextCount] = []
            let rows = try await client.query(
                """
                SELECT text, SUM(\(unescaped: column))::bigint AS n FROM search_day
                WHERE kind = \(kind.rawValue) AND text <> \(SearchLogCounts.otherText)
                    AND (\(language?.rawValue)::text IS NULL OR language = \(language?.rawValue))
                GROUP BY text HAVING SUM(\(unescaped: column)) > 0 ORDER BY n DESC, text COLLATE "C" LIMIT \(limit)
                """,
                logger: nil
            )
            for try await (text, count) in rows.decode((String, Int).self) {
                counts.append(TextCount(text: text, count: count))
            }
            return counts
        }
    }

    /// Writes the buffered counts (put back in the buffer if the write fails) and drops days
    /// past the retention period.
    func flush() async throws {
        try await buffer.flush { pending, today, oldest in
            try await database.run("searchlog.flush") { client in
                try await client.withTransaction(logger: PostgresDatabase.quietLogger) { connection in
                    try await Self.write(pending, day: today, dropBefore: oldest, connection)
                }
            }
        }
    }

    private static func write(_ taken: SearchLogPending, day: String, dropBefore oldest: String, _ connection: PostgresConnection) async throws {
        let quiet = PostgresDatabase.quietLogger
        let pending = taken.counts
        try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.searchCountLockKey))", logger: quiet)
        try await writeEvents(taken, dropBefore: oldest, connection)
        try await connection.query("DELETE FROM search_day WHERE day < \(oldest)", logger: quiet)
        let byKind = Dictionary(grouping: pending.counts, by: { $0.key.kind })
        for (kind, entries) in byKind {
            let texts = entries.map { $0.key.text }.filter { $0 != SearchLogCounts.otherText }
            var known = Set<SearchLogCounts.Key>()
            for try await (language, text) in try await connection.query(
                "SELECT language, text FROM search_day WHERE day = \(day) AND kind = \(kind.rawValue) AND text = ANY(\(texts))", logger: quiet
            ).decode((String, String).self) {
                known.insert(SearchLogCounts.Key(kind: kind, language: language, text: text))
            }
            var rows = 0
            for try await count in try await connection.query(
                "SELECT COUNT(*) FROM search_day WHERE day = \(day) AND kind = \(kind.rawValue) AND text <> \(SearchLogCounts.otherText)",
                logger: quiet
            ).decode(Int.self) {
                rows = count
            }
            // The most frequent new texts get the day's free rows; the rest count as "other".
            var free = max(0, SearchLogCounts.maxTextsPerDay - rows)
            var rowLanguages: [String] = []
            var rowTexts: [String] = []
            var totals: [Int] = []
            var withoutResults: [Int] = []
            var other = SearchLogCounts.Count()
            for (key, count) in entries.sorted(by: { ($0.value.total, $1.key.text) > ($1.value.total, $0.key.text) }) {
                let keep = key.text != SearchLogCounts.otherText && (known.contains(key) || free > 0)
                guard keep else {
                    other.total += count.total
                    other.withoutResults += count.withoutResults
                    continue
                }
                if !known.contains(key) { free -= 1 }
                rowLanguages.append(key.language)
                rowTexts.append(key.text)
                totals.append(count.total)
                withoutResults.append(count.withoutResults)
            }
            if other.total > 0 {
                rowLanguages.append("")
                rowTexts.append(SearchLogCounts.otherText)
                totals.append(other.total)
                withoutResults.append(other.withoutResults)
            }
            try await connection.query(
                """
                INSERT INTO search_day (day, kind, language, text, total, without_results)
                SELECT \(day), \(kind.rawValue), t.language, t.text, t.total, t.without_results
                FROM unnest(\(rowLanguages)::text[], \(rowTexts)::text[], \(totals)::bigint[], \(withoutResults)::bigint[])
                    AS t(language, text, total, without_results)
                ON CONFLICT (day, kind, language, text) DO UPDATE SET total = search_day.total + excluded.total,
                    without_results = search_day.without_results + excluded.without_results
                """,
                logger: quiet
            )
        }
    }

    /// Searches and clicks, within `taken.maxEventsPerDay` each a day (under the
    /// same advisory lock as the counts, so the bound holds across replicas).
    private static func writeEvents(_ taken: SearchLogPending, dropBefore oldest: String, _ connection: PostgresConnection) async throws {
        let quiet = PostgresDatabase.quietLogger
        try await connection.query("DELETE FROM search_event WHERE day < \(oldest)", logger: quiet)
        try await connection.query("DELETE FROM search_click WHERE day < \(oldest)", logger: quiet)
        func room(_ table: String, _ day: String) async throws -> Int {
            var count = 0
            for try await n in try await connection.query(
                "SELECT COUNT(*)::bigint FROM \(unescaped: table) WHERE day = \(day)", logger: quiet
            ).decode(Int.self) {
                count = n
            }
            return max(0, taken.maxEventsPerDay - count)
        }
        for (day, events) in Dictionary(grouping: taken.events.filter { $0.day >= oldest }, by: \.day) {
            let kept = Array(events.prefix(try await room("search_event", day)))
            guard !kept.isEmpty else { continue }
            try await connection.query(
                """
                INSERT INTO search_event (id, day, source, language, text, words, result_count, top, other_language)
                SELECT t.id, \(day), t.source, NULLIF(t.language, ''), t.text, t.words, t.result_count, NULLIF(t.top, ''), NULLIF(t.other_language, '')
                FROM unnest(\(kept.map(\.id.rawValue))::text[], \(kept.map(\.source.rawValue))::text[],
                    \(kept.map { $0.language?.rawValue ?? "" })::text[], \(kept.map(\.text))::text[],
                    \(kept.map(\.words))::text[], \(kept.map(\.resultCount))::integer[], \(kept.map { $0.top ?? "" })::text[],
                    \(kept.map { $0.otherLanguage?.rawValue ?? "" })::text[])
                    AS t(id, source, language, text, words, result_count, top, other_language)
                ON CONFLICT (id) DO NOTHING
                """,
                logger: quiet
            )
        }
        for (day, clicks) in Dictionary(grouping: taken.clicks.filter { $0.day >= oldest }, by: \.day) {
            let kept = Array(clicks.prefix(try await room("search_click", day)))
            guard !kept.isEmpty else { continue }
            try await connection.query(
                """
                INSERT INTO search_click (search_id, position, article, day)
                SELECT t.search_id, t.position, t.article, \(day)
                FROM unnest(\(kept.map(\.searchID.rawValue))::text[], \(kept.map(\.position))::integer[], \(kept.map(\.article))::text[])
                    AS t(search_id, position, article)
                ON CONFLICT (search_id, position) DO NOTHING
                """,
                logger: quiet
            )
        }
    }

    func run() async throws {
        await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: flushInterval)
                if Task.isCancelled { break }
                do { try await flush() } catch { logger.error("Could not write search counts", metadata: ["error": "\(Self.reason(error))"]) }
            }
        }
        // Graceful shutdown: the last write, while the pool still runs (it stops after this service).
        do {
            try await flush()
        } catch {
            logger.error("Could not write search counts at shutdown", metadata: ["error": "\(Self.reason(error))"])
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as? StorageUnavailable)?.reason ?? "\(type(of: error))"
    }
}
