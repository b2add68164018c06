import Foundation

/// Where signed-out dashboard sessions are kept, so that a copy of a signed-out session's
/// cookie is refused by every replica that shares the store. An entry is needed only until
/// its session expires (the cookie is refused then anyway), so each revocation also forgets
/// the entries that have expired: the store holds at most the sessions signed out within one
/// session lifetime.
protocol SessionRevocationStore: Sendable {
    /// Records that session `id` is signed out until `expires`, and forgets every entry that
    /// expired at or before `now`. Revoking a session twice keeps one entry.
    func revoke(_ id: String, expires: Date, now: Date) async throws
    /// Whether session `id` has been signed out (and not yet forgotten).
    func isRevoked(_ id: String) async throws -> Bool
}
