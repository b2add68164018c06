import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser

@Suite struct DiagnoserTests {
    let diagnoser = Diagnoser(articles: TestArticles.all)

    func diagnose(_ message: String? = nil, _ values: [String: String] = [:], _ context: DiagnosisContext = DiagnosisContext()) -> Diagnosis {
        diagnoser.diagnose(DiagnosisRequest(message: message, values: values, context: context))
    }

    @Test func defaultCauseFirstWithoutEvidence() {
        let diagnosis = diagnose("Invalid security code")
        #expect(diagnosis.causes.map(\.id) == ["code-old", "code-six"])
        #expect(diagnosis.causes[0].evidence == ["the most common cause of this error"])
    }

    @Test func aConditionThatHoldsRanksFirst() throws {
        let diagnosis = diagnose("Invalid security code", ["securityCode": "123456"])
        let first = try #require(diagnosis.causes.first)
        #expect(first.id == "code-six")
        #expect(first.evidence == ["security code has 6 digits"])
        #expect(first.explanation == "The code you entered has 6 digits. Codes have 5.")
        #expect(first.confidence > diagnosis.causes[1].confidence)
    }

    @Test func phraseEvidenceRanksAboveTheDefault() {
        // The caller's count (one invitation) stands, so only the phrase speaks for pin-old.
        let diagnosis = diagnose("Invalid PIN. They sent me a second invitation yesterday.", [:], DiagnosisContext(invitationsSent: 1))
        #expect(diagnosis.causes.first?.id == "pin-old")
        #expect(diagnosis.causes.first?.evidence.first?.contains("a second invitation") == true)
    }

    @Test func contextCountersAreEvidence() {
        let diagnosis = diagnose("invalid pin", [:], DiagnosisContext(invitationsSent: 3))
        #expect(diagnosis.causes.first?.id == "pin-old")
        #expect(diagnosis.causes.first?.evidence == ["3 invitations sent"])
    }

    @Test func aValueAloneIsEnough() {
        let code = diagnose(nil, ["securityCode": "123456"])
        #expect(code.causes.first?.id == "code-six")
        #expect(code.error?.id == "invalid-security-code")
        let email = diagnose(nil, ["email": "ann@hotmial.com"])
        #expect(email.causes.first?.id == "typo")
    }

    @Test func causesWithoutAnErrorAreFoundByPhrases() {
        #expect(diagnose("I didn't get the email").causes.first?.id == "not-received")
        #expect(diagnose("never got the registration email").causes.first?.id == "not-received")
    }

    @Test func valuesInsideTheMessageCount() {
        let diagnosis = diagnose("Hi, I typed 123456 and it says Invalid security code")
        #expect(diagnosis.causes.first?.id == "code-six")
        #expect(diagnosis.causes.first?.evidence == ["security code has 6 digits (in the message)"])
    }

    @Test func confidencesAreOrderedAndBounded() {
        for diagnosis in [diagnose("Invalid PIN"), diagnose("Invalid security code", ["securityCode": "12345"], DiagnosisContext(codesRequested: 4))] {
            let confidences = diagnosis.causes.map(\.confidence)
            #expect(!confidences.isEmpty)
            #expect(confidences == confidences.sorted(by: >))
            #expect(confidences.allSatisfy { $0 > 0 && $0 <= 1 })
        }
    }

    @Test func nothingMatchedGivesSearchResults() {
        let hit = SearchHit(id: "outage", title: "System unavailable", category: nil, anchor: "", snippet: "", score: 1)
        let searching = Diagnoser(articles: TestArticles.all, search: { _, limit in Array(repeating: hit, count: min(limit, 2)) })
        let diagnosis = searching.diagnose(DiagnosisRequest(message: "how do I print my lab results"))
        #expect(diagnosis.error == nil)
        #expect(diagnosis.causes.isEmpty)
        #expect(diagnosis.searchResults.count == 2)
    }

    @Test func emptyRequestSaysNothingToDiagnose() {
        let diagnosis = diagnose("   ")
        #expect(diagnosis.causes.isEmpty)
        #expect(diagnosis.notes.first?.contains("Nothing to diagnose") == true)
    }

    @Test func longMessageIsCutWithANote() {
        let long = String(repeating: "blah ", count: 5000) + "Invalid PIN"
        let diagnosis = diagnose(long)
        #expect(diagnosis.notes.contains { $0.contains("16 KB") })
        #expect(diagnosis.error == nil)  // the error sat past the cut
        #expect(Diagnoser.cut("ééé", toBytes: 3) == "é")
    }

    @Test func unknownKeysAreListed() {
        let diagnosis = diagnoser.diagnose(DiagnosisRequest(message: "Invalid PIN", values: ["favouriteColour": "red"], ignoredKeys: ["extra"]))
        #expect(diagnosis.ignored == ["extra", "values.favouriteColour"])
        #expect(diagnosis.error?.id == "invalid-pin")
    }

    @Test func badConditionsAreReportedNotFatal() {
        var article = TestArticles.outage
        article.causes[0].when = ["outage.likely"]
        let diagnoser = Diagnoser(articles: [article])
        #expect(diagnoser.problems.count == 1)
        #expect(diagnoser.problems[0].error.condition == "outage.likely")
        #expect(diagnoser.diagnose(DiagnosisRequest(message: "our system is temporarily unavailable")).causes.first?.id == "outage")
    }

    @Test func oddInputNeverCrashes() {
        let inputs = ["\u{0000}\u{0001}\u{FFFD}", "🙂🙂🙂 Invalid 🙂 PIN", String(repeating: "é", count: 20_000), "'\"{}[]<>", "\n\n\t"]
        for input in inputs {
            _ = diagnose(input, ["pin": input, "dateOfBirth": input, "phone": input, "email": input, "link": input])
        }
        #expect(diagnose("🙂🙂🙂 Invalid 🙂 PIN").error?.id == "invalid-pin")
    }
}
