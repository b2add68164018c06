/// An article's explanation or reply with `{fact}` placeholders, split once into sentences and
/// parts, so that filling it per request is a few appends. Facts are counts, shape names and
/// rule names, never values; a sentence whose fact is unknown is left out.
struct FillableText: Sendable {
    /// A fact by name, with its slot in `Facts` when it is in the catalog.
    enum Part: Sendable { case text(String), fact(String, slot: Int?) }

    /// The whole text when it has no placeholders.
    private let plain: String?
    private let sentences: [[Part]]

    init(_ text: String) {
        guard text.utf8.contains(UInt8(ascii: "{")) else {
            plain = text
            sentences = []
            return
        }
        plain = nil
        sentences = Self.splitSentences(text).map(Self.parts)
    }

    /// Sentences ending in ". ", "! " or "? ", each kept with its punctuation.
    private static func splitSentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " " && (previous == "." || previous == "!" || previous == "?") {
                sentences.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    private static func parts(_ sentence: String) -> [Part] {
        var parts: [Part] = []
        var rest = sentence[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            parts.append(.fact(name, slot: FactCatalog.slot(of: name)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    /// The text with its facts filled in; a word fact (a shape or rule name) as `words` says it.
    func filled(with facts: Facts, words: FactSentences = .of(.original)) -> String {
        if let plain { return plain }
        var kept: [String] = []
        sentenceLoop: for sentence in sentences {
            var result = ""
            for part in sentence {
                switch part {
                case .text(let text):
                    result += text
                case .fact(let name, let slot):
                    guard let value = slot.map({ facts[slot: $0] }) ?? facts[name],
                          slot.map(facts.groupPresent(slot:)) ?? facts.groupPresent(for: name), value != .word("none") else { continue sentenceLoop }
                    if case .word(let word) = value { result += words.word(name, word) } else { result += value.description }
                }
            }
            kept.append(result)
        }
        return kept.joined(separator: " ")
    }
}
