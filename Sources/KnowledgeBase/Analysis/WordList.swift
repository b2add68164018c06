import Foundation

/// The words of a language, as a spell checker's dictionary holds them: a typed word found
/// here is spelled right even when no article writes it ("pay", "chat", "dose"), so "did you
/// mean" does not offer an article's word for it on looks alone (`SpellingSuggester`). Read
/// from the Snowball stemmers' vocabularies (`Resources/Words`) on first use, folded as the
/// analyzer folds a surface form (lower case, no accents).
public struct WordList: Sendable {
    private let words: @Sendable () -> Set<String>

    /// `words`, each a surface form.
    public init(_ words: some Sequence<String>) {
        let set = Set(words)
        self.words = { set }
    }

    private init(loading words: @escaping @Sendable () -> Set<String>) {
        self.words = words
    }

    /// Whether `surface` (a word as the analyzer normalizes it) is a word of the language.
    public func contains(_ surface: String) -> Bool { words().contains(surface) }

    /// The English words (42,649).
    public static let english = WordList(loading: { englishWords })
    /// The Spanish words (28,378).
    public static let spanish = WordList(loading: { spanishWords })

    private static let englishWords = read("en")
    private static let spanishWords = read("es")

    /// The words of `Resources/Words/<name>.txt`, folded; none if the file is missing.
    private static func read(_ name: String) -> Set<String> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Words"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return Set(text.split(separator: "\n").map { DiacriticFoldingFilter.folded(String($0)) })
    }
}
