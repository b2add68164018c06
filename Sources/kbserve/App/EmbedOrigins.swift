import Foundation

/// The origins whose pages may embed the help panel (`--embed-origin`, repeatable, and
/// `KBSERVE_EMBED_ORIGINS`, comma-separated): only they may frame `/embed/panel` (CSP
/// `frame-ancestors`) and exchange messages with it. Each is kept as browsers write an
/// origin: `scheme://host[:port]`, lowercased, without a default port. With none, the panel
/// can be framed by kbserve's own pages only.
struct EmbedOrigins: Sendable, Hashable {
    static let environmentKey = "KBSERVE_EMBED_ORIGINS"

    /// In the order given, without repeats.
    private(set) var origins: [String] = []

    init() {}

    /// Reads `options`, then the environment's list; throws `Invalid` for a value that is not an origin.
    init(parsing options: [String], environment: [String: String] = [:]) throws {
        let fromEnvironment = (environment[Self.environmentKey] ?? "").split(separator: ",").map(String.init)
        for text in options + fromEnvironment {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let origin = try Self.origin(trimmed)
            if !origins.contains(origin) { origins.append(origin) }
        }
    }

    var isEmpty: Bool { origins.isEmpty }

    func contains(_ origin: String) -> Bool { origins.contains(origin) }

    /// The CSP `frame-ancestors` sources: the site itself and the configured origins.
    var frameAncestors: String { (["'self'"] + origins).joined(separator: " ") }

    /// `text` as a browser serializes an origin; throws when it has a path, query, user or an unknown scheme.
    static func origin(_ text: String) throws -> String {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = components.host?.lowercased(), !host.isEmpty,
            components.user == nil, components.password == nil, components.query == nil, components.fragment == nil,
            components.path.isEmpty || components.path == "/",
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "[" || $0 == "]" || $0 == ":" })
        else { throw Invalid(text: text) }
        let defaultPort = scheme == "https" ? 443 : 80
        let port = components.port.flatMap { $0 == defaultPort ? nil : $0 }
        return "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }

    struct Invalid: Error, CustomStringConvertible {
        var text: String
        var description: String {
            "--embed-origin '\(text)' must be an origin such as https://app.example.com (scheme, host and port only)."
        }
    }
}
