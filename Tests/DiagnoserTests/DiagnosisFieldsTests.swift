import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser

/// The typed request: value and context fields by key, the one mapping JSON decoding, the form and the CLI share.
@Suite struct DiagnosisFieldsTests {
    @Test func valueKeysAreReadWhateverTheirSpelling() {
        #expect(DiagnosisRequest.ValueField(key: "securityCode") == .securityCode)
        #expect(DiagnosisRequest.ValueField(key: "security_code") == .securityCode)
        #expect(DiagnosisRequest.ValueField(key: "DOB") == .dateOfBirth)
        #expect(DiagnosisRequest.ValueField(key: "url") == .link)
        #expect(DiagnosisRequest.ValueField(key: "ssn") == nil)
        #expect(DiagnosisRequest.valueKeys == ["pin", "securityCode", "dateOfBirth", "phone", "email", "username", "password", "link"])
    }

    @Test func contextKeysAreReadWhateverTheirSpelling() {
        #expect(DiagnosisContext.Field(key: "codes_requested") == .codesRequested)
        #expect(DiagnosisContext.Field(key: "Flow") == .flow)
        #expect(DiagnosisContext.Field(key: "device-time-zone") == .deviceTimeZone)
        #expect(DiagnosisContext.Field(key: "colour") == nil)
        #expect(DiagnosisContext.Field.allCases.filter(\.isCount) == [.codesRequested, .invitationsSent, .resetRequests])
    }

    @Test func valuesAreSetByField() {
        var request = DiagnosisRequest()
        request[value: .securityCode] = "12345"
        #expect(request.values == ["securityCode": "12345"])
        #expect(request[value: .securityCode] == "12345")
        request[value: .securityCode] = nil
        #expect(request.values.isEmpty)
    }

    @Test func countsAreWholeNumbersWrittenAsText() throws {
        var context = DiagnosisContext()
        try context.set(.codesRequested, text: " 3 ")
        try context.set(.invitationsSent, text: "2.0")
        try context.set(.flow, text: "sign-in")
        #expect(context == DiagnosisContext(flow: "sign-in", codesRequested: 3, invitationsSent: 2))
        let error = #expect(throws: DiagnosisContext.FieldError.self) { try context.set(.resetRequests, text: "many") }
        #expect(error == DiagnosisContext.FieldError(field: .resetRequests))
        #expect(error?.description == "resetRequests needs a whole number, like resetRequests=2.")
        #expect(context.resetRequests == nil)
        context.set(.userAgent, count: 7)
        #expect(context.userAgent == "7")
    }

    /// Each context key lands in its own property, the same way whether set in code or decoded from JSON.
    @Test func settingAFieldAndDecodingItAgree() throws {
        for field in DiagnosisContext.Field.allCases {
            var typed = DiagnosisContext()
            try typed.set(field, text: "2")
            let decoded = try JSONDecoder().decode(DiagnosisContext.self, from: Data(#"{"\#(field.rawValue)": "2"}"#.utf8))
            #expect(typed == decoded, "\(field)")
            #expect(!typed.isEmpty, "\(field)")
            let others = DiagnosisContext.Field.allCases.filter { $0 != field }
            for other in others {
                var both = typed
                try both.set(other, text: "2")
                #expect(both != typed, "\(field) and \(other) are different properties")
            }
        }
    }

    @Test func anArticleReferenceKnowsItsAnchor() throws {
        let article = Article(id: "reset-password", title: "Reset")
        let section = ArticleReference(article: article, anchor: "password-rules")
        #expect(section.anchor == "password-rules")
        #expect(section.url == "/articles/reset-password#password-rules")
        let whole = ArticleReference(article: article, anchor: "")
        #expect(whole.anchor == nil)
        #expect(whole.url == "/articles/reset-password")
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(section)) as? [String: String])
        #expect(json == ["id": "reset-password", "title": "Reset", "url": "/articles/reset-password#password-rules"])
        #expect(try JSONDecoder().decode(ArticleReference.self, from: JSONEncoder().encode(section)) == section)
        #expect(try JSONDecoder().decode(ArticleReference.self, from: JSONEncoder().encode(whole)) == whole)
    }
}
