import Hummingbird

/// `GET /static/{file}`: the stylesheet and the script, from memory, with an ETag. With
/// the current version in `?v=` (as pages link them) they are cached for a year
/// (`immutable`); otherwise they are revalidated.
struct StaticController {
    let assets: Assets

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("static/{file}", use: file)
        return routes
    }

    @Sendable func file(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let name = context.parameters.get("file"), let file = assets.files[name] else {
            throw HTTPError(.notFound, message: "There is no such file.")
        }
        let cacheControl = request.query["v"] == file.version ? "public, max-age=31536000, immutable" : "public, no-cache"
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
