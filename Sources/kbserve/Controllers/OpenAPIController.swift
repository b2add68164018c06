import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3 document of every route (Resources/openapi.json).
struct OpenAPIController {
    let assets: Assets

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("openapi.json", use: document)
        return routes
    }

    @Sendable func document(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(assets.openAPI.readableBytes)],
            body: .init(byteBuffer: assets.openAPI)
        )
    }
}
