import Foundation

/// Where feedback and search counts are kept, from `--database` or `KBSERVE_DATABASE_URL`:
/// - `sqlite:///absolute/path/kbserve.sqlite` (or `sqlite:relative/path.sqlite`): one file,
///   embedded, for a single server (the default is `kbserve.sqlite` under `--data`);
/// - `postgres://user:password@host:port/database` (also `postgresql://`): a PostgreSQL
///   server shared by several replicas. `?sslmode=disable` (the default), `require` (encrypted,
///   certificate not checked) or `verify-full`. User and password may be percent-encoded.
enum DatabaseURL: Sendable, Hashable {
    case sqlite(path: String)
    case postgres(PostgresSettings)

    /// A PostgreSQL server and how to log in to it.
    struct PostgresSettings: Sendable, Hashable {
        enum TLSMode: String, Sendable, Hashable {
            case disable
            case require
            case verifyFull = "verify-full"
        }

        var host: String
        var port: Int = 5432
        var username: String
        var password: String?
        var database: String
        var tls: TLSMode = .disable
    }

    /// The environment variable read when `--database` is not given.
    static let environmentKey = "KBSERVE_DATABASE_URL"

    /// Parses `text`; throws `DatabaseURLError` with a message that never repeats the password.
    init(parsing text: String) throws {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty, !path.hasSuffix("/") else {
                throw DatabaseURLError(message: "A SQLite database URL names a file, as in sqlite:///var/lib/kbserve/kbserve.sqlite.")
            }
            self = .sqlite(path: path.removingPercentEncoding ?? path)
            return
        }
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") else {
            throw DatabaseURLError(
                message: "The database URL must start with sqlite:// or postgres:// (as in postgres://user:password@host:5432/kbserve)."
            )
        }
        guard let components = URLComponents(string: text) else {
            throw DatabaseURLError(message: "The PostgreSQL URL cannot be read; percent-encode special characters in the user and password.")
        }
        guard let host = components.host, !host.isEmpty else {
            throw DatabaseURLError(message: "The PostgreSQL URL has no host (postgres://user:password@host:5432/kbserve).")
        }
        guard let username = components.percentEncodedUser?.removingPercentEncoding, !username.isEmpty else {
            throw DatabaseURLError(message: "The PostgreSQL URL has no user (postgres://user:password@host:5432/kbserve).")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw DatabaseURLError(message: "The PostgreSQL URL names no database (postgres://user:password@host:5432/kbserve).")
        }
        var settings = PostgresSettings(
            host: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host, username: username,
            password: components.percentEncodedPassword?.removingPercentEncoding, database: database
        )
        if let port = components.port {
            guard (1...65_535).contains(port) else { throw DatabaseURLError(message: "The PostgreSQL port must be from 1 to 65535.") }
            settings.port = port
        }
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(PostgresSettings.TLSMode.init(rawValue:)) else {
                    throw DatabaseURLError(message: "sslmode must be disable, require or verify-full.")
                }
                settings.tls = mode
            default:
                throw DatabaseURLError(message: "The PostgreSQL URL option '\(item.name.prefix(40))' is not supported (only sslmode).")
            }
        }
        self = .postgres(settings)
    }

    /// The engine's name, for logs, metrics and `/healthz`: `sqlite` or `postgres`.
    var engine: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgres"
        }
    }

    /// The URL without its password, safe to log.
    var redacted: String {
        switch self {
        case .sqlite(let path): "sqlite://\(path)"
        case .postgres(let settings):
            "postgres://\(settings.username)@\(settings.host.contains(":") ? "[\(settings.host)]" : settings.host):\(settings.port)/\(settings.database)"
        }
    }
}

/// A database URL that cannot be used; the message says what is wrong and never repeats the password.
struct DatabaseURLError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
