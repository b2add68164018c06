import Diagnoser
import Foundation
import Testing

@testable import kbserve

/// The troubleshooter form and contextual help read their fields into the typed request as the API reads JSON.
@Suite struct DiagnosisRequestFieldsTests {
    @Test func formFieldsBuildTheRequestTheAPIWouldDecode() throws {
        let fields = FormFields(
            "message=Invalid+PIN&pin=+60418+&dateOfBirth=&flow=registration&codesRequested=2&invitationsSent=many&view=agent&ssn=1")
        let request = DiagnosisRequest(fields: fields, message: fields.nonEmpty("message"))
        #expect(request == DiagnosisRequest(
            message: "Invalid PIN", values: ["pin": "60418"], context: DiagnosisContext(flow: "registration", codesRequested: 2)))
        let json = #"{"message":"Invalid PIN","values":{"pin":"60418"},"context":{"flow":"registration","codesRequested":"2"}}"#
        #expect(request == (try JSONDecoder().decode(DiagnosisRequest.self, from: Data(json.utf8))))
    }

    @Test func anEmptyMessageIsNoMessage() {
        #expect(DiagnosisRequest(fields: FormFields("pin=1"), message: "").message == nil)
        #expect(DiagnosisRequest(fields: FormFields(nil), message: nil).isEmpty)
    }
}
