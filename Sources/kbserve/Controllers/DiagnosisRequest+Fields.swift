import Diagnoser
import Foundation
import Hummingbird

extension DiagnosisRequest {
    static let textContextKeys = ["flow", "userAgent", "deviceTimeZone", "practiceTimeZone"]
    static let countContextKeys = ["codesRequested", "invitationsSent", "resetRequests"]

    /// A request from form or query fields with the contract's key names, built through the
    /// contract's JSON decoding so that the troubleshooter page, contextual help and the API
    /// read requests the same way. Blank fields are left out.
    init(fields: FormFields, message: String?) throws {
        var values: [String: String] = [:]
        for key in Self.valueKeys {
            if let value = fields.nonEmpty(key) { values[key] = value }
        }
        var context: [String: Any] = [:]
        for key in Self.textContextKeys {
            if let value = fields.nonEmpty(key) { context[key] = value }
        }
        for key in Self.countContextKeys {
            if let value = fields.nonEmpty(key).flatMap(Int.init) { context[key] = value }
        }
        var object: [String: Any] = ["values": values, "context": context]
        if let message, !message.isEmpty { object["message"] = message }
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            self = try JSONDecoder().decode(DiagnosisRequest.self, from: data)
        } catch {
            throw HTTPError(.badRequest, message: "Those fields could not be read.")
        }
    }
}
