/// Security code facts: digit count, length, letters, spaces; well formed = exactly 5 digits.
struct SecurityCodeReader: ValueReader {
    static let key = "securityCode"

    func read(_ value: String, into facts: inout Facts) {
        let counts = CharacterCounts(value.trimmedForReading)
        counts.setCodeFacts(group: Self.key, into: &facts)
        facts.set("securityCode.wellFormed", counts.digits == 5 && counts.length == 5)
    }
}
