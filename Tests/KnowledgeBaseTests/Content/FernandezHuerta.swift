/// The Fernández-Huerta reading ease of Spanish plain text (Flesch's formula adapted to
/// Spanish): 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words.
/// 70 and above reads easily (plain Spanish for patients); 60–70 is standard.
/// Sentences and words are split as `FleschKincaid` splits them; syllables are Spanish
/// vowel nuclei.
struct FernandezHuerta {
    var sentences = 0
    var words = 0
    var syllables = 0

    init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            for sentence in FleschKincaid.sentences(in: line) {
                let sentenceWords = FleschKincaid.words(in: sentence)
                guard !sentenceWords.isEmpty else { continue }
                sentences += 1
                words += sentenceWords.count
                syllables += sentenceWords.reduce(0) { $0 + Self.syllables(in: $1) }
            }
        }
    }

    var readingEase: Double {
        guard words > 0 else { return 0 }
        let perHundred = 100 / Double(words)
        return 206.84 - 0.60 * Double(syllables) * perHundred - 1.02 * Double(sentences) * perHundred
    }

    /// Vowel groups, each one syllable except where two strong vowels (a, e, o, or an accented
    /// vowel) meet, which is a hiatus ("le-er", "dí-a"). "y" is a vowel at the end of a word
    /// ("hoy"). At least 1; a number is 1.
    static func syllables(in word: Substring) -> Int {
        let letters = Array(word.lowercased())
        guard letters.contains(where: \.isLetter) else { return 1 }
        let weak: Set<Character> = ["i", "u", "ü"]
        let strong: Set<Character> = ["a", "e", "o", "á", "é", "í", "ó", "ú"]
        func isVowel(_ index: Int) -> Bool {
            let letter = letters[index]
            return weak.contains(letter) || strong.contains(letter) || (letter == "y" && index == letters.count - 1 && index > 0)
        }
        var count = 0
        var previousVowel: Character?
        for index in letters.indices {
            guard isVowel(index) else { previousVowel = nil; continue }
            let letter = letters[index]
            if let previous = previousVowel {
                // "qu" and "gu" + e/i: the u is silent, the group already counted.
                if strong.contains(previous) && strong.contains(letter) { count += 1 }
            } else {
                let silentU = letter == "u" && index > 0 && (letters[index - 1] == "q" || letters[index - 1] == "g")
                    && index + 1 < letters.count && "eéií".contains(letters[index + 1])
                if silentU { continue }  // the vowel after it starts the group
                count += 1
            }
            previousVowel = letter
        }
        return max(count, 1)
    }
}
