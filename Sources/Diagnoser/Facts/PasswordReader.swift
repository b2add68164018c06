/// Password facts: which of the portal's rules it breaks (at least 8 characters, a lowercase
/// letter, an uppercase letter, a digit), and those rules in words for explanations.
struct PasswordReader: ValueReader {
    static let key = "password"
    static let minimumLength = 8
    /// The portal's rules as `password.brokenRules` names them (`FactSentences` says them in each language).
    static let ruleNames = ["at least \(minimumLength) characters", "a lowercase letter", "an uppercase letter", "a number"]

    func read(_ value: String, into facts: inout Facts) {
        // Passwords are not trimmed: a space is a character of the password.
        let counts = CharacterCounts(value[...])
        facts.set("password.present", counts.length > 0)
        facts.set("password.length", counts.length)
        let tooShort = counts.length < Self.minimumLength
        let noLower = counts.lowercase == 0
        let noUpper = counts.uppercase == 0
        let noDigit = counts.digits == 0
        facts.set("password.tooShort", tooShort)
        facts.set("password.missingLowercase", noLower)
        facts.set("password.missingUppercase", noUpper)
        facts.set("password.missingDigit", noDigit)
        facts.set("password.breaksRules", counts.length > 0 && (tooShort || noLower || noUpper || noDigit))
        var rules: [String] = []
        for (rule, broken) in zip(Self.ruleNames, [tooShort, noLower, noUpper, noDigit]) where broken { rules.append(rule) }
        facts.set("password.brokenRules", word: Self.list(rules))
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "none"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
