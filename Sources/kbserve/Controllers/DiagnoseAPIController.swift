import Diagnoser
import Hummingbird

/// `POST /api/v1/diagnose`: the Diagnoser contract's input in, its output out.
/// The body and the values in it are never logged.
struct DiagnoseAPIController {
    let diagnoser: RecordingDiagnoser

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("diagnose", use: diagnose)
        return routes
    }

    @Sendable func diagnose(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<Diagnosis> {
        let input = try await request.decodeJSON(as: DiagnosisRequest.self, context: context)
        return JSONResponse(value: diagnoser.diagnose(input))
    }
}
