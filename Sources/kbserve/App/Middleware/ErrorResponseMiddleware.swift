import Hummingbird
import Logging
import NIOCore
import NIOHTTP1

/// Turns every error into a response: `{"error": {"message": ...}}` for the API, a
/// friendly page (with a search box) for everything else. Unexpected errors become a 500
/// whose details are logged by type only (they could carry input).
struct ErrorResponseMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let views: PageRenderer
    var routes = RouteTable()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try response(for: error, request: request, context: context)
        }
    }

    func response(for error: any Error, request: Request, context: Context) throws -> Response {
        let status: HTTPResponse.Status
        var headers: HTTPFields = [:]
        var message: String?
        switch error {
        case let error as HTTPError where error.status == .notFound && error.body == nil
            && !routes.methods(for: request.uri.path).isEmpty:
            // The router found no route for this method, but the path has others.
            status = .methodNotAllowed
            headers = [.allow: routes.methods(for: request.uri.path).joined(separator: ", ")]
        case let error as HTTPError:
            status = error.status
            headers = error.headers
            message = error.body
        case let error as CatalogError:
            status = error.status
            message = catalog(for: request).format(error.key, error.values)
        case is NIOTooManyBytesError:
            status = .contentTooLarge
        case is HTTPParserError:
            // A malformed request (bad chunk sizes, a missing CRLF): the client's fault.
            status = .badRequest
            message = "The request could not be read: its body or headers are malformed."
            headers = [.connection: "close"]
        case let error as any ClientFacingError:
            status = error.status
            message = error.message
        case let error as StorageUnavailable:
            status = .serviceUnavailable
            message = views.catalogs[Paths.language(of: request.uri.path)]["error_message_storage"]
            headers = [.retryAfter: "30"]
            context.logger.error("Storage unavailable", metadata: ["reason": "\(error.reason)"])
        case let error as any HTTPResponseError:
            status = error.status
        default:
            status = .internalServerError
            context.logger.error("Request failed", metadata: ["error.type": "\(type(of: error))"])
        }
        let language = Paths.language(of: request.uri.path)
        var response: Response
        if Self.wantsJSON(request) {
            let text = message ?? Self.defaultMessage(for: status, in: catalog(for: request))
            response = try EditedResponse(status: status, response: JSONResponse(value: APIError(message: text)))
                .response(from: request, context: context)
        } else {
            let catalog = views.catalogs[language]
            let text = message ?? Self.defaultMessage(for: status, in: catalog)
            let chrome = PageChrome(language: language, catalog: catalog, path: Paths.home(language), existsInBothLanguages: false)
            let page = ErrorPage(status: status, message: text, chrome: chrome)
            response = try HTMLResponse(html: views.render(page), status: status).response(from: request, context: context)
        }
        for field in headers where field.name != .contentType && field.name != .contentLength {
            response.headers.append(field)
        }
        return response
    }

    /// The catalog of the language the request is answered in: a page's by its path, an API call's
    /// by its `lang`, cookie or `Accept-Language` (English when it names none or an unknown one).
    func catalog(for request: Request) -> StringCatalog {
        let language = Self.wantsJSON(request) ? ((try? request.explicitLanguage()) ?? nil) ?? .original : Paths.language(of: request.uri.path)
        return views.catalogs[language]
    }

    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.uri.path
        return path.hasPrefix("/api/") || path == "/openapi.json" || path == "/healthz" || path.hasPrefix("/static/")
            || path == "/livez" || path == "/readyz" || path == "/metrics"
    }

    static func defaultMessage(for status: HTTPResponse.Status, in catalog: StringCatalog) -> String {
        switch status {
        case .notFound: catalog["error_message_not_found"]
        case .contentTooLarge: catalog["error_message_too_large"]
        case .methodNotAllowed: catalog["error_message_method"]
        case .tooManyRequests: catalog["error_message_too_many"]
        case .internalServerError: catalog["error_message_server"]
        default: status.reasonPhrase
        }
    }
}

/// The JSON body of every API error.
struct APIError: Encodable, Sendable {
    struct Detail: Encodable, Sendable { var message: String }
    var error: Detail

    init(message: String) { error = Detail(message: message) }
}
