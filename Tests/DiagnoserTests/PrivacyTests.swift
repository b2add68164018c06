import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser
import Evaluation
import TestSupport

/// Typed values are examined in memory only: neither the logs nor the output may contain them.
@Suite struct PrivacyTests {
    static let distinctive: [[String: String]] = [
        ["securityCode": "918273", "pin": "48213", "dateOfBirth": "23/11/1961", "phone": "+1 617 555 0199"],
        ["email": "zelda.quux@gmial.com", "username": "zelda.quux@example.org", "password": "hunter2hunter"],
        ["link": "https://my.patientfusion.com/regis-QX7", "securityCode": "77a61"],
        ["dateOfBirth": "1961-11-23", "phone": "617-555-0199 x4411", "password": "Tr0ub4dor&3xyz"],
        ["dateOfBirth": "November 23 1961", "pin": "ZQ81X"],
    ]

    @Test func noTypedValueIsLoggedOrEchoed() throws {
        let capture = LogCapture()
        let articles = try ContentFixture.articles()
        let diagnoser = Diagnoser(articles: articles, logger: capture.logger)
        var requests: [(DiagnosisRequest, [String])] = []
        for values in Self.distinctive {
            for message in ["Invalid security code", "Invalid PIN", "Date of birth is incorrect", "Phone number does not match records", "registration email missing", ""] {
                requests.append((DiagnosisRequest(message: message, values: values, context: DiagnosisContext(codesRequested: 2)), Array(values.values)))
            }
            // The same values written inside the message.
            let inline = "Hi, it keeps failing. I typed " + values.values.joined(separator: " and ") + " and got Invalid PIN"
            requests.append((DiagnosisRequest(message: inline), Array(values.values)))
        }
        for devCase in try EvaluationCase.load(from: RepoPaths.devCases) {
            requests.append((devCase.request, devCase.request.values.values.filter { $0.count >= 5 }))
        }
        let encoder = JSONEncoder()
        var checked = 0
        for (request, secrets) in requests {
            let output = String(decoding: try encoder.encode(diagnoser.diagnose(request)), as: UTF8.self)
            let text = diagnoser.diagnose(request).plainText
            for secret in secrets {
                #expect(!output.contains(secret), "output echoes a typed value")
                #expect(!text.contains(secret), "text output echoes a typed value")
                #expect(!capture.text.contains(secret), "log contains a typed value")
                checked += 1
            }
        }
        #expect(checked > 50)
        #expect(capture.count >= requests.count)  // the diagnoser did log something for each request
    }
}
