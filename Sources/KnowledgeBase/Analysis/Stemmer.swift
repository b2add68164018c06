/// A language's stemmer, as `StemFilter` runs it: `Porter2Stemmer` (English) or
/// `SpanishStemmer`.
public protocol Stemmer: Sendable {
    /// Whether `term`, a lowercased token, is a plain word of the language that `stem`
    /// should see; codes, numbers and compounds (anything with a digit or a joiner) are not.
    func isPlainWord(_ term: String) -> Bool

    /// Returns the stem of `word`, a lowercased plain word.
    func stem(_ word: String) -> String
}

extension Porter2Stemmer: Stemmer {
    /// Words of lowercase ASCII letters and apostrophes.
    public func isPlainWord(_ term: String) -> Bool {
        term.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "'") }
    }
}
