/// Stemming of plain words, Porter2 (English) unless another `Stemmer` is given:
/// "passwords" -> "password", "signing" -> "sign". Codes, numbers and compounds (anything
/// with a digit or a joiner) are left as they are, so "c2001" or "system.dll" never change.
///
/// Spanish: `StemFilter(stemmer: SpanishStemmer())` must see words with their accents, since
/// the Snowball Spanish rules read them and remove them at the end. The Spanish chain
/// (`Analyzer.spanish`) folds accents in its normalizers, so it puts them back before the
/// stemmer (`AccentRestorationFilter`) and folds again after it (`DiacriticFoldingFilter`,
/// which also folds the "ñ" the stemmer keeps), so that "contraseña" and "contrasena" both
/// end as "contrasen", and "salió" and "salio" as "sal", with "salir".
public struct StemFilter: TokenFilter {
    private let stemmer: any Stemmer

    public init(stemmer: any Stemmer = Porter2Stemmer()) {
        self.stemmer = stemmer
    }

    public func filter(_ token: Token, into output: inout [Token]) {
        guard stemmer.isPlainWord(token.term), token.term.utf8.count > 2 else { output.append(token); return }
        var token = token
        token.term = stemmer.stem(token.term)
        if !token.term.isEmpty { output.append(token) }
    }
}
