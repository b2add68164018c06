/// Words that carry little meaning in an error message; they count, but weigh little.
enum MessageStopwords {
    static let words: Set<[UInt8]> = Set([
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "you", "your",
        "i", "im", "my", "me", "it", "its", "this", "that", "to", "of", "for", "in", "on", "at", "and", "or",
        "but", "with", "we", "our", "us", "please", "sorry", "now", "just", "did", "do", "does", "am", "so",
        "can", "will", "there", "they", "their", "he", "she", "her", "him", "his", "what", "which", "when",
        "how", "could", "would", "if", "from", "as", "by", "into", "then", "than", "looks", "like", "keep",
        "get", "got", "says", "said", "saying", "hi", "hello", "thanks",
    ].map { Array($0.utf8) })

    static func contains(_ word: [UInt8]) -> Bool { words.contains(word) }
}
