/// Meilisearch's rule for how many typos a word may have: none under 5 letters, one for
/// 5 to 8, two for 9 or more. Words with digits (codes, numbers) get none.
public struct TypoTolerance: Hashable, Sendable {
    public var oneTypoMinLength: Int
    public var twoTyposMinLength: Int

    public init(oneTypoMinLength: Int = 5, twoTyposMinLength: Int = 9) {
        self.oneTypoMinLength = oneTypoMinLength
        self.twoTyposMinLength = twoTyposMinLength
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
