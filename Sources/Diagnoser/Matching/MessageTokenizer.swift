import Foundation
import KnowledgeBase

/// Turns text into tokens: folds case and accents, drops apostrophes ("doctor's" -> "doctors"),
/// splits on other punctuation, and masks the variable parts the way log-template miners do:
/// e-mail addresses, URLs, dates and long numbers become one placeholder token each.
struct MessageTokenizer: Sendable {
    /// The language whose stems and stop words the tokens get.
    var language: Language = .original
    /// Words whose tokens are made once (`knownWords`): such a word of a message costs no
    /// stemming and no copy. The tokens are the same as made word by word.
    private var known = ByteStringInterner()
    private var knownTokens: [MessageToken] = []

    init(language: Language = .original) {
        self.language = language
    }

    /// A tokenizer that has the tokens of `knownWords` (words as written, folded) made in advance.
    init<S: Sequence>(language: Language, knownWords: S) where S.Element == [UInt8] {
        self.language = language
        let words = Array(Set(knownWords)).sorted { $0.lexicographicallyPrecedes($1) }
        knownTokens = words.map { MessageToken(text: $0, language: language) }
        known = ByteStringInterner(words)  // ids are the places in `words`: no word repeats
    }

    /// Lowercased ASCII bytes; other text folded (accents removed, curly quotes straightened).
    static func foldedBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) {
            let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive, .caseInsensitive], locale: nil)
            bytes.removeAll(keepingCapacity: true)
            for scalar in folded.unicodeScalars {
                switch scalar {
                case "\u{2018}", "\u{2019}": bytes.append(UInt8(ascii: "'"))
                case "\u{201C}", "\u{201D}": bytes.append(UInt8(ascii: "\""))
                default: UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
        return bytes
    }

    func tokens(_ text: String) -> [MessageToken] {
        tokens(folded: Self.foldedBytes(text))
    }

    func tokens(folded bytes: [UInt8]) -> [MessageToken] {
        var tokens: [MessageToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var start = 0
        let count = bytes.count
        var word: [UInt8] = []
        word.reserveCapacity(32)
        while start < count {
            while start < count && Self.isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < count && !Self.isSpace(bytes[end]) { end += 1 }
            if end > start { appendChunk(bytes[start..<end], to: &tokens, word: &word) }
            start = end
        }
        return tokens
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 11 || byte == 12
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// - Parameter word: a buffer for the word being read, reused from chunk to chunk.
    private func appendChunk(_ chunk: ArraySlice<UInt8>, to tokens: inout [MessageToken], word: inout [UInt8]) {
        if let kind = Self.maskKind(chunk) {
            tokens.append(MessageToken(text: Self.placeholder(kind), kind: kind))
            return
        }
        word.removeAll(keepingCapacity: true)
        func flush() {
            guard !word.isEmpty else { return }
            if word.count >= 4 && word.allSatisfy(Self.isDigit) {
                tokens.append(MessageToken(text: Self.placeholder(.number), kind: .number))
            } else if known.count > 0, let index = known.id(of: word[...]) {
                tokens.append(knownTokens[index])
            } else {
                tokens.append(MessageToken(text: word, language: language))
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in chunk {
            if Self.isAlphanumeric(byte) {
                word.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue  // doctor's -> doctors, didn't -> didnt
            } else {
                flush()
            }
        }
        flush()
    }

    static func placeholder(_ kind: MessageToken.Kind) -> [UInt8] {
        switch kind {
        case .email: return Array("<email>".utf8)
        case .url: return Array("<url>".utf8)
        case .date: return Array("<date>".utf8)
        case .number: return Array("<num>".utf8)
        case .word: return []
        }
    }

    private static let urlPrefixes = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// The placeholder kind of a whitespace-free chunk, or nil for ordinary words.
    static func maskKind(_ chunk: ArraySlice<UInt8>) -> MessageToken.Kind? {
        if let at = chunk.firstIndex(of: UInt8(ascii: "@")), chunk[at...].contains(UInt8(ascii: ".")), at > chunk.startIndex {
            return .email
        }
        if urlPrefixes.contains(where: { chunk.starts(with: $0) }) {
            return .url
        }
        var digits = 0, separators = 0, letters = 0
        for byte in chunk {
            if isDigit(byte) { digits += 1 }
            else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") { separators += 1 }
            else if isAlphanumeric(byte) { letters += 1 }
        }
        if digits >= 4 && separators >= 1 && letters == 0 { return separators == 2 && digits <= 8 ? .date : .number }
        return nil
    }
}
