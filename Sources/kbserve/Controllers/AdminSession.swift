import Crypto
import Foundation

/// The dashboard's session, as a signed token that expires: `v1.<expiry>.<nonce>.<mac>`, the
/// MAC an HMAC-SHA256 keyed from the admin token. The nonce is the session's id: nothing is
/// stored for a session that is signed in, so any replica that has the same token accepts it
/// (and changing the token ends every session); signing out records the id, until the expiry,
/// in the shared `SessionRevocationStore`. Each session's CSRF token is an HMAC of its nonce.
struct AdminSession: Sendable, Hashable {
    let nonce: String
    let expires: Int

    /// How long a session lasts.
    static let lifetime = 2 * 3600
    static let cookieName = "kbserve_admin"
    /// The sign-in form's CSRF cookie (its value is also the form's hidden field).
    static let signInCookieName = "kbserve_admin_signin"

    /// The key for sessions and CSRF tokens, derived from the admin token.
    struct Keys: Sendable {
        fileprivate let key: SymmetricKey

        init(adminToken: String) {
            let derived = HMAC<SHA256>.authenticationCode(for: Data("kbserve admin session v1".utf8), using: SymmetricKey(data: Data(adminToken.utf8)))
            key = SymmetricKey(data: Data(derived))
        }

        /// A new session from `now`, and its cookie value.
        func issue(now: Date = Date()) -> (session: AdminSession, token: String) {
            let session = AdminSession(nonce: SearchID().rawValue, expires: Int(now.timeIntervalSince1970) + AdminSession.lifetime)
            let payload = "v1.\(session.expires).\(session.nonce)"
            return (session, payload + "." + mac(payload))
        }

        /// The session of a cookie value, if its MAC is right and it has not expired.
        func session(from token: String?, now: Date = Date()) -> AdminSession? {
            guard let token, token.utf8.count < 200 else { return nil }
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == "v1", let expires = Int(parts[1]), SearchID(validating: String(parts[2])) != nil,
                let given = Self.decode(String(parts[3])),
                HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Data("v1.\(expires).\(parts[2])".utf8), using: key)
            else { return nil }
            let seconds = Int(now.timeIntervalSince1970)
            guard expires > seconds, expires <= seconds + AdminSession.lifetime else { return nil }
            return AdminSession(nonce: String(parts[2]), expires: expires)
        }

        /// The CSRF token every form of `session` carries.
        func csrfToken(for session: AdminSession) -> String { mac("csrf." + session.nonce) }

        /// Whether `given` is `session`'s CSRF token (in constant time).
        func acceptsCSRF(_ given: String?, for session: AdminSession) -> Bool {
            guard let given, let bytes = Self.decode(given) else { return false }
            return HMAC<SHA256>.isValidAuthenticationCode(bytes, authenticating: Data(("csrf." + session.nonce).utf8), using: key)
        }

        private func mac(_ text: String) -> String {
            Self.encode(Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)))
        }

        private static func encode(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }

        private static func decode(_ text: String) -> Data? {
            guard text.utf8.count == 43 else { return nil }
            return Data(base64Encoded: text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "=")
        }
    }

    /// A `Set-Cookie` value: Secure, HttpOnly, SameSite=Strict, for the dashboard's paths only;
    /// `maxAge` 0 removes the cookie.
    static func cookie(_ name: String, _ value: String, maxAge: Int) -> String {
        "\(name)=\(value); Path=/admin; Max-Age=\(maxAge); Secure; HttpOnly; SameSite=Strict"
    }
}
