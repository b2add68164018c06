import Foundation
import Testing
@testable import Diagnoser

@Suite struct DiagnosisRequestTests {
    func decode(_ json: String) throws -> DiagnosisRequest {
        try JSONDecoder().decode(DiagnosisRequest.self, from: Data(json.utf8))
    }

    @Test func decodesTheContract() throws {
        let request = try decode(#"{"message":"Invalid PIN","values":{"pin":"12345"},"context":{"flow":"registration","codesRequested":3,"deviceTimeZone":"America/Denver"}}"#)
        #expect(request.message == "Invalid PIN")
        #expect(request.values == ["pin": "12345"])
        #expect(request.context.flow == "registration")
        #expect(request.context.codesRequested == 3)
        #expect(request.context.deviceTimeZone == "America/Denver")
        #expect(request.ignoredKeys.isEmpty)
    }

    @Test func isLenient() throws {
        let request = try decode(#"{"values":{"securityCode":123456,"ssn":"x","dob":"06/15/1970","phone":null},"context":{"codesRequested":"2","invitationsSent":2.0,"colour":"red","resetRequests":"many"},"extra":true}"#)
        #expect(request.values == ["securityCode": "123456", "dateOfBirth": "06/15/1970"])
        #expect(request.context.codesRequested == 2)
        #expect(request.context.invitationsSent == 2)
        #expect(request.context.resetRequests == nil)
        #expect(request.ignoredKeys == ["context.colour", "context.resetRequests", "extra", "values.ssn"])
    }

    @Test func contextDecodesLenientlyOnItsOwn() throws {
        let context = try JSONDecoder().decode(DiagnosisContext.self, from: Data(#"{"codesRequested":"3","flow":"sign-in","x":1}"#.utf8))
        #expect(context == DiagnosisContext(flow: "sign-in", codesRequested: 3))
    }

    @Test func everyPartIsOptional() throws {
        let request = try decode("{}")
        #expect(request.isEmpty)
        #expect(request.message == nil)
    }

    @Test func rejectsWhatIsNotAnObject() {
        #expect(throws: DecodingError.self) { try decode("[1,2]") }
        #expect(throws: DecodingError.self) { try decode("not json") }
    }

    @Test func outputHasTheContractShape() throws {
        let diagnoser = Diagnoser(articles: TestArticles.all)
        let diagnosis = diagnoser.diagnose(DiagnosisRequest(message: "Invalid security code", values: ["securityCode": "123456"]))
        let data = try JSONEncoder().encode(diagnosis)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["id"] as? String == "invalid-security-code")
        let causes = try #require(json["causes"] as? [[String: Any]])
        let first = try #require(causes.first)
        #expect(first["id"] as? String == "code-six")
        let article = try #require(first["article"] as? [String: Any])
        #expect(article["url"] as? String == "/articles/codes#six")
        // The contract's members, plus `office` (what the doctor's office can do, for agents).
        #expect(Set(first.keys) == ["id", "confidence", "article", "explanation", "steps", "reply", "evidence", "office"])
        #expect(json["ignored"] is [Any])
        #expect(json["notes"] is [Any])
        let decoded = try JSONDecoder().decode(Diagnosis.self, from: data)
        #expect(decoded == diagnosis)
    }
}
