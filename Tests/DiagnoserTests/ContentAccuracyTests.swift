import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser
import TestSupport

/// The Diagnoser over the repository's real Content/: the articles' conditions, the shared
/// development cases, and our own held-out cases written differently.
@Suite struct ContentAccuracyTests {
    static let contractErrors = [
        "invalid-pin", "invalid-security-code", "dob-incorrect", "phone-mismatch", "username-taken", "reset-token-invalid",
        "registration-link-expired", "page-not-found", "password-requirements", "messaging-signed-out", "ie-cannot-display",
        "doctor-not-found", "system-unavailable",
    ]
    static let contractCauses = [
        "code-is-sender-number", "code-wrong-length", "code-not-latest", "pin-and-code-swapped", "pin-outdated", "pin-mistyped",
        "dob-day-month-swapped", "dob-wrong-format", "dob-reset-format", "dob-record-mismatch", "phone-format", "phone-not-on-file",
        "username-in-use", "existing-account", "reset-link-not-latest", "reset-link-used", "link-already-used", "link-broken",
        "link-rewritten", "password-too-weak", "session-timed-out", "unsupported-browser", "time-zone-mismatch",
        "doctor-profile-unavailable", "service-outage", "email-not-received", "email-typo",
    ]

    func diagnoser() throws -> Diagnoser {
        let kb = try #require(ContentFixture.knowledgeBase)
        return Diagnoser(knowledgeBase: kb)
    }

    @Test func everyWhenInContentParsesWithKnownFacts() throws {
        let articles = try ContentFixture.articles()
        var lines = 0
        for article in articles {
            for cause in article.causes {
                for line in cause.when {
                    lines += 1
                    #expect(throws: Never.self, "\(article.id)/\(cause.id)") { try ConditionParser().parse(line) }
                }
            }
        }
        #expect(lines > 10)
        #expect(Diagnoser(articles: articles).problems == [])
    }

    @Test func contentCoversTheContract() throws {
        let articles = try ContentFixture.articles()
        let errors = Set(articles.flatMap(\.errors).map(\.id))
        let causes = articles.flatMap { article in article.causes.map { ($0, article) } }
        #expect(Set(Self.contractErrors).subtracting(errors).isEmpty, "missing errors: \(Set(Self.contractErrors).subtracting(errors).sorted())")
        let causeIDs = Set(causes.map(\.0.id))
        #expect(Set(Self.contractCauses).subtracting(causeIDs).isEmpty, "missing causes: \(Set(Self.contractCauses).subtracting(causeIDs).sorted())")
        for (cause, article) in causes where !cause.anchor.isEmpty {
            #expect(article.section(anchor: cause.anchor) != nil, "\(article.id)#\(cause.anchor) is not a heading")
        }
        for error in Self.contractErrors {
            let defaults = causes.filter { $0.0.errors.contains(error) && $0.0.isDefault }
            #expect(defaults.count == 1, "\(error) has \(defaults.count) default causes")
        }
    }

    @Test func devCasesPass() throws {
        let diagnoser = try diagnoser()
        let cases = try EvaluationCase.load(from: RepoPaths.devCases)
        #expect(cases.count >= 25)
        for devCase in cases {
            let diagnosis = diagnoser.diagnose(devCase.request)
            #expect(devCase.errorRight(diagnosis), "\(devCase): error \(diagnosis.error?.id ?? "none")")
            #expect(devCase.causeRight(diagnosis), "\(devCase): got \(diagnosis.causes.map(\.id))")
            #expect(devCase.articleRight(diagnosis), "\(devCase)")
        }
    }

    @Test func heldOutCasesReachTheTarget() throws {
        let diagnoser = try diagnoser()
        let cases = try EvaluationCase.load(from: RepoPaths.diagnoserFixtures.appendingPathComponent("diagnose-heldout.jsonl"))
        #expect(cases.count >= 30)
        var right = 0
        for heldOut in cases {
            let diagnosis = diagnoser.diagnose(heldOut.request)
            if heldOut.causeRight(diagnosis) && heldOut.articleRight(diagnosis) {
                right += 1
            } else {
                print("held-out miss: \(heldOut): got \(diagnosis.error?.id ?? "-") \(diagnosis.causes.prefix(3).map(\.id))")
            }
        }
        let accuracy = Double(right) / Double(cases.count)
        print("held-out cause@1: \(right)/\(cases.count) = \(accuracy)")
        #expect(accuracy >= 0.95)
    }

    @Test func everyCauseExplanationSpeaksOnlyOfFacts() throws {
        // Fill every explanation with facts from a request that sets all values; no braces may remain.
        let diagnoser = try diagnoser()
        let values = ["securityCode": "1234567", "pin": "12345", "dateOfBirth": "15/06/1970", "phone": "+1 555 201 3344",
                      "email": "ann@gmial.com", "username": "ann@example.org", "password": "short", "link": "https://x.example/r"]
        for cause in diagnoser.causes {
            let facts = FactExtractor().facts(values: values, context: DiagnosisContext(flow: "registration", codesRequested: 2))
            let text = ExplanationFiller.fill(cause.definition.explanation, with: facts)
            #expect(!text.contains("{"), "\(cause.definition.id): \(text)")
        }
    }
}
