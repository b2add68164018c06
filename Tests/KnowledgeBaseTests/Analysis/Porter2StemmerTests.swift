import Foundation
import Testing
@testable import KnowledgeBase
import TestSupport

@Suite("Porter2Stemmer")
struct Porter2StemmerTests {
    let stemmer = Porter2Stemmer()

    /// `<repo>/../shared/eval/snowball-english`, found from this file's path.
    static let vocabularyDirectory = RepoPaths.eval("snowball-english")

    static func lines(_ name: String) throws -> [Substring] {
        let url = vocabularyDirectory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test("reproduces every line of the Snowball English vocabulary")
    func snowballVocabulary() throws {
        let words = try Self.lines("voc.txt")
        let stems = try Self.lines("output.txt")
        try #require(words.count == stems.count, "voc.txt and output.txt differ in length")
        try #require(words.count > 40_000, "vocabulary looks truncated: \(words.count) lines")

        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(String(word))
            if actual != expected {
                mismatchCount += 1
                if mismatches.count < 20 {
                    mismatches.append("\(word) -> \(actual) (expected \(expected))")
                }
            }
        }
        #expect(mismatchCount == 0, "\(mismatchCount) of \(words.count) mismatched:\n\(mismatches.joined(separator: "\n"))")
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
