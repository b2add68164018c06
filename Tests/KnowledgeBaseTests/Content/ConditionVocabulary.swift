/// The Diagnoser's condition vocabulary (TEAM.md), to check that the `when:` lines
/// and `{fact}` placeholders the articles carry use only facts the Diagnoser knows.
enum ConditionVocabulary {
    static let booleanFacts: Set<String> = [
        "securityCode.present", "securityCode.hasLetters", "securityCode.hasSpaces", "securityCode.wellFormed",
        "pin.present", "pin.hasLetters",
        "dateOfBirth.present", "dateOfBirth.firstNumberOver12", "dateOfBirth.plausible", "dateOfBirth.wellFormed",
        "phone.present", "phone.hasCountryCode", "phone.hasExtension", "phone.wellFormed",
        "email.present", "email.domainTypo",
        "username.present", "username.isEmail",
        "password.present", "password.tooShort", "password.missingLowercase", "password.missingUppercase",
        "password.missingDigit", "password.breaksRules",
        "link.present", "link.truncated", "link.rewritten",
        "userAgent.internetExplorer", "timeZones.differ", "timesHourApart",
    ]
    static let numericFacts: Set<String> = [
        "securityCode.digits", "securityCode.length", "pin.digits", "pin.length", "phone.digits",
        "codesRequested", "invitationsSent", "resetRequests",
    ]
    static let wordFacts: [String: Set<String>] = [
        "dateOfBirth.shape": [
            "mm/dd/yyyy", "dd/mm/yyyy", "yyyy-mm-dd", "yyyymmdd", "two-digit-year", "written-month", "dashes", "other",
        ],
        "flow": ["registration", "password-reset", "sign-in", "messaging", "appointments"],
    ]
    /// Facts an explanation may name in braces besides the ones above.
    static let placeholderOnlyFacts: Set<String> = ["password.brokenRules"]

    static let operators = ["==", "!=", ">=", "<=", ">", "<"]

    /// Why `condition` is not in the vocabulary, or `nil` when it is.
    static func problem(in condition: String) -> String? {
        let clauses = condition.components(separatedBy: " and ")
        for clause in clauses {
            let words = clause.split(separator: " ").map(String.init)
            switch words.count {
            case 1:
                if !booleanFacts.contains(words[0]) { return "'\(words[0])' is not a yes/no fact" }
            case 2:
                if words[0] != "not" || !booleanFacts.contains(words[1]) { return "'\(clause)' is not 'not <fact>'" }
            case 3:
                let (fact, op, value) = (words[0], words[1], words[2])
                guard operators.contains(op) else { return "'\(op)' is not an operator" }
                if numericFacts.contains(fact) {
                    if Int(value) == nil { return "'\(fact)' compares with a number, not '\(value)'" }
                } else if let values = wordFacts[fact] {
                    guard op == "==" || op == "!=" else { return "'\(fact)' takes == or != only" }
                    if !values.contains(value) { return "'\(value)' is not a value of '\(fact)'" }
                } else {
                    return "'\(fact)' is not a fact that takes a value"
                }
            default:
                return "'\(clause)' is not a condition"
            }
        }
        return nil
    }

    /// Every fact the vocabulary knows, for `{fact}` placeholders.
    static var allFacts: Set<String> {
        booleanFacts.union(numericFacts).union(wordFacts.keys).union(placeholderOnlyFacts)
    }
}
