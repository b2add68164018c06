import Synchronization
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The server's SQLite file (feedback, search counts and signed-out sessions), migrated on open and created
/// with mode 0600. When the file or its folder fails (deleted, read-only, disk full), reads
/// and writes throw `StorageUnavailable` (503) and `problem` says why; the file is opened
/// again as soon as that works (it is checked at most every `retryInterval`). The folder is
/// created at start only: a folder that disappears later is waited for, never recreated.
final class SQLiteDatabase: Sendable, StorageStatus {
    let path: String
    let retryInterval: TimeInterval
    private struct State {
        var queue: DatabaseQueue?
        var problem: String?
        var lastAttempt: TimeInterval = 0
    }
    private let state = Mutex(State())

    /// Opens (creating if needed) `kbserve.sqlite` under `directory`.
    convenience init(directory: URL, retryInterval: TimeInterval = 2) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try self.init(path: directory.appendingPathComponent("kbserve.sqlite").path, retryInterval: retryInterval)
    }

    init(path: String, retryInterval: TimeInterval = 2) throws {
        self.path = path
        self.retryInterval = retryInterval
        let queue = try Self.open(path)
        state.withLock { $0.queue = queue }
    }

    private static func open(_ path: String) throws -> DatabaseQueue {
        let directory = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StorageUnavailable(reason: "the data folder \(directory) is missing")
        }
        // Created by us with 0600 so that SQLite (which copies the mode to its journals) never widens it.
        let fd = Glibc.open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if fd >= 0 { Glibc.close(fd) }
        chmod(path, 0o600)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try migrator.migrate(queue)
        return queue
    }

    /// Why the database cannot be used right now; nil when it can.
    var problem: String? {
        _ = try? currentQueue()
        return state.withLock { $0.problem }
    }

    /// The open queue; reopens it when it failed or its file is gone (at most every `retryInterval`).
    private func currentQueue() throws -> DatabaseQueue {
        let now = ProcessInfo.processInfo.systemUptime
        let (queue, problem, retry) = state.withLock { state -> (DatabaseQueue?, String?, Bool) in
            if state.queue != nil, !FileManager.default.fileExists(atPath: path) {
                state.queue = nil
                state.problem = "the database file \(path) was removed"
            }
            let retry = state.queue == nil && now - state.lastAttempt >= retryInterval
            if retry { state.lastAttempt = now }
            return (state.queue, state.problem, retry)
        }
        if let queue { return queue }
        guard retry else { throw StorageUnavailable(reason: problem ?? "the database is not open") }
        do {
            let reopened = try Self.open(path)
            state.withLock {
                $0.queue = reopened
                $0.problem = nil
            }
            return reopened
        } catch {
            let reason = Self.describe(error)
            state.withLock { $0.problem = reason }
            throw StorageUnavailable(reason: reason)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await run { try await $0.read(body) }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await run { try await $0.write(body) }
    }

    /// A blocking write that runs even in a cancelled task (the last flush at shutdown).
    func writeNow<T>(_ body: (Database) throws -> T) throws -> T {
        try runSync { try $0.write(body) }
    }

    private func run<T>(_ operation: (DatabaseQueue) async throws -> T) async throws -> T {
        let queue = try currentQueue()
        do {
            return try await operation(queue)
        } catch let error as DatabaseError where Self.isStorageFailure(error) {
            throw markFailed(queue, error)
        }
    }

    private func runSync<T>(_ operation: (DatabaseQueue) throws -> T) throws -> T {
        let queue = try currentQueue()
        do {
            return try operation(queue)
        } catch let error as DatabaseError where Self.isStorageFailure(error) {
            throw markFailed(queue, error)
        }
    }

    private func markFailed(_ queue: DatabaseQueue, _ error: DatabaseError) -> StorageUnavailable {
        let reason = Self.describe(error)
        state.withLock { state in
            if state.queue === queue { state.queue = nil }
            state.problem = reason
            state.lastAttempt = ProcessInfo.processInfo.systemUptime
        }
        return StorageUnavailable(reason: reason)
    }

    /// Errors of the file or the disk, not of a statement.
    private static func isStorageFailure(_ error: DatabaseError) -> Bool {
        [.SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_FULL, .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_PERM]
            .contains(error.resultCode)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case let error as StorageUnavailable: error.reason
        case let error as DatabaseError: "the database cannot be used (\(error.resultCode))"
        default: "the database cannot be opened"
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: feedback and search counts") { db in
            try db.create(table: "feedback") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article", .text).notNull().indexed()
                t.column("helpful", .boolean).notNull()
                t.column("comment", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "searchCount") { t in
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("total", .integer).notNull()
                t.column("withoutResults", .integer).notNull()
                t.primaryKey(["kind", "text"])
            }
        }
        migrator.registerMigration("v2: daily search counts, bounded") { db in
            try db.create(table: "searchDay") { t in
                t.column("day", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("total", .integer).notNull()
                t.column("withoutResults", .integer).notNull()
                t.primaryKey(["day", "kind", "text"])
            }
            // The old counts become today's, within the same bound as new ones.
            let today = SearchLogDay.string(for: Date())
            let limit = SearchLogCounts.maxTextsPerDay
            for kind in ["search", "diagnose"] {
                try db.execute(
                    sql: """
                        INSERT INTO searchDay (day, kind, text, total, withoutResults)
                        SELECT ?, kind, text, total, withoutResults FROM searchCount WHERE kind = ?
                        ORDER BY total DESC, text LIMIT ?
                        """,
                    arguments: [today, kind, limit]
                )
                try db.execute(
                    sql: """
                        INSERT INTO searchDay (day, kind, text, total, withoutResults)
                        SELECT ?, ?, ?, SUM(total), SUM(withoutResults) FROM (
                            SELECT total, withoutResults FROM searchCount WHERE kind = ? ORDER BY total DESC, text LIMIT -1 OFFSET ?)
                        HAVING COUNT(*) > 0
                        """,
                    arguments: [today, kind, SearchLogCounts.otherText, kind, limit]
                )
            }
            try db.drop(table: "searchCount")
        }
        migrator.registerMigration("v3: searches, clicks, feedback reasons and comment status") { db in
            try db.create(table: "searchEvent") { t in
                t.column("id", .text).notNull().primaryKey()
                t.column("day", .text).notNull().indexed()
                t.column("source", .text).notNull()
                t.column("text", .text).notNull()
                t.column("words", .text).notNull()
                t.column("resultCount", .integer).notNull()
                t.column("top", .text)
            }
            try db.create(table: "searchClick") { t in
                t.column("searchID", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("article", .text).notNull()
                t.column("day", .text).notNull().indexed()
                t.primaryKey(["searchID", "position"])
            }
            try db.alter(table: "feedback") { t in
                t.add(column: "reason", .text)
                t.add(column: "status", .text).notNull().defaults(to: "new")
            }
            try db.create(index: "feedback_createdAt", on: "feedback", columns: ["createdAt"])
        }
        migrator.registerMigration("v4: signed-out dashboard sessions") { db in
            try db.create(table: "revokedSession") { t in
                t.column("id", .text).notNull().primaryKey()
                t.column("expiresAt", .datetime).notNull().indexed()
            }
        }
        migrator.registerMigration("v5: the language of a search, and the other language it was pointed to") { db in
            try db.alter(table: "searchEvent") { t in
                t.add(column: "language", .text)
                t.add(column: "otherLanguage", .text)
            }
        }
        migrator.registerMigration("v6: the language of daily search counts") { db in
            // A column of the primary key: the table is made again, its rows kept with no language ("").
            try db.create(table: "searchDayByLanguage") { t in
                t.column("day", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("language", .text).notNull()
                t.column("text", .text).notNull()
                t.column("total", .integer).notNull()
                t.column("withoutResults", .integer).notNull()
                t.primaryKey(["day", "kind", "language", "text"])
            }
            try db.execute(
                sql: """
                    INSERT INTO searchDayByLanguage (day, kind, language, text, total, withoutResults)
                    SELECT day, kind, '', text, total, withoutResults FROM searchDay
                    """)
            try db.drop(table: "searchDay")
            try db.rename(table: "searchDayByLanguage", to: "searchDay")
        }
        return migrator
    }
}

/// The database cannot be read or written right now (answered with 503).
struct StorageUnavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { "Storage is unavailable: \(reason)." }
}

/// Something that can say whether the server's storage works (for `/healthz`).
protocol StorageStatus: Sendable {
    /// Why the storage cannot be used right now; nil when it can.
    var problem: String? { get }
}

