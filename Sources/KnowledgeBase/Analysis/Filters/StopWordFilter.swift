/// Removes common function words that carry no meaning for search, and lone digits, but never a negation:
/// "not", "no", "never", "nor", "cannot" and the negated contractions stay, because
/// "pin not accepted" and "pin accepted" are different problems. The list is a parameter:
/// `english` (the default) or `spanish`; Spanish negations ("no", "ni", "nunca", "sin"…) are
/// kept the same way.
public struct StopWordFilter: TokenFilter {
    public let stopWords: Set<String>

    /// English words that are never removed, whatever list is given (`spanishNegations`
    /// neither).
    public static let negations: Set<String> = [
        "not", "no", "nor", "never", "none", "nothing", "nobody", "neither", "nowhere", "without",
        "cannot", "can't", "won't", "don't", "doesn't", "isn't", "didn't", "aren't", "wasn't", "weren't",
        "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", "mustn't",
    ]

    /// An English list in the spirit of Lucene's and NLTK's, negations left out.
    public static let english: Set<String> = Set([
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "if", "in",
        "into", "is", "it", "its", "it's", "of", "on", "or", "such", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "this", "those", "to", "was", "were", "will", "with", "i", "me", "my",
        "myself", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
        "what", "which", "who", "whom", "am", "do", "does", "did", "doing", "have", "has", "had", "having",
        "can", "could", "would", "should", "shall", "may", "might", "must", "so", "than", "too", "very",
        "just", "about", "also", "here", "how", "when", "where", "why", "all", "any", "both", "each",
        "some", "own", "same", "other", "s", "t", "d", "ll", "m", "re", "ve", "o", "y", "itself",
        "ourselves", "yourself", "themselves", "himself", "herself", "whose", "while", "until", "because",
        "again", "further", "once", "more", "most", "only", "over", "under",
        "through", "during", "before", "after", "above", "below", "between", "against",
    ]).union(englishCourtesy)

    /// Greetings, thanks and the chat spellings of function words ("u", "ur", "plz"): people
    /// write them around a question ("hi, please reset my pin, thanks") and they carry nothing
    /// to search for; counted as words, one article's "please try again" outranked the answer.
    public static let englishCourtesy: Set<String> = [
        "please", "pls", "plz", "plse", "thanks", "thank", "thx", "thanx", "hi", "hello", "hey", "dear",
        "regards", "kindly", "u", "ur", "r", "n", "b4", "abt", "wat", "wut", "cuz", "coz", "thru", "tho",
    ]

    public init(stopWords: Set<String> = StopWordFilter.english) {
        self.stopWords = stopWords.subtracting(Self.negations).subtracting(Self.spanishNegations)
    }

    public func filter(_ token: Token, into output: inout [Token]) {
        if !Self.isLoneDigit(token.term) && !stopWords.contains(token.term) { output.append(token) }
    }

    /// A single digit ("2", "4"), whatever the list: a count without its unit, or a texted
    /// "to" or "for" ("need 2 cancel"), it carries nothing to search for; as a rare term it
    /// outweighed the words of the question. Longer numbers and codes ("404", "c2001") stay.
    static func isLoneDigit(_ term: String) -> Bool {
        var bytes = term.utf8.makeIterator()
        guard let first = bytes.next(), bytes.next() == nil else { return false }
        return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    }
}
