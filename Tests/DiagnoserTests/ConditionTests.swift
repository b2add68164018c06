import Testing
@testable import Diagnoser

@Suite struct ConditionTests {
    let parser = ConditionParser()

    func holds(_ text: String, _ values: [String: String], _ context: DiagnosisContext = DiagnosisContext()) throws -> Bool {
        try parser.parse(text).holds(in: FactExtractor().facts(values: values, context: context))
    }

    @Test func parsesTheVocabulary() throws {
        let condition = try parser.parse("securityCode.digits == 6 and not securityCode.hasLetters and codesRequested >= 2")
        #expect(condition.clauses.count == 3)
        #expect(condition.clauses[0].test == .compare(.equal, .number(6)))
        #expect(condition.clauses[1].test == .isFalse)
        #expect(condition.clauses[2].test == .compare(.greaterOrEqual, .number(2)))
        #expect(try parser.parse("dateOfBirth.shape != \"mm/dd/yyyy\"").clauses[0].test == .compare(.notEqual, .word("mm/dd/yyyy")))
        #expect(try parser.parse("flow == password-reset").clauses.count == 1)
    }

    @Test(arguments: [
        "securityCode.digitz == 6",            // unknown fact
        "securityCode.digits == six",          // not a number
        "dateOfBirth.shape == dd-mm-yyyy",     // not a shape name
        "not codesRequested",                  // not a yes/no fact
        "securityCode.digits",                 // a number used as yes/no
        "securityCode.digits == 6 and",        // dangling and
        "email.domainTypo maybe",              // stray word
        "flow > registration",                 // order on a word
        "",
    ])
    func rejects(_ text: String) {
        #expect(throws: ConditionError.self) { try parser.parse(text) }
    }

    @Test func unknownFactSuggestsTheNearestName() {
        do {
            _ = try parser.parse("securityCode.digitz == 6")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("securityCode.digits"))
        }
    }

    @Test func evaluates() throws {
        #expect(try holds("securityCode.digits == 6", ["securityCode": "123456"]))
        #expect(try !holds("securityCode.digits == 6", ["securityCode": "12345"]))
        #expect(try holds("codesRequested > 1 and securityCode.wellFormed", ["securityCode": "12345"], DiagnosisContext(codesRequested: 2)))
        #expect(try !holds("codesRequested > 1 and securityCode.wellFormed", ["securityCode": "12345"], DiagnosisContext(codesRequested: 1)))
        #expect(try holds("flow != password-reset", [:]))
        #expect(try holds("flow == password-reset", [:], DiagnosisContext(flow: "password-reset")))
        #expect(try holds("dateOfBirth.shape == dd/mm/yyyy", ["dateOfBirth": "15/06/1970"]))
    }

    @Test func clausesAboutValuesNotTypedNeverHold() throws {
        #expect(try !holds("not securityCode.hasLetters", [:]))
        #expect(try !holds("securityCode.digits != 5", [:]))
        #expect(try holds("not securityCode.present", [:]))
        #expect(try !holds("securityCode.present", [:]))
    }
}
