/// Meilisearch's rule for how many typos a word may have: none under 5 letters, one for
/// 5 to 8, two for 9 or more. Words with digits (codes, numbers) get none. A shorter word of
/// `transpositionMinLength` letters or more may still have two neighbouring letters swapped
/// ("hlep", "cna"): the commonest slip of the keyboard, and the one typo that keeps
/// every letter, so it seldom turns one short word into another.
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
