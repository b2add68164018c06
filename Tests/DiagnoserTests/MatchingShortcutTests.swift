import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser

/// The shortcuts the matcher takes answer as the long way does.
@Suite struct MatchingShortcutTests {
    static func randomWord(_ generator: inout SplitMix64, letters: String = "abcdeilnorst01") -> [UInt8] {
        let alphabet = Array(letters.utf8)
        return (0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
    }

    @Test func byteSetsNeverSayMoreEditsThanTheDistance() {
        var generator = SplitMix64(seed: 1)
        var pruned = 0
        for _ in 0..<5_000 {
            let a = Self.randomWord(&generator), b = Self.randomWord(&generator)
            let bound = TemplateIndex.ByteSet(a).editsAtLeast(to: TemplateIndex.ByteSet(b))
            #expect(bound <= DamerauLevenshtein.distance(a, b), "\(a) \(b)")
            if bound > 1 { pruned += 1 }
        }
        #expect(TemplateIndex.ByteSet(Array("invitation".utf8)).editsAtLeast(to: TemplateIndex.ByteSet(Array("invitaiton".utf8))) == 0)
        #expect(TemplateIndex.ByteSet(Array("code".utf8)).editsAtLeast(to: TemplateIndex.ByteSet(Array("mail".utf8))) == 4)
        #expect(pruned > 1_000)  // the bound does rule words out
    }

    @Test func wordFilterKnowsEveryWordPutInIt() {
        var generator = SplitMix64(seed: 2)
        var filter = WordFilter()
        let words = (0..<2_000).map { _ in Self.randomWord(&generator, letters: "abcdefghijklmnopqrstuvwxyz") }
        for word in words { filter.insert(word) }
        #expect(words.allSatisfy(filter.mayContain))
        let others = (0..<2_000).map { _ in Self.randomWord(&generator, letters: "ABCDEFGHIJKLMNOPQRSTUVWXYZ") }
        #expect(others.filter(filter.mayContain).count < 100)  // and rules most others out
        // Two words hash as the word they make together.
        #expect(WordFilter.hash(Array("word".utf8)[...], from: WordFilter.hash(Array("pass".utf8)[...])) == WordFilter.hash(Array("password".utf8)[...]))
    }

    @Test func placeholdersAreFilledAsFoundationFillsThem() {
        let texts = ["You mentioned \"{phrase}\".", "{phrase}{phrase} and {other}", "none here", "{phrase", "émoji ✓ {phrase} ✓", ""]
        for text in texts {
            for value in ["never got the invite", "", "{phrase}", "año ✓"] {
                #expect(FactSentences.replacing("{phrase}", with: value, in: text) == text.replacingOccurrences(of: "{phrase}", with: value))
            }
        }
    }

    @Test func foldsAsFoundationFolds() {
        for text in ["Didn\u{2019}t get the \u{201C}invite\u{201D}", "Contraseña inválida – ‘ya usé’", "plain ASCII Text", "ÅNGSTRÖM café 🙂 \u{2018}x\u{2019}"] {
            let expected = text.folding(options: [.diacriticInsensitive, .widthInsensitive, .caseInsensitive], locale: nil)
                .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
                .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            let lowered = expected.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            #expect(MessageTokenizer.foldedBytes(text) == lowered, "\(text)")
            #expect(!lowered.contains(0xE2) || text.contains("–"), "curly quotes are straightened: \(text)")
        }
    }
}
