import Testing
import TestSupport
@testable import KnowledgeBase

/// The index's term dictionary gives each term the id the index numbers it with, and no id
/// to text that is not a term.
@Suite struct TermDictionaryTests {
    @Test func everyTermOfTheRealIndexMapsToItsID() throws {
        let index = try ContentFixture.knowledgeBase().searcher.index
        let terms = Set(index.terms)
        #expect(terms.count == index.terms.count, "terms are distinct")
        for (id, term) in index.terms.enumerated() {
            #expect(index.termID[term] == Int32(id), "\(term)")
            for other in [term + "x", String(term.dropLast()), " " + term] where !terms.contains(other) {
                #expect(index.termID[other] == nil, "\(other)")
            }
        }
    }

    @Test func internNumbersNewTermsInOrderAndKeepsTheFirstID() {
        var dictionary = TermDictionary()
        #expect(dictionary.intern("pin") == (0, true))
        #expect(dictionary.intern("password") == (1, true))
        #expect(dictionary.intern("pin") == (0, false))
        #expect(dictionary["password"] == 1)
        #expect(dictionary["pass"] == nil)
        #expect(dictionary[""] == nil)
    }
}
