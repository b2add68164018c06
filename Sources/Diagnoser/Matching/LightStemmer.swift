/// A few English suffixes stripped so that "invite", "invitation" and "invitations" meet;
/// both the articles' messages and the pasted text go through it, so stems only need to agree.
enum LightStemmer {
    private static let suffixes: [[UInt8]] = ["ations", "ation", "ings", "ing", "ed", "es", "s", "e"].map { Array($0.utf8) }

    static func stem(_ word: [UInt8]) -> [UInt8] {
        for suffix in suffixes where word.count - suffix.count >= 3 && word.count > suffix.count {
            if word.count >= 4 || suffix.count > 1, word.suffix(suffix.count).elementsEqual(suffix) {
                return Array(word.dropLast(suffix.count))
            }
        }
        return word
    }
}
