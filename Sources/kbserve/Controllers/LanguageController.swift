import Hummingbird
import KnowledgeBase

/// `GET /language?set=es&next=/es/articles/x`: the language switch on every page. Sets the
/// language cookie (so `/` stops redirecting by `Accept-Language`), then 303 to `next`, a
/// path of this site (anything else goes to the language's home page).
struct LanguageController {
    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("language", use: choose)
        return routes
    }

    @Sendable func choose(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let name = request.query.nonEmpty("set"), let language = Language(rawValue: name) else {
            throw HTTPError(.badRequest, message: "Choose a language with set= (one of: \(Language.parameterValues)).")
        }
        let next = request.query.nonEmpty("next").flatMap(Self.localPath) ?? Paths.home(language)
        var response = Response(status: .seeOther, headers: [.location: Paths.translate(next, to: language)])
        response.setCookie(
            Cookie(name: LanguagePreference.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax)
        )
        return response
    }

    /// `path` when it is a path of this site (`/…`, not `//host` or a URL with a scheme).
    static func localPath(_ path: String) -> String? {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        return path
    }
}
