import Evaluation
import Foundation
import KnowledgeBase
import Testing
@testable import Diagnoser
import TestSupport

/// TemplateIndex against `ReferenceTemplateMatcher` (the same matching without shortcuts) over the
/// real articles' error messages and phrases, in English and Spanish, on every evaluation message
/// and on messages made from the templates with typos, look-alike characters, words run together
/// or split, words dropped, swapped and added.
@Suite struct TemplateIndexReferenceTests {
    static func diagnosers() throws -> [Diagnoser] {
        [Diagnoser(knowledgeBase: try ContentFixture.knowledgeBase()), Diagnoser(knowledgeBase: try ContentFixture.spanishKnowledgeBase())]
    }

    /// Every message of the evaluation files (dev and fixtures).
    static func caseMessages() throws -> [String] {
        let fixtures = try FileManager.default.contentsOfDirectory(at: RepoPaths.diagnoserFixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
        var messages: [String] = []
        for file in [RepoPaths.devCases] + fixtures {
            messages += try EvaluationCase.load(from: file).compactMap(\.request.message)
        }
        return messages
    }

    @Test func matchesAsTheReferenceDoes() throws {
        let real = try Self.caseMessages()
        #expect(real.count >= 150)
        for diagnoser in try Self.diagnosers() {
            let indexes = [(diagnoser.matcher.errorIndex, MessageMatcher.errorWordsNeeded), (diagnoser.matcher.phraseIndex, MessageMatcher.phraseWordsNeeded)]
            for (index, required) in indexes {
                let reference = ReferenceTemplateMatcher(index: index)
                var generator = SplitMix64(seed: 10)
                let made = (0..<200).map { _ in MessageMaker.message(from: index, using: &generator) }
                var matched = 0
                for message in real + made {
                    let tokens = index.tokenizer.tokens(message)
                    let found = index.matches(in: tokens)
                    #expect(found == reference.matches(in: tokens, required: required, pruned: true), "\(message)")
                    // Templates left out for too few content words are none a caller would use.
                    let usable = reference.matches(in: tokens, required: required, pruned: false)
                        .filter { $0.contentMatched >= required($0.contentCount) }
                    #expect(usable.allSatisfy(found.contains), "\(message)")
                    if !usable.isEmpty { matched += 1 }
                }
                // The comparison is about real matches, not empty lists.
                #expect(matched > (real.count + made.count) / 4)
            }
        }
    }

    @Test func readsScreenshotTextAsTheReferenceDoes() throws {
        for diagnoser in try Self.diagnosers() {
            for index in [diagnoser.matcher.errorIndex, diagnoser.matcher.phraseIndex] {
                let reference = ReferenceTemplateMatcher(index: index)
                var generator = SplitMix64(seed: 15)
                var segmented = 0
                for _ in 0..<400 {
                    // Two or three template words run together, with look-alike characters now and then.
                    let words = (0..<Int.random(in: 2...3, using: &generator)).map { _ in index.words.randomElement(using: &generator) ?? [] }
                    let word = MessageMaker.lookAlikes(Array(words.joined()), using: &generator)
                    #expect(index.segmented(word) == reference.segmented(word), "\(String(decoding: word, as: UTF8.self))")
                    if index.segmented(word) != nil { segmented += 1 }
                    let token = MessageToken(text: word, language: index.tokenizer.language)
                    #expect(index.resolve(token)?.id == reference.resolve(token)?.id)
                }
                #expect(segmented > 100)
            }
        }
    }
}

/// A seeded generator, so that a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e3779b97f4a7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }
}

/// Messages made from an index's own templates, written the ways people and screenshots write them.
enum MessageMaker {
    static let fillers = ["hi", "please", "my", "the", "mother", "yesterday", "it", "says", "portal", "again", "thanks", "code", "pin", "12345"]

    static func message(from index: TemplateIndex, using generator: inout SplitMix64) -> String {
        var words: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard let template = index.templates.randomElement(using: &generator) else { continue }
            var part = template.text.split(separator: " ").map(String.init)
            for _ in 0..<Int.random(in: 0...3, using: &generator) { mutate(&part, using: &generator) }
            words += part
            if Bool.random(using: &generator) { words.append(fillers.randomElement(using: &generator)!) }
        }
        return words.joined(separator: " ")
    }

    static func mutate(_ words: inout [String], using generator: inout SplitMix64) {
        guard !words.isEmpty else { return }
        let at = Int.random(in: words.indices, using: &generator)
        switch Int.random(in: 0..<7, using: &generator) {
        case 0: words.remove(at: at)
        case 1 where at + 1 < words.count: words.swapAt(at, at + 1)
        case 2 where at + 1 < words.count: words[at] += words.remove(at: at + 1)  // run together
        case 3 where words[at].count > 3:  // split by a stray space
            let middle = words[at].index(words[at].startIndex, offsetBy: words[at].count / 2)
            words.insert(String(words[at][middle...]), at: at + 1)
            words[at] = String(words[at][..<middle])
        case 4 where words[at].count > 4:  // two letters swapped
            var letters = Array(words[at])
            letters.swapAt(1, 2)
            words[at] = String(letters)
        case 5: words[at] = String(decoding: lookAlikes(Array(words[at].lowercased().utf8), using: &generator), as: UTF8.self)
        default: words.insert(fillers.randomElement(using: &generator)!, at: at)
        }
    }

    /// Some i and o written as l, 1 and 0, as text recognition reads them.
    static func lookAlikes(_ word: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
        word.map { byte in
            guard Int.random(in: 0..<4, using: &generator) == 0 else { return byte }
            switch byte {
            case UInt8(ascii: "i"): return Bool.random(using: &generator) ? UInt8(ascii: "l") : UInt8(ascii: "1")
            case UInt8(ascii: "o"): return UInt8(ascii: "0")
            default: return byte
            }
        }
    }
}
