/// A word of a query as the searcher sees it: its surface form (for typo and prefix
/// matching), its index terms, and for a compound ("e-mail", "system.dll") the terms of
/// its parts, which may match as a phrase.
public struct AnalyzedWord: Hashable, Sendable {
    /// Normalized but not stemmed: "passwords", "e-mail" -> "email".
    public var surface: String
    /// Index terms of the whole word: usually one; "doesn't" -> ["not"]; empty when stopped.
    public var terms: [String]
    /// Index terms of a compound's parts ("e-mail" -> ["e", "mail"]); empty for simple words.
    public var parts: [String]
    /// UTF-8 offsets in the analyzed text.
    public var start: Int
    public var end: Int

    /// The word's terms as one string, for synonym lookup ("not" for "doesn't").
    public var key: String { terms.joined(separator: " ") }
}

extension Analyzer {
    /// The words of `text` with their terms; words that analyze to nothing (stop words) are dropped.
    /// `knownTerms` may answer a surface form's terms from a cache (an index's dictionary)
    /// instead of running the filters; it returns nil for forms it does not know.
    /// `keepsStopWords` keeps the words that analyze to nothing, with no terms.
    /// `readsApart`, given the surface form and the terms of a word of letters joined by
    /// hyphens ("auto-invite"), says whether to read it as its parts, each a word of its own,
    /// as if typed apart.
    public func analyzeWords(_ text: String, keepsStopWords: Bool = false,
                             knownTerms: ((String) -> [String]?)? = nil,
                             readsApart: ((_ surface: String, _ terms: [String]) -> Bool)? = nil) -> [AnalyzedWord] {
        func termsOf(_ surface: String) -> [String] {
            knownTerms?(surface) ?? self.terms(ofSurface: surface).map(\.term)
        }
        let tokens = tokenizer.tokenize(text)
        var words: [AnalyzedWord] = []
        words.reserveCapacity(tokens.count)
        forEachWord(of: tokens) { word, partTokens in
            let surface = self.surface(word.term)
            let terms = termsOf(surface)
            if partTokens.count > 1, let readsApart, Self.isHyphenatedWord(partTokens, in: text), readsApart(surface, terms) {
                appendApart(partTokens, keepsStopWords: keepsStopWords, termsOf: termsOf, to: &words)
                return
            }
            let parts = partTokens.flatMap { termsOf(self.surface($0.term)) }
            guard !terms.isEmpty || !parts.isEmpty || keepsStopWords else { return }
            words.append(AnalyzedWord(surface: surface, terms: terms.isEmpty ? parts : terms, parts: parts,
                                      start: word.start, end: word.end))
        }
        return words
    }

    /// The surface form of every word of `text`, stop words kept, a compound as one word:
    /// the words as typed, for matching them in order (`LabelPhrases`).
    public func surfaceWords(_ text: String) -> [String] {
        var surfaces: [String] = []
        forEachWord(of: tokenizer.tokenize(text)) { word, _ in surfaces.append(self.surface(word.term)) }
        return surfaces
    }

    /// The parts of a compound as words of their own, as if typed apart. Kept out of line: the
    /// rare path would otherwise make `analyzeWords` too large to inline what every word runs.
    @inline(never)
    private func appendApart(_ parts: [Token], keepsStopWords: Bool, termsOf: (String) -> [String], to words: inout [AnalyzedWord]) {
        for part in parts {
            let surface = self.surface(part.term)
            let terms = termsOf(surface)
            guard !terms.isEmpty || keepsStopWords else { continue }
            words.append(AnalyzedWord(surface: surface, terms: terms, parts: [], start: part.start, end: part.end))
        }
    }

    /// Whether `parts` (two or more) are the parts of a compound of letters joined by hyphens only
    /// ("auto-invite"): not a file name, an address, a date or a code ("system.dll", "2-step").
    @inline(never)
    private static func isHyphenatedWord(_ parts: [Token], in text: String) -> Bool {
        guard !parts.contains(where: { $0.term.utf8.contains(where: \.isASCIIDigit) }) else { return false }
        var text = text
        return text.withUTF8 { bytes in
            zip(parts, parts.dropFirst()).allSatisfy { previous, next in
                // A hyphen-minus, or the Unicode hyphens U+2010 and U+2011 (E2 80 90, E2 80 91).
                switch next.start - previous.end {
                case 1: bytes[previous.end] == UInt8(ascii: "-")
                case 3: bytes[previous.end] == 0xE2 && bytes[previous.end + 1] == 0x80 && (0x90...0x91).contains(bytes[previous.end + 2])
                default: false
                }
            }
        }
    }

    /// Calls `body` with each word of the tokenized text (`raw`) and, for a compound ("e-mail"),
    /// the tokens of its parts.
    private func forEachWord(of raw: [Token], _ body: (Token, [Token]) -> Void) {
        var index = 0
        while index < raw.count {
            let first = raw[index]
            var word = first
            var partTokens: [Token] = []
            if index + 1 < raw.count, raw[index + 1].positionIncrement == 0 {
                word = raw[index + 1]
                partTokens.append(first)
                index += 2
                while index < raw.count, raw[index].positionIncrement > 0, raw[index].end <= word.end {
                    partTokens.append(raw[index])
                    index += 1
                }
            } else {
                index += 1
            }
            body(word, partTokens)
        }
    }
}
