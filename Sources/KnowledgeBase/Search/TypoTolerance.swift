/// Meilisearch's rule for how many typos a word may have: none under 5 letters, one for
/// 5 to 8, two for 9 or more. Words with digits (codes, numbers) get none. A shorter word of
/// `transpositionMinLength` letters or more may still have two neighbouring letters swapped
/// ("hlep", "cna"): the commonest slip of the keyboard, and the one typo that keeps
/// every letter, so it seldom turns one short word into another. A shorter word that is a word
/// of neither the articles nor the language ("bok", "vist") may also have a letter left out
/// (`TermExpander.leftOutLetterMatches`), never a letter changed ("fax" is not "fix").
public struct TypoTolerance: Hashable, Sendable {
    public var oneTypoMinLength: Int
    public var twoTyposMinLength: Int
    public var transpositionMinLength: Int

    public init(oneTypoMinLength: Int = 5, twoTyposMinLength: Int = 9, transpositionMinLength: Int = 3) {
        self.oneTypoMinLength = oneTypoMinLength
        self.twoTyposMinLength = twoTyposMinLength
        self.transpositionMinLength = transpositionMinLength
    }

    /// Whether `word` gets no typo but may be read with two neighbouring letters swapped.
    public func allowsTranspositionOnly(_ word: String) -> Bool {
        let letters = word.utf8.count
        return letters >= transpositionMinLength && maxDistance(length: letters) == 0
            && word.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    public static let standard = TypoTolerance()

    public func maxDistance(for word: String) -> Int {
        // Printable ASCII (nearly every word typed): a letter is a byte and only 0-9 are numbers.
        var letters = 0
        for byte in word.utf8 {
            guard byte > 0x20, byte < 0x7F else { return maxDistanceOfAnyText(word) }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return 0 }
            letters += 1
        }
        return maxDistance(length: letters)
    }

    private func maxDistanceOfAnyText(_ word: String) -> Int {
        if word.contains(where: { $0.isNumber }) { return 0 }
        return maxDistance(length: word.count)
    }

    /// The typos allowed in a word of `length` letters.
    public func maxDistance(length: Int) -> Int {
        if length >= twoTyposMinLength { return 2 }
        if length >= oneTypoMinLength { return 1 }
        return 0
    }
}
