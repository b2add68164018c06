import Foundation
import KnowledgeBase
import TestSupport

/// A Snowball vocabulary (`../shared/eval/snowball-<language>`: `voc.txt` words and
/// `output.txt` their stems, line by line), and a stemmer checked against every line.
struct SnowballVocabulary {
    let words: [Substring]
    let stems: [Substring]

    init(_ folder: String) throws {
        let directory = RepoPaths.eval(folder)
        func lines(_ name: String) throws -> [Substring] {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        words = try lines("voc.txt")
        stems = try lines("output.txt")
    }

    /// The lines `stemmer` gets wrong: their count, and the first 20 as "line N: word -> got (expected …)".
    func mismatches(of stemmer: some Stemmer) -> (count: Int, first: [String]) {
        var count = 0
        var first: [String] = []
        for (line, (word, expected)) in zip(words, stems).enumerated() {
            let actual = stemmer.stem(String(word))
            guard actual != expected else { continue }
            count += 1
            if first.count < 20 { first.append("line \(line + 1): \(word) -> \(actual) (expected \(expected))") }
        }
        return (count, first)
    }
}
