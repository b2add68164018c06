import Testing
@testable import KnowledgeBase
import TestSupport

/// Two words typed without the space between them ("phonenumber") are read as the pair, as
/// Meilisearch splits words, when the collection has the two side by side.
@Suite struct SplitWordsTests {
    func alternatives(_ query: String) -> [QueryAlternative] {
        let index = SearchFixtures.searcher.index
        return QueryParser(index: index, ranking: .standard, typos: .standard).parse(query).clauses.flatMap(\.alternatives)
    }

    @Test func twoWordsTypedTogetherFindThePair() throws {
        #expect(SearchFixtures.ids("phonenumber").first == "phone-number-does-not-match")
        #expect(SearchFixtures.ids("resetpassword").first == "reset-password")
        let split = try #require(alternatives("phonenumber").first { $0.kind == .splitWords })
        #expect(split.terms.count == 2 && split.bigrams.count == 1, "matched as a phrase")
        #expect(split.weight == RankingParameters.standard.fuzzyWeights[0], "weighed as one typo")
    }

    /// Three words typed together: with a stop word between two words ("dateofbirth"), the two
    /// words as a phrase, as the index reads "date of birth"; or three words, each two side by
    /// side in some article ("securitycodetext"). Two words come before three ("phonenumber").
    @Test func threeWordsTypedTogetherFindTheirPhrase() throws {
        let kb = try ContentFixture.knowledgeBase()
        let dateOfBirth = try kb.search(SearchRequest(query: "my dateofbirth is wrong"))
        #expect(dateOfBirth.hits.first?.id == "date-of-birth-incorrect")
        #expect(dateOfBirth.suggestion == "my date of birth is wrong")
        #expect(try kb.search(SearchRequest(query: "resetmypassword")).hits.first?.id == "reset-password")
        #expect(try kb.search(SearchRequest(query: "securitycodetext")).suggestion == "security code text")
        let split = try #require(alternatives("dateofbirth").first { $0.kind == .splitWords })
        #expect(split.terms.count == 2 && split.bigrams.count == 1, "the stop word is no term; the two words are a phrase")
        #expect(alternatives("phonenumber").first { $0.kind == .splitWords }?.terms.count == 2)
        // Three words of the collection, but "date" and "phone" never stand together.
        #expect(!alternatives("dateofphone").contains { $0.kind == .splitWords })
        #expect(try kb.search(SearchRequest(query: "dateofphone")).hits.isEmpty)
    }

    /// Both halves are words of the collection, but no article writes them side by side.
    @Test func halvesNeverWrittenTogetherAreNoSplit() {
        #expect(!alternatives("codephone").contains { $0.kind == .splitWords })
        #expect(SearchFixtures.ids("codephone").isEmpty)
    }

    /// A word the collection has is never split ("password" is not "pass" "word").
    @Test func aKnownWordIsNotSplit() {
        #expect(!alternatives("password").contains { $0.kind == .splitWords })
    }

    /// "Did you mean" writes the two words, the rest of the text as typed.
    @Test func theSuggestionWritesTheTwoWords() {
        #expect(SearchFixtures.searcher.search(SearchRequest(query: "My phonenumber")).suggestion == "My phone number")
        #expect(SearchFixtures.searcher.search(SearchRequest(query: "codephone")).suggestion == nil)
    }

    /// A pair no article writes side by side, but that the synonyms name as a phrase: its
    /// synonyms stand for it ("pin number" => "pin").
    @Test func aSynonymPhraseTypedTogetherGetsItsSynonyms() throws {
        let filter = SynonymFilter(table: try SynonymTable(parsing: "pin number, pin code => pin\nsecurity code, text code\n"))
        let joined = try #require(filter.joinedPhrase("pinnumber"))
        #expect(joined.first == "pin" && joined.second == "number")
        #expect(joined.alternatives.map(\.words) == [["pin"]])
        #expect(filter.joinedPhrase("textcode")?.alternatives.map(\.words) == [["security", "code"]])
        #expect(filter.joinedPhrase("pinpoint") == nil)
        let kb = try ContentFixture.knowledgeBase()
        let results = try kb.search(SearchRequest(query: "pinnumber"))
        #expect(results.hits.first?.id == "invalid-pin-or-security-code")
        #expect(results.suggestion == "pin number")
    }

    @Test func theExplanationNamesTheSplit() throws {
        let hit = try #require(SearchFixtures.searcher.search(SearchRequest(query: "phonenumber", explain: true)).hits.first)
        #expect(hit.explanation?.formatted().contains("split words \"phone number\"") == true)
    }
}
