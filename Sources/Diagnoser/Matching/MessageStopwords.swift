import KnowledgeBase

/// Words that carry little meaning in an error message; they count, but weigh little. One list per
/// language; words that say how many ("another", "más", "otro") keep their weight in a message.
enum MessageStopwords {
    static let english: Set<[UInt8]> = Set([
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "you", "your",
        "i", "im", "my", "me", "it", "its", "this", "that", "to", "of", "for", "in", "on", "at", "and", "or",
        "but", "with", "we", "our", "us", "please", "sorry", "now", "just", "did", "do", "does", "am", "so",
        "can", "will", "there", "they", "their", "he", "she", "her", "him", "his", "what", "which", "when",
        "how", "could", "would", "if", "from", "as", "by", "into", "then", "than", "looks", "like", "keep",
        "get", "got", "says", "said", "saying", "hi", "hello", "thanks",
    ].map { Array($0.utf8) })

    /// The search's Spanish stop words (negations already kept), less the words that say how many
    /// or that there was more than one ("más", "otro", "otra", "dos": `MessageWords.spanish.countWords`):
    /// "más de un correo" is not "un correo". The function words search keeps for their meaning
    /// ("ya") weigh little here, as "now" and "just" do in English ("ya me había registrado").
    static let spanish: Set<[UInt8]> = Set(
        StopWordFilter.spanish.union(StopWordFilter.spanishMeaningfulFunctionWords)
            .subtracting(MessageWords.spanish.countWords.keys).subtracting(["mas", "más"]).map { Array($0.utf8) })

    static func contains(_ word: [UInt8], in language: Language = .original) -> Bool {
        words(in: language).contains(word)
    }

    static func words(in language: Language) -> Set<[UInt8]> {
        switch language {
        case .en: english
        case .es: spanish
        }
    }
}
