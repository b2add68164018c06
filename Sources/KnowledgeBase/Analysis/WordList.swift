import Foundation

/// The words of a language, as a spell checker's dictionary holds them: a typed word found
/// here is spelled right even when no article writes it ("pay", "chat", "dose"), so "did you
/// mean" does not offer an article's word for it on looks alone (`SpellingSuggester`). Read
/// from the Snowball stemmers' vocabularies (`Resources/Words`) with the language's analyzer,
/// before any search, folded as the analyzer folds a surface form (lower case, no accents).
public struct WordList: Sendable {
    private let words: Set<String>

    /// `words`, each a surface form.
    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
    }

    /// Whether `surface` (a word as the analyzer normalizes it) is a word of the language.
    public func contains(_ surface: String) -> Bool { words.contains(surface) }

    /// The English words (42,649).
    public static let english = WordList(resource: "en")
    /// The Spanish words (28,378).
    public static let spanish = WordList(resource: "es")

    /// The words of `Resources/Words/<name>.txt`, folded; none if the file is missing.
    private init(resource name: String) {
        self.init(Self.vocabulary(name).map(DiacriticFoldingFilter.folded))
    }

    /// The words of `Resources/Words/<name>.txt` as written, accents kept; none if the file is missing.
    static func vocabulary(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Words"),
              let data = try? Data(contentsOf: url)
        else { return [] }
        // Lines split on bytes: splitting a String walks its grapheme clusters, many times slower.
        return data.withUnsafeBytes { bytes in
            bytes.split(separator: UInt8(ascii: "\n")).map { line in
                String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...], as: UTF8.self)
            }
        }
    }
}
