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
        if let ascii = foldedLatin1Lowercase(term) { return ascii }
        var mapped = ""
        for character in term { mapped += special[character] ?? String(character) }
        return mapped.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The plain letter of each lower-case accented Latin-1 letter, by the second byte of its
    /// UTF-8 (0xC3 0xA0 "à" to 0xC3 0xBF "ÿ"); 0 where folding is not one plain letter ("æ",
    /// "ð", "÷", "ø", "þ").
    private static let latin1Lowercase: [UInt8] = Array("aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y".utf8)

    /// The fast path of `folded` for text of ASCII and lower-case accented Latin-1 letters
    /// (Spanish, French, Portuguese words as the analyzer lower-cases them); nil for anything else.
    private static func foldedLatin1Lowercase(_ term: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(term.utf8.count)
        var iterator = term.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 { bytes.append(byte); continue }
            guard byte == 0xC3, let second = iterator.next(), second >= 0xA0, second <= 0xBF else { return nil }
            let plain = latin1Lowercase[Int(second - 0xA0)]
            guard plain != 0 else { return nil }
            bytes.append(plain)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
