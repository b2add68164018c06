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
        var mapped = ""
        for character in token.term { mapped += Self.special[character] ?? String(character) }
        token.term = mapped.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        output.append(token)
    }
}
