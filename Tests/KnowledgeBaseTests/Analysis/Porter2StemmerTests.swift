import Foundation
import Testing
@testable import KnowledgeBase
import TestSupport

@Suite("Porter2Stemmer")
struct Porter2StemmerTests {
    let stemmer = Porter2Stemmer()

    @Test("reproduces every line of the Snowball English vocabulary")
    func snowballVocabulary() throws {
        let vocabulary = try SnowballVocabulary("snowball-english")
        let words = vocabulary.words
        try #require(words.count == vocabulary.stems.count, "voc.txt and output.txt differ in length")
        try #require(words.count > 40_000, "vocabulary looks truncated: \(words.count) lines")
        let mismatches = vocabulary.mismatches(of: stemmer)
        #expect(mismatches.count == 0, "\(mismatches.count) of \(words.count) mismatched:\n\(mismatches.first.joined(separator: "\n"))")
    }

    @Test("explicit cases", arguments: [
        ("consign", "consign"),
        ("consigned", "consign"),
        ("generously", "generous"),
        ("generate", "generat"),
        ("skies", "sky"),
        ("dying", "die"),
        ("inning", "inning"),
        ("proceeding", "proceed"),
        ("pasted", "paste"),
        ("geologist", "geolog"),
        ("internal", "internal"),
        ("international", "internat"),
        ("yelling", "yell"),
        ("sayings", "say"),
        ("there's", "there"),
        ("'quoted'", "quot"),
    ])
    func explicitCases(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test("words shorter than three characters are unchanged", arguments: ["", "a", "is", "as", "'s", "ed"])
    func shortWords(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test("non-ASCII letters are kept and count as consonants")
    func nonASCII() {
        #expect(stemmer.stem("café") == "café")
        #expect(stemmer.stem("naïvely") == "naïv")
        #expect(stemmer.stem("résumés") == "résumé")
        #expect(stemmer.stem("éé") == "éé")
    }
}
