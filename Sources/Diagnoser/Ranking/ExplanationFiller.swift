/// Fills `{fact}` placeholders in an article's explanation or reply with facts (counts, shape
/// names, rule names; never values). A sentence whose fact is unknown is left out.
enum ExplanationFiller {
    static func fill(_ text: String, with facts: Facts) -> String {
        FillableText(text).filled(with: facts)
    }

    /// Sentences ending in ". ", "! " or "? ", each kept with its punctuation.
    static func splitSentences(_ text: String) -> [String] {
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
}
