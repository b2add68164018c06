import Diagnoser
import Hummingbird
import KnowledgeBase

/// `POST /api/v1/diagnose`: the Diagnoser contract's input in, its output out, answered in
/// the request's language (`lang`, the cookie or `Accept-Language`), else the language the
/// message is written in (`Content-Language` says which). The body and the values in it are
/// never logged.
struct DiagnoseAPIController {
    let diagnoser: RecordingDiagnoser

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("diagnose", use: diagnose)
        return routes
    }

    @Sendable func diagnose(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<JSONResponse<Diagnosis>> {
        let input = try await request.decodeJSON(as: DiagnosisRequest.self, context: context)
        let language = try request.explicitLanguage() ?? input.message.flatMap(Language.guess) ?? .original
        let diagnosis = diagnoser.diagnose(input, in: language, from: context.logClient)
        return EditedResponse(headers: [.contentLanguage: language.rawValue], response: JSONResponse(value: diagnosis))
    }
}
