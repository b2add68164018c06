/// Puts back the accents of a word that the language writes only one way, accented: "salio"
/// -> "salió", "recibio" -> "recibió", "podia" -> "podía". The analyzer folds accents first
/// (so that typo and prefix matching ignore them), but the Snowball Spanish stemmer reads
/// them: "-ió" and "-ía" are verb endings, "-io" and "-ia" are not, so "salió" folded
/// stemmed as "sali", apart from "salir", "sale" and "salen" ("sal"). A word the language
/// also writes without accents ("medio", "esta") or with its accents in more than one place
/// ("publico": "publicó", "público") is left as it is. Runs between the normalizers and the
/// stemmer, on articles and queries alike, so a word typed without its accents meets the
/// article's accented one.
public struct AccentRestorationFilter: TokenFilter {
    /// Folded spelling -> the one accented spelling.
    private let accented: [String: String]

    /// `words`: the language's vocabulary, as written (accents kept).
    public init(words: some Sequence<String>) {
        var accented: [String: String] = [:]
        // Folded spellings the language writes another way too: unaccented, or accented elsewhere.
        var ambiguous = Set<String>()
        for word in words {
            let folded = DiacriticFoldingFilter.folded(word)
            if folded == word {
                ambiguous.insert(word)
            } else if let other = accented.updateValue(word, forKey: folded), other != word {
                ambiguous.insert(folded)
            }
        }
        for folded in ambiguous { accented[folded] = nil }
        self.accented = accented
    }

    public func filter(_ token: Token, into output: inout [Token]) {
        guard let word = accented[token.term] else { output.append(token); return }
        var token = token
        token.term = word
        output.append(token)
    }

    /// Spanish, from the Snowball stemmer's vocabulary (`Resources/Words/es.txt`).
    public static let spanish = AccentRestorationFilter(words: WordList.vocabulary("es"))
}
