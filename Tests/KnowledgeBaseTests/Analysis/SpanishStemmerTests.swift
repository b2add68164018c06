import Foundation
import Testing
@testable import KnowledgeBase
import TestSupport

@Suite("SpanishStemmer")
struct SpanishStemmerTests {
    let stemmer = SpanishStemmer()

    @Test("reproduces every line of the Snowball Spanish vocabulary")
    func snowballVocabulary() throws {
        let vocabulary = try SnowballVocabulary("snowball-spanish")
        let words = vocabulary.words
        try #require(words.count == vocabulary.stems.count, "voc.txt and output.txt differ in length")
        try #require(words.count == 28_378, "vocabulary looks truncated: \(words.count) lines")
        let mismatches = vocabulary.mismatches(of: stemmer)
        #expect(mismatches.count == 0, "\(mismatches.count) of \(words.count) mismatched:\n\(mismatches.first.joined(separator: "\n"))")
    }

    @Test("explicit cases", arguments: [
        ("contraseñas", "contraseñ"),  // ñ is a letter, not an accent: it stays
        ("código", "codig"),  // accents come off at the end
        ("comprándolo", "compr"),  // step 0: pronoun after an accented gerund
        ("hacerlo", "hac"),  // step 0: pronoun after an infinitive in RV
        ("verlo", "verl"),  // step 0 needs the infinitive in RV: "-er" is not
        ("construyendo", "constru"),  // step 2a needs the "u" before "y"
        ("paguen", "pag"),  // step 2b takes the "u" after "g"
        ("aceptarían", "acept"),
        ("aceptarian", "aceptari"),  // without its accent it is another word to the rules
        ("informacion", "inform"),  // Snowball 3.0: "-acion" typed without accent
        ("resolucion", "resolu"),  // Snowball 3.0: "-ucion" typed without accent
        ("rápidamente", "rapid"),
        ("pingüino", "pingüin"),  // ü is a vowel and stays
    ])
    func explicitCases(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test("letters outside Latin-1 are kept and count as consonants")
    func otherScripts() {
        #expect(stemmer.stem("cañón") == "cañon")
        #expect(stemmer.stem("ŝalas") == "ŝal")
        #expect(stemmer.stem("αβγ") == "αβγ")
        #expect(stemmer.stem("") == "")
    }

    @Test("plain words are those of the Spanish alphabet")
    func plainWords() {
        #expect(stemmer.isPlainWord("contraseña"))
        #expect(stemmer.isPlainWord("pingüino"))
        #expect(stemmer.isPlainWord("árbol"))
        #expect(!stemmer.isPlainWord("c2001"))
        #expect(!stemmer.isPlainWord("system.dll"))
        #expect(!stemmer.isPlainWord("façade"))
        #expect(!stemmer.isPlainWord("don't"))
    }
}
