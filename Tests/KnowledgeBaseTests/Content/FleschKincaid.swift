/// The Flesch-Kincaid grade level of plain text:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
///
/// Sentences end at `.`, `!`, `?` or `:` followed by a space, and at line breaks (list items,
/// headings and table cells are lines of their own). Words are runs of letters, digits and
/// apostrophes that contain a letter or digit; syllables come from a vowel-group heuristic.
struct FleschKincaid {
    var sentences = 0
    var words = 0
    var syllables = 0

    init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            for sentence in Self.sentences(in: line) {
                let sentenceWords = Self.words(in: sentence)
                guard !sentenceWords.isEmpty else { continue }
                sentences += 1
                words += sentenceWords.count
                syllables += sentenceWords.reduce(0) { $0 + Self.syllables(in: $1) }
            }
        }
    }

    var grade: Double {
        guard sentences > 0, words > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    static func sentences(in line: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            if ".!?:".contains(line[index]), next == line.endIndex || line[next] == " " {
                result.append(line[start..<next])
                start = next
            }
            index = next
        }
        if start < line.endIndex { result.append(line[start...]) }
        return result
    }

    static func words(in sentence: Substring) -> [Substring] {
        sentence.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
            .filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Vowel groups (y counts as a vowel after the first letter), less a silent final "e"
    /// (but not "-le"), and a final "-es"/"-ed" that adds no sound; at least 1. A number is 1.
    static func syllables(in word: Substring) -> Int {
        let letters = Array(word.lowercased().filter { $0.isLetter })
        guard !letters.isEmpty else { return 1 }
        if letters.count <= 3 { return 1 }
        func isVowel(_ offset: Int) -> Bool {
            let c = letters[offset]
            return "aeiou".contains(c) || (c == "y" && offset > 0)
        }
        var count = 0
        var previousVowel = false
        for offset in letters.indices {
            let vowel = isVowel(offset)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
        }
        let n = letters.count
        let last = letters[n - 1], beforeLast = letters[n - 2], third = letters[n - 3]
        if last == "e", !isVowel(n - 2), !(beforeLast == "l" && !isVowel(n - 3)) {
            count -= 1  // "make", "site"; but "simple" keeps its "-le"
        } else if last == "d", beforeLast == "e", !isVowel(n - 3), !"td".contains(third) {
            count -= 1  // "saved", "typed"; but "needed", "added"
        } else if last == "s", beforeLast == "e", !isVowel(n - 3), !"szxgch".contains(third) {
            count -= 1  // "types", "times"; but "boxes", "pages", "matches"
        }
        return max(1, count)
    }
}
