import Testing
@testable import KnowledgeBase

@Suite struct TypoToleranceTests {
    @Test func meilisearchRule() {
        let rule = TypoTolerance.standard
        #expect(rule.maxDistance(for: "code") == 0)
        #expect(rule.maxDistance(for: "phone") == 1)
        #expect(rule.maxDistance(for: "password") == 1)
        #expect(rule.maxDistance(for: "passwords") == 2)
        #expect(rule.maxDistance(for: "c2001abcde") == 0)
    }

    @Test func limitsApplyInSearch() {
        let searcher = SearchFixtures.searcher
        func found(_ query: String, _ id: ArticleID) -> Bool { searcher.search(SearchRequest(query: query + " ")).hits.contains { $0.id == id } }
        // 4 letters: no typo allowed ("cide" for "code").
        #expect(!found("cide", "invalid-pin-or-security-code"))
        // 5 letters: one typo ("phine" for "phone"), not two ("phinr").
        #expect(found("phine", "phone-number-does-not-match"))
        #expect(!found("phinr", "phone-number-does-not-match"))
        // 9 letters: two typos ("apointmnt" for "appointment"), not three.
        #expect(found("apointmnt", "appointment-time-one-hour-off"))
        #expect(!found("apintmnt", "appointment-time-one-hour-off"))
        // Transpositions count as one edit.
        #expect(found("phoen", "phone-number-does-not-match"))
    }

    @Test func damerauLevenshteinOverTheDictionary() {
        let dictionary = SurfaceDictionary(words: ["password", "passwords", "pass", "passport", "word"],
                                           terms: [0, 1, 2, 3, 4], frequencies: [1, 1, 1, 1, 1])
        let matches = dictionary.fuzzyMatches("pasword", maxDistance: 1).map { dictionary.word($0.index) }
        #expect(matches == ["password"])
        let two = Set(dictionary.fuzzyMatches("pasword", maxDistance: 2).map { dictionary.word($0.index) })
        #expect(two == ["password", "passwords"])
        #expect(dictionary.fuzzyMatches("psasword", maxDistance: 1).map { dictionary.word($0.index) } == ["password"])
        #expect(dictionary.prefixRange("pass").map { dictionary.word($0) } == ["pass", "passport", "password", "passwords"])
    }
}
