import Foundation
import Logging
import Testing

@testable import kbserve

/// The storage engines the store tests run against: SQLite always, PostgreSQL when
/// `KBSERVE_TEST_POSTGRES_URL` names a reachable server (see `PostgresTestServer`).
enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The engines this machine can test.
    static func available() async -> [StoreEngine] {
        await PostgresTestServer.isReachable ? [.sqlite, .postgres] : [.sqlite]
    }

    /// The stores of one replica: what the server uses, and a way to write the buffered search counts.
    struct Stores: Sendable {
        let feedback: any FeedbackStore
        let searchLog: any SearchLogStore
        let sessions: any SessionRevocationStore
        let status: any StorageStatus
        let flush: @Sendable () async throws -> Void
    }

    /// Runs `body` with `replicas` independent sets of stores over one fresh database of this
    /// engine (as several servers sharing it), then removes the database.
    func withStores<T: Sendable>(
        replicas: Int = 1, retentionDays: Int = ServerConfiguration.defaultRetentionDays,
        maxEventsPerDay: Int = SearchLogPending.defaultMaxEventsPerDay, now: @escaping @Sendable () -> Date = { Date() }, _ body: @Sendable ([Stores]) async throws -> T
    ) async throws -> T {
        switch self {
        case .sqlite:
            let directory = try StorageTests.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let stores = try (0..<replicas).map { _ in
                let database = try SQLiteDatabase(directory: directory)
                let searchLog = SQLiteSearchLogStore(database: database, retentionDays: retentionDays, maxEventsPerDay: maxEventsPerDay, now: now)
                return Stores(
                    feedback: SQLiteFeedbackStore(database: database), searchLog: searchLog,
                    sessions: SQLiteSessionRevocationStore(database: database), status: database, flush: searchLog.flush
                )
            }
            return try await body(stores)
        case .postgres:
            let settings = try await PostgresTestServer.makeDatabase()
            do {
                let databases = (0..<replicas).map { _ in
                    // A generous bound: the whole suite keeps both cores busy; these tests are not about outages.
                    kbserve.PostgresDatabase(
                        settings: settings, logger: PostgresTestServer.quietLogger, operationTimeout: .seconds(30), checkInterval: .milliseconds(200)
                    )
                }
                let value = try await withThrowingTaskGroup(of: Void.self) { group in
                    for database in databases { group.addTask { try await database.run() } }
                    defer { group.cancelAll() }
                    for database in databases {
                        guard await database.migrate() else { throw PostgresTestServer.TestDatabaseError(message: database.problem ?? "?") }
                    }
                    let stores = databases.map { database in
                        let searchLog = PostgresSearchLogStore(database: database, retentionDays: retentionDays, maxEventsPerDay: maxEventsPerDay, now: now)
                        return Stores(
                            feedback: PostgresFeedbackStore(database: database), searchLog: searchLog,
                            sessions: PostgresSessionRevocationStore(database: database), status: database, flush: searchLog.flush
                        )
                    }
                    return try await body(stores)
                }
                await PostgresTestServer.drop(settings)
                return value
            } catch {
                await PostgresTestServer.drop(settings)
                throw error
            }
        }
    }
}
