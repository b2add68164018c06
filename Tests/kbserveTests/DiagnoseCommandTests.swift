import ArgumentParser
import Diagnoser
import Foundation
import Testing
import TestSupport

@testable import kbserve

/// `kbserve diagnose`: the request it builds from the command line, and the lines it reads in `--batch`.
@Suite struct DiagnoseCommandTests {
    let content = RepoPaths.content.path

    func request(_ values: [String] = [], _ contexts: [String] = [], message: String? = nil) throws -> DiagnosisRequest {
        try DiagnoseCommand.request(message: message, values: values, contexts: contexts)
    }

    func failure(_ values: [String] = [], _ contexts: [String] = []) -> String? {
        #expect(throws: ValidationError.self) { try request(values, contexts) }?.description
    }

    @Test func valuesAndContextGoUnderTheContractsKeys() throws {
        let built = try request(
            ["security_code=123456", "link=https://example.com/r?a=b"],
            ["Flow=sign-in", "codes_requested=3", "invitationsSent= 2 ", "deviceTimeZone=America/New_York"],
            message: "Invalid security code")
        #expect(built.message == "Invalid security code")
        #expect(built.values == ["securityCode": "123456", "link": "https://example.com/r?a=b"])
        #expect(built.context == DiagnosisContext(flow: "sign-in", codesRequested: 3, invitationsSent: 2, deviceTimeZone: "America/New_York"))
        #expect(built.ignoredKeys.isEmpty)
    }

    @Test func theCommandLineAndJSONBuildTheSameRequest() throws {
        let built = try request(["pin=60418", "dob=13/02/1990"], ["resetRequests=2", "userAgent=MSIE 10"], message: "Invalid PIN")
        let json = #"{"message":"Invalid PIN","values":{"pin":"60418","dob":"13/02/1990"},"context":{"resetRequests":2,"userAgent":"MSIE 10"}}"#
        #expect(built == (try JSONDecoder().decode(DiagnosisRequest.self, from: Data(json.utf8))))
    }

    @Test func malformedPairsAndUnknownKeysAreRefused() {
        #expect(failure(["ssn=123"])?.hasPrefix("Unknown value key 'ssn' in --value. Known keys: pin, securityCode") == true)
        #expect(failure([], ["colour=red"])?.hasPrefix("Unknown context key 'colour' in --context.") == true)
        #expect(failure([], ["codesRequested=many"]) == "--context codesRequested needs a whole number, like codesRequested=2.")
        #expect(failure([], ["invitationsSent=-1"]) == "--context invitationsSent needs a whole number, like invitationsSent=2.")
        #expect(failure(["pin"]) == "--value expects key=value; one argument has no '='.")
        #expect(failure([], ["=2"]) == "--context expects key=value; one argument has no key before '='.")
    }

    @Test func parsingChecksTheRequest() throws {
        func message(_ arguments: [String]) -> String? {
            #expect(throws: (any Error).self) { try DiagnoseCommand.parse(arguments) }.map { DiagnoseCommand.message(for: $0) }
        }
        #expect(message(["--content", content, "--value", "ssn=123"])?.contains("Unknown value key 'ssn' in --value") == true)
        #expect(message(["--content", content, "--context", "codesRequested=x"])?.contains("codesRequested needs a whole number") == true)
        #expect(message(["--content", content])?.contains("Nothing to diagnose") == true)
        let command = try DiagnoseCommand.parse(["--content", content, "--message", "Invalid PIN", "--context", "invitationsSent=2"])
        #expect(command.contexts == ["invitationsSent=2"])
    }

    @Test func batchLinesAreRequestsOrEvaluationCases() throws {
        let plain = try DiagnoseCommand.decodeRequest(Data(#"{"message":"Invalid PIN","context":{"flow":"registration"}}"#.utf8))
        #expect(plain == DiagnosisRequest(message: "Invalid PIN", context: DiagnosisContext(flow: "registration")))
        let evaluation = #"{"id":"c1","request":{"message":"Invalid PIN","values":{"pin":"12345"}},"expect":{"cause":"pin-mistyped"}}"#
        let inner = try DiagnoseCommand.decodeRequest(Data(evaluation.utf8))
        #expect(inner == DiagnosisRequest(message: "Invalid PIN", values: ["pin": "12345"]))
        #expect(throws: DecodingError.self) { try DiagnoseCommand.decodeRequest(Data("[1]".utf8)) }
    }
}

/// `kbserve diagnose --lang es`: the Spanish Diagnoser answers in Spanish, with `/es/` links.
@Suite struct SpanishDiagnoseCommandTests {
    let content = RepoPaths.content.path

    func output(_ arguments: [String]) throws -> String {
        let command = try DiagnoseCommand.parse(["--content", content] + arguments)
        return try command.output(with: try command.options.loadDiagnoser())
    }

    @Test func spanishTextHasSpanishLabelsAndLinks() throws {
        let text = try output(["--lang", "es", "--message", "puse 3 de marzo de 1990 y dice fecha de nacimiento incorrecta"])
        #expect(text.contains("/es/articles/date-of-birth-incorrect#wrong-date-format"))
        #expect(text.contains("Por qué:"))
        #expect(text.contains("Respuesta para el paciente:"))
        #expect(text.contains("la fecha de nacimiento tiene el mes escrito con letras (en el mensaje)"))
        // The explanation fills the date's shape in Spanish words, and the date itself is never printed.
        #expect(text.contains("(el mes escrito con letras)"))
        for english in ["Why:", "Evidence:", "Reply to the patient:", "written-month", "in the message"] { #expect(!text.contains(english), "\(english)") }
        #expect(!text.contains("1990") && !text.contains("marzo"))
    }

    @Test func spanishJSONCarriesItsLanguageAndSpanishURLs() throws {
        let json = try output(["--lang", "es", "--json", "--message", "me sale Invalid security code", "--value", "securityCode=123456"])
        let diagnosis = try JSONDecoder().decode(Diagnosis.self, from: Data(json.utf8))
        #expect(diagnosis.language == .es)
        #expect(json.contains(#""lang":"es""#))
        #expect(diagnosis.causes.first?.article.url == "/es/articles/invalid-pin-or-security-code#the-code-is-the-sender-number")
        #expect(diagnosis.causes.first?.article.language == .es)
        #expect(diagnosis.causes.first?.evidence.first == "el código de seguridad tiene 6 dígitos")
    }

    @Test func englishStaysEnglish() throws {
        let text = try output(["--message", "Invalid security code", "--value", "securityCode=123456"])
        #expect(text.contains("   Article: ") && text.contains(" /articles/invalid-pin-or-security-code#"))
        #expect(text.contains("Evidence: security code has 6 digits"))
        #expect(!text.contains("/es/"))
    }
}
