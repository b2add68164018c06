import Foundation
import Logging
import PostgresNIO
import Testing

@testable import kbserve

/// The PostgreSQL server the tests may use: `KBSERVE_TEST_POSTGRES_URL`
/// (`postgres://user:password@127.0.0.1:5432/postgres`, a user allowed to create databases;
/// `.ci/run` and `scripts/cluster-test.sh` start one and set it). Each test gets a database of
/// its own, dropped afterwards. Without the variable the PostgreSQL tests are skipped, saying so.
enum PostgresTestServer {
    static let environmentKey = "KBSERVE_TEST_POSTGRES_URL"

    /// How long a test waits for kbserve to use the database again once it is back. postgres-nio's
    /// pool retries a connection with a backoff of 100 ms × 1.25 per failed attempt, capped at
    /// 60 s (`PoolStateMachine.calculateBackoff`): after an outage of 40 s or more, which the
    /// outage tests reach when the rest of the suite holds both cores, the next attempt can be
    /// 10 to 60 s away. A full backoff, plus the check interval and an operation timeout.
    static let recoveryWindow: Double = 90

    /// Why PostgreSQL tests are skipped here.
    static let skipReason: Comment =
        "PostgreSQL tests are skipped: set KBSERVE_TEST_POSTGRES_URL=postgres://user:password@127.0.0.1:5432/postgres (a user that may create databases) to run them against a server; .ci/run starts one and sets it."

    /// The configured server, nil when the variable is unset or empty.
    static var settings: DatabaseURL.PostgresSettings? {
        guard let text = ProcessInfo.processInfo.environment[environmentKey], !text.isEmpty,
            case .postgres(let settings) = try? DatabaseURL(parsing: text)
        else { return nil }
        return settings
    }

    static var isConfigured: Bool { settings != nil }

    /// Whether the configured server answers (checked once per test process).
    static var isReachable: Bool {
        get async { await reachability.value }
    }

    private static let reachability = Task<Bool, Never> {
        guard let settings else { return false }
        return (try? await withAdminConnection(settings) { connection in
            try await connection.query("SELECT 1", logger: quietLogger)
        }) != nil
    }

    static let quietLogger = Logger(label: "kbserve.test.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Runs `body` on one connection to the configured database.
    static func withAdminConnection<T: Sendable>(
        _ settings: DatabaseURL.PostgresSettings, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let configuration = PostgresConnection.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: .disable
        )
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: quietLogger)
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// A new empty database on the configured server, for one test; `drop` removes it.
    static func makeDatabase() async throws -> DatabaseURL.PostgresSettings {
        guard let admin = settings else { throw TestDatabaseError(message: "\(environmentKey) is not set") }
        let name = "kbserve_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        _ = try await withAdminConnection(admin) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: quietLogger)
        }
        var settings = admin
        settings.database = name
        return settings
    }

    static func drop(_ database: DatabaseURL.PostgresSettings) async {
        guard let admin = settings else { return }
        _ = try? await withAdminConnection(admin) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(database.database) WITH (FORCE)"), logger: quietLogger)
        }
    }

    /// Runs `body` with the settings of a new empty database, dropped afterwards.
    static func withFreshDatabase<T: Sendable>(_ body: @Sendable (DatabaseURL.PostgresSettings) async throws -> T) async throws -> T {
        let settings = try await makeDatabase()
        do {
            let value = try await body(settings)
            await drop(settings)
            return value
        } catch {
            await drop(settings)
            throw error
        }
    }

    /// Runs `database` (its pool and monitor) while `body` runs, then stops it.
    static func withRunning<T: Sendable>(_ database: kbserve.PostgresDatabase, _ body: @Sendable (kbserve.PostgresDatabase) async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await database.run() }
            defer { group.cancelAll() }
            return try await body(database)
        }
    }

    struct TestDatabaseError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
