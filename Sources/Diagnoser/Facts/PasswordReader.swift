/// Password facts: which of the portal's rules it breaks (at least 8 characters, a lowercase
/// letter, an uppercase letter, a digit), and those rules in words for explanations.
struct PasswordReader: ValueReader {
    static let key = "password"
    static let minimumLength = 8

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
        if tooShort { rules.append("at least \(Self.minimumLength) characters") }
        if noLower { rules.append("a lowercase letter") }
        if noUpper { rules.append("an uppercase letter") }
        if noDigit { rules.append("a number") }
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
