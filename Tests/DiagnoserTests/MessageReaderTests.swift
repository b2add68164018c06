import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser
import TestSupport

/// The message reader: values written in the text, attributed to a field and read like typed values.
@Suite struct MessageReaderTests {
    let reader = MessageReader()

    @Test func findsDatesWrittenInWords() {
        for text in ["I put March 3rd 1990 in the box", "born on the 14th of July 1985, thanks", "it was July 14, 1985 I think"] {
            let dates = reader.read(text).dates
            #expect(dates.count == 1, "\(text)")
            if let date = dates.first {
                #expect(DateOfBirthReader.reading(of: Substring(date)).shape == "written-month", "\(text)")
                #expect(DateOfBirthReader.reading(of: Substring(date)).plausible, "\(text)")
            }
        }
        #expect(reader.read("May I ask why this happens? I tried 3 times").dates.isEmpty)
    }

    @Test func codesGoToTheFieldNamedNextToThem() {
        #expect(reader.read("my PIN is 60418 from the paper").codes == [MessageReader.Code(text: "60418", field: "pin")])
        #expect(reader.read("the code from the text was 661204").codes == [MessageReader.Code(text: "661204", field: "securityCode")])
        #expect(reader.read("I tried 60418 twice").codes == [MessageReader.Code(text: "60418", field: nil)])
    }

    @Test func theEndOfAnotherNumberIsNoCode() {
        #expect(reader.read("We sent a code to your phone ending in 0187. Security code 318204").codes.map(\.text) == ["318204"])
        #expect(reader.read("the text came to the cell that ends with 4410, code 55102").codes.map(\.text) == ["55102"])
        #expect(MessageReader(language: .es).read("enviamos un codigo al celular que termina en 0187").codes.isEmpty)
        // A number after "in" alone is still read.
        #expect(reader.read("I put the code in 55102 times").codes.map(\.text) == ["55102"])
    }

    @Test func aPasswordMessageThatSaysItWasUsedOnceAlready() {
        #expect(reader.read("the reset link doesnt work. i already used it once last week to change my password").saysUsedBefore)
        #expect(reader.read("Last week I reset my password with the link in your email and it worked fine.").saysUsedBefore)
        #expect(MessageReader(language: .es).read("ya usé el enlace ayer para cambiar mi contraseña").saysUsedBefore)
        // Using it now, or no word that puts it earlier, is not "once already".
        #expect(!reader.read("I want to reset my password but the link says the token is not valid").saysUsedBefore)
        // Without a password, "already" is about something else (a sign-up, an account).
        #expect(!reader.read("I already used the link to sign up and now it says page not found").saysUsedBefore)
    }

    @Test func codesWithLookAlikeLettersAreCodes() {
        #expect(reader.read("I typed 4821O exactly").codes.map(\.text) == ["4821O"])
        #expect(reader.read("code 3O9l5 fails").codes.map(\.text) == ["3O9l5"])
        // Ordinary words with o and l are not codes.
        #expect(reader.read("hello 2020 tool").codes.map(\.text) == ["2020"])
    }

    @Test func codesWithSpacesAndPhoneExtensions() {
        #expect(reader.read("she typed 12 34 5 in the box").codes.map(\.text) == ["12 34 5"])
        #expect(reader.read("my work number 555-201-3344 ext 22, thanks").phones == ["555-201-3344 ext 22"])
        #expect(reader.read("call 555 201 3344 x204").phones == ["555 201 3344 x204"])
        #expect(reader.read("call 555 201 3344 exactly").phones == ["555 201 3344"])
        // An extension glued to the number, as screenshot text and quick typing write it.
        #expect(reader.read("Mobile phone\n(608)555-0127ext 3\nPhone number does not match").phones == ["(608)555-0127ext 3"])
        #expect(reader.read("cell 555-201-3344x204 please").phones == ["555-201-3344x204"])
        // Letters glued to a number that are not an extension still make it no value.
        #expect(reader.read("ref 5552013344abc").phones.isEmpty)
    }

    @Test func countsThePersonStates() {
        #expect(reader.read("I got the invite twice").counts == ["invitationsSent": 2])
        #expect(reader.read("I asked for 3 codes today").counts == ["codesRequested": 3])
        #expect(reader.read("I requested several reset emails").counts == ["resetRequests": 3])
        #expect(reader.read("Invalid PIN. I typed it two times.").counts.isEmpty)
        #expect(reader.read("the 6 digit code from the text").counts.isEmpty)
        // "new" next to what is counted, and "one" standing for it: a second one came.
        #expect(reader.read("I asked for a new code").counts == ["codesRequested": 2])
        #expect(reader.read("I lost the invitation email, so the office sent me a new one last week").counts == ["invitationsSent": 2])
        #expect(reader.read("the invitation came, and this one has my old name on it").counts.isEmpty)
    }

    @Test func digitsNextToBirthWordsAreADate() {
        let reading = reader.read("Agent: how do you type your date of birth?\nPatient: 030990")
        #expect(reading.dates == ["030990"])
        #expect(reading.codes.isEmpty)
        // Eight digits in a row are no phone number when date-of-birth words are nearer.
        let eight = reader.read("pt says DOB rejected on the registration page, she types 09141977 with no slashes")
        #expect(eight.dates == ["09141977"])
        #expect(eight.phones.isEmpty && eight.datesNamed)
        // Next to phone words they stay a phone number (with too few digits).
        let phone = reader.read("my date of birth is fine but the cell number 12201990 is rejected")
        #expect(phone.phones == ["12201990"] && phone.dates.isEmpty)
    }

    @Test func unbrokenRunsNextToCodeWordsAreCodesTypedTooLong() {
        // Seven or eight digits in a row are a phone number by length alone; nearer a code or PIN
        // word than a phone word, they are a code with too many digits.
        let code = reader.read("the text code wont work, i keep typing 7301256 like it shows")
        #expect(code.codes == [MessageReader.Code(text: "7301256", field: "securityCode")])
        #expect(code.phones.isEmpty)
        let pin = reader.read("she enters her pin as 48120937 and it fails")
        #expect(pin.codes == [MessageReader.Code(text: "48120937", field: "pin")])
        // Nearer a phone word they stay a phone number, even with a code word further away.
        let phone = reader.read("no code came to my cell 6085550 at all")
        #expect(phone.phones == ["6085550"] && phone.codes.isEmpty)
        // With no field word near, length decides: a phone number.
        #expect(reader.read("i tried 60855501 yesterday").phones == ["60855501"])
        // A text full of such runs is read only in part.
        let table = (0..<200).map { "code \(7_000_000 + $0 * 37)" }.joined(separator: " ")
        #expect(reader.read(table).codes.count <= MessageReader.candidateLimit)
    }

    @Test func readsAPasswordResetAndClockTimes() {
        #expect(reader.read("I forgot my password and the reset page asks for my birthday").flow == "password-reset")
        #expect(reader.read("my password is fine, it is the PIN").flow == nil)
        #expect(reader.read("The portal shows 9:00 but the office says 10:00").timesHourApart)
        #expect(reader.read("it shows my visit at 9 am, the office said 10 am").timesHourApart)
        #expect(!reader.read("front desk, 3/14, called at 2:30").timesHourApart)
        #expect(!reader.read("it shows 9:00 and the office agrees, 9:00").timesHourApart)
    }

    /// A link's letters and digits are no words of the message: a Safe Links address holds "%3A"
    /// and "%2a", which read as "3 a" and "2 a", two clock times an hour apart.
    @Test func aLinkIsNoWordsOfTheMessage() {
        let link = "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.example.com%2Fregister%3Ftoken%3D8f2a91c0&data=05%7C02"
        #expect(!reader.read("the invite button goes to \(link) and stops there").timesHourApart)
        #expect(!MessageReader(language: .es).read("le doy al enlace \(link) y no pasa nada").timesHourApart)
        // The same characters outside a link are still read.
        #expect(reader.read("it shows 3 a on my phone but the card says 2 a").timesHourApart)
        // A count inside a link is no count the person told.
        #expect(reader.read("I got the code from www.example.com/sent-3-codes").counts.isEmpty)
    }
}

/// The Diagnoser on whole messages over the real Content/: values only in the text, values alone,
/// screenshot text, symptoms without an error.
@Suite struct WholeMessageTests {
    let diagnoser: Diagnoser

    init() throws {
        let knowledgeBase = try ContentFixture.knowledgeBase()
        diagnoser = Diagnoser(knowledgeBase: knowledgeBase)
    }

    func top(_ message: String?, _ values: [String: String] = [:]) -> (error: String?, cause: String?, diagnosis: Diagnosis) {
        let diagnosis = diagnoser.diagnose(DiagnosisRequest(message: message, values: values))
        return (diagnosis.error?.id, diagnosis.causes.first?.id, diagnosis)
    }

    @Test func aCodeWithALetterOInTheTextIsTheWrongShape() throws {
        let result = top("Hello, I typed 4821O exactly from the text and it says the code you entered is incorrect. Thanks, Al")
        #expect(result.cause == "code-wrong-length")
        let evidence = try #require(result.diagnosis.causes.first?.evidence)
        #expect(evidence.contains { $0.hasPrefix("security code") && $0.contains("(in the message)") })
        #expect(evidence.contains { $0.hasPrefix("security code has a letter O, l or I among its digits") })
        let json = String(decoding: try JSONEncoder().encode(result.diagnosis), as: UTF8.self)
        #expect(!json.contains("4821"))
    }

    @Test func aCodeWrittenWithTooManyDigitsIsTheWrongLength() throws {
        let result = top("Agent: what does the code box say?\nPatient: the code you entered is incorrect. i put 9920417 from my text")
        #expect(result.cause == "code-wrong-length")
        let json = String(decoding: try JSONEncoder().encode(result.diagnosis), as: UTF8.self)
        #expect(!json.contains("9920417"))
    }

    /// The portal's error, quoted, is the portal speaking: its words are no evidence for a cause's
    /// phrase, while the person's own words around it still are.
    @Test func theErrorsOwnWordsAreNoPhraseEvidence() {
        // "Create your account … Username has already been taken" is not "I already have an account".
        let screenshot = top("Create y0ur acc0unt\nUsername\nbirdwatcher58\nUsername has already\nbeen taken")
        #expect(screenshot.error == "username-taken")
        #expect(screenshot.cause == "username-in-use")
        #expect(!screenshot.diagnosis.causes.contains { $0.evidence.contains { $0.contains("already have an account") } })
        // "Date of birth is incorrect" is not "date of birth is correct": the default cause ranks first.
        let birth = top("Date of birth is incorrect")
        #expect(birth.cause == "dob-wrong-format")
        #expect(!birth.diagnosis.causes.contains { $0.evidence.contains { $0.contains("is correct") } })
        // The person's words beside the error count.
        #expect(top("Username has already been taken. I think I already have an account from my other doctor").cause == "existing-account")
    }

    @Test func aCodeBesideThePhoneItWasSentToIsReadAlone() {
        let result = top("Verify your identity. We sent a code to your phone ending in 0187.\nSecurity code\n318204\nInvalid security code")
        #expect(result.cause == "code-is-sender-number")
    }

    @Test func aResetToldAsDoneOnceAlreadyIsTheUsedLink() {
        let result = top("Hi, last week I reset my password through the email and all was fine. Today I forgot it again, opened that same email, and it says \"The reset token you have provided is not valid.\"")
        #expect(result.error == "reset-token-invalid")
        #expect(result.cause == "reset-link-used")
        #expect(top("The password reset link from the email stopped working. I already used it once last month to change my password and now I need to change it again.").cause == "reset-link-used")
        // Two reset e-mails asked for, nothing said of using one before: the newest link is the one that works.
        #expect(top("I asked for two reset emails and the link says the reset token you have provided is not valid").cause == "reset-link-not-latest")
    }

    @Test func aReplacementInvitationToldAsANewOneMakesThePINOutdated() {
        let result = top("Hello, I threw away the invitation by accident, so the office mailed me a new one on Monday. I am typing the PIN from the sheet I got at my visit and it says Invalid PIN.")
        #expect(result.error == "invalid-pin")
        #expect(result.cause == "pin-outdated")
    }

    @Test func aWrittenOutDateIsTheWrongFormat() {
        #expect(top("I put March 3rd 1990 and it says my date of birth is incorrect").cause == "dob-wrong-format")
        #expect(top("Date of birth is incorrect. I typed 06/11/1952, month first.").cause == "dob-record-mismatch")
    }

    @Test func statedCountsStandInForTheContext() {
        #expect(top("I got the invite twice and the PIN from the first letter says invalid PIN").cause == "pin-outdated")
        let counted = diagnoser.diagnose(DiagnosisRequest(message: "I got the invite twice. Invalid PIN", context: DiagnosisContext(invitationsSent: 1)))
        #expect(counted.causes.first?.id == "pin-mistyped", "the caller's count wins")
    }

    @Test func theFlowComesFromTheWords() {
        #expect(top("I forgot my password; on the reset screen I typed 07/04/1966 and it says date of birth is incorrect").cause == "dob-reset-format")
    }

    @Test func valuesAloneImplyTheirError() {
        let cases: [([String: String], String, String)] = [
            (["pin": "4471"], "invalid-pin", "pin-mistyped"),
            (["pin": "60418"], "invalid-pin", "pin-and-code-swapped"),
            (["securityCode": "8812"], "invalid-security-code", "code-wrong-length"),
            (["securityCode": "661204"], "invalid-security-code", "code-is-sender-number"),
            (["dateOfBirth": "08/19/1990"], "dob-incorrect", "dob-record-mismatch"),
            (["dateOfBirth": "31.01.1975"], "dob-incorrect", "dob-day-month-swapped"),
            (["phone": "773.555.0142"], "phone-mismatch", "phone-not-on-file"),
            (["username": "bob.k@outlook.com"], "username-taken", "existing-account"),
            (["password": "summer"], "password-requirements", "password-too-weak"),
        ]
        for (values, error, cause) in cases {
            let result = top(nil, values)
            #expect(result.error == error, "\(values.keys.sorted())")
            #expect(result.cause == cause, "\(values.keys.sorted())")
            #expect(result.diagnosis.notes.contains { $0.contains("inferred from the values") })
        }
        // An e-mail address alone names no error: its causes explain none.
        let typo = top(nil, ["email": "tom.w@yaho.com"])
        #expect(typo.error == nil)
        #expect(typo.cause == "email-typo")
    }

    @Test func screenshotTextIsRead() {
        #expect(top("lnvalid PlN").error == "invalid-pin")
        #expect(top("Usernamehas already been taken").error == "username-taken")
        #expect(top("Sorry,itlooks like our system is temporarily unavailable").error == "system-unavailable")
        #expect(top("The reset token you have provided is not va lid").error == "reset-token-invalid")
        #expect(top("Your registration link has\nexpired.Ask your doctor to enroll you again").error == "registration-link-expired")
        #expect(top("INVALID SECURITY C0DE").error == "invalid-security-code")
    }

    @Test func symptomsWithoutAnErrorReachTheirCause() {
        let clock = top("The portal shows my follow-up at 9:00 but the office says 10:00")
        #expect(clock.error == nil)
        #expect(clock.cause == "time-zone-mismatch")
        #expect(top("Hi, I never got the invite to sign up. Can you resend?").cause == "email-not-received")
    }

    @Test func closeMatchesGoToTheMoreDistinctiveError() {
        let result = top("Patient: when i click my doctors name it says the information could not be found\nAgent: which page?")
        #expect(result.error == "doctor-not-found")
    }

    @Test func officeStepsComeWithTheCause() throws {
        let diagnosis = top("Invalid PIN", ["pin": "4471"]).diagnosis
        let first = try #require(diagnosis.causes.first)
        #expect(first.office.contains { $0.contains("Access code") })
        let json = String(decoding: try JSONEncoder().encode(diagnosis), as: UTF8.self)
        #expect(json.contains("\"office\""))
        #expect(diagnosis.plainText.contains("What the office can do"))
    }

    @Test func everyCauseCanBeReachedWithoutAnErrorMessage() throws {
        // Each cause of the contract is reachable from its own phrases (symptoms) or values.
        for article in try ContentFixture.articles() {
            for cause in article.causes {
                let reachable = cause.phrases.contains { phrase in
                    diagnoser.diagnose(DiagnosisRequest(message: phrase)).causes.contains { $0.id == cause.id }
                }
                #expect(reachable || !cause.errors.isEmpty, "\(cause.id) cannot be reached from its phrases")
            }
        }
    }
}

@Suite struct ScreenshotReadingTests {
    let index = TemplateIndex(documents: [(0, ["Username has already been taken"]), (1, ["Sorry, it looks like our system is temporarily unavailable"])])

    @Test func segmentsWordsRunTogetherIntoTheTemplatesWords() {
        #expect(index.segmented(Array("usernamehas".utf8)) == [Array("username".utf8), Array("has".utf8)])
        #expect(index.segmented(Array("itlooks".utf8)) == [Array("it".utf8), Array("looks".utf8)])
        // A word the templates cannot spell stays whole.
        #expect(index.segmented(Array("grandmother".utf8)) == nil)
    }

    @Test func readsLookAlikeCharacters() {
        let (tokens, origins) = index.readable(MessageTokenizer().tokens("Usernarne has a1ready been taken"))
        #expect(origins == (0..<5).map { $0..<($0 + 1) })
        #expect(tokens.map { String(decoding: $0.text, as: UTF8.self) }.contains("already"))
    }

    @Test func phrasesAlsoMatchWithSynonyms() {
        let expanded = PhraseSynonyms(table: .builtIn).expand(["no invitation", "wrong time"])
        #expect(expanded.contains("no invite"))
        #expect(expanded.contains("wrong time"))
    }

    @Test func aSynonymThePhraseAlreadySaysIsNotPutInAgain() {
        // "email address => email": "email" in "old email address" already reads "email address".
        let table = SynonymTable(rules: [.init(phrases: ["email address"], targets: ["email"])])
        let expanded = PhraseSynonyms(table: table).expand(["old email address", "no email"])
        #expect(!expanded.contains("old email address address"))
        #expect(expanded.contains("no email address"))
    }
}
