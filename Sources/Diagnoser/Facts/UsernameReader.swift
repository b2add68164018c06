/// Username facts: whether it is an e-mail address.
struct UsernameReader: ValueReader {
    static let key = "username"

    func read(_ value: String, into facts: inout Facts) {
        let trimmed = value.trimmedForReading
        facts.set("username.present", !trimmed.isEmpty)
        facts.set("username.isEmail", EmailReader.looksLikeAddress(trimmed))
    }
}
