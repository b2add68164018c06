import Evaluation
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
        let kb = try ContentFixture.knowledgeBase()
        return Diagnoser(knowledgeBase: kb)
    }

    /// Every `when:` line of `Content/` reads in the Diagnoser's vocabulary (`FactCatalog`, through
    /// the real parser), and every `{fact}` an explanation names is in the catalog.
    @Test func causeConditionsAndPlaceholdersUseTheFactCatalog() throws {
        let articles = try ContentFixture.articles()
        var lines = 0, placeholders = 0
        for article in articles {
            for cause in article.causes {
                for line in cause.when {
                    lines += 1
                    #expect(throws: Never.self, "\(article.id)/\(cause.id)") { try ConditionParser().parse(line) }
                }
                for match in cause.explanation.matches(of: /\{([A-Za-z.]+)\}/) {
                    placeholders += 1
                    #expect(FactCatalog.kinds[String(match.1)] != nil, "\(cause.id): unknown placeholder {\(match.1)}")
                }
            }
        }
        #expect(lines > 10)
        #expect(placeholders > 0)
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
        let accuracy = DiagnosisAccuracy(cases: try EvaluationCase.load(from: RepoPaths.devCases), diagnoser: diagnoser)
        #expect(accuracy.total >= 25)
        for outcome in accuracy.outcomes {
            #expect(outcome.errorRight, "\(outcome.evaluationCase): error \(outcome.diagnosis.error?.id ?? "none")")
            #expect(outcome.causeRight, "\(outcome.evaluationCase): got \(outcome.diagnosis.causes.map(\.id))")
            #expect(outcome.articleRight, "\(outcome.evaluationCase)")
        }
    }

    @Test func heldOutCasesReachTheTarget() throws {
        let diagnoser = try diagnoser()
        let cases = try EvaluationCase.load(from: RepoPaths.diagnoserFixtures.appendingPathComponent("diagnose-heldout.jsonl"))
        let accuracy = DiagnosisAccuracy(cases: cases, diagnoser: diagnoser)
        #expect(accuracy.total >= 30)
        let right = accuracy.outcomes.filter { $0.causeRight && $0.articleRight }
        for outcome in accuracy.outcomes where !(outcome.causeRight && outcome.articleRight) {
            print("held-out miss: \(outcome.evaluationCase): got \(outcome.diagnosis.error?.id ?? "-") \(outcome.diagnosis.causes.prefix(3).map(\.id))")
        }
        let share = Double(right.count) / Double(accuracy.total)
        print("held-out cause@1 and article@1: \(right.count)/\(accuracy.total) = \(share)")
        #expect(share >= 0.95)
    }

    @Test func everyCauseExplanationSpeaksOnlyOfFacts() throws {
        // Fill every explanation with facts from a request that sets all values; no braces may remain.
        let diagnoser = try diagnoser()
        try #require(!diagnoser.causes.isEmpty)
        let values = ["securityCode": "1234567", "pin": "12345", "dateOfBirth": "15/06/1970", "phone": "+1 555 201 3344",
                      "email": "ann@gmial.com", "username": "ann@example.org", "password": "short", "link": "https://x.example/r"]
        for cause in diagnoser.causes {
            let facts = FactExtractor().facts(values: values, context: DiagnosisContext(flow: "registration", codesRequested: 2))
            let text = FillableText(cause.definition.explanation).filled(with: facts)
            #expect(!text.contains("{"), "\(cause.definition.id): \(text)")
        }
    }
}
