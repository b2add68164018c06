/// PIN facts: digit count, length, letters, spaces.
struct PINReader: ValueReader {
    static let key = "pin"

    func read(_ value: String, into facts: inout Facts) {
        CharacterCounts(value.trimmedForReading).setCodeFacts(group: Self.key, into: &facts)
    }
}
