import Hummingbird

/// `GET /static/{file}`: the stylesheet and the scripts, from memory, with an ETag. With
/// the current version in `?v=` (as pages link them) they are cached for a year
/// (`immutable`); otherwise they are revalidated. `GET /embed/help.js`, the script other
/// sites load at a fixed URL, is cached for an hour, then revalidated with its ETag.
struct StaticController {
    let assets: Assets

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("static/{file}", use: file)
        routes.get("embed/help.js", use: embedScript)
        return routes
    }

    /// How long browsers keep `/embed/help.js` before revalidating it: a fix reaches every app within the hour.
    static let embedScriptCacheControl = "public, max-age=3600"

    @Sendable func embedScript(_ request: Request, context: AppRequestContext) async throws -> Response {
        Self.response(assets.embedScript, cacheControl: Self.embedScriptCacheControl, request: request)
    }

    @Sendable func file(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let name = context.parameters.get("file"), let file = assets.files[name] else {
            throw HTTPError(.notFound, message: "There is no such file.")
        }
        let cacheControl = request.query["v"] == file.version ? "public, max-age=31536000, immutable" : "public, no-cache"
        return Self.response(file, cacheControl: cacheControl, request: request)
    }

    /// The file, or 304 when the request already has this version.
    private static func response(_ file: Assets.File, cacheControl: String, request: Request) -> Response {
        if request.headers[.ifNoneMatch] == file.etag {
            return Response(status: .notModified, headers: [.eTag: file.etag, .cacheControl: cacheControl])
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: file.contentType, .eTag: file.etag, .cacheControl: cacheControl,
                .contentLength: String(file.body.readableBytes),
            ],
            body: .init(byteBuffer: file.body)
        )
    }
}
