import Foundation
import Testing
@testable import Diagnoser

@Suite struct FactReaderTests {
    func facts(_ values: [String: String], _ context: DiagnosisContext = DiagnosisContext()) -> Facts {
        FactExtractor().facts(values: values, context: context)
    }

    @Test func securityCode() {
        let six = facts(["securityCode": "123456"])
        #expect(six["securityCode.digits"] == .int(6))
        #expect(six["securityCode.wellFormed"] == .bool(false))
        let letters = facts(["securityCode": "12a45"])
        #expect(letters["securityCode.hasLetters"] == .bool(true))
        #expect(letters["securityCode.digits"] == .int(4))
        #expect(facts(["securityCode": "123 45"])["securityCode.hasSpaces"] == .bool(true))
        #expect(facts(["securityCode": " 12345 "])["securityCode.wellFormed"] == .bool(true))
        #expect(facts([:])["securityCode.present"] == .bool(false))
        #expect(facts(["securityCode": "１２３４５６"])["securityCode.digits"] == .int(6))  // full-width digits
    }

    @Test(arguments: [
        ("06/15/1970", "mm/dd/yyyy", false, true),
        ("6/5/1970", "mm/dd/yyyy", false, true),
        ("15/06/1970", "dd/mm/yyyy", true, true),
        ("1970-06-15", "yyyy-mm-dd", false, true),
        ("19700615", "yyyymmdd", false, true),
        ("06/15/70", "two-digit-year", false, true),
        ("06-15-70", "two-digit-year", false, true),
        ("06-15-1970", "dashes", false, true),
        ("June 15, 1970", "written-month", false, true),
        ("15 Jun 1970", "written-month", false, true),
        ("02/30/1970", "mm/dd/yyyy", false, false),
        ("06/15/2999", "mm/dd/yyyy", false, false),
        ("hello", "other", false, false),
        ("", "other", false, false),
    ])
    func dateOfBirth(value: String, shape: String, over12: Bool, plausible: Bool) {
        let reading = DateOfBirthReader.reading(of: value[...])
        #expect(reading.shape == shape)
        #expect(reading.firstNumberOver12 == over12)
        #expect(reading.plausible == plausible)
    }

    @Test func dateOfBirthWellFormed() {
        #expect(facts(["dateOfBirth": "06/15/1970"])["dateOfBirth.wellFormed"] == .bool(true))
        #expect(facts(["dateOfBirth": "15/06/1970"])["dateOfBirth.wellFormed"] == .bool(false))
    }

    @Test(arguments: [
        ("(555) 123-4567", 10, false, false, true),
        ("555.123.4567", 10, false, false, true),
        ("1-555-123-4567", 11, true, false, false),
        ("+1 555 201 3344", 11, true, false, false),
        ("+44 20 7946 0958", 12, true, false, false),
        ("555-123-4567 x123", 10, false, true, false),
        ("555-123-4567 ext. 12", 10, false, true, false),
        ("123-4567", 7, false, false, false),
    ])
    func phone(value: String, digits: Int, countryCode: Bool, extension hasExtension: Bool, wellFormed: Bool) {
        let f = facts(["phone": value])
        #expect(f["phone.digits"] == .int(digits))
        #expect(f["phone.hasCountryCode"] == .bool(countryCode))
        #expect(f["phone.hasExtension"] == .bool(hasExtension))
        #expect(f["phone.wellFormed"] == .bool(wellFormed))
    }

    @Test(arguments: [
        ("ann@gmial.com", true), ("ann@gmal.com", true), ("ann@gnail.com", true), ("ann@yaho.com", true),
        ("ann@yahooo.com", true), ("ann@hotmial.com", true), ("ann@hotmal.com", true), ("ann@outlok.com", true),
        ("ann@iclod.com", true), ("ann@comcast.nte", true), ("ann@example.con", true), ("ann@gmail.cmo", true),
        ("ann@gmail.com", false), ("ann@mail.com", false), ("ann@hotmail.fr", false), ("ann@example.org", false),
        ("ann@me.com", false), ("ann@email.com", false), ("ann@yahoo.co.uk", false),
    ])
    func emailDomainTypo(value: String, typo: Bool) {
        #expect(facts(["email": value])["email.domainTypo"] == .bool(typo))
    }

    @Test func emailSuggestionNamesAProvider() {
        #expect(facts(["email": "ann@gmial.com"])["email.suggestedDomain"] == .word("gmail.com"))
    }

    @Test func username() {
        #expect(facts(["username": "jsmith@example.org"])["username.isEmail"] == .bool(true))
        #expect(facts(["username": "jsmith"])["username.isEmail"] == .bool(false))
    }

    @Test func password() {
        let f = facts(["password": "password1"])
        #expect(f["password.missingUppercase"] == .bool(true))
        #expect(f["password.tooShort"] == .bool(false))
        #expect(f["password.breaksRules"] == .bool(true))
        #expect(f["password.brokenRules"] == .word("an uppercase letter"))
        let short = facts(["password": "Ab1"])
        #expect(short["password.tooShort"] == .bool(true))
        #expect(short["password.brokenRules"] == .word("at least 8 characters"))
        #expect(facts(["password": "Sunny-Day-42"])["password.breaksRules"] == .bool(false))
    }

    @Test func link() {
        #expect(facts(["link": "https://my.patientfusion.com/regis"])["link.truncated"] == .bool(true))
        #expect(facts(["link": "my.patientfusion.com/register?token=abc"])["link.truncated"] == .bool(true))
        #expect(facts(["link": "https://my.patientfusion.com/register?token="])["link.truncated"] == .bool(true))
        let full = facts(["link": "https://my.patientfusion.com/register?token=8f3a9c2e1b7d4f60a9e2"])
        #expect(full["link.truncated"] == .bool(false))
        #expect(full["link.rewritten"] == .bool(false))
        let wrapped = facts(["link": "https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmy.patientfusion.com%2Fregister&data=05"])
        #expect(wrapped["link.rewritten"] == .bool(true))
        #expect(facts(["link": "https://urldefense.com/v3/__https://my.patientfusion.com/register__;!!abc"])["link.rewritten"] == .bool(true))
    }

    @Test func userAgent() {
        #expect(facts([:], DiagnosisContext(userAgent: "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"))["userAgent.internetExplorer"] == .bool(true))
        #expect(facts([:], DiagnosisContext(userAgent: "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1)"))["userAgent.internetExplorer"] == .bool(true))
        #expect(facts([:], DiagnosisContext(userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"))["userAgent.internetExplorer"] == .bool(false))
    }

    @Test func timeZones() {
        let summer = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2026, month: 1, day: 10).date!
        // Denver and Phoenix agree in January but not in July: they differ.
        #expect(TimeZoneReader.differ("America/Denver", "America/Phoenix", now: summer))
        #expect(TimeZoneReader.differ("America/New_York", "America/Chicago", now: summer))
        #expect(!TimeZoneReader.differ("America/New_York", "America/Detroit", now: summer))
        #expect(!TimeZoneReader.differ("America/New_York", "America/New_York", now: summer))
        #expect(!TimeZoneReader.differ("Not/AZone", "America/Chicago", now: summer))
        #expect(!TimeZoneReader.differ(nil, "America/Chicago", now: summer))
    }

    @Test func contextDefaults() {
        let f = facts([:])
        #expect(f["codesRequested"] == .int(0))
        #expect(f["flow"] == .word("none"))
        #expect(facts([:], DiagnosisContext(flow: "Password reset"))["flow"] == .word("password-reset"))
    }

    @Test func absurdValuesAreJustFacts() {
        let huge = String(repeating: "aB3", count: 3_500_000)
        let f = facts(["password": huge, "securityCode": "🙂\u{0000}\u{0007}", "dateOfBirth": huge, "phone": huge, "email": huge, "link": huge])
        #expect(f["password.breaksRules"] == .bool(false))
        #expect(f["securityCode.digits"] == .int(0))
        #expect(f["dateOfBirth.shape"] == .word("other"))
        #expect(f["email.domainTypo"] == .bool(false))
    }
}
