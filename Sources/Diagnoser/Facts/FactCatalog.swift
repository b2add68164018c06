/// The condition vocabulary: every fact name the readers produce, with its kind.
/// A `when:` line naming anything else is not understood: building the `Diagnoser` lists it in
/// `problems` (and logs it), and it never holds.
public enum FactCatalog {
    public enum Kind: Sendable, Hashable {
        case bool
        case int
        /// A word; `allowed` empty means any word.
        case word(allowed: [String])
    }

    public static let dateShapes = [
        "mm/dd/yyyy", "dd/mm/yyyy", "yyyy-mm-dd", "yyyymmdd", "two-digit-year", "written-month", "dashes", "other",
    ]
    public static let flows = ["registration", "password-reset", "sign-in", "messaging", "appointments", "none"]

    /// Value groups: facts named `<group>.…` exist only when the value was typed.
    public static let valueGroups: Set<String> = [
        "securityCode", "pin", "dateOfBirth", "phone", "email", "username", "password", "link",
    ]

    public static let kinds: [String: Kind] = [
        "securityCode.present": .bool, "securityCode.digits": .int, "securityCode.length": .int,
        "securityCode.hasLetters": .bool, "securityCode.hasSpaces": .bool, "securityCode.hasLookAlikes": .bool, "securityCode.wellFormed": .bool,
        "pin.present": .bool, "pin.digits": .int, "pin.length": .int, "pin.hasLetters": .bool, "pin.hasLookAlikes": .bool,
        "pin.hasSpaces": .bool,
        "dateOfBirth.present": .bool, "dateOfBirth.shape": .word(allowed: dateShapes),
        "dateOfBirth.firstNumberOver12": .bool, "dateOfBirth.plausible": .bool, "dateOfBirth.wellFormed": .bool,
        "dateOfBirth.dayFirst": .bool, "dateOfBirth.dayMonthAmbiguous": .bool,
        "phone.present": .bool, "phone.digits": .int, "phone.hasCountryCode": .bool, "phone.hasExtension": .bool,
        "phone.wellFormed": .bool,
        "email.present": .bool, "email.domainTypo": .bool, "email.wellFormed": .bool,
        "email.suggestedDomain": .word(allowed: []),
        "username.present": .bool, "username.isEmail": .bool,
        "password.present": .bool, "password.length": .int, "password.tooShort": .bool,
        "password.missingLowercase": .bool, "password.missingUppercase": .bool, "password.missingDigit": .bool,
        "password.breaksRules": .bool, "password.brokenRules": .word(allowed: []),
        "link.present": .bool, "link.truncated": .bool, "link.rewritten": .bool,
        "userAgent.internetExplorer": .bool,
        "timeZones.differ": .bool, "timesHourApart": .bool, "saysUsedBefore": .bool,
        "flow": .word(allowed: flows),
        "codesRequested": .int, "invitationsSent": .int, "resetRequests": .int,
    ]

    private static let presenceFacts: [String: String] = Dictionary(uniqueKeysWithValues: valueGroups.map { ($0, $0 + ".present") })

    /// Every fact name of `kinds`, sorted: a fact's place in this list is its slot in `Facts`.
    static let names: [String] = kinds.keys.sorted()
    private static let slots: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
    /// Per slot, the slot of the fact's `<group>.present` (nil for context facts).
    static let presenceSlots: [Int?] = names.map { name in
        group(of: name).flatMap { slots[presenceFact($0)] }
    }
    /// The group of each fact of the catalog (nil inside for context facts), worked out once.
    private static let groups: [String: String?] = Dictionary(uniqueKeysWithValues: names.map { ($0, slowGroup(of: $0)) })

    /// The slot of a fact of the catalog in `Facts`, nil for any other name.
    static func slot(of name: String) -> Int? { slots[name] }

    /// `<group>.present`, without building the string each time.
    static func presenceFact(_ group: String) -> String { presenceFacts[group] ?? group + ".present" }

    /// The value group a fact belongs to (`securityCode` for `securityCode.digits`), or nil for context facts.
    public static func group(of name: String) -> String? {
        groups[name] ?? slowGroup(of: name)
    }

    private static func slowGroup(of name: String) -> String? {
        guard let dot = name.firstIndex(of: ".") else { return nil }
        let group = String(name[..<dot])
        return valueGroups.contains(group) ? group : nil
    }
}
