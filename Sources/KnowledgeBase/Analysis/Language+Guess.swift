extension Language {
    /// The language `text` is most likely written in, from the function words it uses
    /// ("el", "que", "mi" against "the", "that", "my"); nil when it has too few to tell.
    /// An English error quoted inside Spanish text stays Spanish: the rest of the words decide.
    public static func guess(_ text: String) -> Language? {
        var english = 0
        var spanish = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let word = String(word)
            let inEnglish = StopWordFilter.english.contains(word)
            let inSpanish = StopWordFilter.spanish.contains(word) || StopWordFilter.spanishMeaningfulFunctionWords.contains(word)
                || StopWordFilter.spanishNegations.contains(word) && word != "no"
            if inEnglish && !inSpanish { english += 1 }
            if inSpanish && !inEnglish { spanish += 1 }
        }
        guard english + spanish >= 2 else { return nil }
        return spanish > english ? .es : .en
    }
}
