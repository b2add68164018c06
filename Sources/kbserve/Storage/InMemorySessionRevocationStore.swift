import Foundation
import Synchronization

/// Signed-out sessions kept in memory, for tests: the reference the database stores must agree with.
final class InMemorySessionRevocationStore: SessionRevocationStore {
    private let expiries = Mutex<[String: Date]>([:])

    func revoke(_ id: String, expires: Date, now: Date) async throws {
        expiries.withLock { expiries in
            expiries = expiries.filter { $0.value > now }
            expiries[id] = max(expiries[id] ?? expires, expires)
        }
    }

    func isRevoked(_ id: String) async throws -> Bool {
        expiries.withLock { $0[id] != nil }
    }
}
