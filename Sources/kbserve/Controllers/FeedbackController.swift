import Hummingbird
import KnowledgeBase

/// `POST /api/v1/feedback` with `{article, helpful, comment?, reason?}`. The comment is
/// redacted before it is stored and never sent back; `reason` is kept with `helpful: false` only.
struct FeedbackController {
    let recorder: FeedbackRecorder

    struct Input: Decodable, Sendable {
        var article: String
        var helpful: Bool
        var comment: String?
        var reason: String?
    }

    struct Recorded: Encodable, Sendable {
        var status = "recorded"
        var article: String
        var helpful: Bool
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("feedback", use: record)
        return routes
    }

    @Sendable func record(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<JSONResponse<Recorded>> {
        let input = try await request.decodeJSON(as: Input.self, context: context)
        try await recorder.record(article: input.article, helpful: input.helpful, comment: input.comment, reason: input.reason, from: context.logClient)
        return EditedResponse(status: .created, response: JSONResponse(value: Recorded(article: input.article, helpful: input.helpful)))
    }
}
