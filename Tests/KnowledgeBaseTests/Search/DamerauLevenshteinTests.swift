import Testing

@testable import KnowledgeBase

@Suite struct DamerauLevenshteinTests {
    @Test func damerauLevenshteinCountsSwapsAsOne() {
        #expect(DamerauLevenshtein.distance("gmial.com", "gmail.com") == 1)
        #expect(DamerauLevenshtein.distance("kitten", "sitting") == 3)
        #expect(DamerauLevenshtein.distance("abc", "abc") == 0)
        #expect(DamerauLevenshtein.distance("abcdef", "uvwxyz", limit: 2) == 3)
    }

    @Test func typoToleranceByLength() {
        #expect(TypoTolerance.standard.maxDistance(length: 4) == 0)
        #expect(TypoTolerance.standard.maxDistance(length: 5) == 1)
        #expect(TypoTolerance.standard.maxDistance(length: 8) == 1)
        #expect(TypoTolerance.standard.maxDistance(length: 9) == 2)
    }
}
