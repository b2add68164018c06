import KnowledgeBase
import Testing
import TestSupport
@testable import Diagnoser

/// `Diagnoser.help(forError:)`: a known error's causes, ranked by values and context, with no message read.
@Suite struct DiagnoserHelpTests {
    let diagnoser = Diagnoser(articles: TestArticles.all)

    @Test func withoutEvidenceTheErrorsDefaultCauseComesFirst() throws {
        let help = try #require(diagnoser.help(forError: "invalid-security-code"))
        #expect(help.error == MatchedError(id: "invalid-security-code", confidence: 1))
        #expect(help.causes.map(\.id) == ["code-old", "code-six"])
        #expect(help.causes[0].evidence == ["the most common cause of this error"])
        #expect(help.causes[0].article.anchor == "old")
    }

    @Test func valuesAndContextRankTheErrorsCauses() throws {
        let code = try #require(diagnoser.help(forError: "invalid-security-code", values: ["securityCode": "123456"]))
        #expect(code.causes.first?.id == "code-six")
        #expect(code.causes.first?.explanation == "The code you entered has 6 digits. Codes have 5.")
        let pin = try #require(diagnoser.help(forError: "invalid-pin", context: DiagnosisContext(invitationsSent: 3)))
        #expect(pin.causes.map(\.id) == ["pin-old", "pin-typo"])
        #expect(pin.causes[0].evidence == ["3 invitations sent"])
    }

    @Test func onlyTheErrorsOwnCausesAreOffered() throws {
        // A misspelled e-mail domain holds for the e-mail article's cause; diagnosing a message offers it too.
        let values = ["email": "pat@gmial.com"]
        #expect(diagnoser.diagnose(DiagnosisRequest(message: "Invalid PIN", values: values)).causes.contains { $0.id == "typo" })
        let help = try #require(diagnoser.help(forError: "invalid-pin", values: values))
        #expect(help.causes.map(\.id) == ["pin-typo", "pin-old"])
    }

    @Test func theErrorIsTakenByIdNotFoundInText() throws {
        // Two errors the portal words alike: matching the text could only ever find one of them.
        let article = Article(
            id: "alike", title: "Alike",
            errors: [ErrorMessage(id: "first", message: "Code rejected"), ErrorMessage(id: "second", message: "Code rejected")],
            causes: [
                CauseDefinition(id: "first-cause", anchor: "a", errors: ["first"], isDefault: true),
                CauseDefinition(id: "second-cause", anchor: "b", errors: ["second"], isDefault: true),
            ])
        let diagnoser = Diagnoser(articles: [article])
        #expect(diagnoser.help(forError: "first")?.causes.map(\.id) == ["first-cause"])
        #expect(diagnoser.help(forError: "second")?.causes.map(\.id) == ["second-cause"])
    }

    @Test func valueKeysAreReadAsInARequest() throws {
        let help = try #require(diagnoser.help(forError: "invalid-security-code", values: ["security_code": "123456", "ssn": "x"]))
        #expect(help.causes.first?.id == "code-six")
        #expect(help.ignored == ["values.ssn"])
    }

    @Test func anUnknownErrorHasNoHelp() {
        #expect(diagnoser.help(forError: "no-such-error") == nil)
        #expect(diagnoser.help(forError: "") == nil)
    }

    /// On the real content, every error the articles declare gets help, led by one of its own
    /// causes: its default cause when it has one.
    @Test func everyErrorInTheContentLeadsToItsDefaultCause() throws {
        let articles = try ContentFixture.articles()
        let diagnoser = Diagnoser(articles: articles)
        let errorIDs = Set(articles.flatMap(\.errors).map(\.id))
        try #require(errorIDs.count >= 13, "the contract's thirteen errors are declared")
        for id in errorIDs.sorted() {
            let causes = articles.flatMap(\.causes).filter { $0.errors.contains(id) }
            let help = try #require(diagnoser.help(forError: id), "\(id)")
            let top = try #require(help.causes.first, "\(id) has causes")
            #expect(causes.contains { $0.id == top.id }, "\(id): \(top.id)")
            if let preferred = causes.first(where: \.isDefault) { #expect(top.id == preferred.id, "\(id)") }
            #expect(Set(help.causes.map(\.id)) == Set(causes.map(\.id)), "\(id): only its own causes, all of them")
        }
    }
}
