import Synchronization
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle

/// A PostgreSQL server shared by every replica, through postgres-nio's connection pool.
/// As a `Service` it runs the pool and a monitor that migrates the schema once the server
/// answers (see `PostgresMigrations`) and then checks it every `checkInterval`. Every
/// operation is bounded by `operationTimeout`; when the server cannot be reached (down,
/// restarting, refusing logins) operations throw `StorageUnavailable` (answered with 503)
/// and `problem` says why, until a check or an operation succeeds again. Graceful shutdown
/// stops the monitor and closes the pool.
final class PostgresDatabase: StorageStatus, Service {
    let settings: DatabaseURL.PostgresSettings
    let client: PostgresClient
    let logger: Logger
    let operationTimeout: Duration
    let checkInterval: Duration
    /// Called with the operation's name when an operation fails (for the database-error metric).
    let onError: @Sendable (_ operation: String) -> Void

    private struct State {
        var migrated = false
        var problem: String? = "PostgreSQL has not been reached yet"
    }
    private let state = Mutex(State())

    /// Drops postgres-nio's per-query logs: they could carry the values bound to a query.
    static let quietLogger = Logger(label: "kbserve.postgres.quiet", factory: { _ in SwiftLogNoOpLogHandler() })

    init(
        settings: DatabaseURL.PostgresSettings, logger: Logger, operationTimeout: Duration = .seconds(5),
        checkInterval: Duration = .seconds(1), onError: @escaping @Sendable (_ operation: String) -> Void = { _ in }
    ) {
        self.settings = settings
        self.logger = logger
        self.operationTimeout = operationTimeout
        self.checkInterval = checkInterval
        self.onError = onError
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: Self.tls(settings.tls)
        )
        configuration.options.connectTimeout = operationTimeout
        configuration.options.maximumConnections = 16
        configuration.options.keepAliveBehavior = .init(frequency: .seconds(15))
        var backgroundLogger = logger
        backgroundLogger[metadataKey: "database"] = "\(DatabaseURL.postgres(settings).redacted)"
        client = PostgresClient(configuration: configuration, backgroundLogger: backgroundLogger)
    }

    private static func tls(_ mode: DatabaseURL.PostgresSettings.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable:
            return .disable
        case .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            return .require(configuration)
        case .verifyFull:
            return .require(.makeClientConfiguration())
        }
    }

    /// Why the database cannot be used right now; nil when it can.
    var problem: String? { state.withLock { $0.problem } }

    /// Whether the schema has been migrated (operations wait for it).
    var isMigrated: Bool { state.withLock { $0.migrated } }

    /// Runs the pool and the monitor until graceful shutdown.
    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.client.run() }
            group.addTask {
                await cancelWhenGracefulShutdown { await self.monitor() }
            }
            await group.waitForAll()
        }
        logger.info("PostgreSQL connections closed")
    }

    private func monitor() async {
        while !Task.isCancelled {
            await check()
            try? await Task.sleep(for: checkInterval)
        }
    }

    /// Migrates the schema if that is not done yet, else checks that the server answers;
    /// updates `problem` either way. Returns whether the database can be used.
    @discardableResult
    func check() async -> Bool {
        if !isMigrated {
            return await migrate()
        }
        do {
            try await withTimeout(operationTimeout) { [client] in
                for try await _ in try await client.query("SELECT 1", logger: nil) {}
            }
            markAvailable()
            return true
        } catch {
            markUnavailable(error)
            return false
        }
    }

    /// Applies the missing migrations (under the advisory lock), waiting at most `timeout`
    /// (default: 10 × `operationTimeout`); false, with `problem` set, when the server cannot be reached.
    @discardableResult
    func migrate(timeout: Duration? = nil) async -> Bool {
        let timeout = timeout ?? operationTimeout * 10
        do {
            let applied = try await withTimeout(timeout) { [client, logger] in
                try await PostgresMigrations.migrate(client, logger: logger)
            }
            state.withLock {
                $0.migrated = true
                $0.problem = nil
            }
            logger.notice(
                "PostgreSQL is ready",
                metadata: ["schema.version": "\(PostgresMigrations.latestVersion)", "migrations.applied": "\(applied)"]
            )
            return true
        } catch {
            let reason = Self.describe(error, settings: settings, timeout: timeout)
            let changed = state.withLock { state -> Bool in
                defer { state.problem = reason }
                return state.problem != reason
            }
            if changed {
                logger.error("PostgreSQL cannot be migrated yet; retrying", metadata: ["reason": "\(reason)"])
            }
            return false
        }
    }

    /// Runs `body` with the pool's client, bounded by `operationTimeout`. Throws
    /// `StorageUnavailable` when the server cannot be reached or the schema is not migrated yet.
    func run<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (PostgresClient) async throws -> T) async throws -> T {
        guard isMigrated else {
            onError(operation)
            throw StorageUnavailable(reason: problem ?? "the database schema is not ready yet")
        }
        do {
            let value = try await withTimeout(operationTimeout) { [client] in try await body(client) }
            markAvailable()
            return value
        } catch {
            onError(operation)
            guard Self.isUnavailability(error) else {
                logger.error("Database operation failed", metadata: ["operation": "\(operation)", "error.type": "\(type(of: error))"])
                throw error
            }
            throw markUnavailable(error)
        }
    }

    private func markAvailable() {
        let recovered = state.withLock { state -> Bool in
            defer { state.problem = nil }
            return state.problem != nil
        }
        if recovered { logger.notice("PostgreSQL is reachable again") }
    }

    @discardableResult
    private func markUnavailable(_ error: any Error) -> StorageUnavailable {
        let reason = Self.describe(error, settings: settings, timeout: operationTimeout)
        let changed = state.withLock { state -> Bool in
            defer { state.problem = reason }
            return state.problem == nil
        }
        if changed { logger.error("PostgreSQL is unavailable", metadata: ["reason": "\(reason)"]) }
        return StorageUnavailable(reason: reason)
    }

    /// Whether `error` means the server cannot be used (rather than a mistake in a statement).
    static func isUnavailability(_ error: any Error) -> Bool {
        switch error {
        case is DatabaseTimeout, is StorageUnavailable:
            return true
        case _ where isPoolError(error):
            return true
        case let error as PostgresTransactionError:
            guard let inner = error.beginError ?? error.closureError ?? error.commitError else { return true }
            return isUnavailability(inner)
        case let error as PSQLError:
            guard error.code == .server else { return true }
            // Connection exceptions, resources, operator intervention (shutdown), login, no database.
            let state = error.serverInfo?[.sqlState] ?? ""
            return ["08", "53", "57", "28", "3D"].contains(String(state.prefix(2)))
        default:
            return false
        }
    }

    /// postgres-nio's pool errors (its `_ConnectionPoolModule` is not imported: an underscored module).
    private static func isPoolError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasSuffix("ConnectionPoolError")
    }

    /// A reason for `/readyz`, logs and 503 answers: what failed, never a query or its values.
    static func describe(_ error: any Error, settings: DatabaseURL.PostgresSettings, timeout: Duration) -> String {
        let server = "PostgreSQL at \(settings.host):\(settings.port)"
        switch error {
        case is DatabaseTimeout:
            return "\(server) did not answer within \(timeout.components.seconds) s"
        case _ where isPoolError(error):
            // The pool gave up connecting for now (its circuit breaker); it keeps retrying.
            return "\(server) cannot be reached"
        case let error as PostgresTransactionError:
            guard let inner = error.beginError ?? error.closureError ?? error.commitError else { return "\(server) failed a transaction" }
            return describe(inner, settings: settings, timeout: timeout)
        case let error as PSQLError:
            switch error.code {
            case .connectionError: return "\(server) cannot be reached (connection refused or timed out)"
            case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection: return "the connection to \(server) was closed"
            case .poolClosed: return "the connection pool to \(server) is closed"
            case .queryCancelled: return "\(server) did not answer within \(timeout.components.seconds) s"
            case .server:
                let state = error.serverInfo?[.sqlState] ?? "?"
                switch state.prefix(2) {
                case "28": return "\(server) refused the login (SQLSTATE \(state))"
                case "3D": return "\(server) has no database \(settings.database)"
                case "57": return "\(server) is shutting down or starting (SQLSTATE \(state))"
                default: return "\(server) failed (SQLSTATE \(state))"
                }
            default: return "\(server) failed (\(error.code))"
            }
        case let error as StorageUnavailable:
            return error.reason
        default:
            return "\(server) failed (\(type(of: error)))"
        }
    }
}
