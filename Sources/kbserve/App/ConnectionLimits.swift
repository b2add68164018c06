import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// How the HTTP/1 server treats connections: a connection that sends nothing (no complete
/// request head, no body bytes) for `idleTimeout` is closed, whether it is idle between
/// requests or stalled half way through a head or a body; at most `maxConnections` are
/// open at once (beyond that new connections wait in the listen queue and the refusal is logged).
struct ConnectionLimits: Sendable, Hashable {
    var idleTimeout: Duration = .seconds(ConnectionLimits.defaultIdleTimeoutSeconds)
    var maxConnections: Int = ConnectionLimits.defaultMaxConnections

    static let defaultIdleTimeoutSeconds = 15

    /// Below the process's file limit, with room for the database, content files and the
    /// listening socket: 10,000, or the file limit less 128 when that is lower.
    static var defaultMaxConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 896 }
        let files = limit.rlim_cur > 1_000_000 ? 1_000_000 : Int(limit.rlim_cur)
        return max(16, min(10_000, files - 128))
    }
}

/// Counts open connections for the server's accept loop and stops accepting at the cap,
/// logging when the cap is reached (new connections then wait) and when it is left.
struct CappedConnections: AvailableConnectionsDelegate {
    let maxConnections: Int
    let logger: Logger
    private var open = 0

    init(maxConnections: Int, logger: Logger) {
        self.maxConnections = maxConnections
        self.logger = logger
    }

    mutating func connectionOpened() {
        open += 1
        if open == maxConnections {
            logger.warning(
                "Connection limit reached; refusing new connections until some close",
                metadata: ["connections.max": "\(maxConnections)"]
            )
        }
    }

    mutating func connectionClosed() {
        if open == maxConnections {
            logger.notice("Accepting connections again", metadata: ["connections.max": "\(maxConnections)"])
        }
        open -= 1
    }

    func isAcceptingNewConnections() -> Bool { open < maxConnections }
}

/// The application over `router` with the connection limits (shared by the server and tests).
func makeApplication<Responder: HTTPResponder>(
    router: Responder, host: String = "127.0.0.1", port: Int = 8080, limits: ConnectionLimits,
    services: [any Service] = [], logger: Logger
) -> Application<Responder> {
    Application(
        responder: router,
        server: .http1(configuration: .init(idleTimeout: TimeAmount(limits.idleTimeout))),
        configuration: .init(
            address: .hostname(host, port: port), serverName: "kbserve",
            availableConnectionsDelegate: CappedConnections(maxConnections: limits.maxConnections, logger: logger)
        ),
        services: services,
        logger: logger
    )
}
