import Foundation

/// Folds accented Latin letters to ASCII, like Lucene's ASCIIFoldingFilter: "café" -> "cafe",
/// "Straße" -> "strasse", and the typographic apostrophe "’" -> "'".
public struct DiacriticFoldingFilter: TokenFilter {
    public init() {}

    private static let special: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i", "’": "'", "ʼ": "'", "‐": "-", "‑": "-",
    ]

    public func filter(_ token: Token, into output: inout [Token]) {
        guard !token.term.utf8.allSatisfy({ $0 < 0x80 }) else { output.append(token); return }
        var token = token
        token.term = Self.folded(token.term)
        output.append(token)
    }

    /// `term` without its accents and ligatures ("contraseña": "contrasena").
    static func folded(_ term: String) -> String {
        guard !term.utf8.allSatisfy({ $0 < 0x80 }) else { return term }
        var mapped = ""
        for character in term { mapped += special[character] ?? String(character) }
        return mapped.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
