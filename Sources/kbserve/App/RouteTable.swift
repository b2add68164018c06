import Synchronization
import Hummingbird

/// The router's routes as path patterns, so that a request for a known path with the wrong
/// method gets 405 with `Allow` rather than 404. Filled once the routes are added.
final class RouteTable: Sendable {
    private struct Route: Sendable {
        var method: String
        var segments: [Substring]
    }

    private let routes = Mutex<[Route]>([])

    func record(_ routes: [(method: String, path: String)]) {
        let parsed = routes.map { Route(method: $0.method, segments: $0.path.split(separator: "/")) }
        self.routes.withLock { $0 = parsed }
    }

    /// The methods routed for `path`, sorted; empty when no route has this path.
    func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        return routes.withLock { routes in
            Set(routes.filter { Self.matches($0.segments, segments) }.map(\.method)).sorted()
        }
    }

    private static func matches(_ pattern: [Substring], _ segments: [Substring]) -> Bool {
        pattern.count == segments.count
            && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") || $0 == $1 }
    }
}
