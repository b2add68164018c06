import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser
import TestSupport

/// Spanish messages: dates written in Spanish words, counts and flows told in Spanish, and dates in
/// numbers that read both ways, which the Diagnoser reports as a fact instead of guessing.
@Suite struct SpanishDateReadingTests {
    let spanish = MessageReader(language: .es)

    @Test func readsSpanishWrittenDatesWithOrdinalsAndJoiningWords() {
        let cases: [(String, String)] = [
            ("en fecha de nacimiento puse 3 de marzo de 1990 y nada", "3 de marzo de 1990"),
            ("yo naci el 1ro de julio del 1975", "1ro de julio del 1975"),
            ("Nací el primero de mayo de 1962.", "primero de mayo de 1962"),
            ("NACÍ EL 14 DE JULIO, 1985", "14 de julio, 1985"),
            ("puse septiembre 9 de 1971", "septiembre 9 de 1971"),
            ("la escribí como 5 dic. 1970", "5 dic. 1970"),
        ]
        for (text, span) in cases {
            let dates = spanish.read(text).dates
            #expect(dates == [span], "\(text)")
            if let date = dates.first {
                let reading = DateOfBirthReader.reading(of: Substring(date))
                #expect(reading.shape == "written-month", "\(text)")
            }
        }
        #expect(DateOfBirthReader.reading(of: "3 de marzo de 1990").plausible)
        #expect(DateOfBirthReader.reading(of: "14 de Julio de 1985").plausible)
    }

    @Test func englishDatesAreStillReadInSpanishButSpanishMonthsNeedTheSpanishReader() {
        #expect(spanish.read("me sale error, puse March 3rd 1990").dates == ["march 3rd 1990"])
        #expect(MessageReader().read("puse 3 de marzo de 1990").dates.isEmpty)
        // A month name with no number next to it is no date.
        #expect(spanish.read("tengo dos citas en mayo y no puedo entrar").dates.isEmpty)
        #expect(spanish.read("en marzo me llegó la invitación").dates.isEmpty)
    }

    @Test func aDateInNumbersThatReadsBothWaysIsAFact() {
        let ambiguous = DateOfBirthReader.reading(of: "05/06/1980")
        #expect(ambiguous.shape == "mm/dd/yyyy" && ambiguous.dayMonthAmbiguous)
        #expect(!DateOfBirthReader.reading(of: "05/05/1980").dayMonthAmbiguous)
        #expect(!DateOfBirthReader.reading(of: "12/25/1980").dayMonthAmbiguous)
        let dayFirst = DateOfBirthReader.reading(of: "25/12/1980")
        #expect(dayFirst.shape == "dd/mm/yyyy" && !dayFirst.dayMonthAmbiguous)
        var facts = Facts()
        DateOfBirthReader().read("05/06/1980", into: &facts)
        #expect(facts["dateOfBirth.dayMonthAmbiguous"] == .bool(true))
        #expect(facts["dateOfBirth.dayFirst"] == .bool(false))
    }

    @Test func theSameDateInWordsDayFirstSaysItWasTypedDayFirst() {
        #expect(spanish.read("puse 05/06/1980 porque naci el 5 de junio").dayFirst)
        #expect(spanish.read("puse 05/06/1980 porque nací el 5 de junio de 1980").dayFirst)
        #expect(!spanish.read("puse 06/05/1980 porque naci el 5 de junio").dayFirst)
        #expect(!spanish.read("puse 05/06/1980 porque naci el 5 de junio de 1981").dayFirst)
        #expect(!spanish.read("puse 05/06/1980").dayFirst)
    }

    @Test func flowsAndCountsToldInSpanish() {
        #expect(spanish.read("Olvidé mi contraseña y me pide la fecha").flow == "password-reset")
        #expect(spanish.read("quiero restablecer la clave").flow == "password-reset")
        #expect(spanish.read("no me acepta la contraseña").flow == nil)
        #expect(spanish.read("Le llegó la invitación dos veces").counts["invitationsSent"] == 2)
        #expect(spanish.read("me mandaron 3 codigos por texto").counts["codesRequested"] == 3)
        #expect(spanish.read("en el portal dice a las 3 pero la clínica dice a las 2").timesHourApart)
        // The English reader keeps to English words.
        #expect(MessageReader().read("Olvidé mi contraseña").flow == nil)
    }
}

/// The Spanish Diagnoser answers in Spanish and reports a date that reads both ways.
@Suite struct SpanishDiagnosisTests {
    func diagnoser() throws -> Diagnoser { Diagnoser(knowledgeBase: try ContentFixture.spanishKnowledgeBase()) }

    @Test func aWrittenSpanishDateIsAWrongFormatAndIsNeverEchoed() throws {
        let diagnosis = try diagnoser().diagnose(DiagnosisRequest(message: "en fecha de nacimiento escribí 3 de marzo de 1990 y dice fecha de nacimiento incorrecta"))
        #expect(diagnosis.language == .es)
        let top = try #require(diagnosis.causes.first)
        #expect(top.id == "dob-wrong-format")
        #expect(top.article.url == "/es/articles/date-of-birth-incorrect#wrong-date-format")
        #expect(top.evidence.contains("la fecha de nacimiento tiene el mes escrito con letras (en el mensaje)"))
        let json = String(decoding: try JSONEncoder().encode(diagnosis), as: UTF8.self)
        #expect(!json.contains("1990") && !json.contains("marzo"))
    }

    @Test func anAmbiguousDateIsReportedNotGuessed() throws {
        let diagnosis = try diagnoser().diagnose(DiagnosisRequest(message: "puse 05/06/1980 y dice fecha de nacimiento incorrecta"))
        let top = try #require(diagnosis.causes.first)
        #expect(top.id == "dob-record-mismatch")
        #expect(top.evidence.contains("la fecha de nacimiento se puede leer con el mes primero o con el día primero (en el mensaje)"))
        let told = try diagnoser().diagnose(DiagnosisRequest(message: "puse 05/06/1980 porque nací el 5 de junio y dice fecha de nacimiento incorrecta"))
        #expect(told.causes.first?.id == "dob-day-month-swapped")
        #expect(told.causes.first?.evidence.contains("la fecha de nacimiento se escribió con el día primero (en el mensaje)") == true)
    }

    @Test func wordsThatSayHowManyAreNotStopWords() {
        for word in ["mas", "otro", "otra", "dos", "nunca"] { #expect(!MessageToken(text: Array(word.utf8), language: .es).isStopword, "\(word)") }
        for word in ["de", "la", "un", "ya"] { #expect(MessageToken(text: Array(word.utf8), language: .es).isStopword, "\(word)") }
    }

    @Test func aRewrittenLinkOutranksAWeaklyMatchedError() throws {
        let text = "no puedo entrar a la página de registro con el enlace https://urldefense.com/v3/__https://www.patientfusion.com/register__;abc"
        let diagnosis = try diagnoser().diagnose(DiagnosisRequest(message: text))
        #expect(diagnosis.causes.first?.id == "link-rewritten")
        #expect(!String(decoding: try JSONEncoder().encode(diagnosis), as: UTF8.self).contains("urldefense"))
    }

    @Test func notesAndFilledRulesAreSpanish() throws {
        let empty = try diagnoser().diagnose(DiagnosisRequest())
        #expect(empty.notes == [FactSentences.of(.es)["note.empty"]])
        let weak = try diagnoser().diagnose(DiagnosisRequest(message: "does not meet the security requirements", values: ["password": "gatito"]))
        let explanation = try #require(weak.causes.first?.explanation)
        #expect(explanation.contains("al menos 8 caracteres, una letra mayúscula y un número"))
        #expect(!explanation.contains("uppercase"))
    }
}

/// One table of the Diagnoser's own words per language, with the same keys.
@Suite struct FactSentencesTests {
    let english = FactSentences.of(.en), spanish = FactSentences.of(.es)

    @Test func everyKeyHasBothLanguages() {
        #expect(english.keys.subtracting(spanish.keys).isEmpty, "missing in Spanish: \(english.keys.subtracting(spanish.keys).sorted())")
        #expect(spanish.keys.subtracting(english.keys).isEmpty, "missing in English: \(spanish.keys.subtracting(english.keys).sorted())")
    }

    @Test func translationsKeepTheirPlaceholders() {
        func placeholders(_ text: String) -> Set<String> {
            Set(text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) })
        }
        for key in english.keys {
            #expect(placeholders(english.sentence(key)) == placeholders(spanish.sentence(key)), "\(key)")
        }
    }

    @Test func everyFactOfTheCatalogCanBeSaid() {
        for (name, kind) in FactCatalog.kinds {
            let keys: [String]
            switch kind {
            case .bool: keys = [name + ".true"]
            case .int: keys = [name + ".one", name + ".other"]
            case .word: keys = [name + ".*"]
            }
            for key in keys { #expect(english.keys.contains(key), "\(key)") }
        }
    }

    @Test func factsAreSaidInTheRequestedLanguage() {
        var facts = Facts()
        SecurityCodeReader().read("123456", into: &facts)
        #expect(FactDescriber.describe("securityCode.digits", in: facts) == "security code has 6 digits")
        #expect(FactDescriber.describe("securityCode.digits", in: facts, sentences: spanish) == "el código de seguridad tiene 6 dígitos")
        #expect(FactDescriber.describe("securityCode.wellFormed", in: facts, sentences: spanish) == "el código de seguridad no tiene 5 dígitos")
        facts.set("invitationsSent", 1)
        #expect(FactDescriber.describe("invitationsSent", in: facts, sentences: spanish) == "se envió 1 invitación")
        facts.set("flow", word: "password-reset")
        #expect(FactDescriber.describe("flow", in: facts) == "in the password-reset flow")
    }
}
