import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import kbserve

/// Signs in to the dashboard through its form, as a browser would, in router tests.
enum AdminClient {
    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The value of cookie `name` among a response's `Set-Cookie` headers.
    static func cookie(_ name: String, in response: TestResponse) -> String? {
        for header in response.headers[values: .setCookie] where header.hasPrefix(name + "=") {
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }

    /// The form's CSRF value: the sign-in cookie's.
    static func signInCSRF(_ client: some TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/admin/sign-in", method: .get) { response in
            #expect(response.status == .ok)
            return try #require(cookie(AdminSession.signInCookieName, in: response))
        }
    }

    /// Signs in with `token`; returns the `Cookie` header of the session.
    static func signIn(_ client: some TestClientProtocol, token: String = "s3cret-token") async throws -> String {
        let csrf = try await signInCSRF(client)
        return try await client.execute(
            uri: "/admin/sign-in", method: .post,
            headers: formHeaders + [.cookie: "\(AdminSession.signInCookieName)=\(csrf)"],
            body: ByteBuffer(string: "csrf=\(csrf)&token=\(token)")
        ) { response in
            #expect(response.status == .seeOther)
            let session = try #require(cookie(AdminSession.cookieName, in: response))
            return "\(AdminSession.cookieName)=\(session)"
        }
    }

    /// The CSRF token a signed-in page's forms carry.
    static func csrf(in html: String) throws -> String {
        let marker = "name=\"csrf\" value=\""
        let start = try #require(html.range(of: marker)).upperBound
        return String(html[start...].prefix { $0 != "\"" })
    }
}

extension HTTPFields {
    static func + (lhs: HTTPFields, rhs: HTTPFields) -> HTTPFields {
        var fields = lhs
        fields.append(contentsOf: rhs)
        return fields
    }
}
