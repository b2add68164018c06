/// Facts in plain words for evidence ("security code has 6 digits", "2 codes requested").
/// Speaks of shapes and counts, never of values.
enum FactDescriber {
    static func describe(_ name: String, in facts: Facts) -> String? {
        guard let value = facts[name] else { return nil }
        let group = FactCatalog.group(of: name)
        let suffix = group.map { facts.fromMessage.contains($0) ? " (in the message)" : "" } ?? ""
        guard let text = words(name, value) else { return nil }
        return text + suffix
    }

    private static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : (pluralForm ?? singular + "s"))
    }

    private static func words(_ name: String, _ value: FactValue) -> String? {
        let yes: Bool
        switch value {
        case .int(let n):
            switch name {
            case "securityCode.digits": return "security code has \(plural(n, "digit"))"
            case "securityCode.length": return "security code is \(plural(n, "character")) long"
            case "pin.digits": return "PIN has \(plural(n, "digit"))"
            case "pin.length": return "PIN is \(plural(n, "character")) long"
            case "phone.digits": return "phone number has \(plural(n, "digit"))"
            case "password.length": return "password is \(plural(n, "character")) long"
            case "codesRequested": return "\(plural(n, "code")) requested"
            case "invitationsSent": return "\(plural(n, "invitation")) sent"
            case "resetRequests": return "\(plural(n, "password reset")) requested"
            default: return "\(name) is \(n)"
            }
        case .word(let word):
            switch name {
            case "dateOfBirth.shape":
                switch word {
                case "written-month": return "date of birth has the month in words"
                case "two-digit-year": return "date of birth has a two-digit year"
                case "dashes": return "date of birth is written with dashes"
                case "other": return "date of birth is not in a date format the portal reads"
                default: return "date of birth is written as \(word.uppercased())"
                }
            case "flow":
                if word == "none" { return "no flow given" }
                return FactCatalog.flows.contains(word) ? "in the \(word) flow" : "in a flow the portal does not name"
            case "password.brokenRules": return word == "none" ? nil : "password needs \(word)"
            case "email.suggestedDomain": return "email domain looks like a misspelling of \(word)"
            default: return "\(name) is \(word)"
            }
        case .bool(let b):
            yes = b
        }
        switch name {
        case "securityCode.present": return yes ? "a security code was entered" : "no security code was entered"
        case "securityCode.hasLetters": return yes ? "security code has letters" : "security code has no letters"
        case "securityCode.hasSpaces": return yes ? "security code has spaces" : "security code has no spaces"
        case "securityCode.wellFormed": return yes ? "security code is 5 digits" : "security code is not 5 digits"
        case "pin.present": return yes ? "a PIN was entered" : "no PIN was entered"
        case "securityCode.hasLookAlikes": return yes ? "security code has a letter O, l or I among its digits" : nil
        case "pin.hasLookAlikes": return yes ? "PIN has a letter O, l or I among its digits" : nil
        case "pin.hasLetters": return yes ? "PIN has letters" : "PIN has no letters"
        case "pin.hasSpaces": return yes ? "PIN has spaces" : "PIN has no spaces"
        case "dateOfBirth.present": return yes ? "a date of birth was entered" : "no date of birth was entered"
        case "dateOfBirth.firstNumberOver12": return yes ? "date of birth starts with a number over 12 (day first)" : "date of birth starts with a month"
        case "dateOfBirth.plausible": return yes ? "date of birth is a real date" : "date of birth is not a real date"
        case "dateOfBirth.wellFormed": return yes ? "date of birth is a real date written as MM/DD/YYYY" : "date of birth is not written as MM/DD/YYYY"
        case "phone.present": return yes ? "a phone number was entered" : "no phone number was entered"
        case "phone.hasCountryCode": return yes ? "phone number includes a country code" : "phone number has no country code"
        case "phone.hasExtension": return yes ? "phone number includes an extension" : "phone number has no extension"
        case "phone.wellFormed": return yes ? "phone number has 10 digits, no country code and no extension" : "phone number is not 10 plain digits"
        case "email.present": return yes ? "an email address was entered" : "no email address was entered"
        case "email.domainTypo": return yes ? "email address has a misspelled domain" : "email domain looks right"
        case "email.wellFormed": return yes ? "email address is well formed" : "email address is not well formed"
        case "username.present": return yes ? "a username was entered" : "no username was entered"
        case "username.isEmail": return yes ? "username is an email address" : "username is not an email address"
        case "password.present": return yes ? "a password was entered" : "no password was entered"
        case "password.tooShort": return yes ? "password is shorter than 8 characters" : "password is long enough"
        case "password.missingLowercase": return yes ? "password has no lowercase letter" : "password has a lowercase letter"
        case "password.missingUppercase": return yes ? "password has no uppercase letter" : "password has an uppercase letter"
        case "password.missingDigit": return yes ? "password has no number" : "password has a number"
        case "password.breaksRules": return yes ? "password breaks the password rules" : "password meets the rules"
        case "link.present": return yes ? "a link was entered" : "no link was entered"
        case "link.truncated": return yes ? "link looks cut short" : "link looks complete"
        case "link.rewritten": return yes ? "link was rewritten by an email security scanner" : "link was not rewritten"
        case "userAgent.internetExplorer": return yes ? "browser is Internet Explorer" : "browser is not Internet Explorer"
        case "timeZones.differ": return yes ? "device and practice time zones differ" : "device and practice time zones agree"
        case "timesHourApart": return yes ? "the message names two times one hour apart" : nil
        default: return "\(name) is \(yes)"
        }
    }
}
