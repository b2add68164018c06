import Foundation
import HTTPTypes
import Hummingbird

/// The dashboard at `/admin` for the people who maintain the content: sign in with the admin
/// token through a form; the session is a signed, expiring cookie (`AdminSession`), Secure,
/// HttpOnly, SameSite=Strict; every form that changes something carries the session's CSRF
/// token (the sign-in form a CSRF cookie's value); failed sign-ins share the insights API's
/// limiter. Signing out revokes the session in `sessions` (shared by every replica), so a copy
/// of its cookie is refused too. Pages: overview, content gaps, articles (with comment status),
/// diagnoses; every table as CSV. Disabled (404) without an admin token. English only.
struct AdminController {
    let views: PageRenderer
    let service: InsightsService
    let authorization: AdminAuthorization
    let sessions: any SessionRevocationStore
    var now: @Sendable () -> Date = { Date() }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("sign-in", use: signInForm)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
        routes.get("/") { request, context in
            try await page(request, context) { try await AdminPage.overview(service.overview($0), range: $0, csrf: $1) }
        }
        routes.get("gaps") { request, context in
            try await page(request, context) { try await AdminPage.gaps(service.gaps($0), range: $0, csrf: $1) }
        }
        routes.get("articles") { request, context in
            let notice = request.query["saved"].flatMap(Int64.init).map { "The status of comment #\($0) is saved." }
            return try await page(request, context) { try await AdminPage.articles(service.articles($0), range: $0, csrf: $1, notice: notice) }
        }
        routes.get("diagnoses") { request, context in
            try await page(request, context) { try await AdminPage.diagnoses(service.diagnoses($0), range: $0, csrf: $1) }
        }
        for name in InsightsReport.tableNames {
            routes.get(RouterPath("\(name).csv")) { request, context in
                _ = try request.query.insightsRange()
                guard try await session(request) != nil else { return signInRedirect() }
                return try await CSVResponse.table(named: name, service: service, query: request.query)
            }
        }
        routes.post("comments/{id}/status", use: setStatus)
        return routes
    }

    private func keys() throws -> AdminSession.Keys { AdminSession.Keys(adminToken: try authorization.requireToken()) }

    /// The session of the request's cookie; nil when there is none, it is not valid or it was signed out.
    private func session(_ request: Request) async throws -> AdminSession? {
        guard let session = try keys().session(from: request.cookies[AdminSession.cookieName]?.value, now: now()),
            try await !sessions.isRevoked(session.nonce)
        else { return nil }
        return session
    }

    private func signInRedirect() -> Response {
        Response(status: .seeOther, headers: [.location: "/admin/sign-in"])
    }

    private func page(
        _ request: Request, _ context: AppRequestContext, _ build: (InsightsRange, String) async throws -> AdminPage
    ) async throws -> Response {
        let range = try request.query.insightsRange()
        guard let session = try await session(request) else { return signInRedirect() }
        let page = try await build(range, try keys().csrfToken(for: session))
        return try HTMLResponse(html: views.render(page, template: AdminPage.template)).response(from: request, context: context)
    }

    @Sendable func signInForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try authorization.requireToken()
        if try await session(request) != nil { return Response(status: .seeOther, headers: [.location: "/admin"]) }
        return try signInPage(request, context, problem: nil, status: .ok)
    }

    /// The form with a new CSRF value, set as its cookie too.
    private func signInPage(_ request: Request, _ context: AppRequestContext, problem: String?, status: HTTPResponse.Status) throws -> Response {
        let csrf = SearchID().rawValue
        var response = try HTMLResponse(html: views.render(AdminSignInPage(csrf: csrf, problem: problem), template: AdminSignInPage.template), status: status)
            .response(from: request, context: context)
        response.headers.append(HTTPField(name: .setCookie, value: AdminSession.cookie(AdminSession.signInCookieName, csrf, maxAge: 3600)))
        return response
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try authorization.requireToken()
        let fields = try await request.formFields(context: context)
        let expected = request.cookies[AdminSession.signInCookieName]?.value
        guard let expected, let given = fields["csrf"], AdminAuthorization.constantTimeEqual(Array(given.utf8), Array(expected.utf8)) else {
            return try signInPage(request, context, problem: "The form had expired. Please sign in again.", status: .forbidden)
        }
        do {
            try authorization.checkNotLimited(context)
        } catch let error as HTTPError {
            var response = try signInPage(request, context, problem: error.body ?? "Too many failed sign-ins; please wait.", status: .tooManyRequests)
            response.headers[.retryAfter] = error.headers[.retryAfter]
            return response
        }
        guard try authorization.accepts(fields["token"].map { Substring($0) }, context: context) else {
            return try signInPage(request, context, problem: "That is not the admin token.", status: .unauthorized)
        }
        let (_, token) = try keys().issue(now: now())
        var response = Response(status: .seeOther, headers: [.location: "/admin"])
        response.headers.append(HTTPField(name: .setCookie, value: AdminSession.cookie(AdminSession.cookieName, token, maxAge: AdminSession.lifetime)))
        response.headers.append(HTTPField(name: .setCookie, value: AdminSession.cookie(AdminSession.signInCookieName, "", maxAge: 0)))
        return response
    }

    /// The session of a form post whose CSRF token is right; else 403 (or the sign-in form when signed out).
    private func checkedSession(_ request: Request, _ fields: FormFields) async throws -> AdminSession? {
        guard let session = try await session(request) else { return nil }
        guard try keys().acceptsCSRF(fields["csrf"], for: session) else {
            throw HTTPError(.forbidden, message: "The form's security token is missing or wrong. Reload the page and try again.")
        }
        return session
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields = try await request.formFields(context: context)
        guard let session = try await checkedSession(request, fields) else { return signInRedirect() }
        try await sessions.revoke(session.nonce, expires: Date(timeIntervalSince1970: Double(session.expires)), now: now())
        var response = signInRedirect()
        response.headers.append(HTTPField(name: .setCookie, value: AdminSession.cookie(AdminSession.cookieName, "", maxAge: 0)))
        return response
    }

    @Sendable func setStatus(_ request: Request, context: AppRequestContext) async throws -> Response {
        let fields = try await request.formFields(context: context)
        guard let status = fields["status"].flatMap(CommentStatus.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Choose a status: \(CommentStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard try await checkedSession(request, fields) != nil else { return signInRedirect() }
        guard let text = context.parameters.get("id"), text.utf8.count <= 18, let id = Int64(text) else {
            throw HTTPError(.notFound, message: "There is no comment '\(String((context.parameters.get("id") ?? "").prefix(40)))'.")
        }
        guard try await service.feedback.setStatus(status, ofComment: id) else {
            throw HTTPError(.notFound, message: "There is no comment #\(id).")
        }
        let range = try (try? fields.insightsRange()) ?? InsightsRange(from: nil, to: nil)
        return Response(status: .seeOther, headers: [.location: "/admin/articles?\(range.query)&saved=\(id)#comment-\(id)"])
    }
}
